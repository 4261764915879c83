//! The one number format shared by chart labels, read-outs, tables, summaries and downloads.

/// Shown wherever the source has no value for a year.
pub const MISSING: &str = "no data";

/// The months' names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month's name (1 = January), or `None` outside 1–12.
pub fn month_name(month: u8) -> Option<&'static str> {
    MONTH_NAMES.get(usize::from(month).checked_sub(1)?).copied()
}

/// A month as a time axis labels it: `Apr 2025`.
pub fn month_and_year(month: u8, year: u16) -> String {
    match month_name(month) {
        Some(name) => format!("{} {year}", &name[..3]),
        None => year.to_string(),
    }
}

/// Millions of dollars as billions with one decimal: `147116.5` → `$147.1 bn`, `-68253.1` → `−$68.3 bn`.
/// Thousands are grouped: `1061500.0` → `$1,061.5 bn`.
pub fn billions_usd(musd: f64) -> String {
    let billions = musd / 1000.0;
    let rounded = (billions * 10.0).round() / 10.0;
    if rounded < 0.0 {
        format!("−${} bn", grouped(-rounded, 1))
    } else {
        format!("${} bn", grouped(rounded.abs(), 1))
    }
}

/// Millions of dollars in the unit a reader expects: `$214 million` below a billion, else `$2.3 bn`.
pub fn usd_amount(musd: f64) -> String {
    // Below a billion once rounded to whole millions.
    if musd.abs() < 999.5 {
        let text = format!("${} million", grouped(musd.abs(), 0));
        if musd < -0.5 {
            format!("−{text}")
        } else {
            text
        }
    } else {
        billions_usd(musd)
    }
}

/// Thousands of yen in the unit a reader expects: `¥6.9 tn` from a trillion, else `¥247 bn`.
pub fn yen_amount(thousand_jpy: f64) -> String {
    let billions = thousand_jpy / 1_000_000.0;
    // A trillion once rounded to whole billions.
    if billions.abs() >= 999.5 {
        trillions_yen(thousand_jpy / 1_000.0)
    } else if billions < -0.5 {
        format!("−¥{} bn", grouped(-billions, 0))
    } else {
        format!("¥{} bn", grouped(billions.abs(), 0))
    }
}

/// A share or rate in percent with one decimal: `4.62` → `4.6%`.
pub fn percent(value: f64) -> String {
    format!("{value:.1}%")
}

/// A change in percent with its sign: `12.34` → `+12.3%`, `-4.5` → `−4.5%`.
pub fn signed_percent(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded < 0.0 {
        format!("−{:.1}%", -rounded)
    } else {
        // `abs` turns a rounded −0.0 into 0.0.
        format!("+{:.1}%", rounded.abs())
    }
}

/// A count of things: `1388330.0` → `1.39 million`, `21396.0` → `21,396`.
pub fn count(value: f64) -> String {
    if value.abs() >= 999_999.5 {
        format!("{:.2} million", value / 1_000_000.0)
    } else {
        grouped(value, 0)
    }
}

/// Like [`billions_usd`], with [`MISSING`] for an absent value.
pub fn billions_usd_or_missing(musd: Option<f64>) -> String {
    musd.map_or_else(|| MISSING.to_string(), billions_usd)
}

/// An axis tick in billions of dollars without the unit: `-50000.0` → `−50`, `25000.0` → `25`.
pub fn axis_billions(musd: f64) -> String {
    axis_number(musd / 1000.0)
}

/// An axis tick: whole numbers without decimals, others with one; a true minus sign.
pub fn axis_number(value: f64) -> String {
    let text = if (value - value.round()).abs() < 1e-9 {
        format!("{}", value.round().abs() as i64)
    } else {
        format!("{:.1}", value.abs())
    };
    if value < -1e-9 {
        format!("−{text}")
    } else {
        text
    }
}

