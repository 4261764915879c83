//! The article's charts: what each one plots from the dataset, and how a reader's choices (years, units,
//! series) turn into the [`ChartSpec`] that is drawn, read out, tabulated and downloaded.

use trade_model::data::Dataset;

use super::spec::{ChartSpec, EventMarker, Hue, Mark, Panel, Row, Series, ValueFormat};
use super::units::{UnitConverter, Units};
use crate::state::ChartState;

/// Every chart in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    GoodsTrade,
    YenAndBalance,
    Mirror,
    Vehicles,
    Ownership,
}

/// A series a reader can switch on and off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesDef {
    pub key: &'static str,
    pub label: &'static str,
    pub mark: Mark,
    pub hue: Hue,
}

const fn def(key: &'static str, label: &'static str, mark: Mark, hue: Hue) -> SeriesDef {
    SeriesDef {
        key,
        label,
        mark,
        hue,
    }
}

const GOODS_SERIES: &[SeriesDef] = &[
    def("exports", "US exports to Japan", Mark::Line, Hue::Blue),
    def(
        "imports",
        "US imports from Japan",
        Mark::Line,
        Hue::Vermillion,
    ),
    def("balance", "US balance with Japan", Mark::Bars, Hue::Purple),
];
const YEN_SERIES: &[SeriesDef] = &[
    def(
        "balance",
        "US goods balance with Japan",
        Mark::Bars,
        Hue::Purple,
    ),
    def("rate", "Yen per US dollar", Mark::Line, Hue::Green),
];
const MIRROR_SERIES: &[SeriesDef] = &[
    def(
        "us-imports",
        "US imports from Japan (US data, customs value)",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "jp-exports",
        "Japan’s exports to the US (Japan data, FOB)",
        Mark::Bars,
        Hue::Orange,
    ),
    def(
        "us-exports",
        "US exports to Japan (US data, f.a.s.)",
        Mark::Bars,
        Hue::Blue,
    ),
    def(
        "jp-imports",
        "Japan’s imports from the US (Japan data, CIF)",
        Mark::Bars,
        Hue::Green,
    ),
];
const VEHICLE_SERIES: &[SeriesDef] = &[def(
    "value",
    "US imports from Japan, 2024",
    Mark::Bars,
    Hue::Vermillion,
)];
const OWNERSHIP_SERIES: &[SeriesDef] = &[
    def(
        "japan-fdi",
        "Japan’s direct investment position in the US",
        Mark::Points,
        Hue::Blue,
    ),
    def(
        "us-fdi",
        "US direct investment position in Japan",
        Mark::Points,
        Hue::Vermillion,
    ),
    def(
        "services-exports",
        "US services exports to Japan",
        Mark::Points,
        Hue::Green,
    ),
    def(
        "services-imports",
        "US services imports from Japan",
        Mark::Points,
        Hue::Orange,
    ),
];

impl ChartId {
    pub const ALL: [ChartId; 5] = [
        ChartId::GoodsTrade,
        ChartId::YenAndBalance,
        ChartId::Mirror,
        ChartId::Vehicles,
        ChartId::Ownership,
    ];

