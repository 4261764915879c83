//! The article's charts: what each one plots from the dataset, and how a reader's choices (years, units,
//! series) turn into the [`ChartSpec`] that is drawn, read out, tabulated and downloaded.

use trade_model::data::Dataset;

use super::duties_charts::{month_and_year, partial_year, shown_months};
use super::mix_charts::{mix_value, Mix};
use super::spec::{ChartSpec, EventMarker, Panel, Row, Series, ValueFormat};
use super::units::{UnitConverter, Units};
use crate::state::ChartState;

/// What each chart is (its key, figure id, series, title, source and notes) is defined once, in the model.
pub use trade_model::charts::{ChartId, SeriesDef};

/// Builds what a chart shows for a reader's choices.
pub fn chart_spec(chart: ChartId, state: &ChartState, dataset: &Dataset) -> ChartSpec {
    let converter = UnitConverter::new(&dataset.consumer_prices, &dataset.exchange_rates);
    let units = if chart.has_units() {
        state.units
    } else {
        Units::Nominal
    };
    let shown = |key: &str| state.shows(chart, key);
    let money_format = match units {
        Units::Nominal => ValueFormat::UsdMillions,
        Units::Real => ValueFormat::RealUsdMillions(converter.base_year),
        Units::Yen => ValueFormat::YenMillions,
    };
    let money_axis = money_axis_title(units, converter.base_year);
    let series = |def: &SeriesDef, values: Vec<Option<f64>>| Series {
        key: def.key,
        label: def.label.to_string(),
        mark: def.mark,
        hue: def.hue,
        values,
    };
    // A panel of one series with its own axis.
    let panel_of = |axis_title: String, format: ValueFormat, def: &SeriesDef, values| Panel {
        axis_title,
        format,
        series: vec![series(def, values)],
    };
    // The duties charts, by year or by month: duties in `format` over the average rate, in percent.
    let duties_panels = |duties: Vec<Option<f64>>,
                         rates: Vec<Option<f64>>,
                         axis_title: String,
                         format: ValueFormat| {
        let mut panels = Vec::new();
        if shown("duties") {
            panels.push(panel_of(axis_title, format, &chart.series()[0], duties));
        }
        if shown("rate") {
            let percent = rates.into_iter().map(|r| r.map(|r| r * 100.0)).collect();
            panels.push(panel_of(
                "Average duty rate, %".to_string(),
                ValueFormat::Percent,
                &chart.series()[1],
                percent,
            ));
        }
        panels
    };
    match chart {
        ChartId::GoodsTrade | ChartId::YenAndBalance => {
            let rows: Vec<_> = dataset
                .goods_trade
                .iter()
                .filter(|r| (state.from..=state.to).contains(&r.year))
                .collect();
            let money = |pick: fn(&trade_model::data::GoodsTradeYear) -> Option<f64>| {
                rows.iter()
                    .map(|r| converter.convert(pick(r), r.year, units))
                    .collect::<Vec<_>>()
            };
            let mut panels = Vec::new();
            if chart == ChartId::GoodsTrade {
                let picks: [fn(&trade_model::data::GoodsTradeYear) -> Option<f64>; 3] = [
                    |r| r.us_exports_musd,
                    |r| r.us_imports_musd,
                    |r| r.balance_musd,
                ];
                let list = chart
                    .series()
                    .iter()
                    .zip(picks)
                    .filter(|(d, _)| shown(d.key))
                    .map(|(d, pick)| series(d, money(pick)))
                    .collect();
                panels.push(Panel {
                    axis_title: money_axis,
                    format: money_format,
                    series: list,
                });
            } else {
                if shown("balance") {
                    let list = vec![series(&chart.series()[0], money(|r| r.balance_musd))];
                    panels.push(Panel {
                        axis_title: money_axis,
                        format: money_format,
                        series: list,
                    });
                }
                if shown("rate") {
                    let rates = rows
                        .iter()
                        .map(|r| converter.yen_per_dollar(r.year))
                        .collect();
                    panels.push(Panel {
                        axis_title: "Yen per US dollar (annual average)".to_string(),
                        format: ValueFormat::YenPerDollar,
                        series: vec![series(&chart.series()[1], rates)],
                    });
                }
            }
            year_spec(
                chart,
                state,
                rows.iter().map(|r| r.year).collect(),
                panels,
                markers(dataset, state),
            )
        }
        ChartId::Mirror => {
            let years: Vec<u16> = dataset
                .japan_reported
                .iter()
                .map(|r| r.year)
                .filter(|y| (state.from..=state.to).contains(y))
                .collect();
            let us = |year: u16| dataset.goods_trade.iter().find(|r| r.year == year);
            let japan = |year: u16| dataset.japan_reported.iter().find(|r| r.year == year);
            // Japan's figures are published in thousands of yen: shown as published in yen, else converted
            // to dollars at the year's average rate.
            let from_yen = |thousand_jpy: Option<f64>, year: u16| {
                let million_jpy = thousand_jpy.map(|v| v / 1_000.0);
                match units {
                    Units::Yen => million_jpy,
                    _ => converter.convert(
                        million_jpy
                            .zip(converter.yen_per_dollar(year))
                            .map(|(v, rate)| v / rate),
                        year,
                        units,
                    ),
                }
            };
            let values: [Vec<Option<f64>>; 4] = [
                years
                    .iter()
                    .map(|&y| converter.convert(us(y).and_then(|r| r.us_imports_musd), y, units))
                    .collect(),
                years
                    .iter()
                    .map(|&y| from_yen(japan(y).and_then(|r| r.jp_exports_to_us_thousand_jpy), y))
                    .collect(),
                years
                    .iter()
                    .map(|&y| converter.convert(us(y).and_then(|r| r.us_exports_musd), y, units))
                    .collect(),
                years
                    .iter()
                    .map(|&y| from_yen(japan(y).and_then(|r| r.jp_imports_from_us_thousand_jpy), y))
                    .collect(),
            ];
            let list = chart
                .series()
                .iter()
                .zip(values)
                .filter(|(d, _)| shown(d.key))
                .map(|(d, v)| series(d, v))
                .collect();
            let panels = vec![Panel {
                axis_title: money_axis,
                format: money_format,
                series: list,
            }];
            let mut spec = year_spec(chart, state, years, panels, Vec::new());
            if units == Units::Yen {
                // In yen it is the US figures that are converted.
                spec.notes[1] = "In yen, Japan’s figures are shown as published and the US figures are converted at the \
                                 Federal Reserve annual average rate."
                    .to_string();
            }
            spec
        }
        ChartId::Vehicles => {
            let mut years: Vec<u16> = dataset
                .vehicle_imports
                .iter()
                .map(|r| r.year)
                .filter(|y| (state.from..=state.to).contains(y))
                .collect();
            years.sort_unstable();
            years.dedup();
            let rows = |year: u16| {
                dataset
                    .vehicle_imports
                    .iter()
                    .filter(move |r| r.year == year)
            };
            let mut panels = Vec::new();
            if shown("value") {
                let values = years
                    .iter()
                    .map(|&y| {
                        let musd = rows(y)
                            .filter(|r| r.is_customs_value())
                            .find_map(|r| r.value_usd)
                            .map(|usd| usd / 1e6);
                        converter.convert(musd, y, units)
                    })
                    .collect();
                panels.push(panel_of(
                    money_axis.clone(),
                    money_format,
                    &chart.series()[0],
                    values,
                ));
            }
            if shown("units") {
                let values = years
                    .iter()
                    .map(|&y| {
                        rows(y)
                            .filter(|r| r.is_comtrade_cif())
                            .find_map(|r| r.quantity)
                    })
                    .collect();
                panels.push(panel_of(
                    "Millions of vehicles".to_string(),
                    ValueFormat::Vehicles,
                    &chart.series()[1],
                    values,
                ));
            }
            year_spec(chart, state, years, panels, Vec::new())
        }
        ChartId::ImportsMix | ChartId::ExportsMix => {
            let (mix, format, axis_title) = if chart == ChartId::ImportsMix {
                (
                    Mix::FromJapan,
                    ValueFormat::YenMillions,
                    "¥ trillions, as published by Japan’s Ministry of Finance",
                )
            } else {
                (
                    Mix::ToJapan,
                    ValueFormat::UsdMillions,
                    "$ billions, as recorded by the US Census Bureau",
                )
            };
            let years: Vec<u16> = chart
                .years(dataset)
                .into_iter()
                .filter(|y| (state.from..=state.to).contains(y))
                .collect();
            let list = chart
                .series()
                .iter()
                .filter(|d| shown(d.key))
                .map(|d| {
                    let values = years
                        .iter()
                        .map(|&y| mix_value(dataset, mix, d.key, y))
                        .collect();
                    series(d, values)
                })
                .collect();
            let panels = vec![Panel {
                axis_title: axis_title.to_string(),
                format,
                series: list,
            }];
            year_spec(chart, state, years, panels, Vec::new())
        }
        ChartId::Duties => {
            let years: Vec<u16> = chart
                .years(dataset)
                .into_iter()
                .filter(|y| (state.from..=state.to).contains(y))
                .collect();
            let row = |y: u16| dataset.duties.iter().find(|r| r.year == y);
            let duties = years
                .iter()
                .map(|&y| {
                    let musd = row(y)
                        .and_then(|r| r.calculated_duties_usd)
                        .map(|usd| usd / 1e6);
                    converter.convert(musd, y, units)
                })
                .collect();
            let rates = years
                .iter()
                .map(|&y| row(y).and_then(|r| r.rate()))
                .collect();
            let panels = duties_panels(duties, rates, money_axis.clone(), money_format);
            let mut spec = year_spec(chart, state, years, panels, markers(dataset, state));
            if let Some((year, months)) = partial_year(dataset) {
                spec.notes.push(format!(
                    "{year} is left out: it has {months} months of data so far (see the monthly chart)."
                ));
            }
            spec
        }
        ChartId::DutiesMonthly => {
            let months = shown_months(dataset);
            let rows: Vec<Row> = months
                .iter()
                .enumerate()
                .map(|(i, m)| Row {
                    x: i as f64,
                    label: month_and_year(m.month, m.year),
                })
                .collect();
            let panels = duties_panels(
                months
                    .iter()
                    .map(|m| m.calculated_duties_usd.map(|usd| usd / 1e6))
                    .collect(),
                months.iter().map(|m| m.rate()).collect(),
                money_axis_title(Units::Nominal, 0),
                ValueFormat::UsdMillions,
            );
            // Ticks every quarter, labelled by month; markers at the month of each marked event.
            let x_ticks = months
                .iter()
                .enumerate()
                .filter(|(_, m)| m.month % 3 == 1)
                .map(|(i, m)| (i as f64, month_and_year(m.month, m.year)))
                .collect();
            let monthly_markers = group_markers(
                dataset
                    .events
                    .iter()
                    .filter(|e| e.is_chart_marker())
                    .filter_map(|event| {
                        let index = months.iter().position(|m| {
                            m.year == event.year() && Some(m.month) == event.month()
                        })?;
                        Some((index as f64, rows[index].label.clone(), event))
                    }),
            );
            let count = rows.len() as f64;
            ChartSpec {
                title: chart.title(0, 0),
                row_heading: "Month".to_string(),
                rows,
                x_domain: (-0.6, count - 0.4),
                x_ticks,
                panels,
                markers: monthly_markers,
                source: chart.source().to_string(),
                notes: chart.notes().iter().map(|n| n.to_string()).collect(),
            }
        }
        ChartId::Ownership => {
            let mut years: Vec<u16> = dataset
                .investment_positions
                .iter()
                .map(|r| r.year)
                .chain(dataset.services_trade.iter().map(|r| r.year))
                .filter(|y| (state.from..=state.to).contains(y))
                .collect();
            years.sort_unstable();
            years.dedup();
            let fdi = |y: u16| dataset.investment_positions.iter().find(|r| r.year == y);
            let services = |y: u16| dataset.services_trade.iter().find(|r| r.year == y);
            let values: [Vec<Option<f64>>; 4] = [
                years
                    .iter()
                    .map(|&y| {
                        converter.convert(
                            fdi(y).and_then(|r| r.japan_fdi_position_in_us_musd),
                            y,
                            units,
                        )
                    })
                    .collect(),
                years
                    .iter()
                    .map(|&y| {
                        converter.convert(
                            fdi(y).and_then(|r| r.us_fdi_position_in_japan_musd),
                            y,
                            units,
                        )
                    })
                    .collect(),
                years
                    .iter()
                    .map(|&y| {
                        converter.convert(services(y).and_then(|r| r.us_exports_musd), y, units)
                    })
                    .collect(),
                years
                    .iter()
                    .map(|&y| {
                        converter.convert(services(y).and_then(|r| r.us_imports_musd), y, units)
                    })
                    .collect(),
            ];
            let list = chart
                .series()
                .iter()
                .zip(values)
                .filter(|(d, _)| shown(d.key))
                .map(|(d, v)| series(d, v))
                .collect();
            let panels = vec![Panel {
                axis_title: money_axis,
                format: money_format,
                series: list,
            }];
            year_spec(chart, state, years, panels, Vec::new())
        }
    }
}

