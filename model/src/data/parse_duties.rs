//! Reading the duties tables (annual and monthly) and Japan's Treasury holdings, with `file:line` problems.

use std::path::Path;

use super::parse::{check_positive, parse_yearly, read_rows, Years};
use super::parse_detail::{check_finite_non_negative, line_starting};
use super::{DutiesMonth, DutiesYear, TreasuryHoldingsYear};
use crate::problem::{ContentProblem, Problems};

pub const DUTIES_COLUMNS: &[&str] = &[
    "year",
    "calculated_duties_usd",
    "imports_for_consumption_usd",
    "average_rate_as_published",
    "months_with_data",
    "upstream_source",
];
pub const DUTIES_MONTHLY_COLUMNS: &[&str] = &[
    "year",
    "month",
    "calculated_duties_usd",
    "imports_for_consumption_usd",
    "rate_as_published",
    "upstream_source",
];
pub const TREASURY_COLUMNS: &[&str] = &[
    "year",
    "as_of",
    "japan_holdings_bn_usd",
    "all_foreign_holders_bn_usd",
];

/// How far a published rate may differ from duties ÷ imports: half a unit in its last (fifth) decimal.
const RATE_ROUNDING: f64 = 0.5e-5;

/// Parses the annual duties: consecutive years, months 1–12, and a published rate equal to duties ÷ imports.
pub fn parse_duties(path: &Path, text: &str, problems: &mut Problems) -> Vec<DutiesYear> {
    let rows = parse_yearly(
        path,
        text,
        DUTIES_COLUMNS,
        Years::Consecutive,
        |r: &DutiesYear| r.year,
        problems,
    );
    for (line, row) in &rows {
        if !(1..=12).contains(&row.months_with_data) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!("months_with_data {} must be 1–12", row.months_with_data),
            ));
        }
        check_finite_non_negative(
            path,
            *line,
            [
                ("calculated_duties_usd", row.calculated_duties_usd),
                (
                    "imports_for_consumption_usd",
                    row.imports_for_consumption_usd,
                ),
            ],
            problems,
        );
        check_rate(
            path,
            *line,
            "average_rate_as_published",
            row.average_rate_as_published,
            row.rate(),
            problems,
        );
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Parses the monthly duties: months 1–12 in order with none missing, a published rate equal to
/// duties ÷ imports, and months with data only before the first empty one (no gaps).
pub fn parse_duties_monthly(path: &Path, text: &str, problems: &mut Problems) -> Vec<DutiesMonth> {
    let rows: Vec<(usize, DutiesMonth)> = read_rows(path, text, DUTIES_MONTHLY_COLUMNS, problems);
    let mut previous: Option<(u16, u8)> = None;
    let mut first_empty: Option<usize> = None;
    for (line, row) in &rows {
        let line = *line;
        if !(1..=12).contains(&row.month) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("month {} must be 1–12", row.month),
            ));
        }
        let expected = match previous {
            None => None,
            Some((y, 12)) => Some((y + 1, 1)),
            Some((y, m)) => Some((y, m + 1)),
        };
        if expected.is_some_and(|e| e != (row.year, row.month)) {
            let (y, m) = expected.unwrap_or_default();
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "{}-{:02} is not the next month ({y}-{m:02}): months run one after another",
                    row.year, row.month
                ),
            ));
        }
        previous = Some((row.year, row.month));
        check_finite_non_negative(
            path,
            line,
            [
                ("calculated_duties_usd", row.calculated_duties_usd),
                (
                    "imports_for_consumption_usd",
                    row.imports_for_consumption_usd,
                ),
            ],
            problems,
        );
        check_rate(
            path,
            line,
            "rate_as_published",
            row.rate_as_published,
            row.rate(),
            problems,
        );
        let empty = row.calculated_duties_usd.is_none();
        match (empty, first_empty) {
            (true, None) => first_empty = Some(line),
            (false, Some(gap)) => problems.push(ContentProblem::new(
                path,
                line,
                format!("a month with data after the empty month on line {gap}"),
            )),
            _ => {}
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

fn check_rate(
    path: &Path,
    line: usize,
    column: &str,
    published: Option<f64>,
    computed: Option<f64>,
    problems: &mut Problems,
) {
    if let (Some(published), Some(computed)) = (published, computed) {
        // The source rounds to five decimals, or fewer when trailing digits are zero.
        if (published - computed).abs() > RATE_ROUNDING + 1e-12 {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("{column} {published} is not duties ÷ imports = {computed:.5}"),
            ));
        }
    }
}

/// Parses Japan's Treasury holdings: consecutive years, positive values, Japan within all foreign holders.
pub fn parse_treasury_holdings(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<TreasuryHoldingsYear> {
    let rows = parse_yearly(
        path,
        text,
        TREASURY_COLUMNS,
        Years::Consecutive,
        |r: &TreasuryHoldingsYear| r.year,
        problems,
    );
    check_positive(
        path,
        rows.iter()
            .map(|(l, r)| (*l, "japan_holdings_bn_usd", r.japan_holdings_bn_usd)),
        problems,
    );
    for (line, row) in &rows {
        if let (Some(japan), Some(all)) =
            (row.japan_holdings_bn_usd, row.all_foreign_holders_bn_usd)
        {
            if japan > all {
                problems.push(ContentProblem::new(
                    path,
                    *line,
                    format!("Japan's {japan} exceeds all foreign holders' {all}"),
                ));
            }
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Checks that each year's months add up to its annual row, duties and imports alike (both from the same
/// Census records), and that every month's year has an annual row. Problems point at the annual row, or at
/// the month's row in `monthly_path`.
pub fn check_months_sum_to_years(
    years: &[DutiesYear],
    months: &[DutiesMonth],
    annual_path: &Path,
    monthly_path: &Path,
    problems: &mut Problems,
) {
    for year in years {
        let in_year: Vec<&DutiesMonth> = months.iter().filter(|m| m.year == year.year).collect();
        let with_data = in_year
            .iter()
            .filter(|m| m.calculated_duties_usd.is_some())
            .count();
        let line = line_starting(annual_path, &format!("{},", year.year));
        if with_data != usize::from(year.months_with_data) {
            problems.push(ContentProblem::new(
                annual_path,
                line,
                format!(
                    "{}: months_with_data is {}, but the monthly file has {with_data} months with data",
                    year.year, year.months_with_data
                ),
            ));
        }
        for (column, annual, pick) in [
            (
                "calculated_duties_usd",
                year.calculated_duties_usd,
                (|m: &DutiesMonth| m.calculated_duties_usd) as fn(&DutiesMonth) -> Option<f64>,
            ),
            (
                "imports_for_consumption_usd",
                year.imports_for_consumption_usd,
                |m: &DutiesMonth| m.imports_for_consumption_usd,
            ),
        ] {
            let sum: f64 = in_year.iter().filter_map(|m| pick(m)).sum();
            if let Some(annual) = annual {
                if (annual - sum).abs() > 0.5 {
                    problems.push(ContentProblem::new(
                        annual_path,
                        line,
                        format!(
                            "{}: {column} {annual:.0} is not the sum of its months, {sum:.0}",
                            year.year
                        ),
                    ));
                }
            }
        }
    }
    for month in months {
        if !years.iter().any(|y| y.year == month.year) {
            problems.push(ContentProblem::new(
                monthly_path,
                line_starting(monthly_path, &format!("{},{},", month.year, month.month)),
                format!(
                    "{}-{:02} has no year in the annual file",
                    month.year, month.month
                ),
            ));
        }
    }
}
