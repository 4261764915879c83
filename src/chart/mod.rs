//! Charts. Pure: the catalogue of charts and what each shows ([`catalog`], [`spec`]), units, scales and
//! ticks ([`layout`], [`ticks`]), palettes, text equivalents and drawing generic over plotters' backends
//! ([`draw`], [`svg`]). Browser glue: [`canvas`].

pub mod canvas;
pub mod catalog;
pub mod draw;
pub mod duties_charts;
pub mod layout;
pub mod mix_charts;
pub mod palette;
pub mod spec;
pub mod summary;
pub mod svg;
pub mod ticks;
pub mod units;
