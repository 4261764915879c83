//! US goods trade with Japan (Census basis), one row per year, and what is derived from it.

/// One calendar year of US goods trade with Japan, in millions of nominal US dollars.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct GoodsTradeYear {
    pub year: u16,
    /// Total US exports to Japan, f.a.s. value.
    pub us_exports_musd: Option<f64>,
    /// US general imports from Japan, customs value.
    pub us_imports_musd: Option<f64>,
    /// Exports minus imports, as published.
    pub balance_musd: Option<f64>,
}

/// The three series of the goods-trade table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TradeSeries {
    Exports,
    Imports,
    Balance,
}

impl TradeSeries {
    pub const ALL: [TradeSeries; 3] = [
        TradeSeries::Exports,
        TradeSeries::Imports,
        TradeSeries::Balance,
    ];

    /// The series' name as a reader sees it in a legend or table header.
    pub fn label(self) -> &'static str {
        match self {
            TradeSeries::Exports => "US exports to Japan",
            TradeSeries::Imports => "US imports from Japan",
            TradeSeries::Balance => "US balance with Japan",
        }
    }
}

impl GoodsTradeYear {
    /// The value of one series in this year, in millions of dollars; `None` where the source has none.
    pub fn value(&self, series: TradeSeries) -> Option<f64> {
        match series {
            TradeSeries::Exports => self.us_exports_musd,
            TradeSeries::Imports => self.us_imports_musd,
            TradeSeries::Balance => self.balance_musd,
        }
    }
}

/// The year with the largest US deficit (most negative balance) and that balance.
pub fn largest_deficit(rows: &[GoodsTradeYear]) -> Option<(u16, f64)> {
    rows.iter()
        .filter_map(|r| r.balance_musd.map(|b| (r.year, b)))
        .filter(|&(_, b)| b < 0.0)
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

/// Whether the United States ran a goods deficit with Japan in every year that has a published balance.
pub fn deficit_every_year(rows: &[GoodsTradeYear]) -> bool {
    rows.iter().filter_map(|r| r.balance_musd).all(|b| b < 0.0)
}

/// The range of years covered, oldest and newest.
pub fn year_span(rows: &[GoodsTradeYear]) -> Option<(u16, u16)> {
    Some((rows.first()?.year, rows.last()?.year))
}
