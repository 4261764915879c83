//! Reading the tables on what is traded and with whom: partners, MOF commodities, HS chapters, USITC
//! sectors, vehicles and semiconductors. Every problem is reported as `file:line: what is wrong`.

use std::collections::HashMap;
use std::path::Path;

use super::parse::read_rows;
use super::{
    Dataset, HsChapterExport, MofCommodityYear, PartnerTradeYear, SemiconductorYear,
    UsitcSectorExport, VehicleImportYear, CHIP_SOURCES, COMTRADE_VEHICLES, COMTRADE_VEHICLES_CHECK,
    DATAWEB_VEHICLES, MOF_EXPORTS, MOF_IMPORTS,
};
use crate::problem::{ContentProblem, Problems};

pub const PARTNER_COLUMNS: &[&str] = &[
    "year",
    "partner_code",
    "partner",
    "us_exports_musd",
    "us_imports_musd",
    "us_balance_musd",
    "months",
];
pub const MOF_COLUMNS: &[&str] = &[
    "year",
    "flow",
    "commodity",
    "level",
    "value_thousand_jpy",
    "part_year_2017",
];
pub const HS_COLUMNS: &[&str] = &["year", "hs2", "description", "value_usd"];
pub const USITC_COLUMNS: &[&str] = &["year", "usitc_sector", "value_musd"];
pub const VEHICLE_COLUMNS: &[&str] = &[
    "year",
    "hs4",
    "product",
    "measure",
    "value_usd",
    "quantity",
    "quantity_unit",
    "source",
];
pub const SEMICONDUCTOR_COLUMNS: &[&str] = &[
    "year",
    "hs_code",
    "product",
    "direction",
    "measure",
    "value_usd",
    "quantity",
    "quantity_unit",
    "source",
];

/// The partners the code knows, with the world total first.
pub const PARTNER_CODES: &[&str] = &["WORLD", "JPN", "CAN", "CHN", "DEU", "KOR", "MEX"];
/// The levels of Japan's commodity tables, from the grand total down.
pub const MOF_LEVELS: &[&str] = &["total", "group", "item", "sub-item"];
/// How far a sum may differ from a published total through rounding in the source, per table's unit.
const USITC_ROUNDING_MUSD: f64 = 2.0;

/// A published total (with its line) and the sum of the parts that should make it up.
struct TotalCheck {
    total: Option<(usize, f64)>,
    parts: f64,
    /// Where the block starts, for a problem when the total itself is missing.
    first_line: usize,
}

impl TotalCheck {
    fn at(first_line: usize) -> Self {
        TotalCheck {
            total: None,
            parts: 0.0,
            first_line,
        }
    }
}

