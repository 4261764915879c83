//! Every placeholder written in content/ resolves, and equals the figure computed here directly from the
//! CSV text (independently of the app's parser and resolver).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use trade_model::content::figures::resolve;
use trade_model::data::parse::load_dataset;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// One CSV line's cells, honouring double quotes (written here, independently of the app's CSV reader).
fn cells(line: &str) -> Vec<String> {
    let (mut out, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    out.push(cell);
    out
}

/// `file → rows`, each row a map from column to cell.
fn table(file: &str) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(content().join("data").join(file)).unwrap();
    let mut lines = text.lines();
    let header = cells(lines.next().unwrap());
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| header.iter().cloned().zip(cells(l)).collect())
        .collect()
}

fn num(row: &HashMap<String, String>, column: &str) -> f64 {
    row[column]
        .parse()
        .unwrap_or_else(|_| panic!("{column} `{}` is not a number", row[column]))
}

fn pct(value: f64) -> String {
    format!("{value:.1}%")
}

fn signed(value: f64) -> String {
    let text = format!("{:.1}%", value.abs());
    if value < 0.0 && text != "0.0%" {
        format!("−{text}")
    } else {
        format!("+{text}")
    }
}

/// Thousands grouped with commas.
fn group(whole: u64) -> String {
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Dollars in millions as a reader reads them: `$214 million` or `$2.3 bn`.
fn amount(musd: f64) -> String {
    if musd.round() < 1000.0 {
        format!("${} million", group(musd.round() as u64))
    } else {
        money(musd)
    }
}

/// Thousand yen as `¥6.9 tn` or `¥247 bn`.
fn yen(thousand: f64) -> String {
    let billions = thousand / 1e6;
    if billions.round() >= 1000.0 {
        format!("¥{:.1} tn", billions / 1000.0)
    } else {
        format!("¥{} bn", group(billions.round() as u64))
    }
}

fn slug(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// CPI-U of a year, and of the latest year (the base of real dollars).
fn cpi(year: &str) -> f64 {
    cell("cpi_u.csv", "year", year, "cpi_u")
}

fn cpi_base() -> (String, f64) {
    let rows = table("cpi_u.csv");
    let last = rows.last().unwrap();
    (last["year"].clone(), num(last, "cpi_u"))
}

fn real(musd: f64, year: &str) -> f64 {
    musd * cpi_base().1 / cpi(year)
}

/// A goods series in a year: exports, imports, total-trade or deficit, nominal.
fn goods_series(series: &str, year: &str) -> f64 {
    match series {
        "exports" => goods(year, "us_exports_musd"),
        "imports" => goods(year, "us_imports_musd"),
        "total-trade" => goods(year, "us_exports_musd") + goods(year, "us_imports_musd"),
        "deficit" => -goods(year, "balance_musd"),
        other => panic!("series {other}"),
    }
}

/// The sum of MOF commodities (slugs joined by `+`) for a flow and year, in thousand yen.
fn mof(flow: &str, commodities: &str, year: &str) -> f64 {
    let flow = if flow == "exports" {
        "jp_exports_to_us"
    } else {
        "jp_imports_from_us"
    };
    let rows = table("japan_mof_by_commodity.csv");
    commodities
        .split('+')
        .map(|c| {
            let row = rows
                .iter()
                .find(|r| r["year"] == year && r["flow"] == flow && slug(&r["commodity"]) == c)
                .unwrap_or_else(|| panic!("no {flow} {c} {year}"));
            num(row, "value_thousand_jpy")
        })
        .sum()
}

/// US exports by HS chapters (`27`, `02+10`, `01-24`) in a year, in dollars, and all chapters' sum.
fn hs(chapters: &str, year: &str) -> (f64, f64) {
    let wanted: Vec<u32> = chapters
        .split('+')
        .flat_map(|part| match part.split_once('-') {
            Some((a, b)) => (a.parse().unwrap()..=b.parse().unwrap()).collect::<Vec<u32>>(),
            None => vec![part.parse().unwrap()],
        })
        .collect();
    let rows: Vec<_> = table("us_exports_by_hs2.csv")
        .into_iter()
        .filter(|r| r["year"] == year)
        .collect();
    let total = rows.iter().map(|r| num(r, "value_usd")).sum();
    let value = rows
        .iter()
        .filter(|r| wanted.contains(&r["hs2"].parse().unwrap()))
        .map(|r| num(r, "value_usd"))
        .sum();
    (value, total)
}

fn partner(code: &str, flow: &str, year: &str) -> f64 {
    let rows = table("us_goods_trade_by_partner.csv");
    let row = rows
        .iter()
        .find(|r| r["year"] == year && r["partner_code"] == code)
        .unwrap();
    assert_eq!(row["months"], "12", "{code} {year} is a partial year");
    match flow {
        "exports" => num(row, "us_exports_musd"),
        "imports" => num(row, "us_imports_musd"),
        _ => num(row, "us_exports_musd") + num(row, "us_imports_musd"),
    }
}

fn duties_row(year: &str) -> HashMap<String, String> {
    table("us_duties_on_imports_from_japan.csv")
        .into_iter()
        .find(|r| r["year"] == year)
        .unwrap()
}

fn treasuries(year: &str) -> (f64, f64) {
    let rows = table("japan_holdings_of_us_treasuries.csv");
    let row = rows.iter().find(|r| r["year"] == year).unwrap();
    (
        num(row, "japan_holdings_bn_usd"),
        num(row, "all_foreign_holders_bn_usd"),
    )
}

fn vehicles(year: &str, source: &str, measure_ends: &str, column: &str) -> f64 {
    let rows = table("us_vehicle_imports.csv");
    let row = rows
        .iter()
        .find(|r| {
            r["year"] == year
                && r["hs4"] == "8703"
                && r["source"] == source
                && r["measure"].ends_with(measure_ends)
        })
        .unwrap();
    num(row, column)
}

fn chips(year: &str, direction: &str, codes: &[&str], source: &str) -> f64 {
    let rows = table("semiconductor_trade.csv");
    codes
        .iter()
        .map(|code| {
            let row = rows
                .iter()
                .find(|r| {
                    r["year"] == year
                        && r["hs_code"] == *code
                        && r["direction"] == direction
                        && r["source"] == source
                        && r["measure"].ends_with("CIF value")
                            == (direction == "us_imports_from_japan")
                })
                .unwrap();
            num(row, "value_usd")
        })
        .sum()
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
    let text = format!("{:.1}", b.abs());
    let (whole, tenths) = text.split_once('.').unwrap();
    let grouped = format!("{}.{tenths}", group(whole.parse().unwrap()));
    if b < 0.0 {
        format!("−${grouped} bn")
    } else {
        format!("${grouped} bn")
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
                money(-goods(year, "balance_musd"))
            } else {
                year.clone()
            }
        }
        "real-deepest-deficit" | "real-deepest-deficit-year" => {
            let deficit = |y: &String| real(-goods(y, "balance_musd"), y);
            let year = years
                .iter()
                .max_by(|a, b| deficit(a).total_cmp(&deficit(b)))
                .unwrap();
            if name == "real-deepest-deficit" {
                money(deficit(year))
            } else {
                year.clone()
            }
        }
        "deficit" | "total-trade" => money(goods_series(name, arg)),
        "real-exports" | "real-imports" | "real-deficit" | "real-total-trade" => {
            money(real(goods_series(&name["real-".len()..], arg), arg))
        }
        "real-base-year" => cpi_base().0,
        "change" | "real-change" => {
            let (series, range) = arg.split_once(':').unwrap();
            let (from, to) = range.split_once("..").unwrap();
            let value = |y: &str| {
                let v = goods_series(series, y);
                if name == "real-change" {
                    real(v, y)
                } else {
                    v
                }
            };
            signed((value(to) - value(from)) / value(from) * 100.0)
        }
        "real-peak" | "real-peak-year" => {
            let column = if arg == "exports" {
                "us_exports_musd"
            } else {
                "us_imports_musd"
            };
            let value = |y: &String| real(goods(y, column), y);
            let year = years
                .iter()
                .max_by(|a, b| value(a).total_cmp(&value(b)))
                .unwrap();
            if name == "real-peak" {
                money(value(year))
            } else {
                year.clone()
            }
        }
        "share" => {
            let parts: Vec<&str> = arg.split(':').collect();
            let code = parts[0].to_ascii_uppercase();
            pct(partner(&code, parts[1], parts[2]) / partner("WORLD", parts[1], parts[2]) * 100.0)
        }
        "partner-trade" => {
            let parts: Vec<&str> = arg.split(':').collect();
            money(partner(&parts[0].to_ascii_uppercase(), parts[1], parts[2]))
        }
        "peak" | "peak-year" => {
            let column = if arg == "exports" {
                "us_exports_musd"
            } else {
                "us_imports_musd"
            };
            let year = years
                .iter()
                .max_by(|a, b| goods(a, column).total_cmp(&goods(b, column)))
                .unwrap();
            if name == "peak" {
                money(goods(year, column))
            } else {
                year.clone()
            }
        }
        "jp-imports" => money(
            cell(
                "japan_reported.csv",
                "year",
                arg,
                "jp_imports_from_us_thousand_jpy",
            ) / 1000.0
                / rate(arg),
        ),
        "jp-imports-yen" => format!(
            "¥{:.1} tn",
            cell(
                "japan_reported.csv",
                "year",
                arg,
                "jp_imports_from_us_thousand_jpy"
            ) / 1e9
        ),
        "usitc" | "usitc-share" => {
            let (sector, year) = arg.split_once(':').unwrap();
            let rows = table("us_exports_by_usitc_sector.csv");
            let value = |s: &str| {
                num(
                    rows.iter()
                        .find(|r| r["year"] == year && slug(&r["usitc_sector"]) == s)
                        .unwrap(),
                    "value_musd",
                )
            };
            if name == "usitc" {
                money(value(sector))
            } else {
                pct(value(sector) / value("total") * 100.0)
            }
        }
        "jp-exports-yen" | "jp-surplus-yen" => {
            let exports = cell(
                "japan_reported.csv",
                "year",
                arg,
                "jp_exports_to_us_thousand_jpy",
            );
            let imports = cell(
                "japan_reported.csv",
                "year",
                arg,
                "jp_imports_from_us_thousand_jpy",
            );
            let value = if name == "jp-exports-yen" {
                exports
            } else {
                exports - imports
            };
            format!("¥{:.1} tn", value / 1e9)
        }
        "mof" | "mof-share" | "mof-change" => {
            let parts: Vec<&str> = arg.split(':').collect();
            match name {
                "mof" => yen(mof(parts[0], parts[1], parts[2])),
                "mof-share" => pct(mof(parts[0], parts[1], parts[2])
                    / mof(parts[0], "grand-total", parts[2])
                    * 100.0),
                _ => {
                    let (from, to) = parts[2].split_once("..").unwrap();
                    let (a, b) = (mof(parts[0], parts[1], from), mof(parts[0], parts[1], to));
                    signed((b - a) / a * 100.0)
                }
            }
        }
        "hs" | "hs-share" => {
            let (chapters, year) = arg.split_once(':').unwrap();
            let (value, total) = hs(chapters, year);
            if name == "hs" {
                amount(value / 1e6)
            } else {
                pct(value / total * 100.0)
            }
        }
        "car-imports" => {
            money(vehicles(arg, "dataweb-aftermaxq", "customs value", "value_usd") / 1e6)
        }
        "car-share" => pct(
            vehicles(arg, "dataweb-aftermaxq", "customs value", "value_usd")
                / 1e6
                / goods(arg, "us_imports_musd")
                * 100.0,
        ),
        "car-units" => {
            let units = vehicles(arg, "comtrade-aftermaxq", "CIF value", "quantity");
            format!("{:.2} million", units / 1e6)
        }
        "chip-imports" => amount(
            chips(
                arg,
                "us_imports_from_japan",
                &["8541", "8542"],
                "comtrade-aftermaxq",
            ) / 1e6,
        ),
        "ic-exports" => amount(
            chips(
                arg,
                "us_exports_to_japan",
                &["854231", "854232", "854239"],
                "dataweb-star1sakura-exports",
            ) / 1e6,
        ),
        "duties" | "duties-to-date" => amount(num(&duties_row(arg), "calculated_duties_usd") / 1e6),
        "duty-rate" | "duty-rate-to-date" => {
            let row = duties_row(arg);
            pct(
                num(&row, "calculated_duties_usd") / num(&row, "imports_for_consumption_usd")
                    * 100.0,
            )
        }
        "duty-months" => {
            let months = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let n: usize = duties_row(arg)["months_with_data"].parse().unwrap();
            format!("January–{}", months[n - 1])
        }
        "duties-month" | "duty-rate-month" => {
            let (year, month) = arg.split_once('-').unwrap();
            let month: u32 = month.parse().unwrap();
            let rows = table("us_duties_on_imports_from_japan_monthly.csv");
            let row = rows
                .iter()
                .find(|r| r["year"] == year && r["month"] == month.to_string())
                .unwrap();
            let duties = num(row, "calculated_duties_usd");
            if name == "duties-month" {
                amount(duties / 1e6)
            } else {
                pct(duties / num(row, "imports_for_consumption_usd") * 100.0)
            }
        }
        "treasuries" => {
            let billions = treasuries(arg).0;
            let whole = billions.trunc() as u64;
            format!(
                "${}.{} bn",
                group(whole),
                ((billions - billions.trunc()) * 10.0).round() as u64
            )
        }
        "treasuries-share" => {
            let (japan, all) = treasuries(arg);
            pct(japan / all * 100.0)
        }
        "treasuries-peak" | "treasuries-peak-year" => {
            let rows = table("japan_holdings_of_us_treasuries.csv");
            let row = rows
                .iter()
                .max_by(|a, b| {
                    num(a, "japan_holdings_bn_usd").total_cmp(&num(b, "japan_holdings_bn_usd"))
                })
                .unwrap();
            if name == "treasuries-peak-year" {
                row["year"].clone()
            } else {
                let billions = num(row, "japan_holdings_bn_usd");
                format!(
                    "${}.{} bn",
                    group(billions.trunc() as u64),
                    ((billions - billions.trunc()) * 10.0).round() as u64
                )
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
            figure.value.text(trade_model::Lang::En),
            expected(&placeholder),
            "{}: {{{placeholder}}}",
            path.display()
        );
    }
}

/// Placeholders the content may not use today, each against the figure computed from the CSV text.
#[test]
fn every_kind_of_placeholder_equals_the_figure_computed_from_the_csv() {
    let dataset = load_dataset(&content().join("data")).unwrap();
    let last_goods = table("goods_trade.csv").last().unwrap()["year"].clone();
    let first_partner = table("us_goods_trade_by_partner.csv")[0]["year"].clone();
    let mof_years: Vec<String> = table("japan_mof_by_commodity.csv")
        .iter()
        .map(|r| r["year"].clone())
        .collect();
    let (mof_first, mof_last) = (
        mof_years.iter().min().unwrap().clone(),
        mof_years.iter().max().unwrap().clone(),
    );
    let hs_last = table("us_exports_by_hs2.csv").last().unwrap()["year"].clone();
    let usitc_last = table("us_exports_by_usitc_sector.csv").last().unwrap()["year"].clone();
    let placeholders = [
        "peak:imports".to_string(),
        "peak-year:exports".to_string(),
        format!("deficit:{last_goods}"),
        format!("total-trade:{last_goods}"),
        format!("real-total-trade:{first_partner}"),
        format!("change:total-trade:{first_partner}..{last_goods}"),
        format!("real-change:exports:{first_partner}..{last_goods}"),
        format!("share:jpn:exports:{first_partner}"),
        format!("share:kor:trade:{last_goods}"),
        format!("partner-trade:chn:imports:{last_goods}"),
        format!("jp-imports:{mof_last}"),
        format!("jp-imports-yen:{mof_first}"),
        format!("mof:imports:lng:{mof_last}"),
        format!("mof-share:exports:motor-vehicles+parts-of-motor-vehicles:{mof_last}"),
        format!("mof-change:imports:foodstuff:{mof_first}..{mof_last}"),
        format!("hs:84-85:{hs_last}"),
        format!("hs-share:02+10+12:{hs_last}"),
        format!("usitc:agricultural-products:{usitc_last}"),
        format!("usitc-share:machinery:{usitc_last}"),
    ];
    for placeholder in placeholders {
        let figure = resolve(&placeholder, &dataset).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            figure.value.text(trade_model::Lang::En),
            expected(&placeholder),
            "{{{placeholder}}}"
        );
    }
}