fn money_axis_title(units: Units, base_year: u16) -> String {
    match units {
        Units::Nominal => "$ billions".to_string(),
        Units::Real => format!("$ billions, {base_year} dollars (CPI-U)"),
        Units::Yen => "¥ trillions, at each year’s average rate".to_string(),
    }
}

/// A chart over calendar years, with ticks on round years.
fn year_spec(
    chart: ChartId,
    state: &ChartState,
    years: Vec<u16>,
    panels: Vec<Panel>,
    markers: Vec<EventMarker>,
) -> ChartSpec {
    let (from, to) = (state.from, state.to);
    let span = to.saturating_sub(from);
    let step = match span {
        0..=6 => 1,
        7..=14 => 2,
        15..=30 => 5,
        _ => 10,
    };
    let x_ticks = (from..=to)
        .filter(|y| y % step == 0)
        .map(|y| (f64::from(y), y.to_string()))
        .collect();
    ChartSpec {
        title: chart.title(from, to),
        row_heading: "Year".to_string(),
        rows: years
            .iter()
            .map(|&y| Row {
                x: f64::from(y),
                label: y.to_string(),
            })
            .collect(),
        x_domain: (f64::from(from) - 0.6, f64::from(to) + 0.6),
        x_ticks,
        panels,
        markers,
        source: chart.source().to_string(),
        notes: chart.notes().iter().map(|n| n.to_string()).collect(),
    }
}

/// One marker per year with marked events (the `chart_marker` column), inside the chosen range.
fn markers(dataset: &Dataset, state: &ChartState) -> Vec<EventMarker> {
    group_markers(
        dataset
            .events
            .iter()
            .filter(|e| e.is_chart_marker() && (state.from..=state.to).contains(&e.year()))
            .map(|e| (f64::from(e.year()), e.year().to_string(), e)),
    )
}

/// One marker per place on the time axis, naming every event there and linking to the first; `events` come
/// in date order as `(x, when, event)`.
fn group_markers<'a>(
    events: impl Iterator<Item = (f64, String, &'a trade_model::data::Event)>,
) -> Vec<EventMarker> {
    let mut markers: Vec<EventMarker> = Vec::new();
    for (x, when, event) in events {
        match markers.last_mut() {
            Some(marker) if marker.x == x => marker.titles.push(event.title.to_string()),
            _ => markers.push(EventMarker {
                x,
                when,
                titles: vec![event.title.to_string()],
                anchor: event.anchor_id(),
            }),
        }
    }
    markers
}
