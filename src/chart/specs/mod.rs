//! How a reader's choices (years, units, series) turn into the [`ChartSpec`] that is drawn, read out,
//! tabulated and downloaded: [`chart_spec`] picks the chart's builder, each chart (or family of charts)
//! has its own file, and what they share is here. What a chart *is* (its key, series, title, source and
//! notes) comes from the model's [`trade_model::charts`].

mod duties;
mod goods;
mod mirror;
mod mix;
mod ownership;
mod vehicles;

use trade_model::charts::ChartId;
use trade_model::data::{Dataset, Event};
use trade_model::text::{chart_text, ChartText};
use trade_model::Lang;

use super::spec::{Annotation, ChartSpec, EventMarker, Panel, Row, Series, ValueFormat};
use super::units::{UnitConverter, Units};
use crate::state::ChartState;

pub use duties::shown_months;

/// Builds what a chart shows for a reader's choices, in the page's language.
pub fn chart_spec(chart: ChartId, state: &ChartState, dataset: &Dataset, lang: Lang) -> ChartSpec {
    let choices = Choices::new(chart, state, dataset, lang);
    match chart {
        ChartId::GoodsTrade => goods::goods_trade(&choices),
        ChartId::YenAndBalance => goods::yen_and_balance(&choices),
        ChartId::Mirror => mirror::mirror(&choices),
        ChartId::Vehicles => vehicles::vehicles(&choices),
        ChartId::Ownership => ownership::ownership(&choices),
        ChartId::ImportsMix | ChartId::ExportsMix => mix::mix(&choices),
        ChartId::Duties => duties::annual(&choices),
        ChartId::DutiesMonthly => duties::monthly(&choices),
    }
}

/// A reader's choices for one chart, with what every chart's builder needs to honour them.
struct Choices<'a> {
    chart: ChartId,
    state: &'a ChartState,
    dataset: &'a Dataset,
    converter: UnitConverter<'a>,
    /// The chosen units, or nominal dollars where the chart offers no choice.
    units: Units,
    /// The page's language, and its words.
    lang: Lang,
    text: &'static ChartText,
}

