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
const VEHICLE_SERIES: &[SeriesDef] = &[
    def(
        "value",
        "Passenger vehicles from Japan, customs value",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "units",
        "Passenger vehicles from Japan, number",
        Mark::Line,
        Hue::Blue,
    ),
];
const IMPORTS_MIX_SERIES: &[SeriesDef] = &[
    def("transport", "Transport equipment", Mark::Stacked, Hue::Blue),
    def("machinery", "Machinery", Mark::Stacked, Hue::Vermillion),
    def(
        "electrical",
        "Electrical machinery",
        Mark::Stacked,
        Hue::Green,
    ),
    def("chemicals", "Chemicals", Mark::Stacked, Hue::Orange),
    def(
        "manufactured",
        "Manufactured goods (by material)",
        Mark::Stacked,
        Hue::Purple,
    ),
    def("other", "All other goods", Mark::Stacked, Hue::Grey),
];
const EXPORTS_MIX_SERIES: &[SeriesDef] = &[
    def(
        "food",
        "Food and farm goods (HS 01–24)",
        Mark::Stacked,
        Hue::Green,
    ),
    def("fuels", "Mineral fuels (HS 27)", Mark::Stacked, Hue::Orange),
    def(
        "pharma",
        "Pharmaceuticals (HS 30)",
        Mark::Stacked,
        Hue::Purple,
    ),
    def(
        "machinery",
        "Machinery and electrical equipment (HS 84–85)",
        Mark::Stacked,
        Hue::Vermillion,
    ),
    def(
        "instruments",
        "Optical and medical instruments (HS 90)",
        Mark::Stacked,
        Hue::Blue,
    ),
    def("aircraft", "Aircraft (HS 88)", Mark::Stacked, Hue::Pink),
    def("other", "All other goods", Mark::Stacked, Hue::Grey),
];
const DUTIES_SERIES: &[SeriesDef] = &[
    def(
        "duties",
        "Duties calculated on imports from Japan",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "rate",
        "Average duty rate (duties ÷ imports)",
        Mark::Line,
        Hue::Blue,
    ),
];
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
                        .all(|t| t.key != s.key && t.label != s.label),
                    "{}: series {} repeats",
                    chart.key(),
                    s.key
                );
                assert!(s.key.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            }
        }
    }
}
