//! Annual macro series used to convert units: the yen–dollar rate and US consumer prices.

/// Annual average yen per US dollar (Federal Reserve, FRED AEXJPUS method).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct ExchangeRateYear {
    pub year: u16,
    pub jpy_per_usd: Option<f64>,
}

/// Annual average US CPI-U (1982–84 = 100), at BLS's published precision.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct ConsumerPricesYear {
    pub year: u16,
    pub cpi_u: Option<f64>,
}
