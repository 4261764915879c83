//! The parts of a chart's figure that the static page and the live chart share: its caption, source line,
//! notes and data table, as Leptos components. The prerender step renders them to HTML at build time (the
//! `ssr` build); the live chart mounts the same components in the browser (the `csr` build), so the two
//! cannot drift apart. [`names`] holds the ids, classes and data attributes the browser code looks for.
//! Pure views: no browser calls.

mod caption;
pub mod names;
mod source;
mod table;

use leptos::prelude::*;

use crate::chart::spec::ChartSpec;

pub use caption::ChartCaption;
pub use source::{ChartNotes, SourceLine};
pub use table::{DataTable, TableDisclosure};

/// A chart's spec as the parts read it: a `Memo` in the live chart, a stored value in the static figure.
/// Generic rather than a `Signal`, so each bundle carries only the one kind it uses (a `Signal` cost each
/// bundle about 0.6 KB, brotli).
pub trait SpecSignal: With<Value = ChartSpec> + Copy + Send + Sync + 'static {}

impl<S: With<Value = ChartSpec> + Copy + Send + Sync + 'static> SpecSignal for S {}
