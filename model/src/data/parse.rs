//! Reading `content/data/*.csv` into typed rows, with every problem reported as `file:line: what is wrong`.

use std::collections::HashMap;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::{Dataset, Event, GoodsTradeYear};
use crate::problem::{ContentProblem, Problems};

/// How far a published balance may differ from exports minus imports (rounding in the source), in $ millions.
pub const BALANCE_TOLERANCE_MUSD: f64 = 0.1;

pub const GOODS_TRADE_COLUMNS: &[&str] = &[
    "year",
    "us_exports_musd",
    "us_imports_musd",
    "balance_musd",
    "source_note",
];
pub const EVENT_COLUMNS: &[&str] = &["date", "title", "description", "source", "verification"];

/// Reads and checks every data file the article uses from `data_dir`.
pub fn load_dataset(data_dir: &Path) -> Result<Dataset, Problems> {
    let mut problems = Problems::default();
    let goods_trade = read_file(&data_dir.join("goods_trade.csv"), &mut problems)
        .map(|(path, text)| parse_goods_trade(&path, &text, &mut problems))
        .unwrap_or_default();
    let events = read_file(&data_dir.join("events.csv"), &mut problems)
        .map(|(path, text)| parse_events(&path, &text, &mut problems))
        .unwrap_or_default();
    problems.into_result(Dataset {
        goods_trade: goods_trade.into(),
        events: events.into(),
    })
}

fn read_file(path: &Path, problems: &mut Problems) -> Option<(std::path::PathBuf, String)> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some((path.to_path_buf(), text)),
        Err(e) => {
            problems.push(ContentProblem::new(path, 0, format!("cannot be read: {e}")));
            None
        }
    }
}

/// Parses `goods_trade.csv`: one row per consecutive year, balance = exports − imports within the tolerance.
pub fn parse_goods_trade(path: &Path, text: &str, problems: &mut Problems) -> Vec<GoodsTradeYear> {
    let rows: Vec<(usize, GoodsTradeYear)> = read_rows(path, text, GOODS_TRADE_COLUMNS, problems);
    check_consecutive_years(path, rows.iter().map(|(line, r)| (*line, r.year)), problems);
    for (line, row) in &rows {
        for (column, value) in [
            ("us_exports_musd", row.us_exports_musd),
            ("us_imports_musd", row.us_imports_musd),
        ] {
            if value.is_some_and(|v| v < 0.0) {
                problems.push(ContentProblem::new(
                    path,
                    *line,
                    format!("{column} is negative"),
                ));
            }
        }
        if let (Some(exports), Some(imports), Some(balance)) =
            (row.us_exports_musd, row.us_imports_musd, row.balance_musd)
        {
            let expected = exports - imports;
            let difference = (balance - expected).abs();
            if difference > BALANCE_TOLERANCE_MUSD + 1e-9 {
                problems.push(ContentProblem::new(
                    path,
                    *line,
                    format!(
                        "balance_musd {balance} is not us_exports_musd − us_imports_musd = {expected:.1} \
                         (differs by {difference:.1}; at most {BALANCE_TOLERANCE_MUSD} allowed)"
                    ),
                ));
            }
        }
    }
    rows.into_iter().map(|(_, row)| row).collect()
}

/// Parses `events.csv`: dates `YYYY-MM-DD` or `YYYY-MM`, in order, each date once, titles present.
pub fn parse_events(path: &Path, text: &str, problems: &mut Problems) -> Vec<Event> {
    let rows: Vec<(usize, Event)> = read_rows(path, text, EVENT_COLUMNS, problems);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut previous: Option<&str> = None;
    for (line, event) in &rows {
        if !is_event_date(&event.date) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!("date `{}` is not YYYY-MM-DD or YYYY-MM", event.date),
            ));
        }
        if event.title.trim().is_empty() {
            problems.push(ContentProblem::new(path, *line, "title is empty"));
        }
        if let Some(first) = seen.insert(event.date.to_string(), *line) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!(
                    "date {} already used on line {first}; each event needs its own date",
                    event.date
                ),
            ));
        }
        if previous.is_some_and(|p| p > &*event.date) {
            problems.push(ContentProblem::new(
                path,
                *line,
                "events must be in date order",
            ));
        }
        previous = Some(&event.date);
    }
    rows.into_iter().map(|(_, event)| event).collect()
}

fn is_event_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize, max: u32| {
        s.len() == len
            && s.chars().all(|c| c.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| n >= 1 && n <= max)
    };
    match parts.as_slice() {
        [y, m] => number(y, 4, 9999) && number(m, 2, 12),
        [y, m, d] => number(y, 4, 9999) && number(m, 2, 12) && number(d, 2, 31),
        _ => false,
    }
}

/// Reads typed rows, checking the header first; each row comes with its 1-based line.
fn read_rows<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    columns: &[&str],
    problems: &mut Problems,
) -> Vec<(usize, T)> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            problems.push(ContentProblem::new(
                path,
                1,
                format!("header cannot be read: {e}"),
            ));
            return Vec::new();
        }
    };
    let found: Vec<&str> = headers.iter().collect();
    if found != columns {
        problems.push(ContentProblem::new(
            path,
            1,
            format!(
                "expected the columns `{}` but found `{}`",
                columns.join(","),
                found.join(",")
            ),
        ));
        return Vec::new();
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!("malformed row: {e}"),
                ));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        match record.deserialize::<T>(Some(&headers)) {
            Ok(row) => rows.push((line, row)),
            Err(e) => problems.push(ContentProblem::new(
                path,
                line,
                describe_cell_error(&e, &record, columns),
            )),
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(ContentProblem::new(path, 0, "has no rows"));
    }
    rows
}

fn describe_cell_error(error: &csv::Error, record: &csv::StringRecord, columns: &[&str]) -> String {
    if let csv::ErrorKind::Deserialize { err, .. } = error.kind() {
        if let Some(field) = err.field().map(|f| f as usize) {
            let column = columns.get(field).copied().unwrap_or("?");
            let value = record.get(field).unwrap_or("");
            let expected = match err.kind() {
                csv::DeserializeErrorKind::ParseFloat(_) => "is not a number",
                csv::DeserializeErrorKind::ParseInt(_) => "is not a whole number in range",
                _ => "cannot be read",
            };
            return format!("column {column}: `{value}` {expected}");
        }
        return format!("row cannot be read: {err}");
    }
    format!("row cannot be read: {error}")
}

/// Years must run one after another with none missing and none repeated.
fn check_consecutive_years(
    path: &Path,
    years: impl Iterator<Item = (usize, u16)>,
    problems: &mut Problems,
) {
    let mut seen: HashMap<u16, usize> = HashMap::new();
    let mut previous: Option<(usize, u16)> = None;
    for (line, year) in years {
        if let Some(first) = seen.get(&year) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("year {year} repeats line {first}"),
            ));
            continue;
        }
        seen.insert(year, line);
        if let Some((previous_line, previous_year)) = previous {
            if year < previous_year {
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!("year {year} comes after {previous_year}"),
                ));
            } else if year > previous_year + 1 {
                let missing = if year == previous_year + 2 {
                    format!("year {} is missing", previous_year + 1)
                } else {
                    format!("years {}–{} are missing", previous_year + 1, year - 1)
                };
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!("{missing} (between line {previous_line} and this line)"),
                ));
            }
        }
        previous = Some((line, year));
    }
}
