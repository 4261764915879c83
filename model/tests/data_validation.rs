//! Every class of bad data in `content/data` is rejected with `file:line` and what is wrong;
//! good data is read exactly, with empty cells left empty.

use std::path::Path;

use trade_model::data::parse::{load_dataset, parse_events, parse_goods_trade};
use trade_model::problem::Problems;

const HEADER: &str = "year,us_exports_musd,us_imports_musd,balance_musd,source_note\n";

fn goods_trade_problems(body: &str) -> Vec<String> {
    let mut problems = Problems::default();
    parse_goods_trade(
        Path::new("content/data/goods_trade.csv"),
        &format!("{HEADER}{body}"),
        &mut problems,
    );
    problems.0.iter().map(|p| p.to_string()).collect()
}

fn assert_one_problem(problems: &[String], location: &str, words: &str) {
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    assert!(
        problems[0].starts_with(location),
        "{:?} should start with {location:?}",
        problems[0]
    );
    assert!(
        problems[0].contains(words),
        "{:?} should mention {words:?}",
        problems[0]
    );
}

#[test]
fn a_good_table_has_no_problems_and_keeps_every_digit() {
    let mut problems = Problems::default();
    let rows = parse_goods_trade(
        Path::new("goods_trade.csv"),
        &format!("{HEADER}1985,22630.9,68782.9,-46152.0,a\n1986,26881.6,81911.0,-55029.4,b\n"),
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems}");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1].us_exports_musd, Some(26881.6));
    assert_eq!(rows[1].balance_musd, Some(-55029.4));
}

#[test]
fn an_empty_cell_stays_empty_instead_of_becoming_zero() {
    let mut problems = Problems::default();
    let rows = parse_goods_trade(
        Path::new("goods_trade.csv"),
        &format!("{HEADER}2000,,146479.4,,note\n2001,57451.5,126473.1,-69021.6,note\n"),
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems}");
    assert_eq!(rows[0].us_exports_musd, None);
    assert_eq!(rows[0].balance_musd, None);
    assert_eq!(rows[0].us_imports_musd, Some(146479.4));
}

#[test]
fn a_balance_that_is_not_exports_minus_imports_is_rejected() {
    let problems =
        goods_trade_problems("1985,22630.9,68782.9,-46152.0,a\n1986,26881.6,81911.0,-55000.0,b\n");
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:3:",
        "balance_musd -55000",
    );
}

#[test]
fn a_balance_within_a_tenth_of_a_million_is_accepted_as_rounding() {
    assert!(goods_trade_problems("1985,10.0,20.0,-10.1,a\n").is_empty());
    assert_eq!(goods_trade_problems("1985,10.0,20.0,-10.2,a\n").len(), 1);
}

#[test]
fn a_non_number_names_its_column_and_value() {
    let problems = goods_trade_problems("1985,22630.9,lots,-46152.0,a\n");
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:2:",
        "us_imports_musd: `lots` is not a number",
    );
}

#[test]
fn a_year_that_is_not_a_whole_number_is_rejected() {
    let problems = goods_trade_problems("19x5,1.0,2.0,-1.0,a\n");
    assert_one_problem(&problems, "content/data/goods_trade.csv:2:", "column year");
}

#[test]
fn a_duplicate_year_is_rejected_with_both_lines() {
    let problems =
        goods_trade_problems("1985,1.0,2.0,-1.0,a\n1986,1.0,2.0,-1.0,b\n1986,1.0,2.0,-1.0,c\n");
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:4:",
        "year 1986 repeats line 3",
    );
}

#[test]
fn a_missing_year_is_rejected() {
    let problems = goods_trade_problems("1985,1.0,2.0,-1.0,a\n1987,1.0,2.0,-1.0,b\n");
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:3:",
        "year 1986 is missing",
    );
}

#[test]
fn a_row_with_too_few_cells_is_rejected() {
    let problems = goods_trade_problems("1985,1.0,2.0\n");
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:2:",
        "malformed row",
    );
}

#[test]
fn wrong_columns_are_rejected_on_the_header_line() {
    let mut problems = Problems::default();
    parse_goods_trade(
        Path::new("content/data/goods_trade.csv"),
        "year,exports,imports,balance,note\n1985,1,2,-1,a\n",
        &mut problems,
    );
    let problems: Vec<String> = problems.0.iter().map(|p| p.to_string()).collect();
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:1:",
        "expected the columns",
    );
}

#[test]
fn a_negative_flow_is_rejected() {
    let problems = goods_trade_problems("1985,-1.0,2.0,-3.0,a\n");
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:2:",
        "us_exports_musd is negative",
    );
}

#[test]
fn events_need_valid_unique_dates_in_order() {
    let header = "date,title,description,source,verification\n";
    let mut problems = Problems::default();
    parse_events(
        Path::new("content/data/events.csv"),
        &format!(
            "{header}1990-13-01,A,d,s,verified\n1989-07,B,d,s,verified\n1989-07,C,d,s,verified\n"
        ),
        &mut problems,
    );
    let text = problems.report();
    assert!(
        text.contains("events.csv:2: date `1990-13-01` is not YYYY-MM-DD"),
        "{text}"
    );
    assert!(
        text.contains("events.csv:3: events must be in date order"),
        "{text}"
    );
    assert!(
        text.contains("events.csv:4: date 1989-07 already used on line 3"),
        "{text}"
    );
}

#[test]
fn the_shipped_dataset_is_valid_and_complete() {
    let dataset = load_dataset(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/data"))
        .expect("valid data");
    let years: Vec<u16> = dataset.goods_trade.iter().map(|r| r.year).collect();
    assert_eq!(years, (1985..=2025).collect::<Vec<u16>>());
    assert_eq!(dataset.events.len(), 26);
    // Read independently of the parser: the raw CSV line for 2024.
    let raw = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/data/goods_trade.csv"),
    )
    .unwrap();
    let line = raw.lines().find(|l| l.starts_with("2024,")).unwrap();
    let cells: Vec<&str> = line.split(',').collect();
    let row = dataset.goods_trade.iter().find(|r| r.year == 2024).unwrap();
    assert_eq!(row.us_exports_musd, Some(cells[1].parse().unwrap()));
    assert_eq!(row.us_imports_musd, Some(cells[2].parse().unwrap()));
}

#[test]
fn not_a_number_and_infinity_are_rejected() {
    let problems = goods_trade_problems("1985,NaN,2.0,,a\n");
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:2:",
        "us_exports_musd is not a finite number",
    );
    let problems = goods_trade_problems("1985,1.0,inf,,a\n");
    assert_one_problem(
        &problems,
        "content/data/goods_trade.csv:2:",
        "us_imports_musd is not a finite number",
    );
}