/// Partial years and the 2017 break are refused, so the prose never passes them off as full years.
#[test]
fn partial_years_and_bad_arguments_are_refused_with_a_reason() {
    let dataset = load_dataset(&content().join("data")).unwrap();
    let partial = table("us_duties_on_imports_from_japan.csv")
        .into_iter()
        .find(|r| r["months_with_data"] != "12");
    if let Some(row) = partial {
        let year = &row["year"];
        let error = resolve(&format!("duties:{year}"), &dataset).unwrap_err();
        assert!(
            error.contains("months only") && error.contains("duties-to-date"),
            "{error}"
        );
        assert!(resolve(&format!("duties-to-date:{year}"), &dataset).is_ok());
    }
    let full = &table("us_duties_on_imports_from_japan.csv")[0]["year"];
    assert!(resolve(&format!("duties-to-date:{full}"), &dataset)
        .unwrap_err()
        .contains("full year"));
    let partial_partner = table("us_goods_trade_by_partner.csv")
        .into_iter()
        .find(|r| r["months"] != "12" && r["partner_code"] == "JPN");
    if let Some(row) = partial_partner {
        let error = resolve(&format!("share:jpn:trade:{}", row["year"]), &dataset).unwrap_err();
        assert!(error.contains("months only"), "{error}");
    }
    let split = table("japan_mof_by_commodity.csv")
        .into_iter()
        .find(|r| r["part_year_2017"] == "yes")
        .unwrap();
    let flow = if split["flow"] == "jp_exports_to_us" {
        "exports"
    } else {
        "imports"
    };
    let error = resolve(
        &format!("mof:{flow}:{}:2017", slug(&split["commodity"])),
        &dataset,
    )
    .unwrap_err();
    assert!(error.contains("part of 2017"), "{error}");
    let error = resolve("mof:exports:machinery+motor-vehicles:2020", &dataset).unwrap_err();
    assert!(error.contains("one level only"), "{error}");
    for bad in [
        "share:jpn:trade",
        "share:world:trade:2020",
        "hs:00:2020",
        "change:balance:2000..2010",
        "duties-month:2025-13",
    ] {
        assert!(resolve(bad, &dataset).is_err(), "{bad}");
    }
}
