//! The dataset behind the charts, as typed rows. Empty CSV cells are `None`, never zero.

pub mod citation;
mod commodities;
mod duties;
mod events;
#[cfg(feature = "build")]
pub mod events_ja;
mod goods_trade;
mod holdings;
mod macro_series;
mod mirror;
mod ownership;
#[cfg(feature = "build")]
pub mod parse;
#[cfg(feature = "build")]
mod parse_detail;
#[cfg(feature = "build")]
mod parse_duties;
mod partners;
mod products;
mod publishers;
mod trade_mix;

pub use commodities::{
    commodity_slug, HsChapterExport, MofCommodityYear, UsitcSectorExport, MOF_EXPORTS, MOF_IMPORTS,
};
pub use duties::{DutiesMonth, DutiesYear, DUTIES_MONTHLY_FROM};
pub use events::Event;
pub use goods_trade::GoodsTradeYear;
pub use holdings::TreasuryHoldingsYear;
pub use macro_series::{ConsumerPricesYear, ExchangeRateYear};
pub use mirror::JapanReportedYear;
pub use ownership::{InvestmentPositionYear, ProductFlow, ServicesTradeYear};
pub use partners::PartnerTradeYear;
pub use products::{
    SemiconductorYear, VehicleImportYear, CHIP_SOURCES, COMTRADE_VEHICLES, COMTRADE_VEHICLES_CHECK,
    DATAWEB_CHIP_EXPORTS, DATAWEB_VEHICLES,
};
pub use publishers::{publisher_in, publisher_of, rows_in};
pub use trade_mix::{MixValue, EXPORTS_MIX_PARTS, IMPORTS_MIX_PARTS, OTHER};

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
    /// US goods trade with Japan, five other partners and the world (for shares of US trade).
    pub partner_trade: List<PartnerTradeYear>,
    /// Japan's trade with the US by principal commodity (MOF, yen).
    pub mof_commodities: List<MofCommodityYear>,
    /// US exports to Japan by HS chapter (Census via USITC DataWeb).
    pub hs_exports: List<HsChapterExport>,
    /// US exports to Japan by USITC sector, 2010–2014.
    pub usitc_exports: List<UsitcSectorExport>,
    /// US imports of vehicles from Japan, by measure and source.
    pub vehicle_imports: List<VehicleImportYear>,
    /// Semiconductor trade both ways, by HS line, measure and source.
    pub semiconductors: List<SemiconductorYear>,
    /// Duties calculated on US imports from Japan, by year.
    pub duties: List<DutiesYear>,
    /// The same by month.
    pub duties_monthly: List<DutiesMonth>,
    /// Japan's holdings of US Treasury securities, end of December.
    pub treasury_holdings: List<TreasuryHoldingsYear>,
    /// What the US buys from Japan by the mix chart's parts (derived from `mof_commodities`, ¥ millions).
    pub imports_mix: List<MixValue>,
    /// What the US sells to Japan by the mix chart's parts (derived from `hs_exports`, $ millions).
    pub exports_mix: List<MixValue>,
}

impl Dataset {
    /// Drops what only the prose uses, so the browser bundle carries just what the charts draw: the
    /// tables behind placeholders, text that no chart shows, and commodity detail below the groups.
    pub fn slimmed_for_charts(mut self) -> Dataset {
        // Only the events marked or annotated on the charts, with their dates, titles and anchors.
        self.events = self
            .events
            .iter()
            .filter(|e| e.is_chart_marker() || !e.annotate_on.is_empty())
            .cloned()
            .map(|mut event| {
                event.description = Default::default();
                event.source = Default::default();
                event.verification = Default::default();
                event.description_ja = Default::default();
                event.verification_ja = Default::default();
                event
            })
            .collect::<Vec<_>>()
            .into();
        // The months the monthly view shows; the annual table covers the rest.
        self.duties_monthly = self
            .duties_monthly
            .iter()
            .filter(|m| (m.year, m.month) >= DUTIES_MONTHLY_FROM)
            .cloned()
            .map(|mut m| {
                m.rate_as_published = None;
                m.upstream_source = Default::default();
                m
            })
            .collect::<Vec<_>>()
            .into();
        self.duties = self
            .duties
            .iter()
            .cloned()
            .map(|mut d| {
                d.average_rate_as_published = None;
                d
            })
            .collect::<Vec<_>>()
            .into();
        self.partner_trade = List::Borrowed(&[]);
        self.usitc_exports = List::Borrowed(&[]);
        self.semiconductors = List::Borrowed(&[]);
        self.treasury_holdings = List::Borrowed(&[]);
        // The mix charts draw the derived parts, not the commodity and chapter detail behind them.
        self.mof_commodities = List::Borrowed(&[]);
        self.hs_exports = List::Borrowed(&[]);
        self.vehicle_imports = self
            .vehicle_imports
            .iter()
            .filter(|r| r.hs4 == "8703" && (r.is_customs_value() || r.is_comtrade_cif()))
            .cloned()
            .map(|mut r| {
                // The two flags above are all the chart asks of the measure: keep a short form of it.
                r.measure = if r.is_comtrade_cif() {
                    "CIF value".into()
                } else {
                    Default::default()
                };
                r.product = Default::default();
                r.quantity_unit = Default::default();
                r
            })
            .collect::<Vec<_>>()
            .into();
        self
    }
}
