//! End-to-end test support: serve the release `dist/` on 127.0.0.1 and drive a browser over WebDriver —
//! Chromium, Firefox or WebKitGTK, as `E2E_ENGINE` says (`engine`). Every browser and server stops when its handle is dropped, even if a test panics.

pub mod browser;
pub mod console_recorder;
pub mod engine;
pub mod fetched;
pub mod page;
pub mod site;
pub mod static_server;
pub mod transfer;

use std::path::PathBuf;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root exists")
}

/// The release build to test; `cargo xtask test` builds it first.
pub fn dist_dir() -> PathBuf {
    let dist = std::env::var_os("DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build the release first (`cargo xtask test` does)",
        dist.display()
    );
    dist
}

/// A CSV figure in $ millions as the table writes it: thousands separators, one decimal, true minus sign.
/// Written here from the CSV text itself, independently of the app's formatter.
pub fn grouped_millions(cell: &str) -> String {
    let value: f64 = cell.parse().expect("a number");
    let text = format!("{:.1}", value.abs());
    let (whole, fraction) = text.split_once('.').unwrap();
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{}{grouped}.{fraction}", if value < 0.0 { "−" } else { "" })
}

/// Millions of dollars as a Japanese reader reads an amount between 100億 and 1兆 dollars: `1,482億ドル`
/// (written here, independently of the app's formats).
pub fn oku_dollars(cell: &str) -> String {
    let musd: f64 = cell.parse().expect("a number");
    let oku = (musd.abs() / 100.0).round() as u64;
    let digits = oku.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{}{grouped}億ドル", if musd < 0.0 { "−" } else { "" })
}

/// The rows of a CSV in content/data as cells, honouring quotes; written here, independently of the app's
/// parser, so tests take their expectations from the data rather than from the page.
pub fn csv_rows(file: &str) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(workspace_root().join("content/data").join(file))
        .unwrap_or_else(|e| panic!("content/data/{file}: {e}"));
    let split = |line: &str| {
        let (mut out, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => out.push(std::mem::take(&mut cell)),
                c => cell.push(c),
            }
        }
        out.push(cell);
        out
    };
    let mut lines = text.lines();
    let header = split(lines.next().expect("a header"));
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| header.iter().cloned().zip(split(l)).collect())
        .collect()
}

/// The first and last years of `goods_trade.csv`: the goods and yen charts' default range.
pub fn goods_years() -> (String, String) {
    let rows = csv_rows("goods_trade.csv");
    (
        rows.first().expect("goods years")["year"].clone(),
        rows.last().expect("goods years")["year"].clone(),
    )
}

/// The year whose dollars real values are in: the latest year of `cpi_u.csv` with a figure.
pub fn cpi_base_year() -> String {
    csv_rows("cpi_u.csv")
        .iter()
        .rev()
        .find(|r| !r["cpi_u"].is_empty())
        .expect("a CPI figure")["year"]
        .clone()
}

/// The first event marked on the charts' time axes (`chart_marker` = `yes`) within the goods chart's
/// years, as `(anchor, date, title)`; events sharing a date are anchored `event-DATE`, `event-DATE-2`, …
pub fn first_marked_event() -> (String, String, String) {
    let (first, last) = goods_years();
    let events = csv_rows("events.csv");
    let (index, event) = events
        .iter()
        .enumerate()
        .find(|(_, e)| {
            let year = &e["date"][..4];
            e["chart_marker"] == "yes" && first.as_str() <= year && year <= last.as_str()
        })
        .expect("a marked event in the goods chart's years");
    (
        event_anchor(&events, index),
        event["date"].clone(),
        event["title"].clone(),
    )
}

/// The timeline anchor of row `index` of events.csv: `event-DATE`, and for later events sharing that date
/// `event-DATE-2`, `event-DATE-3`, …
pub fn event_anchor(events: &[std::collections::HashMap<String, String>], index: usize) -> String {
    let date = &events[index]["date"];
    match events[..=index]
        .iter()
        .filter(|e| &e["date"] == date)
        .count()
    {
        1 => format!("event-{date}"),
        n => format!("event-{date}-{n}"),
    }
}

/// The value of front-matter field `key` (`id = "…"`, `title = "…"`) in every Markdown file under `dir`
/// (relative to the workspace), in file-name order, read here independently of the app; the lead (the
/// masthead, not a section) is left out.
pub fn front_matter_in(dir: &str, key: &str) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(workspace_root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let prefix = format!("{key} = ");
    files
        .iter()
        .filter_map(|file| {
            let text = std::fs::read_to_string(file).unwrap();
            if text.lines().any(|l| l == "id = \"lead\"") {
                return None;
            }
            let line = text.lines().find(|l| l.starts_with(&prefix))?;
            Some(line[prefix.len()..].trim_matches('"').to_string())
        })
        .collect()
}
