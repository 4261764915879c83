//! The years each chart covers, read from the dataset: the bounds of the reader's range, and the rows of
//! a chart over years.

use super::ChartId;
use crate::data::Dataset;

impl ChartId {
    /// The years the chart has figures for, oldest first, each once. A partial current year of duties is
    /// left out of the annual duties chart; the monthly chart runs over months and has none.
    pub fn years(self, dataset: &Dataset) -> Vec<u16> {
        let mut years: Vec<u16> = match self {
            ChartId::GoodsTrade | ChartId::YenAndBalance => {
                dataset.goods_trade.iter().map(|r| r.year).collect()
            }
            ChartId::Mirror => dataset.japan_reported.iter().map(|r| r.year).collect(),
            ChartId::Vehicles => dataset.vehicle_imports.iter().map(|r| r.year).collect(),
            ChartId::ImportsMix => dataset.imports_mix.iter().map(|v| v.year).collect(),
            ChartId::ExportsMix => dataset.exports_mix.iter().map(|v| v.year).collect(),
            ChartId::Duties => dataset
                .duties
                .iter()
                .filter(|r| r.is_full_year())
                .map(|r| r.year)
                .collect(),
            ChartId::DutiesMonthly => Vec::new(),
            ChartId::Ownership => dataset
                .investment_positions
                .iter()
                .map(|r| r.year)
                .chain(dataset.services_trade.iter().map(|r| r.year))
                .collect(),
        };
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The first and last years the reader can choose from, if the chart runs over years.
    pub fn year_bounds(self, dataset: &Dataset) -> Option<(u16, u16)> {
        let years = self.years(dataset);
        Some((*years.first()?, *years.last()?))
    }
}
