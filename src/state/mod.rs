//! A reader's choices for one chart (years, units, series) and their encoding in the page's address.

pub mod url;

use trade_model::charts::ChartId;
use trade_model::units::Units;

/// The fewest years a chosen range may cover.
pub const MIN_YEARS: u16 = 3;

/// The most series a chart may have: one bit each in [`ChartState`]'s hidden set.
pub const MAX_SERIES: usize = 16;

// Every chart's series fit the hidden set.
const _: () = {
    let mut i = 0;
    while i < ChartId::ALL.len() {
        assert!(ChartId::ALL[i].series().len() <= MAX_SERIES);
        i += 1;
    }
};

/// What a reader has chosen for a chart. Always valid for its chart: build it with the constructors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartState {
    pub from: u16,
    pub to: u16,
    pub units: Units,
    /// Bit `i` set: the chart's series `i` is hidden. Never all of them. Room for [`MAX_SERIES`] series.
    hidden: u16,
}

impl ChartState {
    /// Every year, nominal dollars, every series.
    pub fn default_for(bounds: Option<(u16, u16)>) -> ChartState {
        let (from, to) = bounds.unwrap_or((0, 0));
        ChartState {
            from,
            to,
            units: Units::Nominal,
            hidden: 0,
        }
    }

    /// Whether the series `key` is shown.
    pub fn shows(&self, chart: ChartId, key: &str) -> bool {
        chart
            .series()
            .iter()
            .position(|s| s.key == key)
            .is_some_and(|i| self.hidden & (1 << i) == 0)
    }

    /// Shows or hides the series `key`; the last shown series stays shown.
    pub fn toggled(mut self, chart: ChartId, key: &str) -> ChartState {
        if let Some(i) = chart.series().iter().position(|s| s.key == key) {
            let hidden = self.hidden ^ (1 << i);
            if hidden.count_ones() < chart.series().len() as u32 {
                self.hidden = hidden;
            }
        }
        self
    }

    /// The same state with the given series hidden (unknown keys ignored); all hidden means none hidden.
    pub fn with_hidden(mut self, chart: ChartId, keys: &[&str]) -> ChartState {
        let count = chart.series().len();
        let mask = chart
            .series()
            .iter()
            .enumerate()
            .filter(|(_, s)| keys.contains(&s.key))
            .fold(0u16, |mask, (i, _)| mask | (1 << i));
        self.hidden = if mask.count_ones() as usize >= count {
            0
        } else {
            mask
        };
        self
    }

    /// The keys of the hidden series.
    pub fn hidden_keys(&self, chart: ChartId) -> Vec<&'static str> {
        chart
            .series()
            .iter()
            .enumerate()
            .filter(|(i, _)| self.hidden & (1 << i) != 0)
            .map(|(_, s)| s.key)
            .collect()
    }

    /// The same state over `from..=to` if that range lies within `bounds` and covers at least
    /// [`MIN_YEARS`] years; otherwise unchanged.
    pub fn with_range(mut self, bounds: Option<(u16, u16)>, from: u16, to: u16) -> ChartState {
        if let Some((low, high)) = bounds {
            if low <= from
                && to <= high
                && to
                    .checked_sub(from)
                    .is_some_and(|span| span >= MIN_YEARS - 1)
            {
                self.from = from;
                self.to = to;
            }
        }
        self
    }

    /// Starts the range at `from`, moving its end later if needed to keep [`MIN_YEARS`] years.
    pub fn with_from(self, bounds: Option<(u16, u16)>, from: u16) -> ChartState {
        let to = self.to.max(from.saturating_add(MIN_YEARS - 1));
        self.with_range(bounds, from, to)
    }

    /// Ends the range at `to`, moving its start earlier if needed to keep [`MIN_YEARS`] years.
    pub fn with_to(self, bounds: Option<(u16, u16)>, to: u16) -> ChartState {
        let from = self.from.min(to.saturating_sub(MIN_YEARS - 1));
        self.with_range(bounds, from, to)
    }

    pub fn with_units(mut self, chart: ChartId, units: Units) -> ChartState {
        if chart.has_units() {
            self.units = units;
        }
        self
    }
}
