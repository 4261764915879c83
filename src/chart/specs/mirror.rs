//! Two records of the same trade: what the US records and what Japan records, side by side for each year
//! Japan's record covers.

use super::Choices;
use crate::chart::spec::ChartSpec;
use crate::chart::units::Units;

/// US imports beside Japan's exports, US exports beside Japan's imports, in the series' order.
pub(super) fn mirror(choices: &Choices) -> ChartSpec {
    let dataset = choices.dataset;
    let years = choices.years();
    let us = |year: u16| dataset.goods_trade.iter().find(|r| r.year == year);
    let japan = |year: u16| dataset.japan_reported.iter().find(|r| r.year == year);
    // Japan's figures are published in thousands of yen: shown as published in yen, else converted
    // to dollars at the year's average rate.
    let from_yen = |thousand_jpy: Option<f64>, year: u16| {
        let million_jpy = thousand_jpy.map(|v| v / 1_000.0);
        match choices.units {
            Units::Yen => million_jpy,
            _ => choices.money(
                million_jpy
                    .zip(choices.converter.yen_per_dollar(year))
                    .map(|(v, rate)| v / rate),
                year,
            ),
        }
    };
    let values: [Vec<Option<f64>>; 4] = [
        years
            .iter()
            .map(|&y| choices.money(us(y).and_then(|r| r.us_imports_musd), y))
            .collect(),
        years
            .iter()
            .map(|&y| from_yen(japan(y).and_then(|r| r.jp_exports_to_us_thousand_jpy), y))
            .collect(),
        years
            .iter()
            .map(|&y| choices.money(us(y).and_then(|r| r.us_exports_musd), y))
            .collect(),
        years
            .iter()
            .map(|&y| from_yen(japan(y).and_then(|r| r.jp_imports_from_us_thousand_jpy), y))
            .collect(),
    ];
    let panels = vec![choices.money_panel(values)];
    let mut spec = choices.year_spec(years, panels, Vec::new());
    if choices.units == Units::Yen {
        // In yen it is the US figures that are converted.
        spec.notes[1] = choices.text.mirror_in_yen.to_string();
    }
    spec
}
