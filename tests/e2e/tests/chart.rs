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
         return [c.getAttribute('role'), c.getAttribute('aria-label'),
                 document.getElementById(c.getAttribute('aria-describedby')).textContent,
                 f.querySelector('figcaption').textContent.length > 0,
                 f.querySelector('.chart__source').textContent]",
        vec![],
    );
    assert_eq!(text[0], "img");
    assert!(text[1]
        .as_str()
        .unwrap()
        .contains("US goods trade with Japan, 1985–2025"));
    assert!(
        text[2]
            .as_str()
            .unwrap()
            .contains("every year from 1985 to 2025"),
        "{}",
        text[2]
    );
    assert_eq!(text[3], true);
    assert!(text[4].as_str().unwrap().contains("US Census Bureau"));
}

#[test]
fn the_data_table_holds_the_csv_values() {
    let page = OpenArticle::open(Launch::default(), "");
    let row_2024 = page.browser.eval(
        "const r = [...document.querySelectorAll('#goods-trade-chart tbody tr')].find(r => r.cells[0].textContent === '2024');
         return [...r.cells].map(c => c.textContent);",
        vec![],
    );
    // 2024 in goods_trade.csv: exports 78,863.4, imports 147,116.5, balance −68,253.1 ($ millions).
    let csv =
        std::fs::read_to_string(e2e_tests::workspace_root().join("content/data/goods_trade.csv"))
            .unwrap();
    let cells: Vec<f64> = csv
        .lines()
        .find(|l| l.starts_with("2024,"))
        .unwrap()
        .split(',')
        .skip(1)
        .take(3)
        .map(|c| c.parse().unwrap())
        .collect();
    let as_billions = |musd: f64| {
        let b = (musd / 100.0).round() / 10.0;
        if b < 0.0 {
            format!("−${:.1} bn", -b)
        } else {
            format!("${b:.1} bn")
        }
    };
    assert_eq!(
        row_2024,
        json!([
            "2024",
            as_billions(cells[0]),
            as_billions(cells[1]),
            as_billions(cells[2])
        ])
    );
}

#[test]
fn the_canvas_is_sharp_on_a_hidpi_screen() {
    let page = OpenArticle::open(
        Launch {
            pixel_ratio: 2.0,
            ..Launch::default()
        },
        "",
    );
    page.wait_for_chart();
    let (pixels, css) = canvas_and_css_width(&page);
    assert_eq!(
        pixels,
        (css * 2.0).round(),
        "the canvas buffer is not 2× its CSS width"
    );
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
