//! Placeholders on what is traded: Japan's record by commodity (japan_mof_by_commodity.csv, yen), US exports
//! by HS chapter (us_exports_by_hs2.csv) and by USITC sector (us_exports_by_usitc_sector.csv).

use super::quantity::{billions_usd, percent, signed_percent, usd_amount, yen_amount};
use super::{change, figure, Args, Figure};
use crate::data::{commodity_slug, Dataset, MofCommodityYear, MOF_EXPORTS, MOF_IMPORTS};

const MOF_FILE: &str = "japan_mof_by_commodity.csv";
const HS_FILE: &str = "us_exports_by_hs2.csv";
const USITC_FILE: &str = "us_exports_by_usitc_sector.csv";

pub(super) fn resolve(args: &Args, dataset: &Dataset) -> Option<Result<Figure, String>> {
    let result = match args.name {
        "mof" | "mof-share" | "mof-change" => mof(args, dataset),
        "hs" | "hs-share" => hs(args, dataset),
        "usitc" | "usitc-share" => usitc(args, dataset),
        _ => return None,
    };
    Some(result)
}

fn mof(args: &Args, dataset: &Dataset) -> Result<Figure, String> {
    let takes = if args.name == "mof-change" {
        "exports|imports:COMMODITY:FROM..TO"
    } else {
        "exports|imports:COMMODITY:YEAR"
    };
    args.exactly(3, takes)?;
    let flow = match args.part(0, takes)? {
        "exports" => MOF_EXPORTS,
        "imports" => MOF_IMPORTS,
        _ => return Err(args.takes(takes)),
    };
    let slugs: Vec<&str> = args.part(1, takes)?.split('+').collect();
    // The sum of the named commodities, all of one level, in one year.
    let value = |year: u16| -> Result<f64, String> {
        let mut level: Option<&str> = None;
        let mut sum = 0.0;
        for slug in &slugs {
            let row = find_mof(dataset, flow, slug, year)
                .ok_or_else(|| args.missing(&format!("{MOF_FILE} {flow} `{slug}` {year}")))?;
            if row.is_part_year() {
                return Err(format!(
                    "`{{{}}}`: {MOF_FILE} covers only part of {year} for `{slug}` (the 2017 break)",
                    args.whole
                ));
            }
            if level.is_some_and(|l| l != &*row.level) {
                return Err(format!(
                    "`{{{}}}`: `+` joins commodities of one level only (`{slug}` is a {})",
                    args.whole, row.level
                ));
            }
            level = Some(&row.level);
            sum += row
                .value_thousand_jpy
                .ok_or_else(|| args.missing(&format!("{MOF_FILE} `{slug}` {year}")))?;
        }
        Ok(sum)
    };
    let label = |year: String| format!("{flow}, {}, {year}", slugs.join(" + "));
    match args.name {
        "mof-change" => {
            let (from, to) = args.range(2, takes)?;
            figure(
                signed_percent(change(value(from)?, value(to)?)),
                MOF_FILE,
                label(format!("{from}–{to}")),
            )
        }
        name => {
            let year = args.year(2, takes)?;
            let v = value(year)?;
            if name == "mof" {
                return figure(yen_amount(v), MOF_FILE, label(year.to_string()));
            }
            let total = dataset
                .mof_commodities
                .iter()
                .find(|r| r.flow == flow && r.year == year && r.level == "total")
                .and_then(|r| r.value_thousand_jpy)
                .ok_or_else(|| args.missing(&format!("{MOF_FILE} {flow} Grand Total {year}")))?;
            figure(
                percent(v / total * 100.0),
                MOF_FILE,
                label(year.to_string()),
            )
        }
    }
}

/// The row of a commodity (by slug) in one flow and year.
pub(crate) fn find_mof<'a>(
    dataset: &'a Dataset,
    flow: &str,
    slug: &str,
    year: u16,
) -> Option<&'a MofCommodityYear> {
    dataset
        .mof_commodities
        .iter()
        .find(|r| r.year == year && r.flow == flow && r.slug() == slug)
}

/// Chapters named as `27`, `02+10+12` or a range `01-24`.
fn chapters(list: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for part in list.split('+') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (a.parse::<u8>().ok()?, b.parse::<u8>().ok()?);
                if a == 0 || a > b || b > 99 {
                    return None;
                }
                out.extend(a..=b);
            }
            None => {
                let n = part.parse::<u8>().ok().filter(|n| (1..=99).contains(n))?;
                out.push(n);
            }
        }
    }
    Some(out)
}

fn hs(args: &Args, dataset: &Dataset) -> Result<Figure, String> {
    let takes = "CHAPTERS:YEAR";
    args.exactly(2, takes)?;
    let list = args.part(0, takes)?;
    let wanted = chapters(list).ok_or_else(|| args.takes(takes))?;
    let year = args.year(1, takes)?;
    let in_year: Vec<_> = dataset
        .hs_exports
        .iter()
        .filter(|r| r.year == year)
        .collect();
    if in_year.is_empty() {
        return Err(args.missing(&format!("{HS_FILE} {year}")));
    }
    for chapter in &wanted {
        if !in_year.iter().any(|r| r.chapter() == *chapter) {
            return Err(args.missing(&format!("{HS_FILE} chapter {chapter:02} {year}")));
        }
    }
    let sum = |keep: &dyn Fn(u8) -> bool| -> f64 {
        in_year
            .iter()
            .filter(|r| keep(r.chapter()))
            .filter_map(|r| r.value_usd)
            .sum()
    };
    let value = sum(&|c| wanted.contains(&c));
    let rows = format!("HS {list}, {year}");
    if args.name == "hs" {
        return figure(usd_amount(value / 1e6), HS_FILE, rows);
    }
    let total = sum(&|_| true);
    figure(percent(value / total * 100.0), HS_FILE, rows)
}

fn usitc(args: &Args, dataset: &Dataset) -> Result<Figure, String> {
    let takes = "SECTOR:YEAR";
    args.exactly(2, takes)?;
    let sector = args.part(0, takes)?;
    let year = args.year(1, takes)?;
    let find = |slug: &str| {
        dataset
            .usitc_exports
            .iter()
            .find(|r| r.year == year && commodity_slug(&r.usitc_sector) == slug)
            .and_then(|r| r.value_musd)
            .ok_or_else(|| args.missing(&format!("{USITC_FILE} `{slug}` {year}")))
    };
    let value = find(sector)?;
    let rows = format!("{sector}, {year}");
    if args.name == "usitc" {
        return figure(billions_usd(value), USITC_FILE, rows);
    }
    figure(percent(value / find("total")? * 100.0), USITC_FILE, rows)
}
