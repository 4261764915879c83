//! The page's Leptos components: thin glue between the model and the browser.

pub mod address;
pub mod app;
pub mod chart_controls;
pub mod chart_figure;
pub mod chart_states;
pub mod color_scheme;
pub mod controversy;
pub mod deep_link;
pub mod download;
pub mod evidence;
pub mod prose;
pub mod table_of_contents;
pub mod timeline;
