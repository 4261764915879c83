//! What a placeholder resolves to before it is written in a language: a value and its kind, so the same
//! figure reads `$147.1 bn` on the English page and `1,471億ドル` on the Japanese one.

use crate::format;
use crate::format_ja;
use crate::Lang;

/// A resolved figure's value, with the unit its source gives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Quantity {
    /// Millions of dollars, written in billions (`$147.1 bn`; `1,471億ドル`).
    BillionsUsd(f64),
    /// Millions of dollars, in millions below a billion (`$214 million`; `2.1億ドル`).
    UsdAmount(f64),
    /// Thousands of yen (`¥6.9 tn`; `6.9兆円`).
    YenAmount(f64),
    /// A share or rate in percent (`4.6%`).
    Percent(f64),
    /// A change in percent with its sign (`+12.3%`).
    SignedPercent(f64),
    /// A count of things (`1.39 million`; `138万8330`, the counter word follows in the prose).
    Count(f64),
    /// A calendar year (`1985`; the Japanese prose writes 年 after it).
    Year(u16),
    /// Yen per dollar (`¥151.46`; `151.46円`).
    YenPerDollar(f64),
    /// Years that meet a condition out of the years on record (`40 of 41`, `41年中40年`; every year, `41年すべて`).
    YearsOf { count: usize, of: usize },
    /// The months from January to a month (`January–August`; `1〜8月`).
    FromJanuaryTo(u8),
}

impl Quantity {
    /// The figure as the page in `lang` writes it.
    pub fn text(&self, lang: Lang) -> String {
        match lang.available() {
            Lang::En => self.english(),
            Lang::Ja => self.japanese(),
        }
    }

    fn english(&self) -> String {
        match *self {
            Quantity::BillionsUsd(musd) => format::billions_usd(musd),
            Quantity::UsdAmount(musd) => format::usd_amount(musd),
            Quantity::YenAmount(thousand_jpy) => format::yen_amount(thousand_jpy),
            Quantity::Percent(value) => format::percent(value),
            Quantity::SignedPercent(value) => format::signed_percent(value),
            Quantity::Count(value) => format::count(value),
            Quantity::Year(year) => year.to_string(),
            Quantity::YenPerDollar(rate) => format::yen_per_dollar(rate),
            Quantity::YearsOf { count, of } => format!("{count} of {of}"),
            Quantity::FromJanuaryTo(month) => format!(
                "January–{}",
                format::month_name(month).unwrap_or("December")
            ),
        }
    }

    fn japanese(&self) -> String {
        match *self {
            Quantity::BillionsUsd(musd) | Quantity::UsdAmount(musd) => format_ja::usd(musd),
            Quantity::YenAmount(thousand_jpy) => format_ja::yen(thousand_jpy / 1_000.0),
            Quantity::Percent(value) => format::percent(value),
            Quantity::SignedPercent(value) => format::signed_percent(value),
            Quantity::Count(value) => format_ja::count(value),
            Quantity::Year(year) => year.to_string(),
            Quantity::YenPerDollar(rate) => format_ja::yen_per_dollar(rate),
            // Every year: 「41年すべて」, as Japanese says it, not 「41年中41年」.
            Quantity::YearsOf { count, of } if count == of => format!("{of}年すべて"),
            Quantity::YearsOf { count, of } => format!("{of}年中{count}年"),
            Quantity::FromJanuaryTo(month) => {
                format!(
                    "1〜{}月",
                    if (1..=12).contains(&month) { month } else { 12 }
                )
            }
        }
    }
}

/// Millions of dollars written in billions.
pub(crate) fn billions_usd(musd: f64) -> Quantity {
    Quantity::BillionsUsd(musd)
}

/// Millions of dollars in the unit a reader expects.
pub(crate) fn usd_amount(musd: f64) -> Quantity {
    Quantity::UsdAmount(musd)
}

/// Thousands of yen.
pub(crate) fn yen_amount(thousand_jpy: f64) -> Quantity {
    Quantity::YenAmount(thousand_jpy)
}

/// A share or rate in percent.
pub(crate) fn percent(value: f64) -> Quantity {
    Quantity::Percent(value)
}

/// A change in percent.
pub(crate) fn signed_percent(value: f64) -> Quantity {
    Quantity::SignedPercent(value)
}

/// A count of things.
pub(crate) fn count(value: f64) -> Quantity {
    Quantity::Count(value)
}

/// Yen per dollar.
pub(crate) fn yen_per_dollar(rate: f64) -> Quantity {
    Quantity::YenPerDollar(rate)
}

/// A year.
pub(crate) fn year(year: u16) -> Quantity {
    Quantity::Year(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_in_each_language() {
        let cases = [
            (Quantity::BillionsUsd(147_116.5), "$147.1 bn", "1,471億ドル"),
            (Quantity::UsdAmount(214.0), "$214 million", "2.1億ドル"),
            (Quantity::YenAmount(6_900_000_000.0), "¥6.9 tn", "6.9兆円"),
            (Quantity::YenAmount(247_000_000.0), "¥247 bn", "2,470億円"),
            (Quantity::Percent(4.62), "4.6%", "4.6%"),
            (Quantity::SignedPercent(-4.5), "−4.5%", "−4.5%"),
            (Quantity::Count(1_388_330.0), "1.39 million", "138万8330"),
            (Quantity::Count(21_396.0), "21,396", "2万1396"),
            (Quantity::Count(9_999.0), "9,999", "9,999"),
            (Quantity::Count(30_000.0), "30,000", "3万"),
            (Quantity::Year(1985), "1985", "1985"),
            (Quantity::YenPerDollar(151.4567), "¥151.46", "151.46円"),
            (
                Quantity::YearsOf { count: 40, of: 41 },
                "40 of 41",
                "41年中40年",
            ),
            (
                Quantity::YearsOf { count: 41, of: 41 },
                "41 of 41",
                "41年すべて",
            ),
            (Quantity::FromJanuaryTo(8), "January–August", "1〜8月"),
        ];
        for (quantity, english, japanese) in cases {
            assert_eq!(quantity.text(Lang::En), english, "{quantity:?}");
            assert_eq!(quantity.text(Lang::Ja), japanese, "{quantity:?}");
        }
    }
}
