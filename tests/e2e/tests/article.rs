//! What a reader does with the article, in a real browser against the release build.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use e2e_tests::workspace_root;
use serde_json::json;

#[test]
fn the_page_loads_without_console_errors_or_requests_off_its_origin() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let foreign = page.browser.eval(
        "return performance.getEntriesByType('resource').map(e => e.name)
           .filter(u => new URL(u).origin !== location.origin);",
        vec![],
    );
    assert_eq!(foreign, json!([]), "requests left the page's origin");
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
    let cookies = page.browser.eval("return document.cookie", vec![]);
    assert_eq!(cookies, json!(""));
}

#[test]
fn every_section_heading_is_on_the_page_in_order() {
    let page = OpenArticle::open(Launch::default(), "");
    let on_page = page.browser.eval(
        "return [...document.querySelectorAll('main > section > h2')].map(h => h.textContent)",
        vec![],
    );
    let expected = e2e_tests::front_matter_in("content/article", "title");
    // One per Markdown file under content/article but the lead, which is the masthead.
    let files = std::fs::read_dir(e2e_tests::workspace_root().join("content/article"))
        .unwrap()
        .count();
    assert_eq!(expected.len(), files - 1);
    assert_eq!(on_page, json!(expected));
    let contents_links = page.browser.eval(
        "return [...document.querySelectorAll('nav.toc .toc__list > li > a')].map(a => a.textContent)",
        vec![],
    );
    assert_eq!(contents_links, json!(expected));
}

#[test]
fn page_basics_title_language_description_and_no_horizontal_scroll_on_a_phone() {
    let page = OpenArticle::open(
        Launch {
            width: 375,
            height: 812,
            ..Launch::default()
        },
        "",
    );
    page.wait_for_chart();
    let basics = page.browser.eval(
        "return [document.documentElement.lang, document.title.length > 10,
                 !!document.querySelector('meta[name=description]')?.content,
                 document.documentElement.scrollWidth <= document.documentElement.clientWidth,
                 document.documentElement.clientWidth]",
        vec![],
    );
    let width = page.browser.engine.viewport_width(375);
    assert_eq!(basics, json!(["en", true, true, true, width]));
}

#[test]
fn the_prose_keeps_a_comfortable_measure() {
    let page = OpenArticle::open(Launch::default(), "");
    let cpl = e2e_tests::page::characters_per_line(&page.browser);
    assert!((60.0..=80.0).contains(&cpl), "{cpl:.0} characters per line");
}

#[test]
fn timeline_lists_every_event_from_the_data() {
    let page = OpenArticle::open(Launch::default(), "");
    let events_in_csv = std::fs::read_to_string(workspace_root().join("content/data/events.csv"))
        .unwrap()
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect::<Vec<_>>();
    let on_page = page.browser.eval(
        "return [...document.querySelectorAll('.timeline time')].map(t => t.getAttribute('datetime'))",
        vec![],
    );
    assert_eq!(on_page, json!(events_in_csv));
}
