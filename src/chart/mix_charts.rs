//! What is traded, each direction on its own source's basis: what the US buys from Japan (Japan's exports to
//! the US by MOF commodity group, yen) and what it sells to Japan (US exports by HS chapter, dollars), as the
//! model derives them into named parts and "other" (`trade_model::data::MixValue`).

use trade_model::data::{Dataset, MixValue};

/// Which of the two mixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mix {
    /// What the US buys from Japan (¥ millions, Japan's record of its exports to the US).
    FromJapan,
    /// What the US sells to Japan ($ millions, the US record of its exports).
    ToJapan,
}

fn values(dataset: &Dataset, mix: Mix) -> &[MixValue] {
    match mix {
        Mix::FromJapan => &dataset.imports_mix,
        Mix::ToJapan => &dataset.exports_mix,
    }
}

/// The years a mix covers, oldest first.
pub fn mix_years(dataset: &Dataset, mix: Mix) -> Vec<u16> {
    let mut years: Vec<u16> = values(dataset, mix).iter().map(|v| v.year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// One part's value in a year, in millions of the mix's currency.
pub fn mix_value(dataset: &Dataset, mix: Mix, part: &str, year: u16) -> Option<f64> {
    values(dataset, mix)
        .iter()
        .find(|v| v.year == year && v.part == part)?
        .value
}
