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
