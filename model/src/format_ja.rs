//! Numbers and dates as a Japanese reader reads them (issue #15): dollars in 億ドル and 兆ドル, yen in 億円
//! and 兆円, the exchange rate as 151.46円, dates as 1985年9月22日 and ranges as 1985〜2025年. The units are
//! those of the Japanese press (米国勢調査局の統計では対日赤字は641億ドル…); negatives take the same minus sign
//! (U+2212) as the English page. Pure functions, tested below; the pages wire them in per language.

use crate::format::grouped;

/// Shown wherever the source has no value.
pub const MISSING: &str = "データなし";

/// 一億 in millions: a hundred million dollars or yen.
const OKU_IN_MILLIONS: f64 = 100.0;
/// 一兆 in 億.
const CHO_IN_OKU: f64 = 10_000.0;

fn signed(negative: bool, text: String) -> String {
    if negative {
        format!("−{text}")
    } else {
        text
    }
}

/// An amount in 億 (whole, or one decimal below 100億) and, from 1兆, 兆 with the rest in 億, followed by
/// `unit` (`ドル`, `円`): `1,471億`, `2.1億`, `1兆615億`, `3兆`.
fn oku_and_cho(millions: f64, unit: &str) -> String {
    let oku = millions.abs() / OKU_IN_MILLIONS;
    let text = if oku.round() >= CHO_IN_OKU {
        let whole_oku = oku.round();
        let cho = (whole_oku / CHO_IN_OKU).floor();
        let rest = whole_oku - cho * CHO_IN_OKU;
        if rest == 0.0 {
            format!("{}兆{unit}", grouped(cho, 0))
        } else {
            format!("{}兆{}億{unit}", grouped(cho, 0), grouped(rest, 0))
        }
    } else if (oku * 10.0).round() >= 1000.0 {
        format!("{}億{unit}", grouped(oku.round(), 0))
    } else {
        format!("{}億{unit}", grouped((oku * 10.0).round() / 10.0, 1))
    };
    signed(
        millions < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0'),
        text,
    )
}

/// Millions of dollars: `147116.5` → `1,471億ドル`, `214.0` → `2.1億ドル`, `1061500.0` → `1兆615億ドル`;
/// below a hundred million dollars (一億ドル), in 万ドル: `12.34` → `1,234万ドル`.
pub fn usd(musd: f64) -> String {
    if (musd.abs() * 100.0).round() < 10_000.0 {
        let man = (musd.abs() * 100.0).round();
        return signed(
            musd < 0.0 && man > 0.0,
            format!("{}万ドル", grouped(man, 0)),
        );
    }
    oku_and_cho(musd, "ドル")
}

/// Millions of yen: `22_300_000.0` → `22.3兆円` (one decimal from a trillion yen, as the press writes
/// trade totals), `247_000.0` → `2,470億円`.
pub fn yen(million_jpy: f64) -> String {
    let cho = million_jpy.abs() / (OKU_IN_MILLIONS * CHO_IN_OKU);
    // 兆 once the amount, rounded to whole 億, reaches a trillion yen.
    let text = if (million_jpy.abs() / OKU_IN_MILLIONS).round() >= CHO_IN_OKU {
        format!("{}兆円", grouped((cho * 10.0).round() / 10.0, 1))
    } else {
        format!(
            "{}億円",
            grouped((million_jpy.abs() / OKU_IN_MILLIONS).round(), 0)
        )
    };
    signed(
        million_jpy < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0'),
        text,
    )
}

/// Yen per dollar: `151.4567` → `151.46円`.
pub fn yen_per_dollar(rate: f64) -> String {
    format!("{rate:.2}円")
}

/// A date as `YYYY-MM-DD` or `YYYY-MM` written the Japanese way: `1985年9月22日`, `1989年7月`; anything else
/// is returned as it is.
pub fn date(iso: &str) -> String {
    let mut parts = iso.split('-');
    let year = parts.next().and_then(|y| y.parse::<u16>().ok());
    let month = parts
        .next()
        .and_then(|m| m.parse::<u8>().ok())
        .filter(|m| (1..=12).contains(m));
    let day = parts
        .next()
        .and_then(|d| d.parse::<u8>().ok())
        .filter(|d| (1..=31).contains(d));
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => format!("{y}年{m}月{d}日"),
        (Some(y), Some(m), None) => format!("{y}年{m}月"),
        _ => iso.to_string(),
    }
}

