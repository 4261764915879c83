//! Each chart's series: the key an address and the widget's messages use, the label a reader sees, and how
//! the series is marked and coloured.
//!
//! [`Mark`] and [`Hue`] are drawing attributes, kept here as plain enums (no colours, no drawing) so that a
//! series is one row in one table: splitting them into the app would mean a second per-chart table that
//! must list the same series in the same order, which is how the tables drifted apart before.

use super::ChartId;

/// How a series is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Line,
    /// Bars from zero; several bar series in a panel stand side by side.
    Bars,
    /// Separate labelled points, for sparse figures that must not be joined.
    Points,
    /// Bars stacked on one another from zero, in series order: parts of a whole.
    Stacked,
}

/// A series colour, resolved per theme by the app's palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Hue {
    Blue,
    Vermillion,
    Purple,
    Green,
    Orange,
    Pink,
    Grey,
}

impl Hue {
    /// The hue's name in style sheets (`chart__toggle--blue`).
    pub fn css_name(self) -> &'static str {
        match self {
            Hue::Blue => "blue",
            Hue::Vermillion => "vermillion",
            Hue::Purple => "purple",
            Hue::Green => "green",
            Hue::Orange => "orange",
            Hue::Pink => "pink",
            Hue::Grey => "grey",
        }
    }
}

/// A series a reader can switch on and off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesDef {
    /// The series' name in addresses (`?goods=exports~imports`) and in the widget's messages.
    pub key: &'static str,
    /// What the legend, the read-out, the table and the CSV call it.
    pub label: &'static str,
    /// The few words written beside the series' end on the chart itself (a direct label), where the full
    /// label would take too much of the plot's width.
    pub short: &'static str,
    pub mark: Mark,
    pub hue: Hue,
}

const fn def(
    key: &'static str,
    label: &'static str,
    short: &'static str,
    mark: Mark,
    hue: Hue,
) -> SeriesDef {
    SeriesDef {
        key,
        label,
        short,
        mark,
        hue,
    }
}

