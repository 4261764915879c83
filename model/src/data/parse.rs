//! Reading `content/data/*.csv` into typed rows, with every problem reported as `file:line: what is wrong`.

use std::collections::HashMap;
use std::path::Path;

use serde::de::DeserializeOwned;

pub use super::parse_detail::*;
pub use super::parse_duties::*;
use super::{
    ConsumerPricesYear, Dataset, Event, ExchangeRateYear, GoodsTradeYear, InvestmentPositionYear,
    JapanReportedYear, ProductFlow, ServicesTradeYear,
};
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
pub const EVENT_COLUMNS: &[&str] = &[
    "date",
    "title",
    "description",
    "source",
    "verification",
    "chart_marker",
    "annotate_on",
    "annotation",
];
pub const EXCHANGE_RATE_COLUMNS: &[&str] = &["year", "jpy_per_usd", "method"];
pub const CONSUMER_PRICES_COLUMNS: &[&str] = &[
    "year",
    "cpi_u",
    "cpi_u_mean_3dp",
    "months_averaged",
    "source",
];
pub const JAPAN_REPORTED_COLUMNS: &[&str] = &[
    "year",
    "jp_exports_to_us_bn_jpy",
    "jp_imports_from_us_bn_jpy",
    "balance_bn_jpy",
    "jp_exports_to_us_thousand_jpy",
    "jp_imports_from_us_thousand_jpy",
    "status",
    "jp_exports_to_us_musd_derived",
    "jp_imports_from_us_musd_derived",
    "source",
];
pub const PRODUCT_COLUMNS: &[&str] = &[
    "direction",
    "category",
    "code",
    "value_musd",
    "quantity",
    "valuation",
    "source",
];
pub const INVESTMENT_COLUMNS: &[&str] = &[
    "year",
    "japan_fdi_position_in_us_musd",
    "us_fdi_position_in_japan_musd",
    "series_sourced",
    "source",
    "source_url",
    "note",
];
pub const SERVICES_COLUMNS: &[&str] = &[
    "year",
    "us_exports_musd",
    "us_imports_musd",
    "precision",
    "source_org",
    "source_document",
    "source_url",
    "note",
];

/// How the years of a table must run.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Years {
    /// One row per year, none missing.
    Consecutive,
    /// Sparse: only years that have a source, each once, in order.
    Ascending,
}

/// Reads and checks every data file the article uses from `data_dir`.
pub fn load_dataset(data_dir: &Path) -> Result<Dataset, Problems> {
    let mut problems = Problems::default();
    let p = &mut problems;
    let mut dataset = Dataset {
        goods_trade: table(data_dir, "goods_trade.csv", p, parse_goods_trade).into(),
        events: table(data_dir, "events.csv", p, parse_events).into(),
        exchange_rates: table(data_dir, "usd_jpy.csv", p, parse_exchange_rates).into(),
        consumer_prices: table(data_dir, "cpi_u.csv", p, parse_consumer_prices).into(),
        japan_reported: table(data_dir, "japan_reported.csv", p, parse_japan_reported).into(),
        products_2024: table(data_dir, "products_2024.csv", p, parse_products).into(),
        investment_positions: table(data_dir, "fdi.csv", p, parse_investment_positions).into(),
        services_trade: table(data_dir, "services_trade.csv", p, parse_services_trade).into(),
        partner_trade: table(
            data_dir,
            "us_goods_trade_by_partner.csv",
            p,
            parse_partner_trade,
        )
        .into(),
        mof_commodities: table(
            data_dir,
            "japan_mof_by_commodity.csv",
            p,
            parse_mof_commodities,
        )
        .into(),
        hs_exports: table(data_dir, "us_exports_by_hs2.csv", p, parse_hs_exports).into(),
        usitc_exports: table(
            data_dir,
            "us_exports_by_usitc_sector.csv",
            p,
            parse_usitc_exports,
        )
        .into(),
        vehicle_imports: table(data_dir, "us_vehicle_imports.csv", p, parse_vehicle_imports).into(),
        semiconductors: table(data_dir, "semiconductor_trade.csv", p, parse_semiconductors).into(),
        duties: table(
            data_dir,
            "us_duties_on_imports_from_japan.csv",
            p,
            parse_duties,
        )
        .into(),
        duties_monthly: table(
            data_dir,
            "us_duties_on_imports_from_japan_monthly.csv",
            p,
            parse_duties_monthly,
        )
        .into(),
        treasury_holdings: table(
            data_dir,
            "japan_holdings_of_us_treasuries.csv",
            p,
            parse_treasury_holdings,
        )
        .into(),
        imports_mix: Vec::new().into(),
        exports_mix: Vec::new().into(),
    };
    dataset.imports_mix = dataset.derive_imports_mix().into();
    dataset.exports_mix = dataset.derive_exports_mix().into();
    check_across_files(&dataset, data_dir, p);
    problems.into_result(dataset)
}

