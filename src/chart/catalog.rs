//! The article's charts: what each one is, defined once in the model ([`trade_model::charts`]), and what it
//! shows for a reader's choices ([`chart_spec`], built per chart in [`super::specs`]). Callers name charts
//! from here.

pub use super::specs::chart_spec;
pub use trade_model::charts::{ChartId, SeriesDef};