/// Parses `us_goods_trade_by_partner.csv`: known partners, each partner's years in order, months 1–12,
/// balance = exports − imports within $0.1 million.
pub fn parse_partner_trade(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<PartnerTradeYear> {
    let rows: Vec<(usize, PartnerTradeYear)> = read_rows(path, text, PARTNER_COLUMNS, problems);
    let mut last_year: HashMap<String, u16> = HashMap::new();
    for (line, row) in &rows {
        let line = *line;
        if !PARTNER_CODES.contains(&&*row.partner_code) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "partner_code `{}` is not one the article knows ({})",
                    row.partner_code,
                    PARTNER_CODES.join(", ")
                ),
            ));
        }
        if !(1..=12).contains(&row.months) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("months {} must be 1–12", row.months),
            ));
        }
        if let Some(previous) = last_year.insert(row.partner_code.to_string(), row.year) {
            if row.year != previous + 1 {
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!(
                        "{} {} does not follow {previous}: each partner needs consecutive years",
                        row.partner_code, row.year
                    ),
                ));
            }
        }
        check_finite_non_negative(
            path,
            line,
            [
                ("us_exports_musd", row.us_exports_musd),
                ("us_imports_musd", row.us_imports_musd),
            ],
            problems,
        );
        if let (Some(e), Some(i), Some(b)) = (
            row.us_exports_musd,
            row.us_imports_musd,
            row.us_balance_musd,
        ) {
            if (b - (e - i)).abs() > 0.1 + 1e-9 {
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!(
                        "us_balance_musd {b} is not exports − imports = {:.1}",
                        e - i
                    ),
                ));
            }
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Parses `japan_mof_by_commodity.csv`: known flows and levels, one grand total per year and flow, and
/// the groups summing exactly to it.
pub fn parse_mof_commodities(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<MofCommodityYear> {
    let rows: Vec<(usize, MofCommodityYear)> = read_rows(path, text, MOF_COLUMNS, problems);
    let mut totals: HashMap<(u16, String), TotalCheck> = HashMap::new();
    let mut seen: HashMap<(u16, String, String), usize> = HashMap::new();
    for (line, row) in &rows {
        let line = *line;
        if !matches!(&*row.flow, MOF_EXPORTS | MOF_IMPORTS) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "flow `{}` is not `{MOF_EXPORTS}` or `{MOF_IMPORTS}`",
                    row.flow
                ),
            ));
            continue;
        }
        if !MOF_LEVELS.contains(&&*row.level) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "level `{}` is not one of {}",
                    row.level,
                    MOF_LEVELS.join(", ")
                ),
            ));
            continue;
        }
        if !matches!(&*row.part_year_2017, "" | "yes") {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "part_year_2017 `{}` must be `yes` or empty",
                    row.part_year_2017
                ),
            ));
        }
        if row.slug().is_empty() {
            problems.push(ContentProblem::new(path, line, "commodity is empty"));
        }
        let key = (row.year, row.flow.to_string(), row.slug());
        if let Some(first) = seen.insert(key, line) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "{} {} {} repeats line {first}",
                    row.year, row.flow, row.commodity
                ),
            ));
        }
        check_finite_non_negative(
            path,
            line,
            [("value_thousand_jpy", row.value_thousand_jpy)],
            problems,
        );
        let entry = totals
            .entry((row.year, row.flow.to_string()))
            .or_insert_with(|| TotalCheck::at(line));
        match &*row.level {
            "total" => entry.total = row.value_thousand_jpy.map(|v| (line, v)),
            "group" => entry.parts += row.value_thousand_jpy.unwrap_or(0.0),
            _ => {}
        }
    }
    let mut keys: Vec<_> = totals.keys().cloned().collect();
    keys.sort();
    for key in keys {
        let TotalCheck {
            total,
            parts: groups,
            first_line,
        } = &totals[&key];
        match total {
            None => problems.push(ContentProblem::new(
                path,
                *first_line,
                format!("{} {} has no Grand Total row (level `total`)", key.0, key.1),
            )),
            Some((line, total)) if (total - groups).abs() > 0.5 => {
                problems.push(ContentProblem::new(
                    path,
                    *line,
                    format!(
                        "the groups of {} {} sum to {groups:.0}, not the Grand Total {total:.0} (thousand yen)",
                        key.0, key.1
                    ),
                ))
            }
            Some(_) => {}
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Parses `us_exports_by_hs2.csv`: chapters `01`–`99` as two digits, each once per year, years in order.
pub fn parse_hs_exports(path: &Path, text: &str, problems: &mut Problems) -> Vec<HsChapterExport> {
    let rows: Vec<(usize, HsChapterExport)> = read_rows(path, text, HS_COLUMNS, problems);
    let mut seen: HashMap<(u16, String), usize> = HashMap::new();
    let mut previous_year = 0;
    for (line, row) in &rows {
        let line = *line;
        let two_digits = row.hs2.len() == 2 && row.hs2.chars().all(|c| c.is_ascii_digit());
        if !two_digits || row.chapter() == 0 {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("hs2 `{}` is not a chapter 01–99", row.hs2),
            ));
        }
        if row.year < previous_year {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("year {} comes after {previous_year}", row.year),
            ));
        }
        previous_year = row.year;
        if let Some(first) = seen.insert((row.year, row.hs2.to_string()), line) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("{} chapter {} repeats line {first}", row.year, row.hs2),
            ));
        }
        check_finite_non_negative(path, line, [("value_usd", row.value_usd)], problems);
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Parses `us_exports_by_usitc_sector.csv`: one `Total` per year, which its sectors match within rounding.
pub fn parse_usitc_exports(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<UsitcSectorExport> {
    let rows: Vec<(usize, UsitcSectorExport)> = read_rows(path, text, USITC_COLUMNS, problems);
    let mut sums: HashMap<u16, TotalCheck> = HashMap::new();
    for (line, row) in &rows {
        check_finite_non_negative(path, *line, [("value_musd", row.value_musd)], problems);
        if row.usitc_sector.trim().is_empty() {
            problems.push(ContentProblem::new(path, *line, "usitc_sector is empty"));
        }
        let entry = sums
            .entry(row.year)
            .or_insert_with(|| TotalCheck::at(*line));
        if row.usitc_sector == "Total" {
            entry.total = row.value_musd.map(|v| (*line, v));
        } else {
            entry.parts += row.value_musd.unwrap_or(0.0);
        }
    }
    let mut years: Vec<_> = sums.keys().copied().collect();
    years.sort_unstable();
    for year in years {
        let TotalCheck {
            total,
            parts: sectors,
            first_line,
        } = sums[&year];
        match total {
            None => problems.push(ContentProblem::new(
                path,
                first_line,
                format!("{year} has no Total row"),
            )),
            Some((line, total)) if (total - sectors).abs() > USITC_ROUNDING_MUSD + 1e-9 => problems
                .push(ContentProblem::new(
                    path,
                    line,
                    format!("the sectors of {year} sum to {sectors:.0}, not the Total {total:.0}"),
                )),
            Some(_) => {}
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Parses `us_vehicle_imports.csv`: headings 8703 and 8704, the three known sources.
pub fn parse_vehicle_imports(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<VehicleImportYear> {
    let rows: Vec<(usize, VehicleImportYear)> = read_rows(path, text, VEHICLE_COLUMNS, problems);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, row) in &rows {
        let key = format!("{} {} {} {}", row.year, row.hs4, row.source, row.measure);
        if let Some(first) = seen.insert(key, *line) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!("repeats line {first}: one value per year, heading, source and measure"),
            ));
        }
        if !matches!(&*row.hs4, "8703" | "8704") {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!("hs4 `{}` is not 8703 or 8704", row.hs4),
            ));
        }
        if !matches!(
            &*row.source,
            COMTRADE_VEHICLES | DATAWEB_VEHICLES | COMTRADE_VEHICLES_CHECK
        ) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!("source `{}` is not one SOURCES.md describes", row.source),
            ));
        }
        check_finite_non_negative(
            path,
            *line,
            [("value_usd", row.value_usd), ("quantity", row.quantity)],
            problems,
        );
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Parses `semiconductor_trade.csv`: HS 8541, 8542 and the IC lines, two known directions.
pub fn parse_semiconductors(
    path: &Path,
    text: &str,
    problems: &mut Problems,
) -> Vec<SemiconductorYear> {
    let rows: Vec<(usize, SemiconductorYear)> =
        read_rows(path, text, SEMICONDUCTOR_COLUMNS, problems);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, row) in &rows {
        let key = format!(
            "{} {} {} {} {}",
            row.year, row.hs_code, row.direction, row.source, row.measure
        );
        if let Some(first) = seen.insert(key, *line) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!(
                    "repeats line {first}: one value per year, line, direction, source and measure"
                ),
            ));
        }
        if !CHIP_SOURCES.contains(&&*row.source) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!("source `{}` is not one SOURCES.md describes", row.source),
            ));
        }
        if !matches!(
            &*row.hs_code,
            "8541" | "8542" | "854231" | "854232" | "854239"
        ) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!(
                    "hs_code `{}` is not a semiconductor line the article knows",
                    row.hs_code
                ),
            ));
        }
        if !matches!(
            &*row.direction,
            "us_imports_from_japan" | "us_exports_to_japan"
        ) {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!(
                    "direction `{}` is not us_imports_from_japan or us_exports_to_japan",
                    row.direction
                ),
            ));
        }
        check_finite_non_negative(path, *line, [("value_usd", row.value_usd)], problems);
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// A value must be a finite, non-negative number where present.
pub(crate) fn check_finite_non_negative<const N: usize>(
    path: &Path,
    line: usize,
    values: [(&str, Option<f64>); N],
    problems: &mut Problems,
) {
    for (column, value) in values {
        if value.is_some_and(|v| !v.is_finite() || v < 0.0) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("{column} must be a finite, non-negative number"),
            ));
        }
    }
}

