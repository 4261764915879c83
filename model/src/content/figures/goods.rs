//! Placeholders on US goods trade with Japan (goods_trade.csv), nominal and in real dollars (cpi_u.csv).

use super::quantity::Quantity;
use super::quantity::{billions_usd, percent, signed_percent};
use super::{change, figure, span, Args, Figure};
use crate::data::{Dataset, GoodsTradeYear};
use crate::units::{UnitConverter, Units};

const FILE: &str = "goods_trade.csv";

type Pick = fn(&GoodsTradeYear) -> Option<f64>;

fn series(name: &str) -> Option<Pick> {
    match name {
        "exports" => Some(|r| r.us_exports_musd),
        "imports" => Some(|r| r.us_imports_musd),
        "total-trade" => Some(|r| Some(r.us_exports_musd? + r.us_imports_musd?)),
        "deficit" => Some(|r| r.balance_musd.map(|b| -b)),
        "balance" => Some(|r| r.balance_musd),
        _ => None,
    }
}

pub(super) fn resolve(args: &Args, dataset: &Dataset) -> Option<Result<Figure, String>> {
    let (real, base) = match args.name.strip_prefix("real-") {
        Some(rest) => (true, rest),
        None => (false, args.name),
    };
    let goods = &dataset.goods_trade;
    let converter = UnitConverter::new(&dataset.consumer_prices, &dataset.exchange_rates);
    let whole = || span(goods.iter().map(|r| r.year));
    let units = |real: bool| if real { " (real, CPI-U)" } else { "" };
    // The value of a series in a year, nominal or real.
    let value = |pick: Pick, year: u16| -> Result<f64, String> {
        let nominal = goods
            .iter()
            .find(|r| r.year == year)
            .and_then(pick)
            .ok_or_else(|| args.missing(&format!("{FILE} {year}")))?;
        let units = if real { Units::Real } else { Units::Nominal };
        converter
            .convert(Some(nominal), year, units)
            .ok_or_else(|| args.missing(&format!("cpi_u.csv {year}")))
    };
    let result = match base {
        "base-year" if real => (|| {
            args.exactly(0, "")?;
            let year = converter.base_year;
            if year == 0 {
                return Err(args.missing("cpi_u.csv"));
            }
            figure(super::quantity::year(year), "cpi_u.csv", year.to_string())
        })(),
        "exports" | "imports" | "balance" | "deficit" | "total-trade"
            if !(real && base == "balance") =>
        {
            (|| {
                args.exactly(1, "YEAR")?;
                let year = args.year(0, "YEAR")?;
                let pick = series(base).unwrap_or(|_| None);
                let v = value(pick, year)?;
                figure(billions_usd(v), FILE, format!("{year}{}", units(real)))
            })()
        }
        "coverage" if !real => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            let exports = value(|r| r.us_exports_musd, year)?;
            let imports = value(|r| r.us_imports_musd, year)?;
            figure(percent(exports / imports * 100.0), FILE, year.to_string())
        })(),
        "change" => (|| {
            let takes = "exports|imports|total-trade:FROM..TO";
            args.exactly(2, takes)?;
            let pick = match args.part(0, takes)? {
                name @ ("exports" | "imports" | "total-trade") => series(name),
                _ => None,
            }
            .ok_or_else(|| args.takes(takes))?;
            let (from, to) = args.range(1, takes)?;
            let (start, end) = (value(pick, from)?, value(pick, to)?);
            figure(
                signed_percent(change(start, end)),
                FILE,
                format!("{from}–{to}{}", units(real)),
            )
        })(),
        "peak" | "peak-year" => (|| {
            let takes = "exports|imports";
            args.exactly(1, takes)?;
            let pick = match args.part(0, takes)? {
                name @ ("exports" | "imports") => series(name),
                _ => None,
            }
            .ok_or_else(|| args.takes(takes))?;
            let (year, v) = extreme(goods, |r| value(pick, r.year).ok(), f64::total_cmp)
                .ok_or_else(|| args.missing(FILE))?;
            let text = if base == "peak" {
                billions_usd(v)
            } else {
                super::quantity::year(year)
            };
            figure(text, FILE, format!("{}{}", whole(), units(real)))
        })(),
        "deepest-deficit" | "deepest-deficit-year" => (|| {
            args.exactly(0, "")?;
            let (year, v) = extreme(
                goods,
                |r| value(|r| r.balance_musd.map(|b| -b), r.year).ok(),
                f64::total_cmp,
            )
            .filter(|(_, deficit)| *deficit > 0.0)
            .ok_or_else(|| args.missing("a deficit"))?;
            let text = if base == "deepest-deficit" {
                billions_usd(v)
            } else {
                super::quantity::year(year)
            };
            figure(text, FILE, format!("{}{}", whole(), units(real)))
        })(),
        "deficit-years" if !real => (|| {
            args.exactly(0, "")?;
            let balances: Vec<f64> = goods.iter().filter_map(|r| r.balance_musd).collect();
            let deficits = balances.iter().filter(|b| **b < 0.0).count();
            figure(
                Quantity::YearsOf {
                    count: deficits,
                    of: balances.len(),
                },
                FILE,
                whole(),
            )
        })(),
        _ => return None,
    };
    Some(result)
}

/// The row with the greatest value by `order`, with its year.
fn extreme(
    rows: &[GoodsTradeYear],
    value: impl Fn(&GoodsTradeYear) -> Option<f64>,
    order: fn(&f64, &f64) -> std::cmp::Ordering,
) -> Option<(u16, f64)> {
    rows.iter()
        .filter_map(|r| value(r).map(|v| (r.year, v)))
        .max_by(|a, b| order(&a.1, &b.1))
}
