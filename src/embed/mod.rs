//! The embeddable widget: options read from its address, and the validated message protocol it speaks
//! with the host page. Pure: the browser glue is in `ui::embed`.

pub mod options;
pub mod protocol;
pub mod snippet;