fn table<T>(
    data_dir: &Path,
    name: &str,
    problems: &mut Problems,
    parse: impl FnOnce(&Path, &str, &mut Problems) -> Vec<T>,
) -> Vec<T> {
    match read_file(&data_dir.join(name), problems) {
        Some((path, text)) => parse(&path, &text, problems),
        None => Vec::new(),
    }
}

/// Parses `products_2024.csv`.
pub fn parse_products(path: &Path, text: &str, problems: &mut Problems) -> Vec<ProductFlow> {
    read_rows(path, text, PRODUCT_COLUMNS, problems)
        .into_iter()
        .map(|(_, r)| r)
        .collect()
}

/// Parses `fdi.csv`: sparse years in order.
pub fn parse_investment_positions(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<InvestmentPositionYear> {
    parse_yearly(
        path,
        text,
        INVESTMENT_COLUMNS,
        Years::Ascending,
        |r: &InvestmentPositionYear| r.year,
        problems,
    )
    .into_iter()
    .map(|(_, r)| r)
    .collect()
}

/// Parses `services_trade.csv`: sparse years in order.
pub fn parse_services_trade(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<ServicesTradeYear> {
    parse_yearly(
        path,
        text,
        SERVICES_COLUMNS,
        Years::Ascending,
        |r: &ServicesTradeYear| r.year,
        problems,
    )
    .into_iter()
    .map(|(_, r)| r)
    .collect()
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
    let rows = parse_yearly(
        path,
        text,
        GOODS_TRADE_COLUMNS,
        Years::Consecutive,
        |r: &GoodsTradeYear| r.year,
        problems,
    );
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
        for (column, value) in [
            ("us_exports_musd", row.us_exports_musd),
            ("us_imports_musd", row.us_imports_musd),
            ("balance_musd", row.balance_musd),
        ] {
            if value.is_some_and(|v| !v.is_finite()) {
                problems.push(ContentProblem::new(
                    path,
                    *line,
                    format!("{column} is not a finite number"),
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

/// Parses `usd_jpy.csv`: one positive rate per consecutive year.
pub fn parse_exchange_rates(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<ExchangeRateYear> {
    let rows = parse_yearly(
        path,
        text,
        EXCHANGE_RATE_COLUMNS,
        Years::Consecutive,
        |r: &ExchangeRateYear| r.year,
        problems,
    );
    check_positive(
        path,
        rows.iter().map(|(l, r)| (*l, "jpy_per_usd", r.jpy_per_usd)),
        problems,
    );
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Parses `cpi_u.csv`: one positive index per consecutive year.
pub fn parse_consumer_prices(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<ConsumerPricesYear> {
    let rows = parse_yearly(
        path,
        text,
        CONSUMER_PRICES_COLUMNS,
        Years::Consecutive,
        |r: &ConsumerPricesYear| r.year,
        problems,
    );
    check_positive(
        path,
        rows.iter().map(|(l, r)| (*l, "cpi_u", r.cpi_u)),
        problems,
    );
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Parses `japan_reported.csv`: consecutive years; balance = exports − imports within 0.1 (¥ billions).
pub fn parse_japan_reported(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<JapanReportedYear> {
    let rows = parse_yearly(
        path,
        text,
        JAPAN_REPORTED_COLUMNS,
        Years::Consecutive,
        |r: &JapanReportedYear| r.year,
        problems,
    );
    for (line, row) in &rows {
        if let (Some(exports), Some(imports), Some(balance)) = (
            row.jp_exports_to_us_bn_jpy,
            row.jp_imports_from_us_bn_jpy,
            row.balance_bn_jpy,
        ) {
            let difference = (balance - (exports - imports)).abs();
            if difference > 0.1 + 1e-9 {
                problems.push(ContentProblem::new(
                    path,
                    *line,
                    format!(
                        "balance_bn_jpy {balance} is not exports − imports = {:.1}",
                        exports - imports
                    ),
                ));
            }
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

pub(crate) fn check_positive<'a>(
    path: &Path,
    values: impl Iterator<Item = (usize, &'a str, Option<f64>)>,
    problems: &mut Problems,
) {
    for (line, column, value) in values {
        if value.is_some_and(|v| !(v.is_finite() && v > 0.0)) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("{column} must be a positive number"),
            ));
        }
    }
}

/// Reads a table with a `year` column, checking that years run as `years` requires.
pub fn parse_yearly<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    columns: &[&str],
    years: Years,
    year_of: impl Fn(&T) -> u16,
    problems: &mut Problems,
) -> Vec<(usize, T)> {
    let rows: Vec<(usize, T)> = read_rows(path, text, columns, problems);
    let lines_and_years = rows.iter().map(|(line, r)| (*line, year_of(r)));
    match years {
        Years::Consecutive => check_consecutive_years(path, lines_and_years, problems),
        Years::Ascending => check_ascending_years(path, lines_and_years, problems),
    }
    rows
}

fn check_ascending_years(
    path: &Path,
    years: impl Iterator<Item = (usize, u16)>,
    problems: &mut Problems,
) {
    let mut previous: Option<(usize, u16)> = None;
    for (line, year) in years {
        if let Some((previous_line, previous_year)) = previous {
            if year == previous_year {
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!("year {year} repeats line {previous_line}"),
                ));
            } else if year < previous_year {
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!("year {year} comes after {previous_year}"),
                ));
            }
        }
        previous = Some((line, year));
    }
}

/// Parses `events.csv`: dates `YYYY-MM-DD` or `YYYY-MM` in order, titles present, sources that read as
/// references ([`super::citation`]), `chart_marker` `yes` or empty. Events sharing a date get anchors `event-DATE`, `event-DATE-2`, … in file order.
pub fn parse_events(path: &Path, text: &str, problems: &mut Problems) -> Vec<Event> {
    let mut rows: Vec<(usize, Event)> = read_rows(path, text, EVENT_COLUMNS, problems);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut previous: Option<String> = None;
    for (line, event) in &mut rows {
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
        // The timeline shows each source as short linked citations: it must read as references.
        if let Err(problem) = super::citation::references(&event.source) {
            problems.push(ContentProblem::new(path, *line, problem.to_string()));
        }
        if !matches!(&*event.chart_marker, "" | "yes") {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!(
                    "chart_marker `{}` must be `yes` or empty",
                    event.chart_marker
                ),
            ));
        }
        check_annotation(path, *line, event, problems);
        let count = seen.entry(event.date.to_string()).or_insert(0);
        *count += 1;
        event.anchor = if *count == 1 {
            format!("event-{}", event.date)
        } else {
            format!("event-{}-{count}", event.date)
        }
        .into();
        if previous.as_deref().is_some_and(|p| p > &*event.date) {
            problems.push(ContentProblem::new(
                path,
                *line,
                "events must be in date order",
            ));
        }
        previous = Some(event.date.to_string());
    }
    rows.into_iter().map(|(_, event)| event).collect()
}

/// The longest annotation written on a chart: a few words, so that it fits beside its rule on a phone.
pub const ANNOTATION_MAX_CHARS: usize = 22;

/// An annotation names charts that exist (every chart runs along time) and has a short label; a label
/// needs charts.
fn check_annotation(path: &Path, line: usize, event: &Event, problems: &mut Problems) {
    for key in event.annotate_on.split_whitespace() {
        if crate::charts::ChartId::from_key(key).is_none() {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("annotate_on `{key}` is not a chart key"),
            ));
        }
    }
    let label = event.annotation.trim();
    match (event.annotate_on.trim().is_empty(), label.is_empty()) {
        (false, true) => problems.push(ContentProblem::new(
            path,
            line,
            "annotate_on names charts but annotation (the label) is empty",
        )),
        (true, false) => problems.push(ContentProblem::new(
            path,
            line,
            "annotation is set but annotate_on names no chart",
        )),
        _ => {}
    }
    if label.chars().count() > ANNOTATION_MAX_CHARS {
        problems.push(ContentProblem::new(
            path,
            line,
            format!(
                "annotation `{label}` is longer than {ANNOTATION_MAX_CHARS} characters; the full title shows on hover"
            ),
        ));
    }
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
pub(crate) fn read_rows<T: DeserializeOwned>(
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
