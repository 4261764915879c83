//! The one number format shared by chart labels, read-outs, tables, summaries and downloads.

/// Shown wherever the source has no value for a year.
pub const MISSING: &str = "no data";

/// Millions of dollars as billions with one decimal: `147116.5` → `$147.1 bn`, `-68253.1` → `−$68.3 bn`.
pub fn billions_usd(musd: f64) -> String {
    let billions = musd / 1000.0;
    let rounded = (billions * 10.0).round() / 10.0;
    if rounded < 0.0 {
        format!("−${:.1} bn", -rounded)
    } else {
        format!("${:.1} bn", rounded.abs())
    }
}

/// Like [`billions_usd`], with [`MISSING`] for an absent value.
pub fn billions_usd_or_missing(musd: Option<f64>) -> String {
    musd.map_or_else(|| MISSING.to_string(), billions_usd)
}

/// An axis tick in billions of dollars without the unit: `-50000.0` → `−50`, `25000.0` → `25`.
pub fn axis_billions(musd: f64) -> String {
    let billions = musd / 1000.0;
    let text = if (billions - billions.round()).abs() < 1e-9 {
        format!("{}", billions.round().abs())
    } else {
        format!("{:.1}", billions.abs())
    };
    if billions < -1e-9 {
        format!("−{text}")
    } else {
        text
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
    fn axis_ticks_drop_needless_decimals() {
        assert_eq!(axis_billions(-50000.0), "−50");
        assert_eq!(axis_billions(25000.0), "25");
        assert_eq!(axis_billions(2500.0), "2.5");
        assert_eq!(axis_billions(0.0), "0");
    }
}
