//! What each of the article's charts *is*, defined once: the address key that links to it, the id of its
//! figure (which is also the insert name a section writes in front matter), its series, title, source and
//! notes, and the years it covers. The Markdown loader, the address codec and the app's chart specs all
//! read this one table, so a chart cannot be known to one of them and missing from another.
//!
//! The keys and ids are published: addresses (`?goods=…`) and anchors (`#goods-trade-chart`) in the wild
//! depend on them, so they never change once shipped.

mod series;
mod text;
mod years;

pub use series::{Hue, Mark, SeriesDef};

/// Every chart in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartId {
    /// US goods exports to, imports from and balance with Japan, by year.
    GoodsTrade,
    /// The yen–dollar rate under the goods balance (small multiples).
    YenAndBalance,
    /// US- and Japan-reported figures for the same trade.
    Mirror,
    /// Passenger vehicles the US imports from Japan: value and number.
    Vehicles,
    /// Direct investment positions and services trade, sourced years only.
    Ownership,
    /// What the US buys from Japan: Japan's exports to the US by commodity group (MOF, yen).
    ImportsMix,
    /// What the US sells to Japan: US exports by HS chapter group (Census).
    ExportsMix,
    /// Duties the US calculated on imports from Japan and the average rate, by year.
    Duties,
    /// The same by month, with the 2025–2026 measures marked.
    DutiesMonthly,
}

impl ChartId {
    /// Every chart, in the order the embed dialog and the tests list them.
    pub const ALL: [ChartId; 9] = [
        ChartId::GoodsTrade,
        ChartId::YenAndBalance,
        ChartId::Mirror,
        ChartId::Vehicles,
        ChartId::Ownership,
        ChartId::ImportsMix,
        ChartId::ExportsMix,
        ChartId::Duties,
        ChartId::DutiesMonthly,
    ];

    /// The short name used in addresses (`?goods=…`, `?embed=goods`), in prose links to a chart view and
    /// in file names (snapshots, downloads).
    pub const fn key(self) -> &'static str {
        match self {
            ChartId::GoodsTrade => "goods",
            ChartId::YenAndBalance => "yen",
            ChartId::Mirror => "mirror",
            ChartId::Vehicles => "vehicles",
            ChartId::Ownership => "ownership",
            ChartId::ImportsMix => "imports-mix",
            ChartId::ExportsMix => "exports-mix",
            ChartId::Duties => "duties",
            ChartId::DutiesMonthly => "duties-monthly",
        }
    }

    /// The chart whose [`key`](ChartId::key) this is.
    pub fn from_key(key: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The figure's element id, linkable as `#…`.
    pub const fn element_id(self) -> &'static str {
        match self {
            ChartId::GoodsTrade => "goods-trade-chart",
            ChartId::YenAndBalance => "yen-chart",
            ChartId::Mirror => "mirror-chart",
            ChartId::Vehicles => "vehicles-chart",
            ChartId::Ownership => "ownership-chart",
            ChartId::ImportsMix => "imports-mix-chart",
            ChartId::ExportsMix => "exports-mix-chart",
            ChartId::Duties => "duties-chart",
            ChartId::DutiesMonthly => "duties-monthly-chart",
        }
    }

    /// The name a section writes in front matter to place the chart (`insert = "goods-trade-chart"`) and
    /// to give its takeaway. It is the figure's [element id](ChartId::element_id): what a maintainer
    /// writes is what a reader links to, and one string cannot drift from the other.
    pub const fn insert_name(self) -> &'static str {
        self.element_id()
    }

    /// Whether the reader can choose the money units. The mixes stay in their source's own units, and
    /// months have no monthly price index here.
    pub const fn has_units(self) -> bool {
        !matches!(
            self,
            ChartId::ImportsMix | ChartId::ExportsMix | ChartId::DutiesMonthly
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn keys_element_ids_and_insert_names_are_unique_and_lead_back_to_their_chart() {
        let mut names = HashSet::new();
        for chart in ChartId::ALL {
            assert_eq!(ChartId::from_key(chart.key()), Some(chart));
            assert!(names.insert(chart.key()), "key {} repeats", chart.key());
            assert!(
                names.insert(chart.element_id()),
                "element id {} repeats",
                chart.element_id()
            );
            assert!(chart
                .key()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        let all: HashSet<ChartId> = ChartId::ALL.into_iter().collect();
        assert_eq!(all.len(), ChartId::ALL.len(), "ALL lists a chart twice");
        assert_eq!(ChartId::from_key("goods-trade-chart"), None);
        assert_eq!(ChartId::from_key(""), None);
    }
}
