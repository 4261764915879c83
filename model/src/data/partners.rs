//! US goods trade with Japan beside other partners and the world, for Japan's share of US trade.

use crate::Text;

/// One partner's (or the world's) goods trade with the US in one year, Census basis, $ millions.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct PartnerTradeYear {
    pub year: u16,
    /// `WORLD`, `JPN`, `CAN`, `CHN`, `DEU`, `KOR` or `MEX`.
    pub partner_code: Text,
    pub partner: Text,
    pub us_exports_musd: Option<f64>,
    pub us_imports_musd: Option<f64>,
    pub us_balance_musd: Option<f64>,
    /// Months the row covers: 12 for a full year, fewer for the current, partial year.
    pub months: u8,
}

impl PartnerTradeYear {
    /// Whether the row covers the whole calendar year.
    pub fn is_full_year(&self) -> bool {
        self.months == 12
    }
}
