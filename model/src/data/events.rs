//! Dated events of the relationship, for the timeline and the chart's time axis.

use crate::Text;

/// One dated event; `date` is `YYYY-MM-DD` or `YYYY-MM`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct Event {
    pub date: Text,
    pub title: Text,
    pub description: Text,
    pub source: Text,
    pub verification: Text,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Event {
    /// The calendar year of the event.
    pub fn year(&self) -> u16 {
        self.date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
    }

    /// The stable anchor of this event in the timeline, e.g. `event-1985-09-22`.
    pub fn anchor_id(&self) -> String {
        format!("event-{}", self.date)
    }

    /// The date as a reader reads it: "22 September 1985" or "July 1989".
    pub fn display_date(&self) -> String {
        let mut parts = self.date.split('-');
        let year = parts.next().unwrap_or_default();
        let month = parts
            .next()
            .and_then(|m| m.parse::<usize>().ok())
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
        let day = parts.next().and_then(|d| d.parse::<u8>().ok());
        match (day, month) {
            (Some(day), Some(month)) => format!("{day} {month} {year}"),
            (None, Some(month)) => format!("{month} {year}"),
            _ => year.to_string(),
        }
    }

    /// Whether the source file marks every detail of this event as checked against a primary text.
    pub fn is_fully_verified(&self) -> bool {
        self.verification.trim() == "verified"
    }
}
