//! Placeholders on Japan (or another partner) in US goods trade with the world (us_goods_trade_by_partner.csv).

use super::quantity::{billions_usd, percent};
use super::{figure, Args, Figure};
use crate::data::parse::PARTNER_CODES;
use crate::data::{Dataset, PartnerTradeYear};

const FILE: &str = "us_goods_trade_by_partner.csv";
const TAKES: &str = "PARTNER:exports|imports|trade:YEAR";

pub(super) fn resolve(args: &Args, dataset: &Dataset) -> Option<Result<Figure, String>> {
    if !matches!(args.name, "share" | "partner-trade") {
        return None;
    }
    Some((|| {
        args.exactly(3, TAKES)?;
        let code = args.part(0, TAKES)?.to_ascii_uppercase();
        let flow = args.part(1, TAKES)?;
        let year = args.year(2, TAKES)?;
        let pick: fn(&PartnerTradeYear) -> Option<f64> = match flow {
            "exports" => |r| r.us_exports_musd,
            "imports" => |r| r.us_imports_musd,
            "trade" => |r| Some(r.us_exports_musd? + r.us_imports_musd?),
            _ => return Err(args.takes(TAKES)),
        };
        let row = |code: &str| {
            dataset
                .partner_trade
                .iter()
                .find(|r| r.year == year && r.partner_code == code)
                .ok_or_else(|| args.missing(&format!("{FILE} {code} {year}")))
        };
        let partner = row(&code)?;
        if code == "WORLD" {
            let partners: Vec<String> = PARTNER_CODES
                .iter()
                .filter(|c| **c != "WORLD")
                .map(|c| c.to_ascii_lowercase())
                .collect();
            return Err(format!(
                "`{{{}}}`: name a partner ({}), not the world",
                args.whole,
                partners.join(", ")
            ));
        }
        if !partner.is_full_year() {
            return Err(format!(
                "`{{{}}}`: {year} covers {} months only; shares and totals need a full year",
                args.whole, partner.months
            ));
        }
        let value = pick(partner).ok_or_else(|| args.missing(&format!("{FILE} {code} {year}")))?;
        let rows = format!("{code} {year}");
        if args.name == "partner-trade" {
            return figure(billions_usd(value), FILE, rows);
        }
        let world = row("WORLD")?;
        if !world.is_full_year() {
            return Err(format!(
                "`{{{}}}`: the world total for {year} covers {} months only",
                args.whole, world.months
            ));
        }
        let total = pick(world).ok_or_else(|| args.missing(&format!("{FILE} WORLD {year}")))?;
        figure(
            percent(value / total * 100.0),
            FILE,
            format!("{code} and WORLD {year}"),
        )
    })())
}
