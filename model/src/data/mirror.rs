//! Japan's own records of its trade with the United States (Ministry of Finance), for mirror comparisons.

/// One year of Japan-reported trade with the US, in billions of yen as published.
/// Exports are FOB by country of final destination; imports CIF by country of origin.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct JapanReportedYear {
    pub year: u16,
    pub jp_exports_to_us_bn_jpy: Option<f64>,
    pub jp_imports_from_us_bn_jpy: Option<f64>,
    pub balance_bn_jpy: Option<f64>,
    pub jp_exports_to_us_thousand_jpy: Option<f64>,
    pub jp_imports_from_us_thousand_jpy: Option<f64>,
}
