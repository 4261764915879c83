//! The charts' model, natively: what each chart shows for a reader's choices and unit conversion on the real
//! data. (The SVG snapshots are in `chart_snapshots.rs`; the address codec and host messages, property-tested,
//! in `addresses_and_messages.rs`.)

#![cfg(not(target_arch = "wasm32"))]

use japan_us_trade::chart::catalog::{chart_spec, ChartId};
use japan_us_trade::chart::palette::Theme;
use japan_us_trade::chart::svg::chart_svg;
use japan_us_trade::chart::units::Units;
use japan_us_trade::content::DATASET;
use japan_us_trade::state::ChartState;
use trade_model::data::{DUTIES_MONTHLY_FROM, IMPORTS_MIX_PARTS};
use trade_model::Lang;

mod csv_figures;
use csv_figures::{
    billions, csv_cell, csv_rows, csv_years, number, trillions_of_yen, with_separators,
};

/// A series' value in the row labelled `label`.
fn value_at(spec: &japan_us_trade::chart::spec::ChartSpec, key: &str, label: &str) -> Option<f64> {
    let row = spec.rows.iter().position(|r| r.label == label)?;
    spec.panels
        .iter()
        .flat_map(|p| p.series.iter())
        .find(|s| s.key == key)?
        .values[row]
}

/// What `chart` shows in its default view.
fn default_spec(chart: ChartId) -> japan_us_trade::chart::spec::ChartSpec {
    chart_spec(chart, &default_state(chart), &DATASET, Lang::En)
}

fn default_state(chart: ChartId) -> ChartState {
    ChartState::default_for(chart.year_bounds(&DATASET))
}

#[test]
fn the_goods_chart_shows_the_csv_figures_in_nominal_dollars() {
    let spec = default_spec(ChartId::GoodsTrade);
    let row = spec.rows.iter().position(|r| r.label == "2024").unwrap();
    let value = |key: &str| {
        spec.panels[0]
            .series
            .iter()
            .find(|s| s.key == key)
            .unwrap()
            .values[row]
    };
    assert_eq!(
        value("exports"),
        csv_cell("goods_trade.csv", "year", "2024", "us_exports_musd")
    );
    assert_eq!(
        value("imports"),
        csv_cell("goods_trade.csv", "year", "2024", "us_imports_musd")
    );
    assert_eq!(spec.rows.len(), csv_years("goods_trade.csv").len());
    assert_eq!(
        spec.readout(row).unwrap().1[0].1,
        billions(csv_cell("goods_trade.csv", "year", "2024", "us_exports_musd").unwrap())
    );
}

#[test]
fn real_dollars_are_nominal_times_base_cpi_over_the_year_cpi() {
    let bounds = ChartId::GoodsTrade.year_bounds(&DATASET);
    let state = default_state(ChartId::GoodsTrade).with_units(ChartId::GoodsTrade, Units::Real);
    let spec = chart_spec(ChartId::GoodsTrade, &state, &DATASET, Lang::En);
    // The base year is the latest year with a CPI figure.
    let base_year = csv_rows("cpi_u.csv")
        .iter()
        .rev()
        .find(|r| !r["cpi_u"].is_empty())
        .unwrap()["year"]
        .clone();
    let nominal = csv_cell("goods_trade.csv", "year", "1990", "us_imports_musd").unwrap();
    let cpi_1990 = csv_cell("cpi_u.csv", "year", "1990", "cpi_u").unwrap();
    let cpi_base = csv_cell("cpi_u.csv", "year", &base_year, "cpi_u").unwrap();
    let row = spec.rows.iter().position(|r| r.label == "1990").unwrap();
    let real = spec.panels[0].series[1].values[row].unwrap();
    assert!((real - nominal * cpi_base / cpi_1990).abs() < 1e-6);
    assert!(spec.panels[0]
        .axis_title
        .contains(&format!("{base_year} dollars")));
    let years = csv_years("goods_trade.csv");
    assert_eq!(bounds, Some((years[0], *years.last().unwrap())));
}

#[test]
fn yen_are_dollars_times_the_annual_average_rate() {
    let state = default_state(ChartId::GoodsTrade).with_units(ChartId::GoodsTrade, Units::Yen);
    let spec = chart_spec(ChartId::GoodsTrade, &state, &DATASET, Lang::En);
    let row = spec.rows.iter().position(|r| r.label == "2024").unwrap();
    let dollars = csv_cell("goods_trade.csv", "year", "2024", "us_imports_musd").unwrap();
    let rate = csv_cell("usd_jpy.csv", "year", "2024", "jpy_per_usd").unwrap();
    assert!((spec.panels[0].series[1].values[row].unwrap() - dollars * rate).abs() < 1e-6);
    assert_eq!(
        spec.readout(row).unwrap().1[1].1,
        trillions_of_yen(dollars * rate)
    );
}

