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
