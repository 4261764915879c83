//! A reader interrogates the charts: hover and keyboard read-outs, series, units and years, the table and
//! CSV download, event markers, and the state kept in the address.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use e2e_tests::workspace_root;
use serde_json::{json, Value};

const GOODS: &str = "#goods-trade-chart";

/// `year → [exports, imports, balance]` from goods_trade.csv, read here independently.
fn goods_csv(year: &str) -> Vec<f64> {
    let csv =
        std::fs::read_to_string(workspace_root().join("content/data/goods_trade.csv")).unwrap();
    let line = csv
        .lines()
        .find(|l| l.starts_with(&format!("{year},")))
        .unwrap();
    line.split(',')
        .skip(1)
        .take(3)
        .map(|c| c.parse().unwrap())
        .collect()
}

fn cpi(year: &str) -> f64 {
    let csv = std::fs::read_to_string(workspace_root().join("content/data/cpi_u.csv")).unwrap();
    csv.lines()
        .find(|l| l.starts_with(&format!("{year},")))
        .unwrap()
        .split(',')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap()
}

/// "$147.1 bn" from $ millions, written independently of the app.
fn billions(musd: f64) -> String {
    let b = (musd / 100.0).round() / 10.0;
    if b < 0.0 {
        format!("−${:.1} bn", -b)
    } else {
        format!("${b:.1} bn")
    }
}

fn readout(page: &OpenArticle, chart: &str) -> Value {
    page.browser.eval(
        "const r = document.querySelector(arguments[0] + ' .chart__readout');
         const label = r.querySelector('strong');
         return [label ? label.textContent : '', [...r.querySelectorAll('.chart__value b')].map(b => b.textContent)];",
        vec![json!(chart)],
    )
}

fn canvas_fingerprint(page: &OpenArticle, chart: &str) -> u64 {
    page.browser
        .eval(
            "const c = document.querySelector(arguments[0] + ' canvas');
             const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
             let h = 0; for (let i = 0; i < d.length; i += 16) h = (h * 31 + d[i] + d[i+1] * 7 + d[i+2] * 13) % 1000000007;
             return h;",
            vec![json!(chart)],
        )
        .as_u64()
        .unwrap()
}

fn search(page: &OpenArticle) -> String {
    page.browser
        .eval("return location.search", vec![])
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn hovering_2024_reads_out_that_years_exports_and_imports() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let canvas = page.browser.find(&format!("{GOODS} canvas"));
    page.browser.eval(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
        vec![canvas.as_arg()],
    );
    let width = page
        .browser
        .eval(
            "return arguments[0].getBoundingClientRect().width",
            vec![canvas.as_arg()],
        )
        .as_f64()
        .unwrap();
    // Years grow left to right: search for the pointer position that reads out 2024.
    let (mut low, mut high) = (0.0, width);
    let mut found = None;
    for _ in 0..14 {
        let x = (low + high) / 2.0;
        page.browser.pointer_move(&canvas, x, 100.0);
        let year: i64 = page
            .browser
            .wait_for(
                "a read-out",
                &format!(
            "return document.querySelector('{GOODS} .chart__readout strong')?.textContent || ''"
        ),
            )
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        match year.cmp(&2024) {
            std::cmp::Ordering::Less => low = x,
            std::cmp::Ordering::Greater => high = x,
            std::cmp::Ordering::Equal => {
                found = Some(x);
                break;
            }
        }
    }
    assert!(found.is_some(), "no pointer position reads out 2024");
    let figures = goods_csv("2024");
    assert_eq!(
        readout(&page, GOODS),
        json!([
            "2024",
            [
                billions(figures[0]),
                billions(figures[1]),
                billions(figures[2])
            ]
        ])
    );
}

