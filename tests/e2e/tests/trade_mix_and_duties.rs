//! The charts of what is traded, of vehicles and of duties: for the latest year (or month) each one's
//! read-out, table row and CSV download hold the figures computed here from the CSVs, and each shows the
//! takeaway written for it, with the computed summary kept for screen readers.

use std::collections::HashMap;

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use serde_json::{json, Value};

type Row = HashMap<String, String>;

/// Every row of a data file as cells (read independently of the app, see `e2e_tests::csv_rows`).
fn rows(file: &str) -> Vec<Row> {
    e2e_tests::csv_rows(file)
}

fn num(row: &Row, column: &str) -> f64 {
    row[column].parse().unwrap()
}

/// Thousands separators and `decimals` decimals, as the table writes figures.
fn grouped(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text
        .split_once('.')
        .map_or((text.as_str(), ""), |(w, f)| (w, f));
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// What a figure looks like in the read-out, the table and the CSV.
struct Shown {
    readout: String,
    table: String,
    csv: String,
}

fn dollars(musd: f64) -> Shown {
    Shown {
        readout: format!("${:.1} bn", musd / 1000.0),
        table: grouped(musd, 1),
        csv: format!("{musd:.1}"),
    }
}

fn yen(million_yen: f64) -> Shown {
    Shown {
        readout: format!("¥{:.1} tn", million_yen / 1e6),
        table: grouped(million_yen, 1),
        csv: format!("{million_yen:.1}"),
    }
}

fn percent(value: f64) -> Shown {
    Shown {
        readout: format!("{value:.1}%"),
        table: grouped(value, 2),
        csv: format!("{value:.3}"),
    }
}

fn vehicles(count: f64) -> Shown {
    Shown {
        readout: format!("{:.2} million", count / 1e6),
        table: grouped(count, 0),
        csv: format!("{count:.0}"),
    }
}

/// Opens the article at the chart, waits for it to be drawn, moves the read-out to the last row with End
/// and checks the read-out, the table's last row and the CSV download's last line against `expected`.
fn check_latest_row(id: &str, label: &str, expected: &[Shown]) {
    let page = OpenArticle::open(Launch::default(), &format!("#{id}"));
    let chart = format!("#{id}");
    page.browser.wait_for(
        "the chart to be drawn",
        &format!(
            "const f = document.querySelector('{chart}');
             f.scrollIntoView({{ block: 'center', behavior: 'instant' }});
             const c = f.querySelector('canvas');
             return !!c && c.width > 10;"
        ),
    );
    let canvas = page.browser.find(&format!("{chart} canvas"));
    page.browser.send_keys(&canvas, "\u{E010}"); // End
    page.browser.wait_for(
        label,
        &format!(
            "return document.querySelector('{chart} .chart__readout strong')?.textContent === '{label}'"
        ),
    );
    let readout = page.browser.eval(
        "return [...document.querySelectorAll(arguments[0] + ' .chart__readout .chart__value b')].map(b => b.textContent)",
        vec![json!(chart)],
    );
    let want: Vec<&str> = expected.iter().map(|s| s.readout.as_str()).collect();
    assert_eq!(readout, json!(want), "{id} read-out");

    let table = page.browser.eval(
        "const r = [...document.querySelectorAll(arguments[0] + ' tbody tr')].find(r => r.cells[0].textContent === arguments[1]);
         return r ? [...r.cells].slice(1).map(c => c.textContent) : null;",
        vec![json!(chart), json!(label)],
    );
    let want: Vec<&str> = expected.iter().map(|s| s.table.as_str()).collect();
    assert_eq!(table, json!(want), "{id} table row {label}");

    let csv = page.browser.eval(
        "return decodeURIComponent(document.querySelector(arguments[0] + ' a[download]').href.split(',').slice(1).join(','))",
        vec![json!(chart)],
    );
    let last = csv
        .as_str()
        .unwrap()
        .lines()
        .rfind(|l| !l.starts_with('#'))
        .unwrap()
        .to_string();
    let want = std::iter::once(label.to_string())
        .chain(expected.iter().map(|s| s.csv.clone()))
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(last, want, "{id} CSV");

    // The takeaway written in content is visible; the computed summary describes the canvas.
    let caption: Value = page.browser.eval(
        "const f = document.querySelector(arguments[0]);
         const t = f.querySelector('.chart__takeaway');
         const s = document.getElementById(f.querySelector('canvas').getAttribute('aria-describedby').split(' ')[0]);
         return [t ? t.textContent : '', t ? t.getBoundingClientRect().height : 0, s.textContent, s.getBoundingClientRect().height];",
        vec![json!(chart)],
    );
    assert!(caption[0].as_str().unwrap().len() > 20, "{id}: no takeaway");
    assert!(
        caption[1].as_f64().unwrap() > 0.0,
        "{id}: the takeaway is hidden"
    );
    assert!(caption[2].as_str().unwrap().len() > 20, "{id}: no summary");
    assert!(
        caption[3].as_f64().unwrap() <= 1.0,
        "{id}: the summary is visible"
    );
}

#[test]
fn what_the_us_buys_from_japan_matches_japans_record() {
    let mof: Vec<Row> = rows("japan_mof_by_commodity.csv")
        .into_iter()
        .filter(|r| r["flow"] == "jp_exports_to_us")
        .collect();
    let last = mof.iter().map(|r| r["year"].clone()).max().unwrap();
    let group = |name: &str| {
        mof.iter()
            .find(|r| r["year"] == last && r["commodity"] == name)
            .map(|r| num(r, "value_thousand_jpy") / 1000.0)
            .unwrap()
    };
    let named = [
        "Transport Equipment",
        "Machinery",
        "Electrical Machinery",
        "Chemicals",
        "Manufactured Goods",
    ];
    let mut expected: Vec<Shown> = named.iter().map(|g| yen(group(g))).collect();
    let other = group("Grand Total") - named.iter().map(|g| group(g)).sum::<f64>();
    expected.push(yen(other));
    check_latest_row("imports-mix-chart", &last, &expected);
}

#[test]
fn what_the_us_sells_to_japan_matches_the_census_chapters() {
    let hs = rows("us_exports_by_hs2.csv");
    let last = hs.iter().map(|r| r["year"].clone()).max().unwrap();
    let sum = |keep: &dyn Fn(u32) -> bool| -> f64 {
        hs.iter()
            .filter(|r| r["year"] == last && keep(r["hs2"].parse().unwrap()))
            .map(|r| num(r, "value_usd"))
            .sum::<f64>()
            / 1e6
    };
    let parts: [&dyn Fn(u32) -> bool; 6] = [
        &|c| c <= 24,
        &|c| c == 27,
        &|c| c == 30,
        &|c| c == 84 || c == 85,
        &|c| c == 90,
        &|c| c == 88,
    ];
    let mut expected: Vec<Shown> = parts.iter().map(|p| dollars(sum(*p))).collect();
    expected.push(dollars(sum(&|c| {
        !(c <= 24 || matches!(c, 27 | 30 | 84 | 85 | 88 | 90))
    })));
    check_latest_row("exports-mix-chart", &last, &expected);
}

#[test]
fn passenger_vehicles_show_customs_value_and_units() {
    let data = rows("us_vehicle_imports.csv");
    let last = data.iter().map(|r| r["year"].clone()).max().unwrap();
    let pick = |source: &str, ends: &str| {
        data.iter()
            .find(|r| {
                r["year"] == last
                    && r["hs4"] == "8703"
                    && r["source"] == source
                    && r["measure"].ends_with(ends)
            })
            .unwrap()
    };
    let value = num(pick("dataweb-aftermaxq", "customs value"), "value_usd") / 1e6;
    let units = num(pick("comtrade-aftermaxq", "CIF value"), "quantity");
    check_latest_row("vehicles-chart", &last, &[dollars(value), vehicles(units)]);
}

#[test]
fn duties_by_year_show_the_census_duties_and_average_rate() {
    let annual = rows("us_duties_on_imports_from_japan.csv");
    let last = annual
        .iter()
        .rfind(|r| r["months_with_data"] == "12")
        .unwrap();
    let duties = num(last, "calculated_duties_usd");
    let rate = duties / num(last, "imports_for_consumption_usd") * 100.0;
    check_latest_row(
        "duties-chart",
        &last["year"],
        &[dollars(duties / 1e6), percent(rate)],
    );
}

#[test]
fn duties_by_month_run_to_the_latest_month_with_the_decisions_marked() {
    let monthly = rows("us_duties_on_imports_from_japan_monthly.csv");
    let last = monthly
        .iter()
        .rfind(|r| !r["calculated_duties_usd"].is_empty())
        .unwrap();
    let names = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month: usize = last["month"].parse().unwrap();
    let label = format!("{} {}", names[month - 1], last["year"]);
    let duties = num(last, "calculated_duties_usd");
    let rate = duties / num(last, "imports_for_consumption_usd") * 100.0;
    check_latest_row(
        "duties-monthly-chart",
        &label,
        &[dollars(duties / 1e6), percent(rate)],
    );

    // The Supreme Court's ruling (a marked event) is a marker linking to its timeline entry.
    let page = OpenArticle::open(Launch::default(), "#duties-monthly-chart");
    let ruling = rows("events.csv")
        .into_iter()
        .find(|e| e["chart_marker"] == "yes" && e["title"].contains("Supreme Court"))
        .unwrap();
    let label = page.browser.wait_for(
        "the ruling's marker",
        &format!(
            "document.querySelector('#duties-monthly-chart').scrollIntoView({{ block: 'center', behavior: 'instant' }});
             const a = [...document.querySelectorAll('#duties-monthly-chart .chart__marker a')]
               .find(a => a.getAttribute('href') === '#event-{}');
             return a ? a.getAttribute('aria-label') : null;",
            ruling["date"]
        ),
    );
    assert!(
        label.as_str().unwrap().contains(&ruling["title"]),
        "{label}"
    );
}

#[test]
fn a_widget_shows_the_takeaway_written_for_its_chart() {
    let page = OpenArticle::open_embed(Launch::default(), "?embed=duties-monthly");
    let shown = page.browser.eval(
        "const t = document.querySelector('#embed-root .chart__takeaway');
         return [t.textContent, t.getBoundingClientRect().height,
                 document.querySelector('#chart-takeaways [data-chart=\"duties-monthly\"]').textContent];",
        vec![],
    );
    assert!(shown[0].as_str().unwrap().len() > 20, "{shown}");
    assert!(
        shown[1].as_f64().unwrap() > 0.0,
        "the takeaway is hidden: {shown}"
    );
    assert_eq!(shown[0], shown[2]);
}