#[test]
fn mirror_figures_convert_japanese_yen_at_the_annual_rate() {
    let spec = default_spec(ChartId::Mirror);
    let years: Vec<String> = csv_rows("japan_reported.csv")
        .iter()
        .map(|r| r["year"].clone())
        .collect();
    assert_eq!(
        spec.rows
            .iter()
            .map(|r| r.label.clone())
            .collect::<Vec<_>>(),
        years,
        "one row per year of Japan's record"
    );
    for year in [years.first().unwrap(), years.last().unwrap()] {
        let japan_exports = value_at(&spec, "jp-exports", year).unwrap();
        // Japan's own derived column, rounded to $0.1 million in the source.
        let derived = csv_cell(
            "japan_reported.csv",
            "year",
            year,
            "jp_exports_to_us_musd_derived",
        )
        .unwrap();
        assert!(
            (japan_exports - derived).abs() <= 0.05 + 1e-9,
            "{year}: {japan_exports} vs {derived}"
        );
    }
    assert!(spec
        .notes
        .iter()
        .any(|n| n.contains("FOB") && n.contains("CIF")));
}

#[test]
fn sparse_figures_are_points_only_for_sourced_years() {
    let spec = default_spec(ChartId::Ownership);
    let japan_fdi = spec.panels[0]
        .series
        .iter()
        .find(|s| s.key == "japan-fdi")
        .unwrap();
    let sourced: Vec<&str> = spec
        .rows
        .iter()
        .zip(&japan_fdi.values)
        .filter(|(_, v)| v.is_some())
        .map(|(r, _)| r.label.as_str())
        .collect();
    let fdi = csv_rows("fdi.csv");
    let in_csv: Vec<&str> = fdi
        .iter()
        .filter(|r| !r["japan_fdi_position_in_us_musd"].is_empty())
        .map(|r| r["year"].as_str())
        .collect();
    assert_eq!(sourced, in_csv);
    // Rows are exactly the years some figure has a source for: a year between them without one is none.
    let mut with_source: Vec<u16> = csv_years("fdi.csv")
        .into_iter()
        .chain(csv_years("services_trade.csv"))
        .collect();
    with_source.sort_unstable();
    with_source.dedup();
    let rows: Vec<u16> = spec.rows.iter().map(|r| r.label.parse().unwrap()).collect();
    assert_eq!(rows, with_source, "one row per year with a source");
    assert!(
        with_source.windows(2).any(|w| w[1] > w[0] + 1),
        "some year between sources has none, so the chart is sparse"
    );
}

#[test]
fn the_vehicles_chart_shows_customs_value_and_units_for_every_year() {
    let spec = default_spec(ChartId::Vehicles);
    let rows = csv_rows("us_vehicle_imports.csv");
    let mut years: Vec<String> = rows.iter().map(|r| r["year"].clone()).collect();
    years.sort();
    years.dedup();
    assert_eq!(
        spec.rows
            .iter()
            .map(|r| r.label.clone())
            .collect::<Vec<_>>(),
        years
    );
    for year in &years {
        let pick = |source: &str, ends: &str| {
            rows.iter().find(|r| {
                &r["year"] == year
                    && r["hs4"] == "8703"
                    && r["source"] == source
                    && r["measure"].ends_with(ends)
            })
        };
        let customs =
            pick("dataweb-aftermaxq", "customs value").map(|r| number(r, "value_usd") / 1e6);
        assert_eq!(value_at(&spec, "value", year), customs, "{year} value");
        let units = pick("comtrade-aftermaxq", "CIF value").map(|r| number(r, "quantity"));
        assert_eq!(value_at(&spec, "units", year), units, "{year} units");
    }
    assert!(spec.notes.iter().any(|n| n.contains("CIF")));
}

