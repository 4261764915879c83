//! Duties the US calculated on imports from Japan (Census), by year and by month.

use crate::Text;

/// The first month the article's monthly view of duties shows: a full year before the 2025 measures.
pub const DUTIES_MONTHLY_FROM: (u16, u8) = (2024, 1);

/// Calculated duties and imports for consumption (customs value) in one year, in dollars.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct DutiesYear {
    pub year: u16,
    pub calculated_duties_usd: Option<f64>,
    pub imports_for_consumption_usd: Option<f64>,
    /// Duties ÷ imports for consumption, as published (5 decimals).
    pub average_rate_as_published: Option<f64>,
    /// 12 for a full year; fewer for the current, partial year.
    pub months_with_data: u8,
}

impl DutiesYear {
    /// Whether the row covers the whole calendar year.
    pub fn is_full_year(&self) -> bool {
        self.months_with_data == 12
    }
}

/// Calculated duties and imports for consumption in one month, in dollars; empty for months not yet published.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct DutiesMonth {
    pub year: u16,
    pub month: u8,
    pub calculated_duties_usd: Option<f64>,
    pub imports_for_consumption_usd: Option<f64>,
    pub rate_as_published: Option<f64>,
    #[cfg_attr(feature = "build", serde(default))]
    pub upstream_source: Text,
}

impl DutiesMonth {
    /// The average rate, duties ÷ imports for consumption, as a fraction.
    pub fn rate(&self) -> Option<f64> {
        average_rate(self.calculated_duties_usd, self.imports_for_consumption_usd)
    }
}

impl DutiesYear {
    /// The average rate, duties ÷ imports for consumption, as a fraction.
    pub fn rate(&self) -> Option<f64> {
        average_rate(self.calculated_duties_usd, self.imports_for_consumption_usd)
    }
}

/// Duties ÷ imports, where both are known and imports are not zero.
fn average_rate(duties: Option<f64>, imports: Option<f64>) -> Option<f64> {
    Some(duties? / imports.filter(|v| *v > 0.0)?)
}
