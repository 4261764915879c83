//! Figures computed from the dataset at build time for prose placeholders such as `{balance:2025}`,
//! `{deepest-deficit-year}` or `{rate-change:1985..1988}`, each with the source rows it comes from.
//! A data update therefore updates the prose; an unknown name or a missing value is a build error.

use crate::data::{Dataset, GoodsTradeYear};
use crate::format::{billions_usd, yen_per_dollar};

/// A resolved placeholder: the text to show and where the figure comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub text: String,
    /// The data file, e.g. `goods_trade.csv`.
    pub file: &'static str,
    /// The rows used, e.g. `2025` or `1985–2025`.
    pub rows: String,
}

/// Every placeholder name, with what it takes, for error messages and the README.
pub const PLACEHOLDERS: &[&str] = &[
    "exports:YEAR",
    "imports:YEAR",
    "balance:YEAR",
    "coverage:YEAR",
    "peak:exports|imports",
    "peak-year:exports|imports",
    "deepest-deficit",
    "deepest-deficit-year",
    "deficit-years",
    "rate:YEAR",
    "rate-change:FROM..TO",
    "strongest-yen",
    "strongest-yen-year",
    "vehicle-value:CODE",
    "vehicle-share:CODE",
    "fdi-japan:YEAR",
    "fdi-us:YEAR",
    "services-exports:YEAR",
    "services-imports:YEAR",
    "jp-exports:YEAR",
];

