//! Every placeholder written in content/ resolves, and equals the figure computed here directly from the
//! CSV text (independently of the app's parser and resolver).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use trade_model::content::figures::resolve;
use trade_model::data::parse::load_dataset;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// `file → rows`, each row a map from column to cell, read with a plain split (the files quote only text
/// columns after the figures used here).
fn table(file: &str) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(content().join("data").join(file)).unwrap();
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(l.split(',').map(str::to_string))
                .collect()
        })
        .collect()
}

fn cell(file: &str, key: &str, value: &str, column: &str) -> f64 {
    let rows = table(file);
    let row = rows
        .iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("{file}: no {key} {value}"));
    row[column]
        .parse()
        .unwrap_or_else(|_| panic!("{file} {value} {column} is empty"))
}

fn money(musd: f64) -> String {
    let b = (musd / 100.0).round() / 10.0;
    if b < 0.0 {
        format!("−${:.1} bn", -b)
    } else {
        format!("${b:.1} bn")
    }
}

fn goods(year: &str, column: &str) -> f64 {
    cell("goods_trade.csv", "year", year, column)
}

fn rate(year: &str) -> f64 {
    cell("usd_jpy.csv", "year", year, "jpy_per_usd")
}

/// The expected text of a placeholder, computed from the CSV text.
fn expected(placeholder: &str) -> String {
    let (name, arg) = placeholder.split_once(':').unwrap_or((placeholder, ""));
    let years: Vec<String> = table("goods_trade.csv")
        .iter()
        .map(|r| r["year"].clone())
        .collect();
    match name {
        "exports" => money(goods(arg, "us_exports_musd")),
        "imports" => money(goods(arg, "us_imports_musd")),
        "balance" => money(goods(arg, "balance_musd")),
        "coverage" => format!(
            "{:.1}%",
            goods(arg, "us_exports_musd") / goods(arg, "us_imports_musd") * 100.0
        ),
        "deficit-years" => {
            let deficits = years
                .iter()
                .filter(|y| goods(y, "balance_musd") < 0.0)
                .count();
            format!("{deficits} of {}", years.len())
        }
        "deepest-deficit" | "deepest-deficit-year" => {
            let year = years
                .iter()
                .min_by(|a, b| goods(a, "balance_musd").total_cmp(&goods(b, "balance_musd")))
                .unwrap();
            if name == "deepest-deficit" {
                money(goods(year, "balance_musd"))
            } else {
                year.clone()
            }
        }
        "rate" => format!("¥{:.2}", rate(arg)),
        "rate-change" => {
            let (from, to) = arg.split_once("..").unwrap();
            let change = (rate(to) - rate(from)) / rate(from) * 100.0;
            if change < 0.0 {
                format!("−{:.1}%", -change)
            } else {
                format!("+{change:.1}%")
            }
        }
        "strongest-yen" | "strongest-yen-year" => {
            let rows = table("usd_jpy.csv");
            let row = rows
                .iter()
                .min_by(|a, b| {
                    a["jpy_per_usd"]
                        .parse::<f64>()
                        .unwrap()
                        .total_cmp(&b["jpy_per_usd"].parse().unwrap())
                })
                .unwrap();
            if name == "strongest-yen" {
                format!("¥{:.2}", row["jpy_per_usd"].parse::<f64>().unwrap())
            } else {
                row["year"].clone()
            }
        }
        "vehicle-value" => money(cell("products_2024.csv", "code", arg, "value_musd")),
        "vehicle-share" => format!(
            "{:.1}%",
            cell("products_2024.csv", "code", arg, "value_musd")
                / cell("products_2024.csv", "code", "TOTAL", "value_musd")
                * 100.0
        ),
        "fdi-japan" => money(cell(
            "fdi.csv",
            "year",
            arg,
            "japan_fdi_position_in_us_musd",
        )),
        "fdi-us" => money(cell(
            "fdi.csv",
            "year",
            arg,
            "us_fdi_position_in_japan_musd",
        )),
        "services-exports" => money(cell("services_trade.csv", "year", arg, "us_exports_musd")),
        "services-imports" => money(cell("services_trade.csv", "year", arg, "us_imports_musd")),
        "jp-exports" => money(
            cell(
                "japan_reported.csv",
                "year",
                arg,
                "jp_exports_to_us_thousand_jpy",
            ) / 1000.0
                / rate(arg),
        ),
        other => panic!("the test knows no placeholder `{other}`"),
    }
}

/// Every `{…}` in the Markdown files.
fn placeholders_in_content() -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    for folder in ["article", "controversies"] {
        for entry in std::fs::read_dir(content().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let mut rest = text.as_str();
            while let Some(open) = rest.find('{') {
                let close = rest[open..].find('}').expect("closed placeholder") + open;
                found.push((path.clone(), rest[open + 1..close].to_string()));
                rest = &rest[close + 1..];
            }
        }
    }
    found
}

#[test]
fn every_placeholder_in_content_equals_the_figure_computed_from_the_csv() {
    let dataset = load_dataset(&content().join("data")).unwrap();
    let placeholders = placeholders_in_content();
    assert!(
        placeholders.len() >= 30,
        "only {} placeholders found",
        placeholders.len()
    );
    for (path, placeholder) in placeholders {
        let figure =
            resolve(&placeholder, &dataset).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(
            figure.text,
            expected(&placeholder),
            "{}: {{{placeholder}}}",
            path.display()
        );
    }
}
