//! A reader opens and closes the debates by mouse and keyboard, follows deep links and prints them.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use serde_json::json;

const ENTER: &str = "\u{E007}";
const SPACE: &str = "\u{E00D}";

fn expanded_states(page: &OpenArticle) -> serde_json::Value {
    page.browser.eval(
        "return Object.fromEntries([...document.querySelectorAll('details.controversy')].map(c =>
            [c.id, c.open ? 'true' : 'false']))",
        vec![],
    )
}

fn arguments_visible(page: &OpenArticle, id: &str) -> bool {
    page.browser
        .eval(
            "const a = document.querySelector('#' + arguments[0] + ' .controversy__arguments');
             return a.getBoundingClientRect().height > 0 && a.checkVisibility();",
            vec![json!(id)],
        )
        .as_bool()
        .unwrap()
}

fn wait_expanded(page: &OpenArticle, id: &str, value: &str) {
    page.browser.wait_for(
        &format!("#{id} aria-expanded={value}"),
        &format!("return String(document.getElementById('{id}').open) === '{value}'"),
    );
}

#[test]
fn six_controversies_start_closed_showing_title_and_question() {
    let page = OpenArticle::open(Launch::default(), "");
    let states = expanded_states(&page);
    let states = states.as_object().unwrap();
    assert_eq!(states.len(), 6);
    assert!(states.values().all(|v| v == "false"), "{states:?}");
    let summaries = page.browser.eval(
        "return [...document.querySelectorAll('details.controversy > summary')].map(b =>
            [b.querySelector('h3.controversy__title').textContent.length > 0,
             b.querySelector('.controversy__question').textContent.endsWith('?')])",
        vec![],
    );
    assert_eq!(summaries, json!(vec![[true, true]; 6]));
    assert!(!arguments_visible(&page, "currency"));
}

#[test]
fn a_controversy_opens_and_closes_with_the_mouse() {
    let page = OpenArticle::open(Launch::default(), "");
    let toggle = page.browser.find("#trade-deficits > summary");
    page.browser.click(&toggle);
    wait_expanded(&page, "trade-deficits", "true");
    assert!(arguments_visible(&page, "trade-deficits"));
    let sides = page.browser.eval(
        "return [...document.querySelectorAll('#trade-deficits h4')].map(h => h.textContent)",
        vec![],
    );
    assert_eq!(
        sides,
        json!([
            "The critics’ case",
            "The response",
            "What the data show",
            "What would settle it"
        ])
    );
    page.browser.click(&toggle);
    wait_expanded(&page, "trade-deficits", "false");
    assert!(!arguments_visible(&page, "trade-deficits"));
}

#[test]
fn a_controversy_opens_with_enter_and_closes_with_space() {
    let page = OpenArticle::open(Launch::default(), "");
    let toggle = page.browser.find("#currency > summary");
    page.browser.send_keys(&toggle, ENTER);
    wait_expanded(&page, "currency", "true");
    assert!(arguments_visible(&page, "currency"));
    page.browser.send_keys(&toggle, SPACE);
    wait_expanded(&page, "currency", "false");
    assert!(!arguments_visible(&page, "currency"));
}

#[test]
fn a_deep_link_opens_its_controversy_and_scrolls_to_it() {
    let page = OpenArticle::open(Launch::default(), "#non-tariff-barriers");
    wait_expanded(&page, "non-tariff-barriers", "true");
    let states = expanded_states(&page);
    let open: Vec<&String> = states
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| *v == "true")
        .map(|(k, _)| k)
        .collect();
    assert_eq!(open, ["non-tariff-barriers"]);
    // Charts above the target come to life without pushing it away.
    std::thread::sleep(std::time::Duration::from_millis(1000));
    page.browser.wait_for(
        "the controversy to be scrolled into view",
        "const r = document.getElementById('non-tariff-barriers').getBoundingClientRect();
         return r.top >= -1 && r.top < innerHeight / 2;",
    );
}

#[test]
fn following_an_in_page_link_to_a_controversy_opens_it() {
    let page = OpenArticle::open(Launch::default(), "");
    page.browser.eval("location.hash = '#currency'", vec![]);
    wait_expanded(&page, "currency", "true");
}

#[test]
fn expand_all_and_collapse_all() {
    let page = OpenArticle::open(Launch::default(), "");
    page.read_to_the_debates();
    page.browser.click(
        &page
            .browser
            .find(".controversies__controls button:nth-child(1)"),
    );
    page.browser.wait_for(
        "all open",
        "return [...document.querySelectorAll('details.controversy')].every(d => d.open)",
    );
    page.browser.click(
        &page
            .browser
            .find(".controversies__controls button:nth-child(2)"),
    );
    page.browser.wait_for(
        "all closed",
        "return [...document.querySelectorAll('details.controversy')].every(d => !d.open)",
    );
}

#[test]
fn printing_shows_every_controversy_open() {
    let page = OpenArticle::open(Launch::default(), "");
    assert!(!arguments_visible(&page, "currency"));
    page.browser.emulate_print_media();
    for id in ["trade-deficits", "currency", "pace-of-liberalization"] {
        assert!(arguments_visible(&page, id), "{id} is not printed open");
    }
}

/// The words of `text`, one space between each.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_printed_copy_holds_every_debate_open() {
    let page = OpenArticle::open(Launch::default(), "");
    let b = &page.browser;
    if !b.engine.prints_to_pdf() {
        eprintln!(
            "{}: WebDriver cannot print here; print media are checked by emulation only",
            b.engine
        );
        return;
    }
    // Each debate's closed part: the first words of the first paragraph of its arguments.
    let openings = b.eval(
        "return [...document.querySelectorAll('details.controversy')].map(d =>
           d.querySelector('.controversy__arguments p').textContent.trim().split(/\\s+/).slice(0, 6).join(' '))",
        vec![],
    );
    let openings: Vec<String> = openings
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        openings.len(),
        e2e_tests::front_matter_in("content/controversies", "id").len()
    );
    let pdf = std::env::temp_dir().join(format!("printed-{}.pdf", std::process::id()));
    std::fs::write(&pdf, b.print_to_pdf()).unwrap();
    let text = std::process::Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (Debian's poppler-utils) reads the PDF");
    let _ = std::fs::remove_file(&pdf);
    let printed = words(&String::from_utf8_lossy(&text.stdout));
    for opening in &openings {
        assert!(
            printed.contains(&words(opening)),
            "the printed copy lacks a debate's arguments, which begin: {opening}"
        );
    }
    for control in ["Expand all", "Collapse all"] {
        assert!(
            !printed.contains(control),
            "the control {control:?} is printed"
        );
    }
}
