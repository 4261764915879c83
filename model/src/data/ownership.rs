//! Sparse figures on services trade and direct investment: separate sourced points, not a time series.

use crate::Text;

/// A direct-investment position (historical cost, BEA basis) for a year that has a source.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct InvestmentPositionYear {
    pub year: u16,
    pub japan_fdi_position_in_us_musd: Option<f64>,
    pub us_fdi_position_in_japan_musd: Option<f64>,
}

/// US services trade with Japan for a year that has a (rounded, secondary) source.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct ServicesTradeYear {
    pub year: u16,
    pub us_exports_musd: Option<f64>,
    pub us_imports_musd: Option<f64>,
}

/// One product line of 2024 trade (UN Comtrade CIF values, or a Census total for context).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct ProductFlow {
    pub direction: Text,
    pub category: Text,
    pub code: Text,
    pub value_musd: Option<f64>,
}
