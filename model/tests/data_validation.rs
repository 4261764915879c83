//! Every class of bad data in `content/data` is rejected with `file:line` and what is wrong;
//! good data is read exactly, with empty cells left empty.

use std::path::Path;

use trade_model::data::parse::{
    load_dataset, parse_duties, parse_duties_monthly, parse_events, parse_goods_trade,
    parse_hs_exports, parse_mof_commodities, parse_partner_trade, parse_semiconductors,
    parse_treasury_holdings, parse_usitc_exports, parse_vehicle_imports,
};
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
fn events_need_valid_dates_in_order_and_a_known_marker() {
    let header = "date,title,description,source,verification,chart_marker,annotate_on,annotation\n";
    let mut problems = Problems::default();
    let events = parse_events(
        Path::new("content/data/events.csv"),
        &format!(
            "{header}1990-13-01,A,d,s,verified,,,\n1989-07,B,d,s,verified,yes,,\n1989-07,C,d,s,verified,maybe,,\n"
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
        text.contains("events.csv:4: chart_marker `maybe` must be `yes` or empty"),
        "{text}"
    );
    // Two events may share a date; each keeps its own anchor.
    let anchors: Vec<String> = events.iter().map(|e| e.anchor_id()).collect();
    assert_eq!(anchors[1], "event-1989-07");
    assert_eq!(anchors[2], "event-1989-07-2");
    assert!(events[1].is_chart_marker() && !events[0].is_chart_marker());
}

#[test]
fn annotations_name_known_charts_and_carry_a_short_label() {
    let header = "date,title,description,source,verification,chart_marker,annotate_on,annotation\n";
    let mut problems = Problems::default();
    let events = parse_events(
        Path::new("content/data/events.csv"),
        &format!(
            "{header}1985-09-22,A,d,s,verified,yes,goods yen,Plaza Accord\n\
             1986-01,B,d,s,verified,,gods,Typo\n\
             1987-01,C,d,s,verified,,goods,\n\
             1988-01,D,d,s,verified,,,A label without a chart\n\
             1989-01,E,d,s,verified,,goods,A label far too long to fit on a phone\n"
        ),
        &mut problems,
    );
    let text = problems.report();
    for expected in [
        "events.csv:3: annotate_on `gods` is not a chart key",
        "events.csv:4: annotate_on names charts but annotation (the label) is empty",
        "events.csv:5: annotation is set but annotate_on names no chart",
        "events.csv:6: annotation `A label far too long to fit on a phone` is longer than",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }
    assert!(!text.contains("events.csv:2:"), "{text}");
    assert!(events[0].annotates("goods") && events[0].annotates("yen"));
    assert!(!events[0].annotates("duties") && !events[2].annotates("yen"));
}

#[test]
fn each_annotated_chart_writes_two_to_four_events() {
    let dataset = load_dataset(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/data"))
        .expect("valid data");
    let mut annotated = 0;
    for chart in trade_model::charts::ChartId::ALL {
        let count = dataset
            .events
            .iter()
            .filter(|e| e.annotates(chart.key()))
            .count();
        // Two to four: enough to explain the chart's shape, few enough to read.
        assert!(
            (2..=4).contains(&count),
            "{} annotates {count} events",
            chart.key()
        );
        annotated += usize::from(count > 0);
    }
    assert!(annotated > 0, "no chart annotates any event");
}

#[test]
fn the_shipped_dataset_is_valid_and_complete() {
    let dataset = load_dataset(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/data"))
        .expect("valid data");
    // Every year of the goods table, consecutive from its first to its last.
    let years: Vec<u16> = dataset.goods_trade.iter().map(|r| r.year).collect();
    let goods = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/data/goods_trade.csv"),
    )
    .unwrap();
    let in_file: Vec<u16> = goods
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(years, in_file);
    assert!(years.windows(2).all(|w| w[1] == w[0] + 1), "{years:?}");
    // As many events as the file has rows (each row starts with its date).
    let events = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/data/events.csv"),
    )
    .unwrap();
    let rows = events
        .lines()
        .skip(1)
        .filter(|l| {
            l.len() > 8 && l.as_bytes()[..4].iter().all(u8::is_ascii_digit) && &l[4..5] == "-"
        })
        .count();
    assert_eq!(dataset.events.len(), rows);
    let anchors: std::collections::HashSet<String> =
        dataset.events.iter().map(|e| e.anchor_id()).collect();
    assert_eq!(anchors.len(), rows, "event anchors must be unique");
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

fn report(parse: impl FnOnce(&Path, &mut Problems), file: &str) -> String {
    let mut problems = Problems::default();
    parse(Path::new(file), &mut problems);
    problems.report()
}

#[test]
fn partner_rows_need_known_partners_full_months_and_a_true_balance() {
    let header =
        "year,partner_code,partner,us_exports_musd,us_imports_musd,us_balance_musd,months\n";
    let text = report(
        |path, p| {
            parse_partner_trade(
                path,
                &format!(
                    "{header}1991,JPN,Japan,10,30,-20,12\n1991,FRA,France,1,2,-1,12\n1993,JPN,Japan,10,30,-21,12\n1994,JPN,Japan,10,30,-20,13\n"
                ),
                p,
            );
        },
        "us_goods_trade_by_partner.csv",
    );
    assert!(
        text.contains("csv:3: partner_code `FRA` is not one the article knows"),
        "{text}"
    );
    assert!(
        text.contains("csv:4: JPN 1993 does not follow 1991"),
        "{text}"
    );
    assert!(
        text.contains("csv:4: us_balance_musd -21 is not exports − imports = -20.0"),
        "{text}"
    );
    assert!(text.contains("csv:5: months 13 must be 1–12"), "{text}");
}

#[test]
fn japans_commodity_groups_must_add_up_to_the_grand_total() {
    let header = "year,flow,commodity,level,value_thousand_jpy,part_year_2017\n";
    let text = report(
        |path, p| {
            parse_mof_commodities(
                path,
                &format!(
                    "{header}2020,jp_exports_to_us,Grand Total,total,100,\n2020,jp_exports_to_us,Machinery,group,60,\n\
                     2020,jp_exports_to_us,Others,group,30,\n2020,jp_exports_by_air,Others,group,1,\n\
                     2020,jp_imports_from_us,Grand Total,total,5,\n2020,jp_imports_from_us,Lng,chapter,5,\n\
                     2020,jp_imports_from_us,Foodstuff,group,5,perhaps\n"
                ),
                p,
            );
        },
        "japan_mof_by_commodity.csv",
    );
    assert!(
        text.contains(
            "csv:2: the groups of 2020 jp_exports_to_us sum to 90, not the Grand Total 100"
        ),
        "{text}"
    );
    assert!(
        text.contains("csv:5: flow `jp_exports_by_air` is not"),
        "{text}"
    );
    assert!(
        text.contains("csv:7: level `chapter` is not one of total, group, item, sub-item"),
        "{text}"
    );
    assert!(
        text.contains("csv:8: part_year_2017 `perhaps` must be `yes` or empty"),
        "{text}"
    );
    // The imports' one group equals their total: no problem reported for them.
    assert!(!text.contains("jp_imports_from_us sum"), "{text}");
}

#[test]
fn hs_chapters_must_be_two_digits_once_a_year() {
    let header = "year,hs2,description,value_usd\n";
    let text = report(
        |path, p| {
            parse_hs_exports(
                path,
                &format!(
                    "{header}2020,01,A,5\n2020,1,B,5\n2020,01,A,6\n2020,00,C,1\n2020,27,D,-4\n"
                ),
                p,
            );
        },
        "us_exports_by_hs2.csv",
    );
    assert!(
        text.contains("csv:3: hs2 `1` is not a chapter 01–99"),
        "{text}"
    );
    assert!(
        text.contains("csv:4: 2020 chapter 01 repeats line 2"),
        "{text}"
    );
    assert!(
        text.contains("csv:5: hs2 `00` is not a chapter 01–99"),
        "{text}"
    );
    assert!(
        text.contains("csv:6: value_usd must be a finite, non-negative number"),
        "{text}"
    );
}

#[test]
fn duties_need_a_true_rate_and_months_without_gaps() {
    let header = "year,calculated_duties_usd,imports_for_consumption_usd,average_rate_as_published,months_with_data,upstream_source\n";
    let text = report(
        |path, p| {
            parse_duties(
                path,
                &format!(
                    "{header}2020,15,1000,0.015,12,x\n2021,15,1000,0.02,12,x\n2022,1,10,0.1,0,x\n"
                ),
                p,
            );
        },
        "us_duties_on_imports_from_japan.csv",
    );
    assert!(
        text.contains("csv:3: average_rate_as_published 0.02 is not duties ÷ imports = 0.01500"),
        "{text}"
    );
    assert!(
        text.contains("csv:4: months_with_data 0 must be 1–12"),
        "{text}"
    );
    assert!(!text.contains("csv:2:"), "{text}");
    let header = "year,month,calculated_duties_usd,imports_for_consumption_usd,rate_as_published,upstream_source\n";
    let text = report(
        |path, p| {
            parse_duties_monthly(
                path,
                &format!("{header}2025,11,1,100,0.01,x\n2025,12,,,,\n2026,2,1,100,0.01,x\n"),
                p,
            );
        },
        "us_duties_on_imports_from_japan_monthly.csv",
    );
    assert!(
        text.contains("csv:4: 2026-02 is not the next month (2026-01)"),
        "{text}"
    );
    assert!(
        text.contains("csv:4: a month with data after the empty month on line 3"),
        "{text}"
    );
}

#[test]
fn treasury_holdings_must_be_positive_and_within_all_foreign_holdings() {
    let header = "year,as_of,japan_holdings_bn_usd,all_foreign_holders_bn_usd\n";
    let text = report(
        |path, p| {
            parse_treasury_holdings(
                path,
                &format!(
                    "{header}2000,2000-12,300,1000\n2001,2001-12,1200,1000\n2002,2002-12,-5,1000\n"
                ),
                p,
            );
        },
        "japan_holdings_of_us_treasuries.csv",
    );
    assert!(
        text.contains("csv:3: Japan's 1200 exceeds all foreign holders' 1000"),
        "{text}"
    );
    assert!(
        text.contains("csv:4: japan_holdings_bn_usd must be a positive number"),
        "{text}"
    );
}

#[test]
fn vehicles_and_chips_name_known_lines_and_sources() {
    let header = "year,hs4,product,measure,value_usd,quantity,quantity_unit,source\n";
    let text = report(
        |path, p| {
            parse_vehicle_imports(
                path,
                &format!("{header}2020,8703,Cars,x,5,1,units,comtrade-aftermaxq\n2020,8711,Bikes,x,5,1,units,comtrade-aftermaxq\n2020,8703,Cars,x,5,,,rumour\n"),
                p,
            );
        },
        "us_vehicle_imports.csv",
    );
    assert!(
        text.contains("csv:3: hs4 `8711` is not 8703 or 8704"),
        "{text}"
    );
    assert!(
        text.contains("csv:4: source `rumour` is not one SOURCES.md describes"),
        "{text}"
    );
    let header = "year,hs_code,product,direction,measure,value_usd,quantity,quantity_unit,source\n";
    let text = report(
        |path, p| {
            parse_semiconductors(
                path,
                &format!("{header}2020,8541,D,us_imports_from_japan,m,5,,,x\n2020,8471,C,us_imports_from_japan,m,5,,,x\n2020,8542,I,sideways,m,5,,,x\n"),
                p,
            );
        },
        "semiconductor_trade.csv",
    );
    assert!(
        text.contains("csv:3: hs_code `8471` is not a semiconductor line"),
        "{text}"
    );
    assert!(
        text.contains("csv:4: direction `sideways` is not"),
        "{text}"
    );
}

#[test]
fn the_usitc_sectors_must_match_their_total() {
    let text = report(
        |path, p| {
            parse_usitc_exports(
                path,
                "year,usitc_sector,value_musd\n2014,Machinery,10\n2014,Footwear,5\n2014,Total,20\n",
                p,
            );
        },
        "us_exports_by_usitc_sector.csv",
    );
    assert!(
        text.contains("csv:4: the sectors of 2014 sum to 15, not the Total 20"),
        "{text}"
    );
}

#[test]
fn a_copy_that_disagrees_with_the_file_it_repeats_is_rejected() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/data");
    let scratch = std::env::temp_dir().join(format!("data-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    for entry in std::fs::read_dir(&source).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), scratch.join(entry.file_name())).unwrap();
    }
    // Japan's 2024 row in the partner file, off by a million dollars.
    let partners = scratch.join("us_goods_trade_by_partner.csv");
    let text = std::fs::read_to_string(&partners).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("2024,JPN,"))
        .unwrap()
        + 1;
    let edited: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("2024,JPN,") {
                let mut cells: Vec<String> = l.split(',').map(str::to_string).collect();
                let exports: f64 = cells[3].parse().unwrap();
                let balance: f64 = cells[5].parse().unwrap();
                cells[3] = format!("{:.1}", exports + 1.0);
                cells[5] = format!("{:.1}", balance + 1.0);
                cells.join(",")
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(&partners, edited.join("\n") + "\n").unwrap();
    let problems = load_dataset(&scratch)
        .err()
        .map(|p| p.report())
        .unwrap_or_default();
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(
        problems.contains(&format!(
            "us_goods_trade_by_partner.csv:{line}: JPN 2024 us_exports_musd"
        )),
        "{problems}"
    );
}
