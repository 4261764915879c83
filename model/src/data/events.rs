//! Dated events of the relationship, for the timeline and the chart's time axis.

use crate::format::month_name;
use crate::{Lang, Text};

/// The Japanese text where the page is Japanese and it was given, else the English.
fn pick<'a>(lang: Lang, english: &'a str, japanese: &'a str) -> &'a str {
    match lang.available() {
        Lang::Ja if !japanese.is_empty() => japanese,
        _ => english,
    }
}

/// One dated event; `date` is `YYYY-MM-DD` or `YYYY-MM`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct Event {
    pub date: Text,
    pub title: Text,
    pub description: Text,
    pub source: Text,
    pub verification: Text,
    /// `yes` where the event is marked on the charts' time axes; empty for the timeline only.
    #[cfg_attr(feature = "build", serde(default))]
    pub chart_marker: Text,
    /// The keys of the charts that write this event on the plot itself (`goods yen`), chosen in content
    /// because it is one of the two to four events that explain the chart's shape; empty for none.
    #[cfg_attr(feature = "build", serde(default))]
    pub annotate_on: Text,
    /// The few words written on those charts beside the event's rule ("Plaza Accord").
    #[cfg_attr(feature = "build", serde(default))]
    pub annotation: Text,
    /// The stable anchor in the timeline, set when the file is read: `event-1985-09-22`, and for a
    /// second event on the same date `event-2018-03-08-2`.
    #[cfg_attr(feature = "build", serde(skip))]
    pub anchor: Text,
    /// The Japanese edition's title, description, verification note and annotation, joined from
    /// `content/ja/data/events_ja.csv` at build time (see [`super::parse_events_ja`]).
    #[cfg_attr(feature = "build", serde(skip))]
    pub title_ja: Text,
    #[cfg_attr(feature = "build", serde(skip))]
    pub description_ja: Text,
    #[cfg_attr(feature = "build", serde(skip))]
    pub verification_ja: Text,
    #[cfg_attr(feature = "build", serde(skip))]
    pub annotation_ja: Text,
}

impl Event {
    /// The calendar year of the event.
    pub fn year(&self) -> u16 {
        self.date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
    }

    /// The stable anchor of this event in the timeline, e.g. `event-1985-09-22`.
    pub fn anchor_id(&self) -> String {
        if self.anchor.is_empty() {
            format!("event-{}", self.date)
        } else {
            self.anchor.to_string()
        }
    }

    /// Whether the event is marked on the charts' time axes (the `chart_marker` column).
    pub fn is_chart_marker(&self) -> bool {
        self.chart_marker == "yes"
    }

    /// Whether the chart with key `chart` writes this event on its plot (the `annotate_on` column).
    pub fn annotates(&self, chart: &str) -> bool {
        self.annotate_on.split_whitespace().any(|key| key == chart)
    }

    /// The month of the event (1–12).
    pub fn month(&self) -> Option<u8> {
        self.date.get(5..7)?.parse().ok()
    }

    /// The date as a reader reads it: "22 September 1985" or "July 1989".
    pub fn display_date(&self) -> String {
        let mut parts = self.date.split('-');
        let year = parts.next().unwrap_or_default();
        let month = parts
            .next()
            .and_then(|m| m.parse::<u8>().ok())
            .and_then(month_name);
        let day = parts.next().and_then(|d| d.parse::<u8>().ok());
        match (day, month) {
            (Some(day), Some(month)) => format!("{day} {month} {year}"),
            (None, Some(month)) => format!("{month} {year}"),
            _ => year.to_string(),
        }
    }

    /// The title in `lang` (English where no translation was joined).
    pub fn title_in(&self, lang: Lang) -> &str {
        pick(lang, &self.title, &self.title_ja)
    }

    /// The description in `lang`.
    pub fn description_in(&self, lang: Lang) -> &str {
        pick(lang, &self.description, &self.description_ja)
    }

    /// The verification note in `lang`.
    pub fn verification_in(&self, lang: Lang) -> &str {
        pick(lang, &self.verification, &self.verification_ja)
    }

    /// The label written on the charts in `lang`.
    pub fn annotation_in(&self, lang: Lang) -> &str {
        pick(lang, &self.annotation, &self.annotation_ja)
    }

    /// The date as a reader of `lang` reads it: "22 September 1985", 「1985年9月22日」.
    pub fn date_in(&self, lang: Lang) -> String {
        match lang.available() {
            Lang::En => self.display_date(),
            Lang::Ja => crate::format_ja::date(&self.date),
        }
    }

    /// Whether the source file marks every detail of this event as checked against a primary text.
    pub fn is_fully_verified(&self) -> bool {
        self.verification.trim() == "verified"
    }
}
