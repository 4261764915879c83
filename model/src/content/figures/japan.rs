//! Placeholders on the yen (usd_jpy.csv) and Japan's own record of its trade with the US (japan_reported.csv).

use super::quantity::{billions_usd, signed_percent, yen_amount, yen_per_dollar};
use super::{change, figure, span, Args, Figure};
use crate::data::{Dataset, JapanReportedYear};
use crate::units::UnitConverter;

const FILE: &str = "japan_reported.csv";

fn rate_in(dataset: &Dataset, year: u16) -> Option<f64> {
    UnitConverter::new(&dataset.consumer_prices, &dataset.exchange_rates).yen_per_dollar(year)
}

pub(super) fn resolve(args: &Args, dataset: &Dataset) -> Option<Result<Figure, String>> {
    let japan = |year: u16, pick: fn(&JapanReportedYear) -> Option<f64>| {
        dataset
            .japan_reported
            .iter()
            .find(|r| r.year == year)
            .and_then(pick)
            .ok_or_else(|| args.missing(&format!("{FILE} {year}")))
    };
    let rate = |year: u16| {
        rate_in(dataset, year).ok_or_else(|| args.missing(&format!("usd_jpy.csv {year}")))
    };
    let exports: fn(&JapanReportedYear) -> Option<f64> = |r| r.jp_exports_to_us_thousand_jpy;
    let imports: fn(&JapanReportedYear) -> Option<f64> = |r| r.jp_imports_from_us_thousand_jpy;
    let result = match args.name {
        "rate" => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            figure(yen_per_dollar(rate(year)?), "usd_jpy.csv", year.to_string())
        })(),
        "rate-change" => (|| {
            args.exactly(1, "FROM..TO")?;
            let (from, to) = args.range(0, "FROM..TO")?;
            figure(
                signed_percent(change(rate(from)?, rate(to)?)),
                "usd_jpy.csv",
                format!("{from}–{to}"),
            )
        })(),
        "strongest-yen" | "strongest-yen-year" => (|| {
            args.exactly(0, "")?;
            let (year, value) = dataset
                .exchange_rates
                .iter()
                .filter_map(|r| r.jpy_per_usd.map(|v| (r.year, v)))
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .ok_or_else(|| args.missing("a rate"))?;
            let text = if args.name == "strongest-yen" {
                yen_per_dollar(value)
            } else {
                super::quantity::year(year)
            };
            figure(
                text,
                "usd_jpy.csv",
                span(dataset.exchange_rates.iter().map(|r| r.year)),
            )
        })(),
        "jp-exports" | "jp-imports" => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            let pick = if args.name == "jp-exports" {
                exports
            } else {
                imports
            };
            let thousand_yen = japan(year, pick)?;
            figure(
                billions_usd(thousand_yen / 1_000.0 / rate(year)?),
                FILE,
                format!("{year}, converted at the usd_jpy.csv rate for {year}"),
            )
        })(),
        "jp-exports-yen" | "jp-imports-yen" | "jp-surplus-yen" => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            let value = match args.name {
                "jp-exports-yen" => japan(year, exports)?,
                "jp-imports-yen" => japan(year, imports)?,
                _ => japan(year, exports)? - japan(year, imports)?,
            };
            figure(yen_amount(value), FILE, year.to_string())
        })(),
        _ => return None,
    };
    Some(result)
}