const GOODS_SERIES: &[SeriesDef] = &[
    def(
        "exports",
        "US exports to Japan",
        "Exports",
        Mark::Line,
        Hue::Blue,
    ),
    def(
        "imports",
        "US imports from Japan",
        "Imports",
        Mark::Line,
        Hue::Vermillion,
    ),
    def(
        "balance",
        "US balance with Japan",
        "Balance",
        Mark::Bars,
        Hue::Purple,
    ),
];
const YEN_SERIES: &[SeriesDef] = &[
    def(
        "balance",
        "US goods balance with Japan",
        "Goods balance",
        Mark::Bars,
        Hue::Purple,
    ),
    def(
        "rate",
        "Yen per US dollar",
        "Yen per dollar",
        Mark::Line,
        Hue::Green,
    ),
];
const MIRROR_SERIES: &[SeriesDef] = &[
    def(
        "us-imports",
        "US imports from Japan (US data, customs value)",
        "Japan→US, US data",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "jp-exports",
        "Japan’s exports to the US (Japan data, FOB)",
        "Japan→US, Japan data",
        Mark::Bars,
        Hue::Orange,
    ),
    def(
        "us-exports",
        "US exports to Japan (US data, f.a.s.)",
        "US→Japan, US data",
        Mark::Bars,
        Hue::Blue,
    ),
    def(
        "jp-imports",
        "Japan’s imports from the US (Japan data, CIF)",
        "US→Japan, Japan data",
        Mark::Bars,
        Hue::Green,
    ),
];
const VEHICLE_SERIES: &[SeriesDef] = &[
    def(
        "value",
        "Passenger vehicles from Japan, customs value",
        "Value",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "units",
        "Passenger vehicles from Japan, number",
        "Number",
        Mark::Line,
        Hue::Blue,
    ),
];
const IMPORTS_MIX_SERIES: &[SeriesDef] = &[
    def(
        "transport",
        "Transport equipment",
        "Transport",
        Mark::Stacked,
        Hue::Blue,
    ),
    def(
        "machinery",
        "Machinery",
        "Machinery",
        Mark::Stacked,
        Hue::Vermillion,
    ),
    def(
        "electrical",
        "Electrical machinery",
        "Electrical",
        Mark::Stacked,
        Hue::Green,
    ),
    def(
        "chemicals",
        "Chemicals",
        "Chemicals",
        Mark::Stacked,
        Hue::Orange,
    ),
    def(
        "manufactured",
        "Manufactured goods (by material)",
        "Manufactured",
        Mark::Stacked,
        Hue::Purple,
    ),
    def(
        "other",
        "All other goods",
        "Other",
        Mark::Stacked,
        Hue::Grey,
    ),
];
const EXPORTS_MIX_SERIES: &[SeriesDef] = &[
    def(
        "food",
        "Food and farm goods (HS 01–24)",
        "Food and farm",
        Mark::Stacked,
        Hue::Green,
    ),
    def(
        "fuels",
        "Mineral fuels (HS 27)",
        "Fuels",
        Mark::Stacked,
        Hue::Orange,
    ),
    def(
        "pharma",
        "Pharmaceuticals (HS 30)",
        "Pharmaceuticals",
        Mark::Stacked,
        Hue::Purple,
    ),
    def(
        "machinery",
        "Machinery and electrical equipment (HS 84–85)",
        "Machinery",
        Mark::Stacked,
        Hue::Vermillion,
    ),
    def(
        "instruments",
        "Optical and medical instruments (HS 90)",
        "Instruments",
        Mark::Stacked,
        Hue::Blue,
    ),
    def(
        "aircraft",
        "Aircraft (HS 88)",
        "Aircraft",
        Mark::Stacked,
        Hue::Pink,
    ),
    def(
        "other",
        "All other goods",
        "Other",
        Mark::Stacked,
        Hue::Grey,
    ),
];
const DUTIES_SERIES: &[SeriesDef] = &[
    def(
        "duties",
        "Duties calculated on imports from Japan",
        "Duties",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "rate",
        "Average duty rate (duties ÷ imports)",
        "Average rate",
        Mark::Line,
        Hue::Blue,
    ),
];
const OWNERSHIP_SERIES: &[SeriesDef] = &[
    def(
        "japan-fdi",
        "Japan’s direct investment position in the US",
        "Japan’s investment in US",
        Mark::Points,
        Hue::Blue,
    ),
    def(
        "us-fdi",
        "US direct investment position in Japan",
        "US investment in Japan",
        Mark::Points,
        Hue::Vermillion,
    ),
    def(
        "services-exports",
        "US services exports to Japan",
        "Services exports",
        Mark::Points,
        Hue::Green,
    ),
    def(
        "services-imports",
        "US services imports from Japan",
        "Services imports",
        Mark::Points,
        Hue::Orange,
    ),
];

impl ChartId {
    /// The chart's series, in legend order (which is also the order of the bits in a chart state's
    /// hidden set, so it never changes for a shipped chart).
    pub const fn series(self) -> &'static [SeriesDef] {
        match self {
            ChartId::GoodsTrade => GOODS_SERIES,
            ChartId::YenAndBalance => YEN_SERIES,
            ChartId::Mirror => MIRROR_SERIES,
            ChartId::Vehicles => VEHICLE_SERIES,
            ChartId::Ownership => OWNERSHIP_SERIES,
            ChartId::ImportsMix => IMPORTS_MIX_SERIES,
            ChartId::ExportsMix => EXPORTS_MIX_SERIES,
            ChartId::Duties | ChartId::DutiesMonthly => DUTIES_SERIES,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chart_has_series_with_distinct_keys_and_labels() {
        for chart in ChartId::ALL {
            let series = chart.series();
            assert!(!series.is_empty(), "{} has no series", chart.key());
            for (i, s) in series.iter().enumerate() {
                assert!(
                    series[..i]
                        .iter()
                        .all(|t| t.key != s.key && t.label != s.label && t.short != s.short),
                    "{}: series {} repeats",
                    chart.key(),
                    s.key
                );
                assert!(s.key.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
                // A direct label is read beside the plot: a few words, fewer characters than the label.
                assert!(
                    !s.short.is_empty()
                        && s.short.chars().count() <= 24
                        && s.short.len() <= s.label.len(),
                    "{}: the direct label `{}` is not short",
                    chart.key(),
                    s.short
                );
            }
        }
    }
}
