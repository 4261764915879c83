//! What importers paid: duties the US calculated on imports from Japan and the average rate (duties ÷
//! imports for consumption), by full year and by month, from the same Census records.

use trade_model::data::{Dataset, DutiesMonth, DUTIES_MONTHLY_FROM as MONTHLY_FROM};
pub use trade_model::format::month_and_year;

/// Years with a full twelve months of duties; a partial current year is left out of the annual chart.
pub fn full_years(dataset: &Dataset) -> Vec<u16> {
    dataset
        .duties
        .iter()
        .filter(|r| r.is_full_year())
        .map(|r| r.year)
        .collect()
}

/// The partial year, if any, with its number of months (for the chart's note).
pub fn partial_year(dataset: &Dataset) -> Option<(u16, u8)> {
    dataset
        .duties
        .iter()
        .find(|r| !r.is_full_year())
        .map(|r| (r.year, r.months_with_data))
}

/// The months the monthly chart shows: from [`DUTIES_MONTHLY_FROM`](trade_model::data::DUTIES_MONTHLY_FROM) to the last month with data.
pub fn shown_months(dataset: &Dataset) -> Vec<&DutiesMonth> {
    dataset
        .duties_monthly
        .iter()
        .filter(|m| (m.year, m.month) >= MONTHLY_FROM && m.calculated_duties_usd.is_some())
        .collect()
}