#[test]
fn the_mixes_stack_up_to_each_records_own_total() {
    let mof = csv_rows("japan_mof_by_commodity.csv");
    let spec = default_spec(ChartId::ImportsMix);
    let last = spec.rows.last().unwrap().label.clone();
    let value = |commodity: &str| {
        mof.iter()
            .find(|r| {
                r["year"] == last && r["flow"] == "jp_exports_to_us" && r["commodity"] == commodity
            })
            .map(|r| number(r, "value_thousand_jpy") / 1000.0)
            .unwrap()
    };
    let stack: f64 = spec.panels[0]
        .series
        .iter()
        .map(|s| value_at(&spec, s.key, &last).unwrap())
        .sum();
    assert!((stack - value("Grand Total")).abs() < 1e-3, "{stack}");
    for (key, groups) in IMPORTS_MIX_PARTS {
        let sum: f64 = groups.iter().map(|&g| value(g)).sum();
        assert_eq!(value_at(&spec, key, &last), Some(sum), "{key}");
    }
    // The named groups are the largest five of the latest year.
    let mut groups: Vec<(String, f64)> = mof
        .iter()
        .filter(|r| {
            r["year"] == last
                && r["flow"] == "jp_exports_to_us"
                && r["level"] == "group"
                && r["commodity"] != "Others"
        })
        .map(|r| (r["commodity"].clone(), number(r, "value_thousand_jpy")))
        .collect();
    groups.sort_by(|a, b| b.1.total_cmp(&a.1));
    let named: Vec<&str> = IMPORTS_MIX_PARTS
        .iter()
        .flat_map(|(_, groups)| groups.iter().copied())
        .collect();
    let largest: Vec<&str> = groups
        .iter()
        .take(named.len())
        .map(|(c, _)| c.as_str())
        .collect();
    for named in named {
        assert!(
            largest.contains(&named),
            "{named} is not among the largest groups {largest:?}"
        );
    }

    let hs = csv_rows("us_exports_by_hs2.csv");
    let spec = default_spec(ChartId::ExportsMix);
    let last = spec.rows.last().unwrap().label.clone();
    let sum = |keep: &dyn Fn(u32) -> bool| -> f64 {
        hs.iter()
            .filter(|r| r["year"] == last && keep(r["hs2"].parse().unwrap()))
            .map(|r| number(r, "value_usd"))
            .sum::<f64>()
            / 1e6
    };
    let stack: f64 = spec.panels[0]
        .series
        .iter()
        .map(|s| value_at(&spec, s.key, &last).unwrap())
        .sum();
    assert!((stack - sum(&|_| true)).abs() < 1e-6, "{stack}");
    assert!((value_at(&spec, "food", &last).unwrap() - sum(&|c| c <= 24)).abs() < 1e-6);
    assert!(
        (value_at(&spec, "machinery", &last).unwrap() - sum(&|c| c == 84 || c == 85)).abs() < 1e-6
    );
}

#[test]
fn the_duties_charts_show_the_census_figures_and_mark_the_decisions() {
    let annual = csv_rows("us_duties_on_imports_from_japan.csv");
    let spec = default_spec(ChartId::Duties);
    let full: Vec<String> = annual
        .iter()
        .filter(|r| r["months_with_data"] == "12")
        .map(|r| r["year"].clone())
        .collect();
    assert_eq!(
        spec.rows
            .iter()
            .map(|r| r.label.clone())
            .collect::<Vec<_>>(),
        full,
        "full years only"
    );
    let last = annual
        .iter()
        .find(|r| r["year"] == *full.last().unwrap())
        .unwrap();
    let duties = number(last, "calculated_duties_usd");
    let imports = number(last, "imports_for_consumption_usd");
    assert_eq!(value_at(&spec, "duties", &last["year"]), Some(duties / 1e6));
    let rate = value_at(&spec, "rate", &last["year"]).unwrap();
    assert!((rate - duties / imports * 100.0).abs() < 1e-9);
    if let Some(partial) = annual.iter().find(|r| r["months_with_data"] != "12") {
        assert!(spec
            .notes
            .iter()
            .any(|n| n.contains(&partial["year"]) && n.contains("months")));
    }

    let monthly = csv_rows("us_duties_on_imports_from_japan_monthly.csv");
    let spec = default_spec(ChartId::DutiesMonthly);
    let shown: Vec<&std::collections::HashMap<String, String>> = monthly
        .iter()
        .filter(|r| {
            let month: (u16, u8) = (r["year"].parse().unwrap(), r["month"].parse().unwrap());
            month >= DUTIES_MONTHLY_FROM && !r["calculated_duties_usd"].is_empty()
        })
        .collect();
    assert_eq!(spec.rows.len(), shown.len());
    let latest = shown.last().unwrap();
    let latest_rate = number(latest, "calculated_duties_usd")
        / number(latest, "imports_for_consumption_usd")
        * 100.0;
    let label = spec.rows.last().unwrap().label.clone();
    assert!((value_at(&spec, "rate", &label).unwrap() - latest_rate).abs() < 1e-9);
    // Every marked event in the months shown has a marker at its month.
    let events = csv_rows("events.csv");
    for event in events.iter().filter(|e| e["chart_marker"] == "yes") {
        let (year, month) = (&event["date"][..4], &event["date"][5..7]);
        let Some(index) = shown
            .iter()
            .position(|r| r["year"] == year && format!("{:0>2}", r["month"]) == month)
        else {
            continue;
        };
        assert!(
            spec.markers
                .iter()
                .any(|m| m.x == index as f64 && names(&m.titles, event)),
            "{} is not marked",
            event["title"]
        );
    }
    assert!(!spec.markers.is_empty());
}

