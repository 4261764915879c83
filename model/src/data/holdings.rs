//! Japan's holdings of US Treasury securities (Treasury International Capital), end of December.

use crate::Text;

/// Holdings at the end of one year, $ billions, with all foreign holders for Japan's share.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct TreasuryHoldingsYear {
    pub year: u16,
    pub as_of: Text,
    pub japan_holdings_bn_usd: Option<f64>,
    pub all_foreign_holders_bn_usd: Option<f64>,
}
