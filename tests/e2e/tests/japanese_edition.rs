//! The Japanese edition at /ja/, as a reader meets it: a Japanese page (language, title, every section and
//! anchor of the English one, the timeline's events in Japanese), no English interface words left in the
//! page's own text, both editions naming each other, and a language switch that keeps the reader's chart
//! view and place.

use e2e_tests::browser::Browser;
use e2e_tests::browser::Launch;
use e2e_tests::page::{bring_every_chart_to_life, OpenArticle};
use e2e_tests::{csv_rows, front_matter_in, grouped_millions, oku_dollars, workspace_root};
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
    // The editions name each other with absolute addresses only, which a build knows from SITE_URL (unit
    // tests cover that); this build has none, and relative alternates would be invalid.
    assert_eq!(head[3], json!([]));
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

/// The page's interface text: its controls, headings, captions, tables, read-outs, notices and the names
/// and descriptions of elements (the prose and the sources may quote English documents by their titles).
fn interface_text(b: &Browser) -> String {
    b.eval(
        "const parts = 'button, summary, label, legend, caption, th, figcaption, nav, h1, h2, h3, h4, option, \\
               .chart__readout, .chart__title, .chart__source, .chart__note, .chart__takeaway, [role=status], \\
               [aria-live], .colophon, .evidence__actions, .timeline__date, .timeline__verification-label';
             return [...document.querySelectorAll(parts)].map(e => e.innerText).join('\\n') + '\\n' +
               [...document.querySelectorAll('[aria-label], [title], [alt], [aria-description]')]
                 .map(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('alt'), e.getAttribute('aria-description')].join(' '))
                 .join('\\n');",
        vec![],
    )
    .as_str()
    .unwrap()
    .to_string()
}

#[test]
fn no_english_interface_words_are_left_in_the_japanese_page() {
    let page = OpenArticle::open(Launch::default(), "ja/");
    let b = &page.browser;
    // Every chart live, everything a reader can open opened, then the text a reader sees and the names a
    // screen reader reads.
    bring_every_chart_to_life(b);
    b.eval(
        "document.querySelectorAll('details').forEach(d => d.open = true);",
        vec![],
    );
    let text = interface_text(b);
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
        // The charts' own words, live.
        "Table",
        "Download",
        "Embed",
        "Share",
        "Reset",
        "Units",
        "US goods trade",
        "Exports",
        "Imports",
        "Balance",
        "billion",
        " bn",
        "no data",
        "Source:",
    ] {
        assert!(
            !text.contains(english),
            "the Japanese page still says {english:?}"
        );
    }
    // The English page keeps its own words (the check above can fail).
    b.goto(&format!("{}/", page.server.origin));
    bring_every_chart_to_life(b);
    b.eval(
        "document.querySelectorAll('details').forEach(d => d.open = true);",
        vec![],
    );
    let english = interface_text(b);
    for words in [
        "Jump to a period",
        "Table",
        "Share",
        "Reset",
        " bn",
        "Source notes",
    ] {
        assert!(
            english.contains(words),
            "{words} not found on the English page"
        );
    }
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
    // The view came along: the live Japanese chart shows the reader's years.
    let title = b.wait_for(
        "the goods chart to come to life in the reader's view",
        "const island = document.getElementById('goods-trade-chart').closest('.chart-island');
         island.scrollIntoView({ block: 'center', behavior: 'instant' });
         return island.hasAttribute('data-live') && island.querySelector('.chart__title').textContent;",
    );
    assert!(title.as_str().unwrap().contains("1990〜2025年"), "{title}");
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

/// The goods chart's read-out after moving it to its last year, on the page `b` shows.
fn goods_readout_at_the_end(b: &Browser) -> String {
    b.wait_for(
        "the goods chart to come to life",
        "const island = document.getElementById('goods-trade-chart').closest('.chart-island');
         island.scrollIntoView({ block: 'center', behavior: 'instant' });
         return island.hasAttribute('data-live') && !!island.querySelector('canvas');",
    );
    b.send_keys(&b.find("#goods-trade-chart canvas"), "\u{E010}"); // End: the read-out moves to the last year
    b.wait_for(
        "the read-out of 2024",
        "const line = document.querySelector('#goods-trade-chart .chart__readout');
         return /^2024/.test(line.querySelector('strong')?.textContent || '') && line.textContent",
    )
    .as_str()
    .unwrap()
    .to_string()
}

#[test]
fn the_japanese_read_out_gives_the_english_pages_values_in_japanese_units() {
    let view = "?goods=2000..2024";
    let page = OpenArticle::open(Launch::default(), &format!("ja/{view}"));
    let japanese = goods_readout_at_the_end(&page.browser);
    page.browser.goto(&format!("{}/{view}", page.server.origin));
    let english = goods_readout_at_the_end(&page.browser);
    let row = csv_rows("goods_trade.csv")
        .into_iter()
        .find(|r| r["year"] == "2024")
        .expect("2024 in goods_trade.csv");
    for column in ["us_exports_musd", "us_imports_musd", "balance_musd"] {
        // The same CSV cell on both pages: in billions on the English one, in 億ドル on the Japanese one.
        let millions = grouped_millions(&row[column]);
        let (whole, _) = millions.split_once('.').unwrap();
        let billions_digits: String = whole.chars().filter(|c| c.is_ascii_digit()).collect();
        let value: f64 = row[column].parse().unwrap();
        let billions = format!("{:.1}", (value.abs() / 1000.0 * 10.0).round() / 10.0);
        assert!(
            english.contains(&format!("${billions} bn")),
            "{column}: ${billions} bn ({billions_digits}) in {english}"
        );
        assert!(
            japanese.contains(&oku_dollars(&row[column])),
            "{column}: {} in {japanese}",
            oku_dollars(&row[column])
        );
    }
    assert!(japanese.contains("2024年"), "{japanese}");
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}