/// Millions of yen as trillions with one decimal: `22_281_740.0` → `¥22.3 tn`.
pub fn trillions_yen(million_yen: f64) -> String {
    let trillions = ((million_yen / 1_000_000.0) * 10.0).round() / 10.0;
    if trillions < 0.0 {
        format!("−¥{:.1} tn", -trillions)
    } else {
        format!("¥{:.1} tn", trillions.abs())
    }
}

/// A rate in yen per dollar with two decimals: `151.4551` → `¥151.46`.
pub fn yen_per_dollar(rate: f64) -> String {
    format!("¥{rate:.2}")
}

/// A number with thousands separators and a fixed number of decimals, true minus sign: `-68253.1` → `−68,253.1`.
pub fn grouped(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    let is_zero = text.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !is_zero {
        format!("−{out}")
    } else {
        out
    }
}

/// A number for a CSV file: fixed decimals, ASCII minus, no separators; empty when missing.
pub fn csv_number(value: Option<f64>, decimals: usize) -> String {
    match value {
        Some(v) => {
            let text = format!("{v:.decimals$}");
            if text
                .trim_start_matches('-')
                .chars()
                .all(|c| c == '0' || c == '.')
            {
                text.trim_start_matches('-').to_string()
            } else {
                text
            }
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billions_round_half_away_and_use_a_true_minus_sign() {
        assert_eq!(billions_usd(147116.5), "$147.1 bn");
        assert_eq!(billions_usd(-68253.1), "−$68.3 bn");
        assert_eq!(billions_usd(0.0), "$0.0 bn");
        assert_eq!(billions_usd(-20.0), "$0.0 bn");
        assert_eq!(billions_usd_or_missing(None), MISSING);
    }

    #[test]
    fn amounts_change_unit_where_rounding_would_reach_the_next_one() {
        assert_eq!(usd_amount(214.4), "$214 million");
        assert_eq!(usd_amount(999.4), "$999 million");
        assert_eq!(usd_amount(999.6), "$1.0 bn");
        assert_eq!(usd_amount(2_345.0), "$2.3 bn");
        assert_eq!(usd_amount(-450.2), "−$450 million");
        assert_eq!(yen_amount(246_700_000.0), "¥247 bn");
        assert_eq!(yen_amount(999_400_000.0), "¥999 bn");
        assert_eq!(yen_amount(999_600_000.0), "¥1.0 tn");
        assert_eq!(yen_amount(6_889_735_672.0), "¥6.9 tn");
        assert_eq!(billions_usd(1_061_500.0), "$1,061.5 bn");
    }

    #[test]
    fn changes_carry_a_sign_and_never_a_negative_zero() {
        assert_eq!(signed_percent(12.34), "+12.3%");
        assert_eq!(signed_percent(-4.55), "−4.6%");
        assert_eq!(signed_percent(-0.04), "+0.0%");
        assert_eq!(percent(4.62), "4.6%");
        assert_eq!(count(1_388_330.0), "1.39 million");
        assert_eq!(count(21_396.0), "21,396");
    }

    #[test]
    fn yen_and_grouped_numbers() {
        assert_eq!(trillions_yen(22_281_740.0), "¥22.3 tn");
        assert_eq!(yen_per_dollar(151.4551), "¥151.46");
        assert_eq!(grouped(-68253.1, 1), "−68,253.1");
        assert_eq!(grouped(147116.5, 1), "147,116.5");
        assert_eq!(grouped(999.96, 1), "1,000.0");
        assert_eq!(grouped(-0.01, 1), "0.0");
        assert_eq!(grouped(1234567.0, 0), "1,234,567");
        assert_eq!(csv_number(Some(-68253.14), 1), "-68253.1");
        assert_eq!(csv_number(Some(-0.01), 1), "0.0");
        assert_eq!(csv_number(None, 1), "");
    }

    #[test]
    fn axis_ticks_drop_needless_decimals() {
        assert_eq!(axis_billions(-50000.0), "−50");
        assert_eq!(axis_billions(25000.0), "25");
        assert_eq!(axis_billions(2500.0), "2.5");
        assert_eq!(axis_billions(0.0), "0");
    }
}