/// Checks that tables which repeat another file's figures agree with it: Japan's row in the partner file
/// with goods_trade.csv, and the MOF grand totals with japan_reported.csv.
pub fn check_across_files(dataset: &Dataset, data_dir: &Path, problems: &mut Problems) {
    let partner_path = data_dir.join("us_goods_trade_by_partner.csv");
    for row in dataset
        .partner_trade
        .iter()
        .filter(|r| r.partner_code == "JPN" && r.is_full_year())
    {
        let Some(goods) = dataset.goods_trade.iter().find(|g| g.year == row.year) else {
            continue;
        };
        for (column, partner, census) in [
            (
                "us_exports_musd",
                row.us_exports_musd,
                goods.us_exports_musd,
            ),
            (
                "us_imports_musd",
                row.us_imports_musd,
                goods.us_imports_musd,
            ),
        ] {
            if let (Some(a), Some(b)) = (partner, census) {
                if (a - b).abs() > 0.1 + 1e-9 {
                    problems.push(ContentProblem::new(
                        &partner_path,
                        line_starting(&partner_path, &format!("{},JPN,", row.year)),
                        format!(
                            "JPN {} {column} {a} differs from goods_trade.csv ({b}) by more than 0.1",
                            row.year
                        ),
                    ));
                }
            }
        }
    }
    super::parse_duties::check_months_sum_to_years(
        &dataset.duties,
        &dataset.duties_monthly,
        &data_dir.join("us_duties_on_imports_from_japan.csv"),
        &data_dir.join("us_duties_on_imports_from_japan_monthly.csv"),
        problems,
    );
    let mof_path = data_dir.join("japan_mof_by_commodity.csv");
    for row in dataset
        .mof_commodities
        .iter()
        .filter(|r| r.level == "total")
    {
        let Some(japan) = dataset.japan_reported.iter().find(|j| j.year == row.year) else {
            continue;
        };
        let published = if row.flow == MOF_EXPORTS {
            japan.jp_exports_to_us_thousand_jpy
        } else {
            japan.jp_imports_from_us_thousand_jpy
        };
        if let (Some(a), Some(b)) = (row.value_thousand_jpy, published) {
            if (a - b).abs() > 0.5 {
                problems.push(ContentProblem::new(
                    &mof_path,
                    line_starting(&mof_path, &format!("{},{},Grand Total,", row.year, row.flow)),
                    format!(
                        "{} {} Grand Total {a:.0} differs from japan_reported.csv ({b:.0}, thousand yen)",
                        row.year, row.flow
                    ),
                ));
            }
        }
    }
}

/// The 1-based line of `path` that starts with `prefix`, or 0 (the whole file) when none does. For checks
/// across files, made after each file's rows have been read; the files start their rows with unquoted keys.
pub(crate) fn line_starting(path: &Path, prefix: &str) -> usize {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| text.lines().position(|l| l.starts_with(prefix)))
        .map_or(0, |i| i + 1)
}
