//! The goods-trade chart is drawn from the data, sharp on HiDPI screens, redrawn on resize and in dark mode.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use serde_json::json;

fn canvas_and_css_width(page: &OpenArticle) -> (f64, f64) {
    let v = page.browser.eval(
        "const c = document.querySelector('#goods-trade-chart canvas');
         return [c.width, c.getBoundingClientRect().width];",
        vec![],
    );
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
}

#[test]
fn the_chart_is_drawn_with_an_accessible_name_caption_and_source() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let text = page.browser.eval(
        "const f = document.getElementById('goods-trade-chart');
         const c = f.querySelector('canvas');
         return [c.getAttribute('role') + ' ' + c.getAttribute('aria-roledescription'), c.getAttribute('aria-label'),
                 c.getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id).textContent).join(' '),
                 f.querySelector('.chart__source').textContent]",
        vec![],
    );
    assert_eq!(text[0], "application interactive chart");
    let (first, last) = e2e_tests::goods_years();
    assert!(text[1]
        .as_str()
        .unwrap()
        .contains(&format!("US goods trade with Japan, {first}–{last}")));
    // The deepest deficit in the CSV, found here independently, is named in the text equivalent.
    let csv =
        std::fs::read_to_string(e2e_tests::workspace_root().join("content/data/goods_trade.csv"))
            .unwrap();
    let deepest = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect::<Vec<_>>())
        .min_by(|a, b| {
            a[3].parse::<f64>()
                .unwrap()
                .total_cmp(&b[3].parse::<f64>().unwrap())
        })
        .unwrap()[0]
        .to_string();
    let description = text[2].as_str().unwrap();
    assert!(
        description.contains(&format!("largest in {deepest}")),
        "{description}"
    );
    assert!(description.contains("arrow keys"), "{description}");
    assert!(text[3].as_str().unwrap().contains("US Census Bureau"));
}

#[test]
fn the_data_table_holds_the_csv_values() {
    let page = OpenArticle::open(Launch::default(), "");
    let row_2024 = page.browser.eval(
        "const r = [...document.querySelectorAll('#goods-trade-chart tbody tr')].find(r => r.cells[0].textContent === '2024');
         return [...r.cells].map(c => c.textContent);",
        vec![],
    );
    let csv =
        std::fs::read_to_string(e2e_tests::workspace_root().join("content/data/goods_trade.csv"))
            .unwrap();
    let cells: Vec<&str> = csv
        .lines()
        .find(|l| l.starts_with("2024,"))
        .unwrap()
        .split(',')
        .skip(1)
        .take(3)
        .collect();
    let shown: Vec<String> = cells
        .iter()
        .map(|c| e2e_tests::grouped_millions(c))
        .collect();
    assert_eq!(row_2024, json!(["2024", shown[0], shown[1], shown[2]]));
}

#[test]
fn the_canvas_is_sharp_at_every_pixel_ratio() {
    for ratio in [1.0, 2.0, 3.0] {
        let page = OpenArticle::open(
            Launch {
                pixel_ratio: ratio,
                ..Launch::default()
            },
            "",
        );
        assert_eq!(
            page.browser
                .eval("return devicePixelRatio", vec![])
                .as_f64(),
            Some(ratio),
            "the browser did not take the pixel ratio"
        );
        page.wait_for_chart();
        let (pixels, css) = canvas_and_css_width(&page);
        assert_eq!(
            pixels,
            (css * ratio).round(),
            "the canvas buffer is not {ratio}× its CSS width"
        );
    }
}

#[test]
fn the_chart_is_redrawn_when_its_container_resizes() {
    let page = OpenArticle::open(Launch::default(), "");
    let before = page.wait_for_chart();
    page.browser.set_window_size(700, 900);
    page.browser.wait_for(
        "the canvas to follow the new width",
        &format!(
            "const c = document.querySelector('#goods-trade-chart canvas');
             return c.width !== {before} && c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio);"
        ),
    );
    let after = page.wait_for_chart();
    assert!(after < before, "canvas {before} → {after} px");
}

#[test]
fn dark_mode_darkens_the_page_and_the_chart() {
    let page = OpenArticle::open(
        Launch {
            dark: true,
            ..Launch::default()
        },
        "",
    );
    page.wait_for_chart();
    let luminance = page.browser.eval(
        "const c = document.querySelector('#goods-trade-chart canvas');
         const [r, g, b] = c.getContext('2d').getImageData(1, 1, 1, 1).data;
         const body = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
         return [(r + g + b) / 3, (body[0] + body[1] + body[2]) / 3];",
        vec![],
    );
    assert!(
        luminance[0].as_f64().unwrap() < 60.0,
        "chart background is light: {luminance}"
    );
    assert!(
        luminance[1].as_f64().unwrap() < 60.0,
        "page background is light: {luminance}"
    );
}
