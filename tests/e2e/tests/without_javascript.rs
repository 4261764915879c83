//! A reader without JavaScript (or a search engine, or a print job) gets the whole article: every section,
//! the controversies opening and closing, the timeline, the sources, and each chart as a static image with
//! its table.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use serde_json::json;

#[test]
fn the_article_reads_and_works_without_javascript() {
    let page = OpenArticle::open(
        Launch {
            javascript: false,
            ..Launch::default()
        },
        "",
    );
    let scripted = page
        .browser
        .eval("return !!document.querySelector('.chart__canvas')", vec![]);
    assert_eq!(scripted, false, "scripts ran although JavaScript is off");
    let sections = page.browser.eval(
        "return document.querySelectorAll('main > section > h2').length",
        vec![],
    );
    // One per Markdown file under content/article but the lead, which is the masthead.
    let files = std::fs::read_dir(e2e_tests::workspace_root().join("content/article"))
        .unwrap()
        .count();
    assert_eq!(sections, json!(files - 1));
    let charts = page.browser.eval(
        "return [...document.querySelectorAll('figure.chart')].map(f => [f.id, !!f.querySelector('img.chart__static[alt^=\"Chart:\"]'),
                 f.querySelectorAll('tbody tr').length > 0])",
        vec![],
    );
    assert_eq!(
        charts,
        json!([
            ["goods-trade-chart", true, true],
            ["yen-chart", true, true],
            ["imports-mix-chart", true, true],
            ["exports-mix-chart", true, true],
            ["vehicles-chart", true, true],
            ["ownership-chart", true, true],
            ["duties-chart", true, true],
            ["duties-monthly-chart", true, true],
            ["mirror-chart", true, true]
        ])
    );
    let image = page.browser.wait_for(
        "a static chart image to load",
        "const img = document.querySelector('#goods-trade-chart img'); img.scrollIntoView(); return img.complete && img.naturalWidth;",
    );
    assert_eq!(image, 960);
    // "Expand all" needs scripts: without them it is not offered.
    let controls = page.browser.eval(
        "const c = document.querySelector('.controversies__controls'); c.scrollIntoView();
         return c.checkVisibility({ visibilityProperty: true })",
        vec![],
    );
    assert_eq!(controls, false, "Expand all is offered without scripts");
    page.browser
        .click(&page.browser.find("#currency > summary"));
    page.browser.wait_for(
        "the controversy to open",
        "return document.getElementById('currency').open",
    );
    let timeline = page.browser.eval(
        "return document.querySelectorAll('.timeline__event').length",
        vec![],
    );
    assert!(timeline.as_u64().unwrap() >= 20);
}

#[test]
fn static_charts_are_never_shrunk_so_their_text_stays_at_twelve_pixels() {
    // Phones, a tablet, the side-column layout where its main column is narrower than 960 px, a desktop.
    for width in [320, 375, 700, 1100, 1200, 1280] {
        let page = OpenArticle::open(
            Launch {
                width,
                height: 900,
                javascript: false,
                ..Launch::default()
            },
            "",
        );
        // Each drawing's 12 px text is shown at (shown width ÷ drawn width) × 12 px.
        let scales = page.browser.wait_for(
            "every static chart to load",
            "const imgs = [...document.querySelectorAll('img.chart__static')];
             imgs.forEach(i => i.loading = 'eager');
             if (!imgs.every(i => i.complete && i.naturalWidth > 0)) return null;
             return imgs.map(i => [i.closest('figure').id, i.getBoundingClientRect().width / i.naturalWidth,
                                   i.getBoundingClientRect().width, i.closest('figure').getBoundingClientRect().width]);",
        );
        for chart in scales.as_array().unwrap() {
            let scale = chart[1].as_f64().unwrap();
            let (shown, room) = (chart[2].as_f64().unwrap(), chart[3].as_f64().unwrap());
            assert!(scale >= 0.999, "at {width} px: {chart}");
            // And the drawing uses most of its figure's width.
            assert!(shown >= 0.75 * room.min(960.0), "at {width} px: {chart}");
        }
        // No room is kept for controls that will never come, and the picture stands at its own height.
        let kept = page.browser.eval(
            "const awaiting = [...document.querySelectorAll('.chart__awaiting')];
             const frames = [...document.querySelectorAll('.chart__frame')];
             return [awaiting.length, awaiting.filter(e => getComputedStyle(e).display !== 'none').length,
                     frames.length, frames.filter(f => Math.abs(f.getBoundingClientRect().height
                       - f.querySelector('img').getBoundingClientRect().height) > 0.5).length]",
            vec![],
        );
        assert_eq!(
            (
                kept[0].as_u64() > Some(0),
                kept[1].as_u64(),
                kept[2].as_u64() > Some(0),
                kept[3].as_u64()
            ),
            (true, Some(0), true, Some(0)),
            "at {width} px: [kept rooms, shown, frames, frames not the picture's height] {kept}"
        );
    }
}

#[test]
fn the_japanese_edition_reads_without_javascript_with_its_own_static_charts() {
    let page = OpenArticle::open(
        Launch {
            javascript: false,
            ..Launch::default()
        },
        "ja/",
    );
    let b = &page.browser;
    let shown = b.eval(
        "return [document.documentElement.lang, document.querySelectorAll('main > section > h2').length,
                 [...document.querySelectorAll('figure.chart')].map(f => f.querySelector('img.chart__static').getAttribute('src')),
                 document.querySelectorAll('.timeline__event').length, !!document.querySelector('.chart__canvas')]",
        vec![],
    );
    let files = std::fs::read_dir(e2e_tests::workspace_root().join("content/ja/article"))
        .unwrap()
        .count();
    assert_eq!(shown[0], "ja");
    assert_eq!(shown[1], json!(files - 1));
    let sources = shown[2].as_array().unwrap();
    assert_eq!(sources.len(), 9);
    for src in sources {
        // Relative to /ja/: the Japanese drawings under ja/charts/.
        assert!(src.as_str().unwrap().starts_with("charts/"), "{src}");
    }
    assert_eq!(
        shown[3],
        json!(e2e_tests::csv_rows("events.csv").len()),
        "every event in the timeline"
    );
    assert_eq!(shown[4], false, "scripts ran although JavaScript is off");
    let image = b.wait_for(
        "a static chart image to load",
        "const img = document.querySelector('#goods-trade-chart img'); img.scrollIntoView(); return img.complete && img.naturalWidth;",
    );
    assert_eq!(image, 960);
    b.click(&b.find("#currency > summary"));
    b.wait_for(
        "the debate to open",
        "return document.getElementById('currency').open",
    );
}