/// Whether a marker's tips name `event` by its title and date ("Plaza Accord, 22 September 1985").
fn names(tips: &[String], event: &std::collections::HashMap<String, String>) -> bool {
    tips.iter().any(|tip| {
        tip.strip_prefix(event["title"].as_str())
            .and_then(|rest| rest.strip_prefix(", "))
            .is_some_and(|date| date.ends_with(&event["date"][..4]))
    })
}

#[test]
fn only_events_marked_for_charts_appear_on_the_time_axis() {
    let spec = default_spec(ChartId::GoodsTrade);
    let events = csv_rows("events.csv");
    let titles: Vec<String> = spec
        .markers
        .iter()
        .flat_map(|m| m.titles.iter().cloned())
        .collect();
    for event in &events {
        let year: u16 = event["date"][..4].parse().unwrap();
        let in_range = csv_rows("goods_trade.csv")
            .iter()
            .any(|r| r["year"] == year.to_string());
        let marked = event["chart_marker"] == "yes";
        assert_eq!(
            names(&titles, event),
            marked && in_range,
            "{}",
            event["title"]
        );
    }
}

#[test]
fn the_range_and_series_choices_shape_the_spec_table_and_csv() {
    let chart = ChartId::GoodsTrade;
    let bounds = chart.year_bounds(&DATASET);
    let state = default_state(chart)
        .with_range(bounds, 2000, 2010)
        .toggled(chart, "balance");
    let spec = chart_spec(chart, &state, &DATASET, Lang::En);
    assert_eq!(spec.rows.first().unwrap().label, "2000");
    assert_eq!(spec.rows.last().unwrap().label, "2010");
    assert!(spec.panels[0].series.iter().all(|s| s.key != "balance"));
    let csv = spec.to_csv();
    let lines: Vec<&str> = csv.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        lines[0],
        "Year,US exports to Japan ($ millions),US imports from Japan ($ millions)"
    );
    let exports_2000 = csv_cell("goods_trade.csv", "year", "2000", "us_exports_musd").unwrap();
    assert_eq!(
        lines[1],
        format!(
            "2000,{exports_2000:.1},{:.1}",
            csv_cell("goods_trade.csv", "year", "2000", "us_imports_musd").unwrap()
        )
    );
    assert_eq!(
        lines.len(),
        1 + (2000..=2010).count(),
        "a heading and a line a year"
    );
    assert_eq!(spec.table_rows()[0].1[0], with_separators(exports_2000));
}

#[test]
fn month_labels_that_would_collide_on_a_phone_are_left_out() {
    let spec = default_spec(ChartId::DutiesMonthly);
    let shown = |width: u32| {
        let svg = chart_svg(&spec, width, 400, Theme::Light);
        spec.x_ticks
            .iter()
            .filter(|(_, label)| svg.contains(&format!(">\n{label}\n<")))
            .count()
    };
    assert_eq!(shown(960), spec.x_ticks.len(), "every label fits at 960 px");
    let phone = shown(375);
    assert!(
        phone > 1 && phone < spec.x_ticks.len(),
        "{phone} of {} labels at 375 px",
        spec.x_ticks.len()
    );
}

#[test]
fn a_rate_axis_frames_its_values_and_a_stack_axis_its_totals() {
    use japan_us_trade::chart::layout::ChartLayout;
    // The yen per dollar panel is a rate: its axis frames the values instead of starting at zero.
    let spec = default_spec(ChartId::YenAndBalance);
    let rates = csv_rows("usd_jpy.csv");
    let lowest = rates
        .iter()
        .map(|r| number(r, "jpy_per_usd"))
        .fold(f64::INFINITY, f64::min);
    let layout = ChartLayout::new(&spec, 960.0, 480.0);
    let axis = layout.panels[1].axis;
    assert!(
        axis.min > 0.0 && axis.min <= lowest,
        "yen axis from {}",
        axis.min
    );
    // A stacked panel's axis reaches the tallest stack.
    let spec = default_spec(ChartId::ImportsMix);
    let tallest = spec.panels[0]
        .stack_totals(spec.rows.len())
        .into_iter()
        .fold(0.0, f64::max);
    let layout = ChartLayout::new(&spec, 960.0, 480.0);
    assert!(layout.panels[0].axis.max >= tallest && tallest > 0.0);
}
