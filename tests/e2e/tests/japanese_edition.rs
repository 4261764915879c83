//! The Japanese edition at /ja/, as a reader meets it: a Japanese page (language, title, every section and
//! anchor of the English one, the timeline's events in Japanese), no English interface words left in the
//! page's own text, both editions naming each other, and a language switch that keeps the reader's chart
//! view and place.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use e2e_tests::{csv_rows, front_matter_in, workspace_root};
use serde_json::{json, Value};

/// The lead's front-matter `key` in the Japanese edition, read here from the file.
fn japanese_lead(key: &str) -> String {
    let text =
        std::fs::read_to_string(workspace_root().join("content/ja/article/00-lead.md")).unwrap();
    let prefix = format!("{key} = ");
    let line = text.lines().find(|l| l.starts_with(&prefix)).unwrap();
    line[prefix.len()..].trim_matches('"').to_string()
}

#[test]
fn the_japanese_page_is_in_japanese_with_every_section_and_anchor_of_the_english() {
    let page = OpenArticle::open(Launch::default(), "ja/");
    let b = &page.browser;
    let head = b.eval(
        "return [document.documentElement.lang, document.title,
                 document.querySelector('meta[name=description]').content,
                 [...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => l.hreflang + ' ' + l.getAttribute('href'))];",
        vec![],
    );
    assert_eq!(head[0], "ja");
    assert_eq!(head[1], json!(japanese_lead("title")));
    assert_eq!(head[2], json!(japanese_lead("description")));
    assert_eq!(head[3], json!(["en /", "ja /ja/", "x-default /"]));
    // The same sections in the same order, titled as the Japanese files title them.
    let sections = b.eval(
        "return [...document.querySelectorAll('main > section')].map(s => [s.id, s.querySelector('h2').textContent]);",
        vec![],
    );
    let ids = front_matter_in("content/article", "id");
    let titles = front_matter_in("content/ja/article", "title");
    let expected: Vec<Value> = ids
        .iter()
        .zip(&titles)
        .map(|(id, title)| json!([id, title]))
        .collect();
    assert_eq!(sections, json!(expected));
    // Every debate keeps its id; its four parts are headed in Japanese.
    for id in front_matter_in("content/controversies", "id") {
        let headings = b.eval(
            "return [...document.getElementById(arguments[0]).querySelectorAll('h4')].map(h => h.textContent);",
            vec![json!(id)],
        );
        assert_eq!(
            headings,
            json!([
                "批判する側の主張",
                "反論",
                "データが示すこと",
                "決着をつけるには"
            ]),
            "{id}"
        );
    }
    // Every event is in the timeline under its English anchor, titled in Japanese.
    let events = csv_rows("../ja/data/events_ja.csv");
    let english = csv_rows("events.csv");
    assert_eq!(events.len(), english.len());
    let titles = b.eval(
        "return [...document.querySelectorAll('.timeline__event')].map(e => [e.id, e.querySelector('.timeline__title').textContent]);",
        vec![],
    );
    let titles = titles.as_array().unwrap();
    assert_eq!(titles.len(), events.len());
    for (shown, row) in titles.iter().zip(&events) {
        assert!(shown[0]
            .as_str()
            .unwrap()
            .starts_with(&format!("event-{}", row["date"])));
        assert_eq!(shown[1], json!(row["title_ja"]));
    }
    assert_eq!(b.console_errors(), Vec::<String>::new());
}

#[test]
fn no_english_interface_words_are_left_in_the_japanese_page() {
    let page = OpenArticle::open(Launch::default(), "ja/");
    let b = &page.browser;
    // Everything a reader can open, opened, then the text a reader sees and the names a screen reader reads.
    b.eval(
        "document.querySelectorAll('details').forEach(d => d.open = true);",
        vec![],
    );
    let text = b
        .eval(
            "return document.body.innerText + '\\n' + [...document.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label')).join('\\n');",
            vec![],
        )
        .as_str()
        .unwrap()
        .to_string();
    for english in [
        "Contents",
        "Skip to the article",
        "Show in chart",
        "Source notes",
        "Jump to a period",
        "Expand all",
        "Collapse all",
        "About the data",
        "Verification:",
        "The critics’ case",
        "What the data show",
        "All controversies",
        "sections",
        "Sources and methodology",
    ] {
        assert!(
            !text.contains(english),
            "the Japanese page still says {english:?}"
        );
    }
    // The English page keeps its own words (the check above can fail).
    b.goto(&format!("{}/", page.server.origin));
    let english = b.eval("return document.body.innerText;", vec![]);
    assert!(english.as_str().unwrap().contains("Jump to a period"));
}

#[test]
fn the_language_switch_keeps_the_readers_view_and_place_both_ways() {
    let page = OpenArticle::open(Launch::default(), "?goods=1990..2025~real#currency");
    let b = &page.browser;
    let switch = b.find(".language-switch__link");
    assert_eq!(b.attribute(&switch, "hreflang").as_deref(), Some("ja"));
    // (A script's click: the reader is down at the debate, the switch at the top of the page.)
    let follow = "document.querySelector('.language-switch__link').click();";
    b.eval(follow, vec![]);
    b.wait_for(
        "the Japanese page",
        "return document.documentElement.lang === 'ja' && document.querySelectorAll('main section h2').length > 0",
    );
    let address = b.eval(
        "return location.pathname + location.search + location.hash;",
        vec![],
    );
    assert_eq!(address, "/ja/?goods=1990..2025~real#currency");
    // The anchor is the same debate, now in Japanese.
    let currency = b.eval(
        "return document.getElementById('currency').querySelector('h3').textContent;",
        vec![],
    );
    let titles = front_matter_in("content/ja/controversies", "title");
    assert!(
        titles.contains(&currency.as_str().unwrap().to_string()),
        "{currency}"
    );
    // And back, with the view the reader has now.
    b.eval(
        "history.replaceState(null, '', '/ja/?goods=2000..2024#what-is-traded');",
        vec![],
    );
    let back = b.find(".language-switch__link");
    assert_eq!(b.attribute(&back, "lang").as_deref(), Some("en"));
    b.eval(follow, vec![]);
    b.wait_for(
        "the English page",
        "return document.documentElement.lang === 'en' && document.querySelectorAll('main section h2').length > 0",
    );
    let address = b.eval(
        "return location.pathname + location.search + location.hash;",
        vec![],
    );
    assert_eq!(address, "/?goods=2000..2024#what-is-traded");
    assert_eq!(b.console_errors(), Vec::<String>::new());
}
