//! Placeholders on single product lines: passenger vehicles (us_vehicle_imports.csv), semiconductors
//! (semiconductor_trade.csv) and the 2024 vehicle table (products_2024.csv).

use super::quantity::{billions_usd, count, percent, usd_amount};
use super::{figure, Args, Figure};
use crate::data::{Dataset, COMTRADE_VEHICLES, DATAWEB_CHIP_EXPORTS};

const VEHICLES: &str = "us_vehicle_imports.csv";
const CHIPS: &str = "semiconductor_trade.csv";

pub(super) fn resolve(args: &Args, dataset: &Dataset) -> Option<Result<Figure, String>> {
    let result = match args.name {
        "car-imports" | "car-units" | "car-share" => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            let rows = dataset
                .vehicle_imports
                .iter()
                .filter(|r| r.year == year && r.hs4 == "8703");
            let missing = || args.missing(&format!("{VEHICLES} HS 8703 {year}"));
            match args.name {
                "car-units" => {
                    let units = rows
                        .filter(|r| r.is_comtrade_cif())
                        .find_map(|r| r.quantity)
                        .ok_or_else(missing)?;
                    figure(count(units), VEHICLES, format!("HS 8703 units, {year}"))
                }
                name => {
                    let usd = rows
                        .filter(|r| r.is_customs_value())
                        .find_map(|r| r.value_usd)
                        .ok_or_else(missing)?;
                    let musd = usd / 1e6;
                    if name == "car-imports" {
                        return figure(
                            billions_usd(musd),
                            VEHICLES,
                            format!("HS 8703 customs value, {year}"),
                        );
                    }
                    let total = dataset
                        .goods_trade
                        .iter()
                        .find(|r| r.year == year)
                        .and_then(|r| r.us_imports_musd)
                        .ok_or_else(|| args.missing(&format!("goods_trade.csv {year}")))?;
                    figure(
                        percent(musd / total * 100.0),
                        VEHICLES,
                        format!("HS 8703 customs value ÷ goods_trade.csv imports, {year}"),
                    )
                }
            }
        })(),
        "chip-imports" | "ic-exports" => (|| {
            args.exactly(1, "YEAR")?;
            let year = args.year(0, "YEAR")?;
            // Imports: UN Comtrade's CIF values by heading; exports: US-made ICs, DataWeb f.a.s.
            let imports = args.name == "chip-imports";
            let (direction, codes, source, basis): (&str, &[&str], &str, &str) = if imports {
                (
                    "us_imports_from_japan",
                    &["8541", "8542"],
                    COMTRADE_VEHICLES,
                    "CIF",
                )
            } else {
                (
                    "us_exports_to_japan",
                    &["854231", "854232", "854239"],
                    DATAWEB_CHIP_EXPORTS,
                    "f.a.s.",
                )
            };
            let mut sum = 0.0;
            for code in codes {
                sum += dataset
                    .semiconductors
                    .iter()
                    .find(|r| {
                        r.year == year
                            && r.hs_code == *code
                            && r.direction == direction
                            && r.source == source
                            && r.is_cif() == imports
                    })
                    .and_then(|r| r.value_usd)
                    .ok_or_else(|| args.missing(&format!("{CHIPS} {code} {year} ({source})")))?;
            }
            figure(
                usd_amount(sum / 1e6),
                CHIPS,
                format!("{} {year}, {basis}", codes.join("+")),
            )
        })(),
        "vehicle-value" | "vehicle-share" => (|| {
            args.exactly(1, "CODE")?;
            let code = args.part(0, "CODE")?;
            let imports = |code: &str| {
                dataset
                    .products_2024
                    .iter()
                    .find(|p| p.direction == "us_imports" && p.code == code)
                    .and_then(|p| p.value_musd)
            };
            let value = imports(code)
                .ok_or_else(|| args.missing(&format!("products_2024.csv code {code}")))?;
            let text = if args.name == "vehicle-value" {
                billions_usd(value)
            } else {
                let total =
                    imports("TOTAL").ok_or_else(|| args.missing("products_2024.csv TOTAL"))?;
                percent(value / total * 100.0)
            };
            figure(text, "products_2024.csv", format!("HS {code}, 2024"))
        })(),
        _ => return None,
    };
    Some(result)
}
