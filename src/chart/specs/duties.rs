//! What importers paid: duties the US calculated on imports from Japan and the average rate (duties ÷
//! imports for consumption), by full year and by month, from the same Census records.

use trade_model::data::{Dataset, DutiesMonth, DUTIES_MONTHLY_FROM as MONTHLY_FROM};

use super::{group_markers, money_axis_title, Choices};
use crate::chart::spec::{ChartSpec, Panel, Row, ValueFormat};
use crate::chart::units::Units;

/// The months the monthly chart shows: from [`DUTIES_MONTHLY_FROM`](trade_model::data::DUTIES_MONTHLY_FROM)
/// to the last month with data.
pub fn shown_months(dataset: &Dataset) -> Vec<&DutiesMonth> {
    dataset
        .duties_monthly
        .iter()
        .filter(|m| (m.year, m.month) >= MONTHLY_FROM && m.calculated_duties_usd.is_some())
        .collect()
}

/// The partial year, if any, with its number of months (for the annual chart's note).
fn partial_year(dataset: &Dataset) -> Option<(u16, u8)> {
    dataset
        .duties
        .iter()
        .find(|r| !r.is_full_year())
        .map(|r| (r.year, r.months_with_data))
}

/// Either duties chart's panels: duties in `format` over the average rate, in percent.
fn panels(
    choices: &Choices,
    duties: Vec<Option<f64>>,
    rates: Vec<Option<f64>>,
    axis_title: String,
    format: ValueFormat,
) -> Vec<Panel> {
    let mut panels = Vec::new();
    if choices.shows("duties") {
        panels.push(choices.panel_of(0, axis_title, format, duties));
    }
    if choices.shows("rate") {
        let percent = rates.into_iter().map(|r| r.map(|r| r * 100.0)).collect();
        panels.push(choices.panel_of(
            1,
            choices.text.duty_rate_axis.to_string(),
            ValueFormat::Percent,
            percent,
        ));
    }
    panels
}

/// By full year, in the chosen units; a partial current year is left out and named in a note.
pub(super) fn annual(choices: &Choices) -> ChartSpec {
    let dataset = choices.dataset;
    let years = choices.years();
    let row = |y: u16| dataset.duties.iter().find(|r| r.year == y);
    let duties = years
        .iter()
        .map(|&y| {
            let musd = row(y)
                .and_then(|r| r.calculated_duties_usd)
                .map(|usd| usd / 1e6);
            choices.money(musd, y)
        })
        .collect();
    let rates = years
        .iter()
        .map(|&y| row(y).and_then(|r| r.rate()))
        .collect();
    let panels = panels(
        choices,
        duties,
        rates,
        choices.money_axis(),
        choices.money_format(),
    );
    let mut spec = choices.year_spec(years, panels, choices.year_markers());
    if let Some((year, months)) = partial_year(dataset) {
        spec.notes.push((choices.text.partial_year)(year, months));
    }
    spec
}

/// By month in nominal dollars, ticks every quarter, and a marker at the month of each marked event.
pub(super) fn monthly(choices: &Choices) -> ChartSpec {
    let chart = choices.chart;
    let dataset = choices.dataset;
    let months = shown_months(dataset);
    let rows: Vec<Row> = months
        .iter()
        .enumerate()
        .map(|(i, m)| Row {
            x: i as f64,
            label: (choices.text.month)(m.month, m.year),
            csv_label: trade_model::format::month_and_year(m.month, m.year),
        })
        .collect();
    let panels = panels(
        choices,
        months
            .iter()
            .map(|m| m.calculated_duties_usd.map(|usd| usd / 1e6))
            .collect(),
        months.iter().map(|m| m.rate()).collect(),
        money_axis_title(choices.text, Units::Nominal, 0),
        ValueFormat::UsdMillions,
    );
    // Ticks every quarter, labelled by month; markers at the month of each marked event.
    let x_ticks = months
        .iter()
        .enumerate()
        .filter(|(_, m)| m.month % 3 == 1)
        .map(|(i, m)| (i as f64, (choices.text.month)(m.month, m.year)))
        .collect();
    let markers = group_markers(
        choices.lang,
        dataset
            .events
            .iter()
            .filter(|e| e.is_chart_marker())
            .filter_map(|event| {
                let index = months
                    .iter()
                    .position(|m| m.year == event.year() && Some(m.month) == event.month())?;
                Some((index as f64, rows[index].label.clone(), event))
            }),
    );
    let count = rows.len() as f64;
    ChartSpec {
        lang: choices.lang,
        title: chart.title_in(choices.lang, 0, 0),
        row_heading: choices.text.month_heading.to_string(),
        csv_row_heading: "Month",
        rows,
        x_domain: (-0.6, count - 0.4),
        x_ticks,
        panels,
        markers,
        annotations: super::annotations(
            chart,
            choices.lang,
            dataset.events.iter().filter_map(|event| {
                let index = months
                    .iter()
                    .position(|m| m.year == event.year() && Some(m.month) == event.month())?;
                Some((index as f64, event))
            }),
        ),
        source: chart.source_in(choices.lang).to_string(),
        notes: chart
            .notes_in(choices.lang)
            .iter()
            .map(|n| n.to_string())
            .collect(),
    }
}
