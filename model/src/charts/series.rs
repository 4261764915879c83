//! Each chart's series: the key an address and the widget's messages use, the label a reader sees, and how
//! the series is marked and coloured.
//!
//! [`Mark`] and [`Hue`] are drawing attributes, kept here as plain enums (no colours, no drawing) so that a
//! series is one row in one table: splitting them into the app would mean a second per-chart table that
//! must list the same series in the same order, which is how the tables drifted apart before.

use super::ChartId;
use crate::{Lang, JAPANESE};

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
    /// The label in Japanese (the press's words: 米国の対日輸出, 財収支); empty in a bundle without Japanese.
    pub label_ja: &'static str,
    /// The direct label in Japanese.
    pub short_ja: &'static str,
    pub mark: Mark,
    pub hue: Hue,
}

const fn def(
    key: &'static str,
    label: &'static str,
    short: &'static str,
    label_ja: &'static str,
    short_ja: &'static str,
    mark: Mark,
    hue: Hue,
) -> SeriesDef {
    SeriesDef {
        key,
        label,
        short,
        label_ja: japanese(label_ja),
        short_ja: japanese(short_ja),
        mark,
        hue,
    }
}

/// `text` where the build carries Japanese ([`JAPANESE`]), else nothing: evaluated when the tables are
/// made, at compile time, so a bundle without Japanese holds no Japanese label, not even unused in a table.
const fn japanese(text: &'static str) -> &'static str {
    if JAPANESE {
        text
    } else {
        ""
    }
}

const GOODS_SERIES: &[SeriesDef] = &[
    def(
        "exports",
        "US exports to Japan",
        "Exports",
        "米国の対日輸出",
        "輸出",
        Mark::Line,
        Hue::Blue,
    ),
    def(
        "imports",
        "US imports from Japan",
        "Imports",
        "米国の対日輸入",
        "輸入",
        Mark::Line,
        Hue::Vermillion,
    ),
    def(
        "balance",
        "US balance with Japan",
        "Balance",
        "米国の対日財収支",
        "収支",
        Mark::Bars,
        Hue::Purple,
    ),
];
const YEN_SERIES: &[SeriesDef] = &[
    def(
        "balance",
        "US goods balance with Japan",
        "Goods balance",
        "米国の対日財収支",
        "財収支",
        Mark::Bars,
        Hue::Purple,
    ),
    def(
        "rate",
        "Yen per US dollar",
        "Yen per dollar",
        "円ドル相場（年平均）",
        "円ドル相場",
        Mark::Line,
        Hue::Green,
    ),
];
const MIRROR_SERIES: &[SeriesDef] = &[
    def(
        "us-imports",
        "US imports from Japan (US data, customs value)",
        "Japan→US, US data",
        "米国の対日輸入（米国統計、課税価格）",
        "日本→米国・米国統計",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "jp-exports",
        "Japan’s exports to the US (Japan data, FOB)",
        "Japan→US, Japan data",
        "日本の対米輸出（日本統計、FOB）",
        "日本→米国・日本統計",
        Mark::Bars,
        Hue::Orange,
    ),
    def(
        "us-exports",
        "US exports to Japan (US data, f.a.s.)",
        "US→Japan, US data",
        "米国の対日輸出（米国統計、FAS価格）",
        "米国→日本・米国統計",
        Mark::Bars,
        Hue::Blue,
    ),
    def(
        "jp-imports",
        "Japan’s imports from the US (Japan data, CIF)",
        "US→Japan, Japan data",
        "日本の対米輸入（日本統計、CIF）",
        "米国→日本・日本統計",
        Mark::Bars,
        Hue::Green,
    ),
];
const VEHICLE_SERIES: &[SeriesDef] = &[
    def(
        "value",
        "Passenger vehicles from Japan, customs value",
        "Value",
        "日本からの乗用車輸入額（課税価格）",
        "金額",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "units",
        "Passenger vehicles from Japan, number",
        "Number",
        "日本からの乗用車輸入台数",
        "台数",
        Mark::Line,
        Hue::Blue,
    ),
];
const IMPORTS_MIX_SERIES: &[SeriesDef] = &[
    def(
        "transport",
        "Transport equipment",
        "Transport",
        "輸送用機器",
        "輸送用機器",
        Mark::Stacked,
        Hue::Blue,
    ),
    def(
        "machinery",
        "Machinery",
        "Machinery",
        "一般機械",
        "一般機械",
        Mark::Stacked,
        Hue::Vermillion,
    ),
    def(
        "electrical",
        "Electrical machinery",
        "Electrical",
        "電気機器",
        "電気機器",
        Mark::Stacked,
        Hue::Green,
    ),
    def(
        "chemicals",
        "Chemicals",
        "Chemicals",
        "化学製品",
        "化学製品",
        Mark::Stacked,
        Hue::Orange,
    ),
    def(
        "manufactured",
        "Manufactured goods (by material)",
        "Manufactured",
        "原料別製品",
        "原料別製品",
        Mark::Stacked,
        Hue::Purple,
    ),
    def(
        "other",
        "All other goods",
        "Other",
        "その他",
        "その他",
        Mark::Stacked,
        Hue::Grey,
    ),
];
const EXPORTS_MIX_SERIES: &[SeriesDef] = &[
    def(
        "food",
        "Food and farm goods (HS 01–24)",
        "Food and farm",
        "食料・農産品（HS第1〜24類）",
        "食料・農産品",
        Mark::Stacked,
        Hue::Green,
    ),
    def(
        "fuels",
        "Mineral fuels (HS 27)",
        "Fuels",
        "鉱物性燃料（HS第27類）",
        "燃料",
        Mark::Stacked,
        Hue::Orange,
    ),
    def(
        "pharma",
        "Pharmaceuticals (HS 30)",
        "Pharmaceuticals",
        "医薬品（HS第30類）",
        "医薬品",
        Mark::Stacked,
        Hue::Purple,
    ),
    def(
        "machinery",
        "Machinery and electrical equipment (HS 84–85)",
        "Machinery",
        "機械類・電気機器（HS第84〜85類）",
        "機械",
        Mark::Stacked,
        Hue::Vermillion,
    ),
    def(
        "instruments",
        "Optical and medical instruments (HS 90)",
        "Instruments",
        "光学・医療用機器（HS第90類）",
        "精密機器",
        Mark::Stacked,
        Hue::Blue,
    ),
    def(
        "aircraft",
        "Aircraft (HS 88)",
        "Aircraft",
        "航空機（HS第88類）",
        "航空機",
        Mark::Stacked,
        Hue::Pink,
    ),
    def(
        "other",
        "All other goods",
        "Other",
        "その他",
        "その他",
        Mark::Stacked,
        Hue::Grey,
    ),
];
const DUTIES_SERIES: &[SeriesDef] = &[
    def(
        "duties",
        "Duties calculated on imports from Japan",
        "Duties",
        "日本からの輸入品の算定関税額",
        "関税額",
        Mark::Bars,
        Hue::Vermillion,
    ),
    def(
        "rate",
        "Average duty rate (duties ÷ imports)",
        "Average rate",
        "平均関税率（関税額÷輸入額）",
        "平均関税率",
        Mark::Line,
        Hue::Blue,
    ),
];
const OWNERSHIP_SERIES: &[SeriesDef] = &[
    def(
        "japan-fdi",
        "Japan’s direct investment position in the US",
        "Japan’s investment in US",
        "日本の対米直接投資残高",
        "日本の対米投資",
        Mark::Points,
        Hue::Blue,
    ),
    def(
        "us-fdi",
        "US direct investment position in Japan",
        "US investment in Japan",
        "米国の対日直接投資残高",
        "米国の対日投資",
        Mark::Points,
        Hue::Vermillion,
    ),
    def(
        "services-exports",
        "US services exports to Japan",
        "Services exports",
        "米国の対日サービス輸出",
        "サービス輸出",
        Mark::Points,
        Hue::Green,
    ),
    def(
        "services-imports",
        "US services imports from Japan",
        "Services imports",
        "米国の対日サービス輸入",
        "サービス輸入",
        Mark::Points,
        Hue::Orange,
    ),
];

impl SeriesDef {
    /// What the legend, the read-out and the table call the series in `lang`.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        match lang.available() {
            Lang::En => self.label,
            Lang::Ja => self.label_ja,
        }
    }

    /// The direct label in `lang`.
    pub fn short_in(&self, lang: Lang) -> &'static str {
        match lang.available() {
            Lang::En => self.short,
            Lang::Ja => self.short_ja,
        }
    }
}

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
