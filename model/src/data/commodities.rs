//! What is traded: Japan's record by commodity (yen), and the US record of its exports by HS chapter and sector.

use crate::Text;

/// The direction of a flow in Japan's Ministry of Finance record.
pub const MOF_EXPORTS: &str = "jp_exports_to_us";
/// Japan's imports from the US: what the US sells to Japan, as Japan records it.
pub const MOF_IMPORTS: &str = "jp_imports_from_us";

/// One commodity's value in one year and direction, Japan's MOF principal-commodity statistics, thousand yen.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct MofCommodityYear {
    pub year: u16,
    /// [`MOF_EXPORTS`] or [`MOF_IMPORTS`].
    pub flow: Text,
    /// As published, e.g. `Transport Equipment`, `(Car)`.
    pub commodity: Text,
    /// `total`, `group`, `item` or `sub-item`.
    pub level: Text,
    pub value_thousand_jpy: Option<f64>,
    /// `yes` where only half of 2017 is covered (the source's layout changed in April 2017).
    #[cfg_attr(feature = "build", serde(default))]
    pub part_year_2017: Text,
}

impl MofCommodityYear {
    /// The commodity as a placeholder names it: `Semicon Machinery Etc` → `semicon-machinery-etc`.
    pub fn slug(&self) -> String {
        commodity_slug(&self.commodity)
    }

    /// Whether the value covers only part of its year.
    pub fn is_part_year(&self) -> bool {
        self.part_year_2017.trim() == "yes"
    }
}

/// Lower-case ASCII letters and digits, runs of anything else as one hyphen, none at either end.
pub fn commodity_slug(label: &str) -> String {
    let mut slug = String::new();
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// US total exports to Japan in one HS chapter and year (Census via USITC DataWeb, f.a.s., dollars).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct HsChapterExport {
    pub year: u16,
    /// Two digits, e.g. `02`.
    pub hs2: Text,
    pub description: Text,
    pub value_usd: Option<f64>,
}

impl HsChapterExport {
    /// The chapter as a number (`02` → 2).
    pub fn chapter(&self) -> u8 {
        self.hs2.parse().unwrap_or(0)
    }
}

/// US exports to Japan by USITC industry sector (USITC Trade Shifts 2014, Table JA.1, $ millions).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct UsitcSectorExport {
    pub year: u16,
    pub usitc_sector: Text,
    pub value_musd: Option<f64>,
}
