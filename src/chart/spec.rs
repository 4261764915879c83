//! What a chart shows, independent of how it is drawn: rows (years or categories), panels with their
//! series and value formats, and event markers. The canvas, the SVG, the read-out, the table and the CSV
//! are all made from one `ChartSpec`, so they always agree.

use trade_model::format::csv_number;
use trade_model::format::grouped;
use trade_model::text::{chart_text, ChartText, EN};
use trade_model::Lang;

/// How a panel's values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueFormat {
    /// Millions of nominal US dollars; read out in billions (億ドル in Japanese).
    UsdMillions,
    /// Millions of US dollars of the given year (deflated with CPI-U); read out as nominal ones.
    RealUsdMillions(u16),
    /// Millions of yen; read out in trillions (兆円).
    YenMillions,
    /// Yen per US dollar.
    YenPerDollar,
    /// A rate in percent (`1.53` is 1.53%).
    Percent,
    /// A number of vehicles; the axis counts millions (万台 in Japanese).
    Vehicles,
}

impl ValueFormat {
    /// For the read-out and summaries: `$147.1 bn`, `¥22.3 tn`, `¥151.46`; `1,471億ドル`, `22.3兆円`, `151.46円`.
    pub fn readout(self, text: &ChartText, value: Option<f64>) -> String {
        match value {
            None => text.missing.to_string(),
            Some(v) => match self {
                ValueFormat::UsdMillions | ValueFormat::RealUsdMillions(_) => (text.usd)(v),
                ValueFormat::YenMillions => (text.yen)(v),
                ValueFormat::YenPerDollar => (text.yen_per_dollar)(v),
                ValueFormat::Percent => (text.percent)(v),
                ValueFormat::Vehicles => (text.vehicles)(v),
            },
        }
    }

    /// For the data table: the full figure in the table's unit, e.g. `147,116.5`.
    pub fn table(self, text: &ChartText, value: Option<f64>) -> String {
        match value {
            None => text.missing.to_string(),
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

    /// The unit of table cells (and, in English, of CSV columns).
    pub fn table_unit(self, text: &ChartText) -> String {
        match self {
            ValueFormat::UsdMillions => text.usd_table_unit.to_string(),
            ValueFormat::RealUsdMillions(base_year) => (text.real_usd_table_unit)(base_year),
            ValueFormat::YenMillions => text.yen_table_unit.to_string(),
            ValueFormat::YenPerDollar => text.rate_table_unit.to_string(),
            ValueFormat::Percent => text.percent_table_unit.to_string(),
            ValueFormat::Vehicles => text.vehicles_table_unit.to_string(),
        }
    }

    /// A value-axis tick in the axis's unit: billions of dollars (億ドル), trillions of yen, millions of
    /// vehicles (万台), yen or percent. The ticks themselves fall on round numbers of that unit.
    pub fn tick(self, text: &ChartText, value: f64) -> String {
        match self {
            ValueFormat::UsdMillions | ValueFormat::RealUsdMillions(_) => (text.usd_tick)(value),
            ValueFormat::YenMillions => (text.tick)(value / 1_000_000.0),
            ValueFormat::YenPerDollar | ValueFormat::Percent => (text.tick)(value),
            ValueFormat::Vehicles => (text.tick)(value / text.vehicles_axis_unit),
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
    /// The label in English, for CSV headings (which stay the same in every language).
    pub csv_label: &'static str,
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
    /// The row as CSV names it, the same in every language: `2024`, `Apr 2025`.
    pub csv_label: String,
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
    /// The language every word of the chart is in.
    pub lang: Lang,
    pub title: String,
    /// What the rows are ("Year", "Category").
    pub row_heading: String,
    /// What the rows are in CSV headings, the same in every language ("Year", "Month").
    pub csv_row_heading: &'static str,
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
    /// The interface's words in the chart's language.
    pub fn text(&self) -> &'static ChartText {
        chart_text(self.lang)
    }

    /// The read-out for row `index`: the row's label, then each shown series with its value.
    pub fn readout(&self, index: usize) -> Option<(String, Vec<(String, String)>)> {
        let row = self.rows.get(index)?;
        let text = self.text();
        let values = self
            .panels
            .iter()
            .flat_map(|panel| {
                panel.series.iter().map(move |s| {
                    (
                        s.label.clone(),
                        panel
                            .format
                            .readout(text, s.values.get(index).copied().flatten()),
                    )
                })
            })
            .collect();
        Some((row.label.clone(), values))
    }

    /// The read-out as one sentence for screen readers: "2024: US exports to Japan $78.9 bn; …".
    pub fn readout_sentence(&self, index: usize) -> String {
        match self.readout(index) {
            Some((label, values)) => (self.text().readout_sentence)(&label, &values),
            None => String::new(),
        }
    }

    /// The table's column headings after the row heading, with units.
    pub fn table_headings(&self) -> Vec<String> {
        let text = self.text();
        self.panels
            .iter()
            .flat_map(|p| {
                p.series
                    .iter()
                    .map(move |s| (text.heading)(&s.label, &p.format.table_unit(text)))
            })
            .collect()
    }

    /// The CSV's column headings after the row heading: the English table's, in every language, so a
    /// script reads the Japanese page's download as it reads the English one.
    pub fn csv_headings(&self) -> Vec<String> {
        self.panels
            .iter()
            .flat_map(|p| {
                p.series
                    .iter()
                    .map(move |s| (EN.heading)(s.csv_label, &p.format.table_unit(&EN)))
            })
            .collect()
    }

    /// The table's rows: label, then each series' figure.
    pub fn table_rows(&self) -> Vec<(String, Vec<String>)> {
        let text = self.text();
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
                            .map(move |s| p.format.table(text, s.values.get(i).copied().flatten()))
                    })
                    .collect();
                (row.label.clone(), cells)
            })
            .collect()
    }

    /// A CSV file of exactly what is shown, with the title, source and notes as leading `#` comment lines
    /// in the chart's language; the column headings and row labels are the English ones in every language.
    pub fn to_csv(&self) -> String {
        let quote = |text: &str| {
            if text.contains([',', '"', '\n']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text.to_string()
            }
        };
        let (source, note) = (self.text().csv_source, self.text().csv_note);
        let mut csv = format!("# {}\n# {source}{}\n", self.title, self.source);
        for text in &self.notes {
            csv.push_str(&format!("# {note}{text}\n"));
        }
        let headings: Vec<String> = std::iter::once(self.csv_row_heading.to_string())
            .chain(self.csv_headings())
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
            let mut cells = vec![quote(&row.csv_label)];
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
