//! The dataset behind the charts, as typed rows. Empty CSV cells are `None`, never zero.

mod events;
mod goods_trade;
mod macro_series;
mod mirror;
mod ownership;
#[cfg(feature = "build")]
pub mod parse;

pub use events::Event;
pub use goods_trade::GoodsTradeYear;
pub use macro_series::{ConsumerPricesYear, ExchangeRateYear};
pub use mirror::JapanReportedYear;
pub use ownership::{InvestmentPositionYear, ProductFlow, ServicesTradeYear};

use crate::List;

/// Every table the article draws on.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// US goods trade with Japan, one row per calendar year, oldest first.
    pub goods_trade: List<GoodsTradeYear>,
    /// Dated events of the relationship, oldest first.
    pub events: List<Event>,
    /// Annual average yen per dollar, one row per year.
    pub exchange_rates: List<ExchangeRateYear>,
    /// Annual average US CPI-U, one row per year.
    pub consumer_prices: List<ConsumerPricesYear>,
    /// Japan-reported trade with the US, one row per year.
    pub japan_reported: List<JapanReportedYear>,
    /// 2024 vehicle imports and the totals they are shares of.
    pub products_2024: List<ProductFlow>,
    /// Direct-investment positions, sourced years only.
    pub investment_positions: List<InvestmentPositionYear>,
    /// Services trade, sourced years only.
    pub services_trade: List<ServicesTradeYear>,
}

/// Who publishes the figures in a data file, for source notes under computed statements.
pub fn publisher_of(file: &str) -> &'static str {
    match file {
        "goods_trade.csv" => "US Census Bureau, Trade in Goods with Japan (Census basis)",
        "usd_jpy.csv" => "Federal Reserve, annual average yen per dollar (FRED AEXJPUS method)",
        "cpi_u.csv" => "US Bureau of Labor Statistics, CPI-U annual average",
        "japan_reported.csv" => "Japan Ministry of Finance, Trade Statistics of Japan, converted at the Federal Reserve annual rate",
        "products_2024.csv" => "UN Comtrade (CIF value) and US Census Bureau total (customs value)",
        "fdi.csv" => "BEA direct investment positions as published by the State Department, USTR and ITA",
        "services_trade.csv" => "BEA services trade as published by USTR and ITA (rounded)",
        "events.csv" => "Timeline of events, each with its own source",
        _ => "See Sources and methodology",
    }
}