#[test]
fn a_tap_on_the_chart_reads_out_the_year_under_the_finger() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let canvas = page.browser.find(&format!("{GOODS} canvas"));
    page.browser.eval(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
        vec![canvas.as_arg()],
    );
    let width = page
        .browser
        .eval(
            "return arguments[0].getBoundingClientRect().width",
            vec![canvas.as_arg()],
        )
        .as_f64()
        .unwrap();
    let mut years: Vec<i32> = Vec::new();
    for share in [0.3, 0.8] {
        page.browser.tap(&canvas, width * share, 100.0);
        let before = years.last().map(|y| y.to_string()).unwrap_or_default();
        let year = page.browser.wait_for(
            "a read-out of another year after the tap",
            &format!(
                "const year = document.querySelector('{GOODS} .chart__readout strong')?.textContent || '';
                 return year !== '{before}' && year;"
            ),
        );
        let year = year.as_str().unwrap().to_string();
        let figures = goods_csv(&year);
        assert_eq!(
            readout(&page, GOODS),
            json!([
                year,
                [
                    billions(figures[0]),
                    billions(figures[1]),
                    billions(figures[2])
                ]
            ]),
            "the read-out after a tap at {share} of the width"
        );
        years.push(year.parse::<i32>().unwrap());
    }
    assert!(
        years[0] < years[1],
        "a tap further right reads a later year: {years:?}"
    );
}

#[test]
fn the_keyboard_steps_through_years_and_escape_hides_the_read_out() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    // The goods table's first, second-to-last and last years, from the CSV.
    let years: Vec<String> = e2e_tests::csv_rows("goods_trade.csv")
        .iter()
        .map(|r| r["year"].clone())
        .collect();
    let (first, before_last, last) = (&years[0], &years[years.len() - 2], &years[years.len() - 1]);
    let read_out = |year: &str| {
        format!("return document.querySelector('{GOODS} .chart__readout strong')?.textContent === '{year}'")
    };
    let canvas = page.browser.find(&format!("{GOODS} canvas"));
    page.browser.send_keys(&canvas, "\u{E010}"); // End
    page.browser.wait_for(last, &read_out(last));
    page.browser.send_keys(&canvas, "\u{E012}"); // ←
    page.browser.wait_for(before_last, &read_out(before_last));
    let live = page.browser.eval(
        &format!("return document.querySelector('{GOODS} [aria-live=polite]').textContent"),
        vec![],
    );
    let figures = goods_csv(before_last);
    let live = live.as_str().unwrap();
    assert!(
        live.starts_with(&format!("{before_last}:")) && live.contains(&billions(figures[1])),
        "{live}"
    );
    page.browser.send_keys(&canvas, "\u{E011}"); // Home
    page.browser.wait_for(first, &read_out(first));
    page.browser.send_keys(&canvas, "\u{E00C}"); // Escape
    page.browser.wait_for(
        "the read-out to hide",
        &format!("return !document.querySelector('{GOODS} .chart__readout strong')"),
    );
}

#[test]
fn series_units_and_years_change_the_drawing_and_the_address_without_history_entries() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let history = page.browser.eval("return history.length", vec![]);
    let before = canvas_fingerprint(&page, GOODS);

    page.browser.click(
        &page
            .browser
            .find(&format!("{GOODS} button[data-series=balance]")),
    );
    page.browser.wait_for(
        "the address",
        "return location.search === '?goods=exports~imports'",
    );
    assert_eq!(
        page.browser
            .attribute(
                &page
                    .browser
                    .find(&format!("{GOODS} button[data-series=balance]")),
                "aria-pressed"
            )
            .as_deref(),
        Some("false")
    );
    let without_balance = canvas_fingerprint(&page, GOODS);
    assert_ne!(
        before, without_balance,
        "hiding a series did not change the drawing"
    );

    page.browser
        .click(&page.browser.find(&format!("{GOODS} input[value=yen]")));
    page.browser.wait_for(
        "the address",
        "return location.search === '?goods=yen~exports~imports'",
    );
    let headings = page.browser.eval(
        &format!(
            "return [...document.querySelectorAll('{GOODS} thead th')].map(t => t.textContent)"
        ),
        vec![],
    );
    assert_eq!(
        headings,
        json!([
            "Year",
            "US exports to Japan (¥ millions)",
            "US imports from Japan (¥ millions)"
        ])
    );

    page.browser.click(&page.browser.find(&format!(
        "{GOODS} select[name=goods-from] option[value='2000']"
    )));
    let (_, last) = e2e_tests::goods_years();
    page.browser.wait_for(
        "the address",
        &format!("return location.search === '?goods=2000..{last}~yen~exports~imports'"),
    );
    let first_row = page.browser.eval(
        &format!("return document.querySelector('{GOODS} tbody th').textContent"),
        vec![],
    );
    assert_eq!(first_row, "2000");
    assert_ne!(canvas_fingerprint(&page, GOODS), without_balance);
    assert_eq!(
        page.browser.eval("return history.length", vec![]),
        history,
        "controls added history entries"
    );
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

