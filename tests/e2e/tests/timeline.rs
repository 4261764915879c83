//! The timeline as a reader uses it: short linked citations instead of raw addresses, the full source notes
//! and verification behind a disclosure that opens without scripts, and a list of periods to jump between.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use e2e_tests::{csv_rows, workspace_root};
use serde_json::json;

/// The first event of `events.csv` whose source gives an address (one without a quote, for a CSS
/// selector) and whose verification gives none, as `(anchor, first address, verification)`, read here from
/// the CSV, independently of the app.
fn an_event_with_an_address() -> (String, String, String) {
    let events = csv_rows("events.csv");
    let first_address = |source: &str| -> Option<String> {
        let word = source.split_whitespace().find(|w| w.contains("http"))?;
        let address = word[word.find("http")?..].trim_end_matches(['.', ',', ';', ')']);
        Some(address.to_string())
    };
    let (index, event, address) = events
        .iter()
        .enumerate()
        .find_map(|(index, e)| {
            let address = first_address(&e["source"])?;
            let plain = !address.contains(['\'', '"']) && !e["verification"].contains("http");
            plain.then_some((index, e, address))
        })
        .expect("an event whose source has an address");
    (
        e2e_tests::event_anchor(&events, index),
        address,
        event["verification"].clone(),
    )
}

/// The first year of each period in the front matter of the section that inserts the timeline.
fn period_years_in_content() -> Vec<String> {
    let dir = workspace_root().join("content/article");
    let section = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|text| text.contains("insert = \"timeline\""))
        .expect("the section that inserts the timeline");
    section
        .lines()
        .filter_map(|l| l.trim().strip_prefix("from = "))
        .map(|y| y.trim().to_string())
        .collect()
}

const TEXT_WITH_AN_ADDRESS: &str =
    "const walker = document.createTreeWalker(document.querySelector('.timeline'), NodeFilter.SHOW_TEXT);
     const found = [];
     while (walker.nextNode()) if (walker.currentNode.textContent.includes('http')) found.push(walker.currentNode.textContent);
     return found;";

#[test]
fn an_event_cites_its_source_as_a_link_and_its_notes_open_without_scripts() {
    let (anchor, address, verification) = an_event_with_an_address();
    let page = OpenArticle::open(
        Launch {
            javascript: false,
            ..Launch::default()
        },
        "",
    );
    let b = &page.browser;
    assert_eq!(b.eval(TEXT_WITH_AN_ADDRESS, vec![]), json!([]));
    // The citation links to the address in the CSV, with a ↗ after it.
    let citation = format!("#{anchor} .timeline__citations a[href='{address}']");
    let arrow = b.eval(
        &format!(
            "const a = document.querySelector(\"{citation}\");
             return a && [a.checkVisibility(), getComputedStyle(a, '::after').content.includes('↗')];"
        ),
        vec![],
    );
    assert_eq!(arrow, json!([true, true]), "{citation}");
    // The ↗ is seen, not read: the link's name, as the browser gives it to screen readers, is the label
    // and that it opens the source.
    let name = b.accessible_name(&b.find(&citation));
    let label = b.eval(
        &format!("return document.querySelector(\"{citation}\").firstChild.textContent"),
        vec![],
    );
    assert_eq!(
        name,
        format!("{} (opens the source)", label.as_str().unwrap()),
        "{citation}"
    );
    // The notes and the verification are one click away, closed at first.
    let notes = format!("#{anchor} details.timeline__notes");
    let shown = format!(
        "const d = document.querySelector('{notes}');
         return [d.open, d.querySelector('.timeline__verification').checkVisibility()];"
    );
    assert_eq!(b.eval(&shown, vec![]), json!([false, false]));
    b.click(&b.find(&format!("{notes} > summary")));
    b.wait_for(
        "the notes to open",
        &format!("return document.querySelector('{notes}').open"),
    );
    assert_eq!(b.eval(&shown, vec![]), json!([true, true]));
    let text = b.eval(
        &format!("return document.querySelector('{notes} .timeline__verification').textContent"),
        vec![],
    );
    assert_eq!(text, json!(format!("Verification: {verification}")));
}

#[test]
fn the_period_list_moves_to_each_periods_heading() {
    let years = period_years_in_content();
    assert!(years.len() >= 2, "{years:?}");
    for launch in [
        Launch::default(),
        Launch {
            width: 375,
            height: 812,
            dark: true,
            javascript: false,
            ..Launch::default()
        },
    ] {
        let page = OpenArticle::open(launch.clone(), "");
        let b = &page.browser;
        // A navigation landmark named by its visible lead, one link per period, in order.
        let nav = b.eval(
            "const nav = document.querySelector('.timeline nav');
             return [document.getElementById(nav.getAttribute('aria-labelledby')).textContent,
                     [...nav.querySelectorAll('a')].map(a => a.getAttribute('href'))];",
            vec![],
        );
        let links: Vec<String> = years.iter().map(|y| format!("#timeline-{y}")).collect();
        assert_eq!(nav, json!(["Jump to a period", links]));
        // Big enough to tap, and the page does not scroll sideways.
        let fits = b.eval(
            "return [[...document.querySelectorAll('.timeline nav a')].every(a => a.getBoundingClientRect().height >= 24),
                     document.documentElement.scrollWidth <= document.documentElement.clientWidth]",
            vec![],
        );
        assert_eq!(fits, json!([true, true]), "{launch:?}");
        let last = links.last().unwrap();
        b.click(&b.find(&format!(".timeline nav a[href='{last}']")));
        b.wait_for(
            "the period's heading at the top of the view",
            &format!(
                "const top = document.querySelector('{last}').getBoundingClientRect().top;
                 return location.hash === '{last}' && top >= 0 && top < 80;"
            ),
        );
    }
}