/// A month as a time axis labels it: `2025年4月`.
pub fn month_and_year(month: u8, year: u16) -> String {
    if (1..=12).contains(&month) {
        format!("{year}年{month}月")
    } else {
        format!("{year}年")
    }
}

/// A range of years: `1985〜2025年`, or `2024年` when it is one year.
pub fn year_range(from: u16, to: u16) -> String {
    if from == to {
        format!("{from}年")
    } else {
        format!("{from}〜{to}年")
    }
}

/// A count of things the way the Japanese press writes it, exactly, in 万 from ten thousand:
/// `1_388_330.0` → `138万8330`, `30_000.0` → `3万`, `9_999.0` → `9,999` (the counter word, 台 or 件, follows
/// in the prose).
pub fn count(value: f64) -> String {
    let whole = value.abs().round();
    let text = if whole >= 10_000.0 {
        let man = (whole / 10_000.0).floor();
        let rest = whole - man * 10_000.0;
        if rest == 0.0 {
            format!("{}万", grouped(man, 0))
        } else {
            format!("{}万{rest}", grouped(man, 0))
        }
    } else {
        grouped(whole, 0)
    };
    signed(value < 0.0 && whole > 0.0, text)
}

/// A value-axis label in 億ドル from millions of dollars, the unit a Japanese chart's dollar axis is
/// scaled to (ticks fall on round numbers of 億ドル, not relabelled billions): `150000.0` → `1,500`.
pub fn axis_oku(musd: f64) -> String {
    let oku = musd / OKU_IN_MILLIONS;
    let text = grouped(oku.abs().round(), 0);
    signed(oku.round() < 0.0, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_read_in_oku_and_cho_with_man_below_a_hundred_million() {
        assert_eq!(usd(147_116.5), "1,471億ドル");
        assert_eq!(usd(-64_372.0), "−644億ドル");
        assert_eq!(usd(214.0), "2.1億ドル");
        assert_eq!(usd(9_994.0), "99.9億ドル");
        // At the turns of unit, rounding decides: 99.96億 is 100億; 9,999.6億 is 1兆.
        assert_eq!(usd(9_996.0), "100億ドル");
        assert_eq!(usd(999_960.0), "1兆ドル");
        assert_eq!(usd(1_061_500.0), "1兆615億ドル");
        assert_eq!(usd(20_000_000.0), "20兆ドル");
        assert_eq!(usd(12.34), "1,234万ドル");
        assert_eq!(usd(99.996), "1.0億ドル");
        assert_eq!(usd(-0.001), "0万ドル");
    }

    #[test]
    fn yen_read_in_cho_from_a_trillion_and_oku_below() {
        assert_eq!(yen(22_300_000.0), "22.3兆円");
        assert_eq!(yen(247_000.0), "2,470億円");
        assert_eq!(yen(999_000.0), "9,990億円");
        assert_eq!(yen(999_600.0), "9,996億円");
        assert_eq!(yen(999_960.0), "1.0兆円");
        assert_eq!(yen(-1_234_567.0), "−1.2兆円");
        assert_eq!(yen_per_dollar(151.4567), "151.46円");
        assert_eq!(yen_per_dollar(238.4667), "238.47円");
    }

    #[test]
    fn dates_months_and_ranges_read_the_japanese_way() {
        assert_eq!(date("1985-09-22"), "1985年9月22日");
        assert_eq!(date("1989-07"), "1989年7月");
        assert_eq!(date("1989-13"), "1989-13");
        assert_eq!(date("later"), "later");
        assert_eq!(month_and_year(4, 2025), "2025年4月");
        assert_eq!(year_range(1985, 2025), "1985〜2025年");
        assert_eq!(year_range(2024, 2024), "2024年");
    }

    #[test]
    fn counts_read_in_man_exactly() {
        assert_eq!(count(1_388_330.0), "138万8330");
        assert_eq!(count(30_000.0), "3万");
        assert_eq!(count(10_001.0), "1万1");
        assert_eq!(count(9_999.4), "9,999");
        assert_eq!(count(123_456_789.0), "12,345万6789");
        assert_eq!(count(-20_000.0), "−2万");
        assert_eq!(count(0.0), "0");
    }

    #[test]
    fn a_dollar_axis_counts_oku() {
        assert_eq!(axis_oku(150_000.0), "1,500");
        assert_eq!(axis_oku(-50_000.0), "−500");
        assert_eq!(axis_oku(0.0), "0");
        assert_eq!(MISSING, "データなし");
    }
}
