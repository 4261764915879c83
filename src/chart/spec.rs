//! What a chart shows, independent of how it is drawn: rows (years or categories), panels with their
//! series and value formats, and event markers. The canvas, the SVG, the read-out, the table and the CSV
//! are all made from one `ChartSpec`, so they always agree.

use trade_model::format::{
    billions_usd, count, csv_number, grouped, percent, trillions_yen, yen_per_dollar, MISSING,
};

/// How a panel's values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueFormat {
    /// Millions of nominal US dollars; read out in billions.
    UsdMillions,
    /// Millions of US dollars of the given year (deflated with CPI-U); read out in billions.
    RealUsdMillions(u16),
    /// Millions of yen; read out in trillions.
    YenMillions,
    /// Yen per US dollar.
    YenPerDollar,
    /// A rate in percent (`1.53` is 1.53%).
    Percent,
    /// A number of vehicles; the axis counts millions.
    Vehicles,
}

impl ValueFormat {
    /// For the read-out and summaries: `$147.1 bn`, `¥22.3 tn`, `¥151.46`.
    pub fn readout(self, value: Option<f64>) -> String {
        match value {
            None => MISSING.to_string(),
            Some(v) => match self {
                ValueFormat::UsdMillions | ValueFormat::RealUsdMillions(_) => billions_usd(v),
                ValueFormat::YenMillions => trillions_yen(v),
                ValueFormat::YenPerDollar => yen_per_dollar(v),
                ValueFormat::Percent => percent(v),
                ValueFormat::Vehicles => count(v),
            },
        }
    }

    /// For the data table: the full figure in the table's unit, e.g. `147,116.5`.
    pub fn table(self, value: Option<f64>) -> String {
        match value {
            None => MISSING.to_string(),
            Some(v) => match self {
                ValueFormat::UsdMillions
                | ValueFormat::RealUsdMillions(_)
                | ValueFormat::YenMillions => grouped(v, 1),
                ValueFormat::YenPerDollar => grouped(v, 4),
                ValueFormat::Percent => grouped(v, 2),
                ValueFormat::Vehicles => grouped(v, 0),
            },
        }
    }

    /// For CSV downloads: the table's figure without separators; empty when missing.
    pub fn csv(self, value: Option<f64>) -> String {
        match self {
            ValueFormat::UsdMillions
            | ValueFormat::RealUsdMillions(_)
            | ValueFormat::YenMillions => csv_number(value, 1),
            ValueFormat::YenPerDollar => csv_number(value, 4),
            ValueFormat::Percent => csv_number(value, 3),
            ValueFormat::Vehicles => csv_number(value, 0),
        }
    }

    /// The unit of table cells and CSV columns.
    pub fn table_unit(self) -> String {
        match self {
            ValueFormat::UsdMillions => "$ millions".to_string(),
            ValueFormat::RealUsdMillions(base_year) => format!("$ millions of {base_year}, CPI-U"),
            ValueFormat::YenMillions => "¥ millions".to_string(),
            ValueFormat::YenPerDollar => "yen per dollar".to_string(),
            ValueFormat::Percent => "%".to_string(),
            ValueFormat::Vehicles => "vehicles".to_string(),
        }
    }

    /// Axis ticks are drawn in the read-out's unit (billions, trillions) with this divisor.
    pub fn axis_divisor(self) -> f64 {
        match self {
            ValueFormat::UsdMillions | ValueFormat::RealUsdMillions(_) => 1_000.0,
            ValueFormat::YenMillions => 1_000_000.0,
            ValueFormat::YenPerDollar | ValueFormat::Percent => 1.0,
            ValueFormat::Vehicles => 1_000_000.0,
        }
    }
}

/// How a series is marked and coloured: plain attributes of each chart's series, defined with them in the model.
pub use trade_model::charts::{Hue, Mark};

/// One series as shown: a value (or none) for each row of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub key: &'static str,
    pub label: String,
    /// The direct label written beside the series' end on the chart.
    pub short: &'static str,
    pub mark: Mark,
    pub hue: Hue,
    pub values: Vec<Option<f64>>,
}

/// A stack of series sharing one value axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub axis_title: String,
    pub format: ValueFormat,
    pub series: Vec<Series>,
}

/// One step along the horizontal axis: a year or a category.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub x: f64,
    pub label: String,
}

