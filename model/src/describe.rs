//! One-sentence text equivalents of the charts, computed from the data so they stay true when it changes.

use crate::data::{deficit_every_year, largest_deficit, year_span, GoodsTradeYear};
use crate::format::billions_usd_or_missing;

/// What the goods-trade chart shows, for its caption and for readers who cannot see the canvas.
pub fn goods_trade_summary(rows: &[GoodsTradeYear]) -> String {
    let Some((first, last)) = year_span(rows) else {
        return "No goods-trade data is available.".to_string();
    };
    let mut text = if deficit_every_year(rows) {
        format!("The United States imported more goods from Japan than it exported to Japan in every year from {first} to {last}.")
    } else {
        format!("US goods trade with Japan from {first} to {last}.")
    };
    if let Some((year, balance)) = largest_deficit(rows) {
        text.push_str(&format!(
            " The deficit was largest in {year}, at {}.",
            billions_usd_or_missing(Some(balance))
        ));
    }
    if let Some(latest) = rows.last() {
        text.push_str(&format!(
            " In {}, exports were {}, imports {} and the balance {}.",
            latest.year,
            billions_usd_or_missing(latest.us_exports_musd),
            billions_usd_or_missing(latest.us_imports_musd),
            billions_usd_or_missing(latest.balance_musd),
        ));
    }
    text
}
