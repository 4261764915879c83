//! The words that identify a chart wherever it appears (the live figure, the static page, the widget,
//! downloads): its title, its source line and the caveats a reader needs. Pure text, no figures: what is
//! computed from the data goes into the app's chart spec.

use super::ChartId;

/// What a reader needs to read either duties chart right.
const DUTIES_NOTE: &str = "Duties are calculated from entry records, not Treasury receipts. The rate is duties ÷ imports \
for consumption, an average over all goods that also moves with the mix of goods.";

impl ChartId {
    /// The chart's title for a range of years.
    pub fn title(self, from: u16, to: u16) -> String {
        match self {
            ChartId::GoodsTrade => format!("US goods trade with Japan, {from}–{to}"),
            ChartId::YenAndBalance => {
                format!("The yen and the US goods balance with Japan, {from}–{to}")
            }
            ChartId::Mirror => {
                format!("Two records of the same trade: US and Japanese figures, {from}–{to}")
            }
            ChartId::Vehicles => {
                format!("Passenger vehicles the US imports from Japan, {from}–{to}")
            }
            ChartId::Ownership => {
                format!("Beyond goods: direct investment and services, {from}–{to}")
            }
            ChartId::ImportsMix => {
                format!("What the US buys from Japan, as Japan records it, {from}–{to}")
            }
            ChartId::ExportsMix => {
                format!("What the US sells to Japan, as the US records it, {from}–{to}")
            }
            ChartId::Duties => {
                format!("Duties the US calculated on goods from Japan, {from}–{to}")
            }
            ChartId::DutiesMonthly => {
                "Duties on goods from Japan month by month, through the 2025–2026 tariff changes"
                    .to_string()
            }
        }
    }

    /// Caveats shown under the chart and written into downloads.
    pub fn notes(self) -> &'static [&'static str] {
        match self {
            ChartId::Mirror => &[
                "Japan values its exports FOB and its imports CIF; the US values imports at customs value and exports f.a.s. Timing, re-exports and country attribution also differ, so the two records never match exactly.",
                "Japan’s yen figures are converted here at the Federal Reserve annual average rate; Japan’s customs uses weekly rates.",
            ],
            ChartId::Ownership => &[
                "Separate sourced points, not a time series: figures are rounded, come from different vintages and are not joined by lines. Years without a point had no source.",
            ],
            ChartId::Vehicles => &[
                "Value: Census customs value (USITC DataWeb), the basis of the goods totals. Number of vehicles: UN Comtrade, which records the same imports at CIF value.",
            ],
            ChartId::ImportsMix => &[
                "Japan’s own record of its exports to the US (FOB), in yen as published, by the Ministry of Finance’s commodity groups. It is not the US record of the same goods and is never added to US figures.",
                "“All other goods” is the grand total less the groups named, so each bar equals the recorded total.",
            ],
            ChartId::ExportsMix => &[
                "US record of total exports to Japan (f.a.s.), August 2025 vintage; the chapters’ sum differs slightly from the Census totals of later vintages.",
                "“All other goods” is every HS chapter not named, so each bar equals the chapters’ total.",
            ],
            ChartId::Duties | ChartId::DutiesMonthly => &[DUTIES_NOTE],
            ChartId::GoodsTrade | ChartId::YenAndBalance => &[],
        }
    }

    /// The source line shown under the chart and written into downloads.
    pub fn source(self) -> &'static str {
        match self {
            ChartId::GoodsTrade => "US Census Bureau, Trade in Goods with Japan (exports f.a.s., imports customs value); real dollars with BLS CPI-U; yen at the Federal Reserve annual average rate",
            ChartId::YenAndBalance => "Federal Reserve annual average yen per dollar (FRED AEXJPUS method); US Census Bureau goods balance with Japan",
            ChartId::Mirror => "US Census Bureau; Japan Ministry of Finance, Trade Statistics of Japan (yen converted at the Federal Reserve annual average rate)",
            ChartId::Vehicles => "USITC DataWeb (US Census Bureau general imports, customs value) and UN Comtrade (number of vehicles), HS 8703, imports from Japan",
            ChartId::Ownership => "BEA figures as published by USTR, ITA and the State Department (rounded, mixed vintages; see Sources and methodology)",
            ChartId::ImportsMix => "Japan Ministry of Finance, Trade Statistics of Japan, exports to the US by principal commodity (¥, FOB)",
            ChartId::ExportsMix => "US Census Bureau via USITC DataWeb, US total exports to Japan by HS chapter (f.a.s.)",
            ChartId::Duties | ChartId::DutiesMonthly => "US Census Bureau, calculated duties and imports for consumption (customs value) from Japan",
        }
    }
}
