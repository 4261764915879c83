//! Placeholders on finance and services: Japan's Treasury holdings (japan_holdings_of_us_treasuries.csv),
//! direct investment (fdi.csv) and services trade (services_trade.csv).

use super::quantity::{billions_usd, percent};
use super::{figure, span, Args, Figure};
use crate::data::Dataset;

const TREASURIES: &str = "japan_holdings_of_us_treasuries.csv";

pub(super) fn resolve(args: &Args, dataset: &Dataset) -> Option<Result<Figure, String>> {
    let holdings = &dataset.treasury_holdings;
    let result = match args.name {
        "treasuries" | "treasuries-share" => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            let row = holdings
                .iter()
                .find(|r| r.year == year)
                .ok_or_else(|| args.missing(&format!("{TREASURIES} {year}")))?;
            let japan = row
                .japan_holdings_bn_usd
                .ok_or_else(|| args.missing(&format!("{TREASURIES} {year}")))?;
            if args.name == "treasuries" {
                return figure(billions_usd(japan * 1_000.0), TREASURIES, year.to_string());
            }
            let all = row
                .all_foreign_holders_bn_usd
                .ok_or_else(|| args.missing(&format!("{TREASURIES} all holders {year}")))?;
            figure(percent(japan / all * 100.0), TREASURIES, year.to_string())
        })(),
        "treasuries-peak" | "treasuries-peak-year" => (|| {
            args.exactly(0, "")?;
            let (year, value) = holdings
                .iter()
                .filter_map(|r| r.japan_holdings_bn_usd.map(|v| (r.year, v)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .ok_or_else(|| args.missing(TREASURIES))?;
            let text = if args.name == "treasuries-peak" {
                billions_usd(value * 1_000.0)
            } else {
                super::quantity::year(year)
            };
            figure(text, TREASURIES, span(holdings.iter().map(|r| r.year)))
        })(),
        "fdi-japan" | "fdi-us" => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            let row = dataset.investment_positions.iter().find(|r| r.year == year);
            let value = if args.name == "fdi-japan" {
                row.and_then(|r| r.japan_fdi_position_in_us_musd)
            } else {
                row.and_then(|r| r.us_fdi_position_in_japan_musd)
            };
            let value = value.ok_or_else(|| args.missing(&format!("fdi.csv {year}")))?;
            figure(billions_usd(value), "fdi.csv", year.to_string())
        })(),
        "services-exports" | "services-imports" => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            let row = dataset.services_trade.iter().find(|r| r.year == year);
            let value = if args.name == "services-exports" {
                row.and_then(|r| r.us_exports_musd)
            } else {
                row.and_then(|r| r.us_imports_musd)
            };
            let value = value.ok_or_else(|| args.missing(&format!("services_trade.csv {year}")))?;
            figure(billions_usd(value), "services_trade.csv", year.to_string())
        })(),
        _ => return None,
    };
    Some(result)
}
