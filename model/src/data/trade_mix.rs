//! What is traded, as the article's two mix charts group it, derived once when the data are read: what the
//! US buys from Japan (Japan's exports to the US by MOF commodity group, millions of yen) and what it sells
//! (US exports by HS chapter, millions of dollars). The largest groups are named; "other" is the rest, so the
//! parts of a year add up to that record's own total. Each record stays on its own basis and units.

use super::{Dataset, MOF_EXPORTS};
use crate::Text;

/// The key of the part that gathers everything the named parts leave out.
pub const OTHER: &str = "other";

/// The imports mix: each part's key and the MOF groups it gathers, largest first.
pub const IMPORTS_MIX_PARTS: &[(&str, &[&str])] = &[
    ("transport", &["Transport Equipment"]),
    ("machinery", &["Machinery"]),
    ("electrical", &["Electrical Machinery"]),
    ("chemicals", &["Chemicals"]),
    ("manufactured", &["Manufactured Goods"]),
];

/// The exports mix: each part's key and the HS chapters (inclusive ranges) it gathers.
pub const EXPORTS_MIX_PARTS: &[(&str, &[(u8, u8)])] = &[
    ("food", &[(1, 24)]),
    ("fuels", &[(27, 27)]),
    ("pharma", &[(30, 30)]),
    ("machinery", &[(84, 85)]),
    ("instruments", &[(90, 90)]),
    ("aircraft", &[(88, 88)]),
];

/// One part of a year's mix, in millions of the record's currency; `None` where a named group is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct MixValue {
    pub year: u16,
    /// A key of the parts above, or [`OTHER`].
    pub part: Text,
    pub value: Option<f64>,
}

impl Dataset {
    /// Japan's exports to the US by the imports mix's parts, each year of the MOF record (millions of yen).
    pub fn derive_imports_mix(&self) -> Vec<MixValue> {
        let mut years: Vec<u16> = self.mof_commodities.iter().map(|r| r.year).collect();
        years.sort_unstable();
        years.dedup();
        let mut out = Vec::new();
        for year in years {
            let rows = || {
                self.mof_commodities
                    .iter()
                    .filter(move |r| r.flow == MOF_EXPORTS && r.year == year)
            };
            let group = |label: &str| {
                rows()
                    .find(|r| r.level == "group" && r.commodity == label)
                    .and_then(|r| r.value_thousand_jpy)
            };
            let total = rows()
                .find(|r| r.level == "total")
                .and_then(|r| r.value_thousand_jpy);
            let mut named = Some(0.0);
            for (key, labels) in IMPORTS_MIX_PARTS {
                let value: Option<f64> = labels.iter().map(|l| group(l)).sum();
                named = named.zip(value).map(|(a, b)| a + b);
                out.push(MixValue {
                    year,
                    part: (*key).into(),
                    value: value.map(|v| v / 1_000.0),
                });
            }
            out.push(MixValue {
                year,
                part: OTHER.into(),
                value: total.zip(named).map(|(t, n)| (t - n) / 1_000.0),
            });
        }
        out
    }

    /// US exports to Japan by the exports mix's parts, each year of the HS record (millions of dollars).
    pub fn derive_exports_mix(&self) -> Vec<MixValue> {
        let mut years: Vec<u16> = self.hs_exports.iter().map(|r| r.year).collect();
        years.sort_unstable();
        years.dedup();
        let named = |chapter: u8| -> Option<&str> {
            EXPORTS_MIX_PARTS
                .iter()
                .find(|(_, ranges)| ranges.iter().any(|(a, b)| (*a..=*b).contains(&chapter)))
                .map(|(key, _)| *key)
        };
        let mut out = Vec::new();
        for year in years {
            let keys = EXPORTS_MIX_PARTS.iter().map(|(key, _)| *key).chain([OTHER]);
            for key in keys {
                let value: Option<f64> = self
                    .hs_exports
                    .iter()
                    .filter(|r| r.year == year && named(r.chapter()).unwrap_or(OTHER) == key)
                    .map(|r| r.value_usd)
                    .sum();
                out.push(MixValue {
                    year,
                    part: key.into(),
                    value: value.map(|v| v / 1e6),
                });
            }
        }
        out
    }
}
