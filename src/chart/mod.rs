//! Charts. Pure: the catalogue of charts and what each shows ([`catalog`], [`spec`], one builder per chart
//! in [`specs`]), units, scales and ticks ([`layout`], [`ticks`]), palettes, text equivalents and drawing
//! generic over plotters' backends ([`draw`], [`svg`]). Browser glue: [`canvas`].

pub mod canvas;
pub mod catalog;
pub mod draw;
pub mod label_placement;
pub mod layout;
pub mod palette;
pub mod plot_labels;
pub mod spec;
pub mod specs;
pub mod summary;
pub mod svg;
pub mod ticks;
pub mod units;
