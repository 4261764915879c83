//! Beyond goods: direct investment positions both ways and services trade both ways, as sparse sourced
//! points (a year is a row only if some figure has a source for it).

use trade_model::data::{InvestmentPositionYear, ServicesTradeYear};

use super::Choices;
use crate::chart::spec::ChartSpec;

/// Japan's and the US's investment positions, then US services exports and imports, on one money axis.
pub(super) fn ownership(choices: &Choices) -> ChartSpec {
    let dataset = choices.dataset;
    let years = choices.years();
    let fdi = |y: u16| dataset.investment_positions.iter().find(|r| r.year == y);
    let services = |y: u16| dataset.services_trade.iter().find(|r| r.year == y);
    let of_fdi = |pick: fn(&InvestmentPositionYear) -> Option<f64>| -> Vec<Option<f64>> {
        years
            .iter()
            .map(|&y| choices.money(fdi(y).and_then(pick), y))
            .collect()
    };
    let of_services = |pick: fn(&ServicesTradeYear) -> Option<f64>| -> Vec<Option<f64>> {
        years
            .iter()
            .map(|&y| choices.money(services(y).and_then(pick), y))
            .collect()
    };
    let values = [
        of_fdi(|r| r.japan_fdi_position_in_us_musd),
        of_fdi(|r| r.us_fdi_position_in_japan_musd),
        of_services(|r| r.us_exports_musd),
        of_services(|r| r.us_imports_musd),
    ];
    let panels = vec![choices.money_panel(values)];
    choices.year_spec(years, panels, Vec::new())
}
