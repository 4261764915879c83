//! US goods trade with Japan (exports, imports, balance) and the yen beside the balance: both read the
//! Census goods table, year by year.

use trade_model::data::GoodsTradeYear;

use super::Choices;
use crate::chart::spec::{ChartSpec, ValueFormat};

/// The goods table's rows in the chosen range.
fn rows<'a>(choices: &Choices<'a>) -> Vec<&'a GoodsTradeYear> {
    choices
        .dataset
        .goods_trade
        .iter()
        .filter(|r| choices.in_range(r.year))
        .collect()
}

/// One figure of every row, in the chosen units.
fn money(
    choices: &Choices,
    rows: &[&GoodsTradeYear],
    pick: fn(&GoodsTradeYear) -> Option<f64>,
) -> Vec<Option<f64>> {
    rows.iter()
        .map(|r| choices.money(pick(r), r.year))
        .collect()
}

/// Exports, imports and the balance on one axis.
pub(super) fn goods_trade(choices: &Choices) -> ChartSpec {
    let rows = rows(choices);
    let picks: [fn(&GoodsTradeYear) -> Option<f64>; 3] = [
        |r| r.us_exports_musd,
        |r| r.us_imports_musd,
        |r| r.balance_musd,
    ];
    let panels = vec![choices.money_panel(picks.map(|pick| money(choices, &rows, pick)))];
    choices.year_spec(
        rows.iter().map(|r| r.year).collect(),
        panels,
        choices.year_markers(),
    )
}

/// The balance over the yen per dollar, each on its own axis.
pub(super) fn yen_and_balance(choices: &Choices) -> ChartSpec {
    let rows = rows(choices);
    let mut panels = Vec::new();
    if choices.shows("balance") {
        panels.push(choices.panel_of(
            0,
            choices.money_axis(),
            choices.money_format(),
            money(choices, &rows, |r| r.balance_musd),
        ));
    }
    if choices.shows("rate") {
        let rates = rows
            .iter()
            .map(|r| choices.converter.yen_per_dollar(r.year))
            .collect();
        panels.push(choices.panel_of(
            1,
            choices.text.rate_axis.to_string(),
            ValueFormat::YenPerDollar,
            rates,
        ));
    }
    choices.year_spec(
        rows.iter().map(|r| r.year).collect(),
        panels,
        choices.year_markers(),
    )
}
