//! The dataset behind the charts, as typed rows. Empty CSV cells are `None`, never zero.

mod events;
mod goods_trade;
#[cfg(feature = "build")]
pub mod parse;

pub use events::Event;
pub use goods_trade::{
    deficit_every_year, largest_deficit, year_span, GoodsTradeYear, TradeSeries,
};

use crate::List;

/// Every table the article draws on.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// US goods trade with Japan, one row per calendar year, oldest first.
    pub goods_trade: List<GoodsTradeYear>,
    /// Dated events of the relationship, oldest first.
    pub events: List<Event>,
}