/// Events of one year (or month), marked on the time axis and linked to the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMarker {
    pub x: f64,
    /// When, as the marker's label says it: `1985` or `Apr 2025`.
    pub when: String,
    /// Each event's title and date, as its tip reads: "Plaza Accord, 22 September 1985".
    pub titles: Vec<String>,
    /// The timeline anchor of the year's first event.
    pub anchor: String,
}

/// One of the few events written on the plot itself, chosen in content (`annotate_on` in events.csv).
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub x: f64,
    /// The short label on the chart: "Plaza Accord".
    pub label: String,
    /// What the text equivalent says of it: "Plaza Accord, 22 September 1985".
    pub title: String,
}

/// Everything a chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub title: String,
    /// What the rows are ("Year", "Category").
    pub row_heading: String,
    pub rows: Vec<Row>,
    pub x_domain: (f64, f64),
    pub x_ticks: Vec<(f64, String)>,
    pub panels: Vec<Panel>,
    pub markers: Vec<EventMarker>,
    /// Events written on the plot, in date order.
    pub annotations: Vec<Annotation>,
    /// The source line under the chart and in downloads.
    pub source: String,
    /// Caveats a reader needs to read the figures right (valuation bases, conversions, sparse sources).
    pub notes: Vec<String>,
}

impl Panel {
    /// The top of each row's stack (the sum of its stacked series), for the value axis; empty when the
    /// panel stacks nothing.
    pub fn stack_totals(&self, rows: usize) -> Vec<f64> {
        if !self.series.iter().any(|s| s.mark == Mark::Stacked) {
            return Vec::new();
        }
        (0..rows)
            .map(|i| {
                self.series
                    .iter()
                    .filter(|s| s.mark == Mark::Stacked)
                    .filter_map(|s| s.values.get(i).copied().flatten())
                    .sum()
            })
            .collect()
    }
}

impl ChartSpec {
    /// The read-out for row `index`: the row's label, then each shown series with its value.
    pub fn readout(&self, index: usize) -> Option<(String, Vec<(String, String)>)> {
        let row = self.rows.get(index)?;
        let values = self
            .panels
            .iter()
            .flat_map(|panel| {
                panel.series.iter().map(move |s| {
                    (
                        s.label.clone(),
                        panel.format.readout(s.values.get(index).copied().flatten()),
                    )
                })
            })
            .collect();
        Some((row.label.clone(), values))
    }

    /// The read-out as one sentence for screen readers: "2024: US exports to Japan $78.9 bn; …".
    pub fn readout_sentence(&self, index: usize) -> String {
        match self.readout(index) {
            Some((label, values)) => {
                let parts: Vec<String> = values
                    .iter()
                    .map(|(name, value)| format!("{name} {value}"))
                    .collect();
                format!("{label}: {}.", parts.join("; "))
            }
            None => String::new(),
        }
    }

    /// The table's column headings after the row heading, with units.
    pub fn table_headings(&self) -> Vec<String> {
        self.panels
            .iter()
            .flat_map(|p| {
                p.series
                    .iter()
                    .map(move |s| format!("{} ({})", s.label, p.format.table_unit()))
            })
            .collect()
    }

    /// The table's rows: label, then each series' figure.
    pub fn table_rows(&self) -> Vec<(String, Vec<String>)> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let cells = self
                    .panels
                    .iter()
                    .flat_map(|p| {
                        p.series
                            .iter()
                            .map(move |s| p.format.table(s.values.get(i).copied().flatten()))
                    })
                    .collect();
                (row.label.clone(), cells)
            })
            .collect()
    }

    /// A CSV file of exactly what is shown, with the title and source as leading `#` comment lines.
    pub fn to_csv(&self) -> String {
        let quote = |text: &str| {
            if text.contains([',', '"', '\n']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text.to_string()
            }
        };
        let mut csv = format!("# {}\n# Source: {}\n", self.title, self.source);
        for note in &self.notes {
            csv.push_str(&format!("# Note: {note}\n"));
        }
        let headings: Vec<String> = std::iter::once(self.row_heading.clone())
            .chain(self.table_headings())
            .collect();
        csv.push_str(
            &headings
                .iter()
                .map(|h| quote(h))
                .collect::<Vec<_>>()
                .join(","),
        );
        csv.push('\n');
        for (i, row) in self.rows.iter().enumerate() {
            let mut cells = vec![quote(&row.label)];
            for panel in &self.panels {
                for series in &panel.series {
                    cells.push(panel.format.csv(series.values.get(i).copied().flatten()));
                }
            }
            csv.push_str(&cells.join(","));
            csv.push('\n');
        }
        csv
    }
}
