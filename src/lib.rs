//! An interactive article about Japan–United States trade, rendered in the browser with Leptos.
//!
//! The prose and the dataset are read from `content/` at build time (see `build.rs`) and embedded as static
//! data ([`content`]); [`chart`] draws with plotters on any backend; [`ui`] is the thin browser layer.

pub mod chart;
pub mod content;
pub mod state;
pub mod ui;

pub use ui::app::App;
