//! Passenger vehicles the US imports from Japan: their customs value (the basis of the goods totals) over
//! their number (from a second source, which values them at CIF).

use super::Choices;
use crate::chart::spec::{ChartSpec, ValueFormat};

/// Value and number, each on its own axis.
pub(super) fn vehicles(choices: &Choices) -> ChartSpec {
    let dataset = choices.dataset;
    let years = choices.years();
    let rows = |year: u16| {
        dataset
            .vehicle_imports
            .iter()
            .filter(move |r| r.year == year)
    };
    let mut panels = Vec::new();
    if choices.shows("value") {
        let values = years
            .iter()
            .map(|&y| {
                let musd = rows(y)
                    .filter(|r| r.is_customs_value())
                    .find_map(|r| r.value_usd)
                    .map(|usd| usd / 1e6);
                choices.money(musd, y)
            })
            .collect();
        panels.push(choices.panel_of(0, choices.money_axis(), choices.money_format(), values));
    }
    if choices.shows("units") {
        let values = years
            .iter()
            .map(|&y| {
                rows(y)
                    .filter(|r| r.is_comtrade_cif())
                    .find_map(|r| r.quantity)
            })
            .collect();
        panels.push(choices.panel_of(
            1,
            choices.text.vehicles_axis.to_string(),
            ValueFormat::Vehicles,
            values,
        ));
    }
    choices.year_spec(years, panels, Vec::new())
}