#[test]
fn reloading_the_address_restores_the_view() {
    let page = OpenArticle::open(
        Launch::default(),
        "?goods=1990..2010~real~imports#goods-trade-chart",
    );
    page.wait_for_chart();
    let controls = page.browser.eval(
        &format!("const f = document.querySelector('{GOODS}');
          return [f.querySelector('select[name=goods-from]').value, f.querySelector('select[name=goods-to]').value,
                  f.querySelector('input[value=real]').checked,
                  [...f.querySelectorAll('button[data-series]')].map(b => b.getAttribute('aria-pressed')),
                  f.querySelector('.chart__title').textContent,
                  [...f.querySelectorAll('tbody th')].length]"),
        vec![],
    );
    assert_eq!(
        controls,
        json!([
            "1990",
            "2010",
            true,
            ["false", "true", "false"],
            "US goods trade with Japan, 1990–2010",
            21
        ])
    );
    assert_eq!(search(&page), "?goods=1990..2010~real~imports");
}

#[test]
fn the_table_and_the_csv_download_hold_exactly_what_is_shown() {
    let page = OpenArticle::open(Launch::default(), "?goods=2000..2010~real");
    page.wait_for_chart();
    let csv = page.browser.eval(
        &format!(
            "return decodeURIComponent(document.querySelector('{GOODS} a[download]').href.split(',').slice(1).join(','))"
        ),
        vec![],
    );
    let csv = csv.as_str().unwrap().to_string();
    let name = page.browser.eval(
        &format!("return document.querySelector('{GOODS} a[download]').getAttribute('download')"),
        vec![],
    );
    assert_eq!(name, "japan-us-goods-2000-2010-real.csv");
    let data: Vec<&str> = csv.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(data.len(), 12, "{csv}");
    assert!(csv
        .lines()
        .any(|l| l.starts_with("# Source: US Census Bureau")));
    let base_cpi = cpi(&e2e_tests::cpi_base_year());
    for line in &data[1..] {
        let cells: Vec<&str> = line.split(',').collect();
        let year = cells[0];
        let nominal = goods_csv(year);
        for (i, cell) in cells[1..].iter().enumerate() {
            let expected = nominal[i] * base_cpi / cpi(year);
            let got: f64 = cell.parse().unwrap();
            assert!(
                (got - expected).abs() <= 0.05 + 1e-9,
                "{year} column {i}: {got} vs {expected:.3}"
            );
        }
    }
    let table = page.browser.eval(
        &format!("return [...document.querySelectorAll('{GOODS} tbody tr')].map(r => [...r.cells].map(c => c.textContent))"),
        vec![],
    );
    let table_years: Vec<&str> = table
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r[0].as_str().unwrap())
        .collect();
    let csv_years: Vec<&str> = data[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(table_years, csv_years);
    let first_csv_cell = data[1].split(',').nth(2).unwrap();
    assert_eq!(
        table[0][2],
        json!(e2e_tests::grouped_millions(first_csv_cell))
    );
}

#[test]
fn an_event_marker_names_its_events_and_leads_to_the_timeline() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let (anchor, date, title) = e2e_tests::first_marked_event();
    let marker = page
        .browser
        .find(&format!("{GOODS} .chart__marker a[href='#{anchor}']"));
    // The marker's name and its tip give each event's title and date ("Plaza Accord, 22 September 1985").
    let label = page.browser.attribute(&marker, "aria-label").unwrap();
    let tip = page.browser.eval(
        "return arguments[0].querySelector('.chart__marker-tip').textContent",
        vec![marker.as_arg()],
    );
    for named in [label.as_str(), tip.as_str().unwrap()] {
        let date_given = named
            .strip_prefix(&format!("{title}, "))
            .and_then(|rest| rest.split([';', '(']).next())
            .map(str::trim);
        assert!(
            date_given.is_some_and(|d| d.ends_with(&date[..4]) && d.len() > 4),
            "{named}"
        );
    }
    // Focus shows the markers' names, Escape hides them, and focusing a marker again shows them.
    let tips_hidden = format!(
        "return document.querySelector('{GOODS} .chart__plot').classList.contains('chart__plot--tips-hidden')"
    );
    page.browser
        .eval("arguments[0].focus()", vec![marker.as_arg()]);
    assert_eq!(page.browser.eval(&tips_hidden, vec![]), json!(false));
    page.browser.send_keys(&marker, "\u{E00C}");
    assert_eq!(page.browser.eval(&tips_hidden, vec![]), json!(true));
    page.browser.eval(
        "arguments[0].blur(); arguments[0].focus()",
        vec![marker.as_arg()],
    );
    assert_eq!(page.browser.eval(&tips_hidden, vec![]), json!(false));
    page.browser.send_keys(&marker, "\u{E007}");
    page.browser.wait_for(
        "the timeline entry",
        &format!("return location.hash === '#{anchor}'"),
    );
    page.browser.wait_for(
        "the timeline entry in view",
        &format!("const r = document.getElementById('{anchor}').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight;"),
    );
}

