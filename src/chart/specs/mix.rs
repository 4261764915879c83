//! What is traded, each direction on its own source's basis: what the US buys from Japan (Japan's exports to
//! the US by MOF commodity group, yen) and what it sells to Japan (US exports by HS chapter, dollars), as the
//! model derives them into named parts and "other" ([`MixValue`]), stacked year by year.

use trade_model::charts::ChartId;
use trade_model::data::MixValue;

use super::Choices;
use crate::chart::spec::{ChartSpec, ValueFormat};

/// The parts, one stack per year, in the mix's own currency (the charts offer no choice of units).
pub(super) fn mix(choices: &Choices) -> ChartSpec {
    let dataset = choices.dataset;
    let (parts, format, axis_title): (&[MixValue], _, _) = if choices.chart == ChartId::ImportsMix {
        (
            &dataset.imports_mix,
            ValueFormat::YenMillions,
            choices.text.imports_mix_axis,
        )
    } else {
        (
            &dataset.exports_mix,
            ValueFormat::UsdMillions,
            choices.text.exports_mix_axis,
        )
    };
    let years = choices.years();
    // One part's value in a year, in millions of the mix's currency.
    let value = |part: &str, year: u16| {
        parts
            .iter()
            .find(|v| v.year == year && v.part == part)?
            .value
    };
    let values = choices
        .chart
        .series()
        .iter()
        .map(|s| years.iter().map(|&y| value(s.key, y)).collect());
    let panels = vec![choices.panel_of_shown(axis_title.to_string(), format, values)];
    choices.year_spec(years, panels, Vec::new())
}