    /// The short name used in addresses (`?goods=…`) and file names.
    pub fn key(self) -> &'static str {
        match self {
            ChartId::GoodsTrade => "goods",
            ChartId::YenAndBalance => "yen",
            ChartId::Mirror => "mirror",
            ChartId::Vehicles => "vehicles",
            ChartId::Ownership => "ownership",
        }
    }

    pub fn from_key(key: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The figure's element id, linkable as `#…`.
    pub fn element_id(self) -> &'static str {
        match self {
            ChartId::GoodsTrade => "goods-trade-chart",
            ChartId::YenAndBalance => "yen-chart",
            ChartId::Mirror => "mirror-chart",
            ChartId::Vehicles => "vehicles-chart",
            ChartId::Ownership => "ownership-chart",
        }
    }

    pub fn series(self) -> &'static [SeriesDef] {
        match self {
            ChartId::GoodsTrade => GOODS_SERIES,
            ChartId::YenAndBalance => YEN_SERIES,
            ChartId::Mirror => MIRROR_SERIES,
            ChartId::Vehicles => VEHICLE_SERIES,
            ChartId::Ownership => OWNERSHIP_SERIES,
        }
    }

    /// Whether the reader can choose the money units.
    pub fn has_units(self) -> bool {
        !matches!(self, ChartId::Vehicles)
    }

    /// The years the reader can choose from, if the chart runs over time.
    pub fn year_bounds(self, dataset: &Dataset) -> Option<(u16, u16)> {
        let span = |years: &mut dyn Iterator<Item = u16>| {
            let years: Vec<u16> = years.collect();
            Some((*years.iter().min()?, *years.iter().max()?))
        };
        match self {
            ChartId::GoodsTrade | ChartId::YenAndBalance => {
                span(&mut dataset.goods_trade.iter().map(|r| r.year))
            }
            ChartId::Mirror => span(&mut dataset.japan_reported.iter().map(|r| r.year)),
            ChartId::Vehicles => None,
            ChartId::Ownership => span(
                &mut dataset
                    .investment_positions
                    .iter()
                    .map(|r| r.year)
                    .chain(dataset.services_trade.iter().map(|r| r.year)),
            ),
        }
    }

    /// The chart's title for a range of years.
    pub fn title(self, from: u16, to: u16) -> String {
        match self {
            ChartId::GoodsTrade => format!("US goods trade with Japan, {from}–{to}"),
            ChartId::YenAndBalance => {
                format!("The yen and the US goods balance with Japan, {from}–{to}")
            }
            ChartId::Mirror => {
                format!("Two records of the same trade: US and Japanese figures, {from}–{to}")
            }
            ChartId::Vehicles => "Vehicles in US imports from Japan, 2024".to_string(),
            ChartId::Ownership => {
                format!("Beyond goods: direct investment and services, {from}–{to}")
            }
        }
    }

    /// Caveats shown under the chart and written into downloads.
    pub fn notes(self) -> &'static [&'static str] {
        match self {
            ChartId::Mirror => &[
                "Japan values its exports FOB and its imports CIF; the US values imports at customs value and exports f.a.s. Timing, re-exports and country attribution also differ, so the two records never match exactly.",
                "Japan’s yen figures are converted here at the Federal Reserve annual average rate; Japan’s customs uses weekly rates.",
            ],
            ChartId::Ownership => &[
                "Separate sourced points, not a time series: figures are rounded, come from different vintages and are not joined by lines. Years without a point had no source.",
            ],
            ChartId::GoodsTrade | ChartId::YenAndBalance | ChartId::Vehicles => &[],
        }
    }

    /// The source line shown under the chart and written into downloads.
    pub fn source(self) -> &'static str {
        match self {
            ChartId::GoodsTrade => "US Census Bureau, Trade in Goods with Japan (exports f.a.s., imports customs value); real dollars with BLS CPI-U; yen at the Federal Reserve annual average rate",
            ChartId::YenAndBalance => "Federal Reserve annual average yen per dollar (FRED AEXJPUS method); US Census Bureau goods balance with Japan",
            ChartId::Mirror => "US Census Bureau; Japan Ministry of Finance, Trade Statistics of Japan (yen converted at the Federal Reserve annual average rate)",
            ChartId::Vehicles => "UN Comtrade (reporter USA, partner Japan, HS 8703 and 8704, CIF value); US Census Bureau total (customs value)",
            ChartId::Ownership => "BEA figures as published by USTR, ITA and the State Department (rounded, mixed vintages; see Sources and methodology)",
        }
    }
}

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
                let list = GOODS_SERIES
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
                    let list = vec![series(&YEN_SERIES[0], money(|r| r.balance_musd))];
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
                        series: vec![series(&YEN_SERIES[1], rates)],
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
            let list = MIRROR_SERIES
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
            let imports = vehicle_imports(dataset);
            let rows: Vec<Row> = imports
                .iter()
                .enumerate()
                .map(|(i, p)| Row {
                    x: i as f64,
                    label: vehicle_label(&p.category),
                })
                .collect();
            let values = imports.iter().map(|p| p.value_musd).collect();
            let list = if shown("value") {
                vec![series(&VEHICLE_SERIES[0], values)]
            } else {
                Vec::new()
            };
            let count = rows.len() as f64;
            ChartSpec {
                title: chart.title(0, 0),
                row_heading: "Category".to_string(),
                x_ticks: rows.iter().map(|r| (r.x, r.label.clone())).collect(),
                rows,
                x_domain: (-0.5, count - 0.5),
                panels: vec![Panel {
                    axis_title: money_axis_title(Units::Nominal, 0),
                    format: ValueFormat::UsdMillions,
                    series: list,
                }],
                markers: Vec::new(),
                source: chart.source().to_string(),
                notes: vehicle_notes(&imports),
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
            let list = OWNERSHIP_SERIES
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

fn vehicle_label(category: &str) -> String {
    if category.starts_with("ALL GOODS") {
        "All goods (Census total)".to_string()
    } else if category.contains("8703") {
        "Passenger vehicles (HS 8703)".to_string()
    } else if category.contains("8704") {
        "Goods vehicles (HS 8704)".to_string()
    } else {
        category.to_string()
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

/// The rows of the vehicles chart: US imports from Japan by category, in the data's order.
pub fn vehicle_imports(dataset: &Dataset) -> Vec<&trade_model::data::ProductFlow> {
    dataset
        .products_2024
        .iter()
        .filter(|p| p.direction == "us_imports")
        .collect()
}

/// Each vehicle line's share of all goods imports, with the valuation caveat that makes it approximate.
fn vehicle_notes(imports: &[&trade_model::data::ProductFlow]) -> Vec<String> {
    let total = imports
        .iter()
        .find(|p| p.code == "TOTAL")
        .and_then(|p| p.value_musd);
    let mut notes: Vec<String> = imports
        .iter()
        .filter(|p| p.code != "TOTAL")
        .filter_map(|p| {
            let share = p.value_musd? / total? * 100.0;
            Some(format!(
                "{}: {share:.1}% of the value of all US goods imports from Japan.",
                vehicle_label(&p.category)
            ))
        })
        .collect();
    notes.push(
        "Vehicle values are CIF (they include freight and insurance), while the total is at customs value, \
         so the shares are slightly overstated."
            .to_string(),
    );
    notes
}

/// One marker per year with events, inside the chosen range.
fn markers(dataset: &Dataset, state: &ChartState) -> Vec<EventMarker> {
    let mut markers: Vec<EventMarker> = Vec::new();
    for event in dataset
        .events
        .iter()
        .filter(|e| (state.from..=state.to).contains(&e.year()))
    {
        match markers.last_mut() {
            Some(marker) if marker.year == event.year() => {
                marker.titles.push(event.title.to_string())
            }
            _ => markers.push(EventMarker {
                x: f64::from(event.year()),
                year: event.year(),
                titles: vec![event.title.to_string()],
                anchor: event.anchor_id(),
            }),
        }
    }
    markers
}