#[test]
fn every_chart_draws_and_a_damaged_address_falls_back_without_errors() {
    let page = OpenArticle::open(
        Launch::default(),
        "?goods=%ZZ~1..2~yen~nonsense&yen=2030..1900&mirror=~~~&vehicles=1900..3000~rice&ownership=exports&duties-monthly=2020..2030~real&imports-mix=~~",
    );
    page.wait_for_chart();
    for id in [
        "#yen-chart",
        "#mirror-chart",
        "#vehicles-chart",
        "#ownership-chart",
        "#imports-mix-chart",
        "#exports-mix-chart",
        "#duties-chart",
        "#duties-monthly-chart",
    ] {
        page.browser.wait_for(
            &format!("{id} to be drawn"),
            &format!(
                "document.querySelector('{id}').scrollIntoView({{ block: 'center', behavior: 'instant' }});
                 const c = document.querySelector('{id} canvas'); return !!c && c.width > 10;"
            ),
        );
    }
    let goods = page.browser.eval(&format!("return [document.querySelector('{GOODS} input[value=yen]').checked, document.querySelector('{GOODS} .chart__title').textContent]"), vec![]);
    let (first, last) = e2e_tests::goods_years();
    assert_eq!(
        goods,
        json!([true, format!("US goods trade with Japan, {first}–{last}")])
    );
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

#[test]
fn event_markers_keep_24_pixel_targets_apart_even_on_a_phone() {
    for width in [375, 1280] {
        let page = OpenArticle::open(
            Launch {
                width,
                height: 800,
                ..Launch::default()
            },
            "",
        );
        page.wait_for_chart();
        let centres = page.browser.eval(
            &format!("return [...document.querySelectorAll('{GOODS} .chart__marker a')].map(a => {{
                const r = a.getBoundingClientRect(); return [r.left + r.width / 2, r.width, r.height]; }})"),
            vec![],
        );
        let centres = centres.as_array().unwrap();
        assert!(!centres.is_empty());
        for marker in centres {
            assert!(
                marker[1].as_f64().unwrap() >= 24.0 && marker[2].as_f64().unwrap() >= 24.0,
                "{marker}"
            );
        }
        for pair in centres.windows(2) {
            let gap = pair[1][0].as_f64().unwrap() - pair[0][0].as_f64().unwrap();
            assert!(gap >= 24.0, "markers {gap:.1} px apart at {width} px");
        }
    }
}

#[test]
fn svg_and_png_downloads_hold_the_drawn_chart() {
    let page = OpenArticle::open(Launch::default(), "?goods=2000..2010");
    page.wait_for_chart();
    page.browser.eval(
        "window.saved = [];
         HTMLAnchorElement.prototype.click = function () { window.saved.push([this.download, this.href]); };",
        vec![],
    );
    page.browser.click(
        &page
            .browser
            .find(&format!("{GOODS} .chart__downloads button:nth-of-type(2)")),
    );
    page.browser.click(
        &page
            .browser
            .find(&format!("{GOODS} .chart__downloads button:nth-of-type(3)")),
    );
    let saved = page.browser.wait_for(
        "two downloads",
        "return window.saved.length === 2 && window.saved",
    );
    assert_eq!(saved[0][0], "japan-us-goods-2000-2010-nominal.svg");
    let svg = page.browser.eval(
        "return decodeURIComponent(window.saved[0][1].split(',').slice(1).join(','))",
        vec![],
    );
    let svg = svg.as_str().unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("$ billions") && svg.contains(">\n2010\n<"),
        "{}",
        &svg[..200.min(svg.len())]
    );
    assert_eq!(saved[1][0], "japan-us-goods-2000-2010-nominal.png");
    let png = saved[1][1].as_str().unwrap();
    assert!(png.starts_with("data:image/png;base64,") && png.len() > 5_000);
}
