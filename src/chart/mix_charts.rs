//! What is traded, each direction on its own source's basis: what the US buys from Japan (Japan's exports to
//! the US by MOF commodity group, yen) and what it sells to Japan (US exports by HS chapter, dollars). The
//! largest groups are named; everything else is one "other" part, so the stack adds up to the recorded total.

use trade_model::data::{Dataset, MOF_EXPORTS};

/// A named part of a mix chart and what it gathers.
pub struct MixPart {
    pub key: &'static str,
    /// MOF group labels (imports mix) or HS chapter ranges (exports mix).
    pub members: MixMembers,
}

/// What a part gathers from its source table.
pub enum MixMembers {
    /// MOF commodity groups, by their published label.
    MofGroups(&'static [&'static str]),
    /// HS chapters, as inclusive ranges.
    HsChapters(&'static [(u8, u8)]),
    /// Everything the other parts leave out.
    Rest,
}

/// The parts of the imports mix, largest first (the order of the stack from the axis up).
pub const IMPORTS_MIX_PARTS: &[MixPart] = &[
    MixPart {
        key: "transport",
        members: MixMembers::MofGroups(&["Transport Equipment"]),
    },
    MixPart {
        key: "machinery",
        members: MixMembers::MofGroups(&["Machinery"]),
    },
    MixPart {
        key: "electrical",
        members: MixMembers::MofGroups(&["Electrical Machinery"]),
    },
    MixPart {
        key: "chemicals",
        members: MixMembers::MofGroups(&["Chemicals"]),
    },
    MixPart {
        key: "manufactured",
        members: MixMembers::MofGroups(&["Manufactured Goods"]),
    },
    MixPart {
        key: "other",
        members: MixMembers::Rest,
    },
];

/// The parts of the exports mix.
pub const EXPORTS_MIX_PARTS: &[MixPart] = &[
    MixPart {
        key: "food",
        members: MixMembers::HsChapters(&[(1, 24)]),
    },
    MixPart {
        key: "fuels",
        members: MixMembers::HsChapters(&[(27, 27)]),
    },
    MixPart {
        key: "pharma",
        members: MixMembers::HsChapters(&[(30, 30)]),
    },
    MixPart {
        key: "machinery",
        members: MixMembers::HsChapters(&[(84, 85)]),
    },
    MixPart {
        key: "instruments",
        members: MixMembers::HsChapters(&[(90, 90)]),
    },
    MixPart {
        key: "aircraft",
        members: MixMembers::HsChapters(&[(88, 88)]),
    },
    MixPart {
        key: "other",
        members: MixMembers::Rest,
    },
];

/// Years of Japan's commodity record (exports to the US).
pub fn imports_mix_years(dataset: &Dataset) -> Vec<u16> {
    let mut years: Vec<u16> = dataset
        .mof_commodities
        .iter()
        .filter(|r| r.flow == MOF_EXPORTS && r.level == "total")
        .map(|r| r.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Years of the US record of exports by HS chapter.
pub fn exports_mix_years(dataset: &Dataset) -> Vec<u16> {
    let mut years: Vec<u16> = dataset.hs_exports.iter().map(|r| r.year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Japan's exports to the US in `year` for one part, in millions of yen; "other" is the Grand Total less
/// the named groups, so the stack equals the recorded total.
pub fn imports_mix_value(dataset: &Dataset, part: &MixPart, year: u16) -> Option<f64> {
    let rows = || {
        dataset
            .mof_commodities
            .iter()
            .filter(move |r| r.flow == MOF_EXPORTS && r.year == year)
    };
    let group = |label: &str| {
        rows()
            .find(|r| r.level == "group" && r.commodity == label)
            .and_then(|r| r.value_thousand_jpy)
    };
    let thousand_yen = match part.members {
        MixMembers::MofGroups(labels) => labels.iter().map(|l| group(l)).sum::<Option<f64>>()?,
        MixMembers::Rest => {
            let total = rows()
                .find(|r| r.level == "total")
                .and_then(|r| r.value_thousand_jpy)?;
            let named: Option<f64> = IMPORTS_MIX_PARTS
                .iter()
                .filter_map(|p| match p.members {
                    MixMembers::MofGroups(labels) => Some(labels),
                    _ => None,
                })
                .flat_map(|labels| labels.iter())
                .map(|l| group(l))
                .sum();
            total - named?
        }
        MixMembers::HsChapters(_) => return None,
    };
    Some(thousand_yen / 1_000.0)
}

/// US exports to Japan in `year` for one part, in millions of dollars; "other" is every chapter not named.
pub fn exports_mix_value(dataset: &Dataset, part: &MixPart, year: u16) -> Option<f64> {
    let named = |chapter: u8| {
        EXPORTS_MIX_PARTS.iter().any(|p| match p.members {
            MixMembers::HsChapters(ranges) => {
                ranges.iter().any(|(a, b)| (*a..=*b).contains(&chapter))
            }
            _ => false,
        })
    };
    let in_part = |chapter: u8| match part.members {
        MixMembers::HsChapters(ranges) => ranges.iter().any(|(a, b)| (*a..=*b).contains(&chapter)),
        MixMembers::Rest => !named(chapter),
        MixMembers::MofGroups(_) => false,
    };
    let rows: Vec<_> = dataset
        .hs_exports
        .iter()
        .filter(|r| r.year == year && in_part(r.chapter()))
        .collect();
    if rows.is_empty() {
        return None;
    }
    let usd: Option<f64> = rows.iter().map(|r| r.value_usd).sum();
    Some(usd? / 1e6)
}