impl<'a> Choices<'a> {
    fn new(chart: ChartId, state: &'a ChartState, dataset: &'a Dataset, lang: Lang) -> Choices<'a> {
        let units = if chart.has_units() {
            state.units
        } else {
            Units::Nominal
        };
        Choices {
            chart,
            state,
            dataset,
            converter: UnitConverter::new(&dataset.consumer_prices, &dataset.exchange_rates),
            units,
            lang,
            text: chart_text(lang),
        }
    }

    /// Whether the reader shows the series `key`.
    fn shows(&self, key: &str) -> bool {
        self.state.shows(self.chart, key)
    }

    /// Whether `year` lies in the chosen range.
    fn in_range(&self, year: u16) -> bool {
        (self.state.from..=self.state.to).contains(&year)
    }

    /// The chart's years inside the chosen range, oldest first.
    fn years(&self) -> Vec<u16> {
        self.chart
            .years(self.dataset)
            .into_iter()
            .filter(|&y| self.in_range(y))
            .collect()
    }

    /// Millions of nominal dollars of `year` in the chosen units.
    fn money(&self, musd: Option<f64>, year: u16) -> Option<f64> {
        self.converter.convert(musd, year, self.units)
    }

    /// How money in the chosen units is written.
    fn money_format(&self) -> ValueFormat {
        match self.units {
            Units::Nominal => ValueFormat::UsdMillions,
            Units::Real => ValueFormat::RealUsdMillions(self.converter.base_year),
            Units::Yen => ValueFormat::YenMillions,
        }
    }

    /// The title of an axis of money in the chosen units.
    fn money_axis(&self) -> String {
        money_axis_title(self.text, self.units, self.converter.base_year)
    }

    /// The chart's series number `index` with its values.
    fn series(&self, index: usize, values: Vec<Option<f64>>) -> Series {
        let def = &self.chart.series()[index];
        Series {
            key: def.key,
            label: def.label_in(self.lang).to_string(),
            csv_label: def.label,
            short: def.short_in(self.lang),
            mark: def.mark,
            hue: def.hue,
            values,
        }
    }

    /// A panel of the chart's series number `index` alone, on its own axis.
    fn panel_of(
        &self,
        index: usize,
        axis_title: String,
        format: ValueFormat,
        values: Vec<Option<f64>>,
    ) -> Panel {
        Panel {
            axis_title,
            format,
            series: vec![self.series(index, values)],
        }
    }

    /// One panel of the shown series among all the chart's, given each series' values in order.
    fn panel_of_shown(
        &self,
        axis_title: String,
        format: ValueFormat,
        values: impl IntoIterator<Item = Vec<Option<f64>>>,
    ) -> Panel {
        let series = values
            .into_iter()
            .enumerate()
            .filter(|(i, _)| self.shows(self.chart.series()[*i].key))
            .map(|(i, values)| self.series(i, values))
            .collect();
        Panel {
            axis_title,
            format,
            series,
        }
    }

    /// One panel of the shown series in the chosen money units.
    fn money_panel(&self, values: impl IntoIterator<Item = Vec<Option<f64>>>) -> Panel {
        self.panel_of_shown(self.money_axis(), self.money_format(), values)
    }

    /// A chart over calendar years, with ticks on round years.
    fn year_spec(
        &self,
        years: Vec<u16>,
        panels: Vec<Panel>,
        markers: Vec<EventMarker>,
    ) -> ChartSpec {
        let (from, to) = (self.state.from, self.state.to);
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
            lang: self.lang,
            title: self.chart.title_in(self.lang, from, to),
            row_heading: self.text.year_heading.to_string(),
            csv_row_heading: "Year",
            rows: years
                .iter()
                .map(|&y| Row {
                    x: f64::from(y),
                    label: (self.text.year)(y),
                    csv_label: y.to_string(),
                })
                .collect(),
            x_domain: (f64::from(from) - 0.6, f64::from(to) + 0.6),
            x_ticks,
            panels,
            markers,
            annotations: annotations(
                self.chart,
                self.lang,
                self.dataset
                    .events
                    .iter()
                    .filter(|e| self.in_range(e.year()))
                    .map(|e| (f64::from(e.year()), e)),
            ),
            source: self.chart.source_in(self.lang).to_string(),
            notes: self
                .chart
                .notes_in(self.lang)
                .iter()
                .map(|n| n.to_string())
                .collect(),
        }
    }

    /// One marker per year with marked events (the `chart_marker` column), inside the chosen range.
    fn year_markers(&self) -> Vec<EventMarker> {
        group_markers(
            self.lang,
            self.dataset
                .events
                .iter()
                .filter(|e| e.is_chart_marker() && self.in_range(e.year()))
                .map(|e| (f64::from(e.year()), e.year().to_string(), e)),
        )
    }
}

/// The title of an axis of money in `units`.
fn money_axis_title(text: &ChartText, units: Units, base_year: u16) -> String {
    match units {
        Units::Nominal => text.usd_axis.to_string(),
        Units::Real => (text.real_usd_axis)(base_year),
        Units::Yen => text.yen_axis.to_string(),
    }
}

/// One marker per place on the time axis, naming every event there and linking to the first; `events` come
/// in date order as `(x, when, event)`.
fn group_markers<'a>(
    lang: Lang,
    events: impl Iterator<Item = (f64, String, &'a Event)>,
) -> Vec<EventMarker> {
    let mut markers: Vec<EventMarker> = Vec::new();
    for (x, when, event) in events {
        match markers.last_mut() {
            Some(marker) if marker.x == x => marker.titles.push(dated_title(lang, event)),
            _ => markers.push(EventMarker {
                x,
                when,
                titles: vec![dated_title(lang, event)],
                anchor: event.anchor_id(),
            }),
        }
    }
    markers
}

/// An event's title with its date, as a marker's tip and the text equivalent give it.
fn dated_title(lang: Lang, event: &Event) -> String {
    (chart_text(lang).dated)(event.title_in(lang), &event.date_in(lang))
}

/// The events `chart` writes on its plot (the `annotate_on` column), from `events` given as `(x, event)`.
fn annotations<'a>(
    chart: ChartId,
    lang: Lang,
    events: impl Iterator<Item = (f64, &'a Event)>,
) -> Vec<Annotation> {
    events
        .filter(|(_, e)| e.annotates(chart.key()))
        .map(|(x, e)| Annotation {
            x,
            label: e.annotation_in(lang).to_string(),
            title: dated_title(lang, e),
        })
        .collect()
}