/// Resolves the inside of one placeholder (without braces).
pub fn resolve(placeholder: &str, dataset: &Dataset) -> Result<Figure, String> {
    let (name, argument) = placeholder.split_once(':').unwrap_or((placeholder, ""));
    let goods = &dataset.goods_trade;
    let span = match (goods.first(), goods.last()) {
        (Some(first), Some(last)) => format!("{}–{}", first.year, last.year),
        _ => String::new(),
    };
    let figure = |text: String, file: &'static str, rows: String| Ok(Figure { text, file, rows });
    let year = || {
        argument
            .parse::<u16>()
            .map_err(|_| format!("`{placeholder}` needs a year, e.g. `{name}:2024`"))
    };
    let missing = |what: &str| format!("`{placeholder}`: {what} has no value in the data");
    let goods_value = |pick: fn(&GoodsTradeYear) -> Option<f64>| -> Result<f64, String> {
        let year = year()?;
        goods
            .iter()
            .find(|r| r.year == year)
            .and_then(pick)
            .ok_or_else(|| missing(&format!("goods_trade.csv {year}")))
    };
    match name {
        "exports" => figure(
            billions_usd(goods_value(|r| r.us_exports_musd)?),
            "goods_trade.csv",
            argument.into(),
        ),
        "imports" => figure(
            billions_usd(goods_value(|r| r.us_imports_musd)?),
            "goods_trade.csv",
            argument.into(),
        ),
        "balance" => figure(
            billions_usd(goods_value(|r| r.balance_musd)?),
            "goods_trade.csv",
            argument.into(),
        ),
        "coverage" => {
            let exports = goods_value(|r| r.us_exports_musd)?;
            let imports = goods_value(|r| r.us_imports_musd)?;
            figure(
                percent(exports / imports * 100.0),
                "goods_trade.csv",
                argument.into(),
            )
        }
        "peak" | "peak-year" => {
            let pick: fn(&GoodsTradeYear) -> Option<f64> = match argument {
                "exports" => |r| r.us_exports_musd,
                "imports" => |r| r.us_imports_musd,
                _ => return Err(format!("`{placeholder}` takes `exports` or `imports`")),
            };
            let (year, value) = goods
                .iter()
                .filter_map(|r| pick(r).map(|v| (r.year, v)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .ok_or_else(|| missing(argument))?;
            let text = if name == "peak" {
                billions_usd(value)
            } else {
                year.to_string()
            };
            figure(text, "goods_trade.csv", span)
        }
        "deepest-deficit" | "deepest-deficit-year" => {
            let (year, value) = goods
                .iter()
                .filter_map(|r| r.balance_musd.map(|b| (r.year, b)))
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .filter(|(_, b)| *b < 0.0)
                .ok_or_else(|| missing("a deficit"))?;
            let text = if name == "deepest-deficit" {
                billions_usd(value)
            } else {
                year.to_string()
            };
            figure(text, "goods_trade.csv", span)
        }
        "deficit-years" => {
            let balances: Vec<f64> = goods.iter().filter_map(|r| r.balance_musd).collect();
            let deficits = balances.iter().filter(|b| **b < 0.0).count();
            figure(
                format!("{deficits} of {}", balances.len()),
                "goods_trade.csv",
                span,
            )
        }
        "rate" => {
            let year = year()?;
            let rate =
                rate_in(dataset, year).ok_or_else(|| missing(&format!("usd_jpy.csv {year}")))?;
            figure(yen_per_dollar(rate), "usd_jpy.csv", year.to_string())
        }
        "rate-change" => {
            let (from, to) = argument
                .split_once("..")
                .and_then(|(a, b)| Some((a.parse::<u16>().ok()?, b.parse::<u16>().ok()?)))
                .ok_or_else(|| {
                    format!("`{placeholder}` needs a range, e.g. `rate-change:1985..1988`")
                })?;
            let start =
                rate_in(dataset, from).ok_or_else(|| missing(&format!("usd_jpy.csv {from}")))?;
            let end = rate_in(dataset, to).ok_or_else(|| missing(&format!("usd_jpy.csv {to}")))?;
            figure(
                signed_percent((end - start) / start * 100.0),
                "usd_jpy.csv",
                format!("{from}–{to}"),
            )
        }
        "strongest-yen" | "strongest-yen-year" => {
            let (year, rate) = dataset
                .exchange_rates
                .iter()
                .filter_map(|r| r.jpy_per_usd.map(|v| (r.year, v)))
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .ok_or_else(|| missing("a rate"))?;
            let text = if name == "strongest-yen" {
                yen_per_dollar(rate)
            } else {
                year.to_string()
            };
            let rows = match (
                dataset.exchange_rates.first(),
                dataset.exchange_rates.last(),
            ) {
                (Some(a), Some(b)) => format!("{}–{}", a.year, b.year),
                _ => String::new(),
            };
            figure(text, "usd_jpy.csv", rows)
        }
        "vehicle-value" | "vehicle-share" => {
            let imports = |code: &str| {
                dataset
                    .products_2024
                    .iter()
                    .find(|p| p.direction == "us_imports" && p.code == code)
                    .and_then(|p| p.value_musd)
            };
            let value = imports(argument)
                .ok_or_else(|| missing(&format!("products_2024.csv code {argument}")))?;
            let text = if name == "vehicle-value" {
                billions_usd(value)
            } else {
                let total = imports("TOTAL").ok_or_else(|| missing("products_2024.csv TOTAL"))?;
                percent(value / total * 100.0)
            };
            figure(text, "products_2024.csv", format!("HS {argument}, 2024"))
        }
        "fdi-japan" | "fdi-us" => {
            let year = year()?;
            let row = dataset.investment_positions.iter().find(|r| r.year == year);
            let value = if name == "fdi-japan" {
                row.and_then(|r| r.japan_fdi_position_in_us_musd)
            } else {
                row.and_then(|r| r.us_fdi_position_in_japan_musd)
            };
            let value = value.ok_or_else(|| missing(&format!("fdi.csv {year}")))?;
            figure(billions_usd(value), "fdi.csv", year.to_string())
        }
        "services-exports" | "services-imports" => {
            let year = year()?;
            let row = dataset.services_trade.iter().find(|r| r.year == year);
            let value = if name == "services-exports" {
                row.and_then(|r| r.us_exports_musd)
            } else {
                row.and_then(|r| r.us_imports_musd)
            };
            let value = value.ok_or_else(|| missing(&format!("services_trade.csv {year}")))?;
            figure(billions_usd(value), "services_trade.csv", year.to_string())
        }
        "jp-exports" => {
            let year = year()?;
            let thousand_yen = dataset
                .japan_reported
                .iter()
                .find(|r| r.year == year)
                .and_then(|r| r.jp_exports_to_us_thousand_jpy)
                .ok_or_else(|| missing(&format!("japan_reported.csv {year}")))?;
            let rate =
                rate_in(dataset, year).ok_or_else(|| missing(&format!("usd_jpy.csv {year}")))?;
            figure(
                billions_usd(thousand_yen / 1_000.0 / rate),
                "japan_reported.csv",
                format!("{year}, converted at the usd_jpy.csv rate for {year}"),
            )
        }
        _ => Err(format!(
            "unknown placeholder `{{{placeholder}}}`; known: {}",
            PLACEHOLDERS.join(", ")
        )),
    }
}

fn rate_in(dataset: &Dataset, year: u16) -> Option<f64> {
    dataset
        .exchange_rates
        .iter()
        .find(|r| r.year == year)?
        .jpy_per_usd
}

fn percent(value: f64) -> String {
    format!("{value:.1}%")
}

fn signed_percent(value: f64) -> String {
    if value < 0.0 {
        format!("−{:.1}%", -value)
    } else {
        format!("+{value:.1}%")
    }
}

/// Replaces every `{…}` in `text`; each problem names the placeholder. Returns the text and the figures used.
pub fn expand(text: &str, dataset: &Dataset) -> (String, Vec<Figure>, Vec<String>) {
    let (mut out, mut figures, mut problems) = (String::new(), Vec::new(), Vec::new());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            problems.push("a `{` without its closing `}`".to_string());
            out.push_str(&rest[open..]);
            return (out, figures, problems);
        };
        let inside = &rest[open + 1..open + close];
        match resolve(inside, dataset) {
            Ok(figure) => {
                out.push_str(&figure.text);
                figures.push(figure);
            }
            Err(problem) => problems.push(problem),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    (out, figures, problems)
}
