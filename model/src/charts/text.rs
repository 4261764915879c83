//! The words that identify a chart wherever it appears (the live figure, the static page, the widget,
//! downloads): its title, its source line and the caveats a reader needs. Pure text, no figures: what is
//! computed from the data goes into the app's chart spec.

use super::ChartId;
use crate::format_ja::year_range;
use crate::Lang;

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

/// 両方の関税グラフを正しく読むために。
const DUTIES_NOTE_JA: &str = "関税額は輸入申告の記録から算定した額で、米財務省の実際の税収ではない。関税率は関税額÷消費向け輸入額で、全品目の平均のため、品目構成の変化によっても動く。";

impl ChartId {
    /// The chart's title in `lang` for a range of years.
    pub fn title_in(self, lang: Lang, from: u16, to: u16) -> String {
        match lang.available() {
            Lang::En => self.title(from, to),
            Lang::Ja => self.title_ja(from, to),
        }
    }

    /// The chart's title in Japanese: 米国の対日財貿易（1985〜2025年）.
    fn title_ja(self, from: u16, to: u16) -> String {
        let years = year_range(from, to);
        match self {
            ChartId::GoodsTrade => format!("米国の対日財貿易（{years}）"),
            ChartId::YenAndBalance => format!("円相場と米国の対日財収支（{years}）"),
            ChartId::Mirror => format!("同じ貿易の二つの記録：米国統計と日本統計（{years}）"),
            ChartId::Vehicles => format!("米国が日本から輸入する乗用車（{years}）"),
            ChartId::Ownership => format!("財以外のつながり：直接投資とサービス（{years}）"),
            ChartId::ImportsMix => format!("米国が日本から買うもの：日本側の記録（{years}）"),
            ChartId::ExportsMix => format!("米国が日本に売るもの：米国側の記録（{years}）"),
            ChartId::Duties => format!("日本からの輸入品について米国が算定した関税（{years}）"),
            ChartId::DutiesMonthly => {
                "日本からの輸入品にかかる関税の月次推移：2025〜2026年の関税措置の前後".to_string()
            }
        }
    }

    /// Caveats in `lang`.
    pub fn notes_in(self, lang: Lang) -> &'static [&'static str] {
        match lang.available() {
            Lang::En => self.notes(),
            Lang::Ja => self.notes_ja(),
        }
    }

    fn notes_ja(self) -> &'static [&'static str] {
        match self {
            ChartId::Mirror => &[
                "日本は輸出をFOB、輸入をCIFで評価し、米国は輸入を課税価格、輸出をFAS価格で評価する。計上時期、再輸出、相手国の計上方法も異なるため、二つの記録が完全に一致することはない。",
                "日本の円建ての数値は、ここでは米連邦準備制度理事会（FRB）の年平均相場でドルに換算している。日本の税関は週ごとの相場を使う。",
            ],
            ChartId::Ownership => &[
                "時系列ではなく、出所がそれぞれ異なる個別の数値である。丸めた値で公表時期も異なるため、線で結んでいない。点のない年は出典が見つからなかった年である。",
            ],
            ChartId::Vehicles => &[
                "金額：米国勢調査局の課税価格（USITC DataWeb）で、財貿易の総額と同じ基準。台数：国連貿易統計（UN Comtrade）による。同統計は同じ輸入をCIF価格で記録している。",
            ],
            ChartId::ImportsMix => &[
                "日本側が記録した対米輸出（FOB）で、財務省の主要商品分類による円建ての公表値。同じ財についての米国の記録とは別のもので、米国の数値と合算はしない。",
                "「その他」は総額から個別に示した分類を差し引いたもので、各棒の高さは記録上の総額に等しい。",
            ],
            ChartId::ExportsMix => &[
                "米国の対日総輸出（FAS価格）の記録で、2025年8月時点のデータ。類の合計は、その後に改訂された米国勢調査局の総額とわずかに異なる。",
                "「その他」は個別に示していないすべてのHS類の合計で、各棒の高さは全類の合計に等しい。",
            ],
            ChartId::Duties | ChartId::DutiesMonthly => &[DUTIES_NOTE_JA],
            ChartId::GoodsTrade | ChartId::YenAndBalance => &[],
        }
    }

    /// The source line in `lang`.
    pub fn source_in(self, lang: Lang) -> &'static str {
        match lang.available() {
            Lang::En => self.source(),
            Lang::Ja => self.source_ja(),
        }
    }

    fn source_ja(self) -> &'static str {
        match self {
            ChartId::GoodsTrade => "米国勢調査局の対日財貿易統計（輸出はFAS価格、輸入は課税価格）。実質値は米労働統計局の都市部消費者物価指数（CPI-U）で実質化、円建ては米連邦準備制度理事会（FRB）の年平均相場で換算",
            ChartId::YenAndBalance => "FRBの円ドル相場の年平均（FREDの系列AEXJPUSと同じ算出方法）、米国勢調査局の対日財収支",
            ChartId::Mirror => "米国勢調査局、財務省貿易統計（円建ての数値はFRBの年平均相場で換算）",
            ChartId::Vehicles => "USITC DataWeb（米国勢調査局の一般輸入、課税価格）と国連貿易統計（UN Comtrade、台数）。HS 8703項、日本からの輸入",
            ChartId::Ownership => "米商務省経済分析局（BEA）の数値。米通商代表部（USTR）、米商務省国際貿易局（ITA）、米国務省の公表による（丸めた値で、公表時期は混在。「出典と方法」を参照）",
            ChartId::ImportsMix => "財務省貿易統計、主要商品別対米輸出（円、FOB）",
            ChartId::ExportsMix => "米国勢調査局（USITC DataWeb経由）、HS類別の米国の対日総輸出（FAS価格）",
            ChartId::Duties | ChartId::DutiesMonthly => "米国勢調査局、日本からの消費向け輸入額（課税価格）と算定関税額",
        }
    }
}
