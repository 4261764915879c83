//! Placeholders on duties the US calculated on imports from Japan, by year and by month
//! (us_duties_on_imports_from_japan.csv and its monthly companion).

use super::quantity::{percent, usd_amount, Quantity};
use super::{figure, Args, Figure};
use crate::data::{Dataset, DutiesYear};

const ANNUAL: &str = "us_duties_on_imports_from_japan.csv";
const MONTHLY: &str = "us_duties_on_imports_from_japan_monthly.csv";

pub(super) fn resolve(args: &Args, dataset: &Dataset) -> Option<Result<Figure, String>> {
    let result = match args.name {
        "duties" | "duty-rate" | "duties-to-date" | "duty-rate-to-date" | "duty-months" => {
            annual(args, dataset)
        }
        "duties-month" | "duty-rate-month" => monthly(args, dataset),
        _ => return None,
    };
    Some(result)
}

fn annual(args: &Args, dataset: &Dataset) -> Result<Figure, String> {
    args.exactly(1, "YEAR")?;
    let year = args.year(0, "YEAR")?;
    let row: &DutiesYear = dataset
        .duties
        .iter()
        .find(|r| r.year == year)
        .ok_or_else(|| args.missing(&format!("{ANNUAL} {year}")))?;
    let to_date = matches!(
        args.name,
        "duties-to-date" | "duty-rate-to-date" | "duty-months"
    );
    if row.is_full_year() == to_date {
        return Err(if to_date {
            format!(
                "`{{{}}}`: {year} is a full year; use `duties:{year}` or `duty-rate:{year}`",
                args.whole
            )
        } else {
            format!(
                "`{{{}}}`: {year} covers {} months only; use `duties-to-date:{year}`, \
                 `duty-rate-to-date:{year}` and `duty-months:{year}` so the prose says so",
                args.whole, row.months_with_data
            )
        });
    }
    let rows = if to_date {
        format!("{year}, {} months", row.months_with_data)
    } else {
        year.to_string()
    };
    match args.name {
        "duties" | "duties-to-date" => {
            let usd = row
                .calculated_duties_usd
                .ok_or_else(|| args.missing(&format!("{ANNUAL} {year}")))?;
            figure(usd_amount(usd / 1e6), ANNUAL, rows)
        }
        "duty-months" => figure(Quantity::FromJanuaryTo(row.months_with_data), ANNUAL, rows),
        _ => {
            let rate = row
                .rate()
                .ok_or_else(|| args.missing(&format!("{ANNUAL} {year}")))?;
            figure(percent(rate * 100.0), ANNUAL, rows)
        }
    }
}

fn monthly(args: &Args, dataset: &Dataset) -> Result<Figure, String> {
    let takes = "YYYY-MM";
    args.exactly(1, takes)?;
    let (year, month) = args
        .part(0, takes)?
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<u16>().ok()?, m.parse::<u8>().ok()?)))
        .ok_or_else(|| args.takes(takes))?;
    let row = dataset
        .duties_monthly
        .iter()
        .find(|r| r.year == year && r.month == month)
        .filter(|r| r.calculated_duties_usd.is_some())
        .ok_or_else(|| args.missing(&format!("{MONTHLY} {year}-{month:02}")))?;
    let rows = format!("{year}-{month:02}");
    if args.name == "duties-month" {
        let usd = row.calculated_duties_usd.unwrap_or_default();
        return figure(usd_amount(usd / 1e6), MONTHLY, rows);
    }
    let rate = row
        .rate()
        .ok_or_else(|| args.missing(&format!("{MONTHLY} {rows}")))?;
    figure(percent(rate * 100.0), MONTHLY, rows)
}
