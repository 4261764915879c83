//! The page's layout as a reader sees it: on a wide screen the contents stand in a sticky column beside the
//! text and mark the section being read, without ever covering the text; on a phone they are folded away so
//! the article starts soon; in print they are a plain list, every debate is open and no control is left;
//! and the type keeps its measure and its smallest sizes.

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::dist_dir;
use e2e_tests::page::{bring_every_chart_to_life, OpenArticle, READ_TO_THE_END};
use e2e_tests::static_server::{Serving, StaticServer};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

fn section_ids() -> Vec<String> {
    e2e_tests::front_matter_in("content/article", "id")
}

fn phone() -> Launch {
    Launch {
        width: 375,
        height: 812,
        ..Launch::default()
    }
}

/// Scrolls the section `id` to the top of the view, as following a link would, but without changing the
/// address (which would start the bundle).
fn scroll_to_section(browser: &Browser, id: &str) {
    browser.eval(
        "document.getElementById(arguments[0]).scrollIntoView({ block: 'start', behavior: 'instant' });",
        vec![json!(id)],
    );
}

/// The `href` of every contents link marked as the reader's location, once the marking has settled on
/// `expected` (or after a few seconds, whatever they are then).
fn marked_links(browser: &Browser, expected: Value) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        // Two frames first: the script marks in an IntersectionObserver's callback, after a rendering.
        let marked = browser.eval_async(
            "const done = arguments[arguments.length - 1];
             requestAnimationFrame(() => requestAnimationFrame(() => done(
               [...document.querySelectorAll('.toc [aria-current]')].map(a => a.getAttribute('href')))));",
            vec![],
        );
        if marked == expected || Instant::now() > deadline {
            return marked;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn on_a_wide_screen_the_contents_stand_beside_the_text_and_mark_the_section_being_read() {
    let page = OpenArticle::open(Launch::default(), "");
    let b = &page.browser;
    let column = b.eval(
        "const toc = document.querySelector('nav.toc');
         const list = toc.querySelector('.toc__list');
         const text = document.querySelector('main section p').getBoundingClientRect();
         const box = toc.getBoundingClientRect();
         return [getComputedStyle(toc).position, list.checkVisibility() && list.getBoundingClientRect().height > 0,
                 toc.querySelector('details').open, box.right <= text.left, box.top < innerHeight,
                 [...list.querySelectorAll(':scope > li > a')].filter(a => a.checkVisibility()).length]",
        vec![],
    );
    let sections = section_ids();
    assert_eq!(
        column,
        json!(["sticky", true, true, true, true, sections.len()]),
        "[position, list shown, disclosure open, left of the text, on the first screen, section links shown]"
    );
    assert_eq!(
        marked_links(b, json!([])),
        json!([]),
        "nothing is marked while the lead is read"
    );
    // A link in the column is followed like any other (WebDriver refuses a closed disclosure's content).
    b.click(&b.find("nav.toc .toc__list > li:nth-child(3) > a"));
    b.wait_for(
        "the link to be followed",
        &format!("return location.hash === '#{}'", sections[2]),
    );
    // The smooth scroll to the section has ended: its top is at the top of the view and stays there. (On a
    // loaded machine the scroll and the charts' bundle, which the new address starts, can take seconds.)
    let top = b.eval_async(
        "const done = arguments[arguments.length - 1];
         const target = document.getElementById(location.hash.slice(1));
         let last = NaN, still = 0;
         const check = () => {
           const top = target.getBoundingClientRect().top;
           still = Math.abs(top - last) < 0.5 ? still + 1 : 0;
           last = top;
           if ((still >= 5 && Math.abs(top) < 80) || performance.now() > deadline) done(top); else requestAnimationFrame(check);
         };
         const deadline = performance.now() + 20000;
         requestAnimationFrame(check);",
        vec![],
    );
    assert!(
        top.as_f64().is_some_and(|top| top.abs() < 80.0),
        "the followed link's section ends at the top of the view (its top is at {top} px)"
    );
    let followed = json!([format!("#{}", sections[2])]);
    assert_eq!(marked_links(b, followed.clone()), followed);
    for id in [&sections[3], &sections[1], sections.last().unwrap()] {
        scroll_to_section(b, id);
        let expected = json!([format!("#{id}")]);
        assert_eq!(marked_links(b, expected.clone()), expected);
        let still_in_view = b.eval(
            "const box = document.querySelector('nav.toc').getBoundingClientRect();
             const link = document.querySelector('.toc [aria-current]').getBoundingClientRect();
             return box.top >= 0 && box.top < innerHeight && link.top >= 0 && link.bottom <= innerHeight",
            vec![],
        );
        assert_eq!(
            still_in_view,
            json!(true),
            "the column and its marked link stay in view at #{id}"
        );
    }
}

#[test]
fn the_section_being_read_is_marked_before_the_charts_bundle_arrives() {
    // No script or WebAssembly from the build's bundle ever arrives: what marks the section is the page's own.
    let server = StaticServer::serve(&dist_dir(), Serving::default().stall("japan-us-trade"));
    let page = OpenArticle {
        browser: Browser::launch(Launch::default()),
        server,
    };
    let b = &page.browser;
    b.goto(&format!("{}/", page.server.origin));
    b.wait_for("the article", "return document.readyState === 'complete'");
    let second = &section_ids()[1];
    scroll_to_section(b, second);
    let expected = json!([format!("#{second}")]);
    assert_eq!(marked_links(b, expected.clone()), expected);
    let live = b.eval(
        "return document.querySelectorAll('.chart-island[data-live]').length",
        vec![],
    );
    assert_eq!(live, json!(0), "the bundle ran although it was blocked");
}

#[test]
fn at_1100_px_the_contents_column_covers_no_text_or_figure() {
    let page = OpenArticle::open(
        Launch {
            width: 1100,
            ..Launch::default()
        },
        "",
    );
    let b = &page.browser;
    let overlaps = b.eval_async(
        &format!(
            "const done = arguments[arguments.length - 1];
             {READ_TO_THE_END}
             (async () => {{
             const toc = document.querySelector('nav.toc');
             const overlaps = [];
             let besideText = 0;
             const check = () => {{
               const box = toc.getBoundingClientRect();
               for (const el of document.querySelectorAll('.masthead *, main p, main h2, main h3, main li, main figure, main table, .colophon p')) {{
                 const r = el.getBoundingClientRect();
                 if (r.height === 0 || r.bottom < 0 || r.top > innerHeight) continue;
                 const vertical = r.top < box.bottom && r.bottom > box.top;
                 if (vertical && r.left < box.right && r.right > box.left) overlaps.push(el.tagName + ' at ' + Math.round(scrollY));
                 if (vertical && r.left >= box.right) besideText++;
               }}
             }};
             check();
             while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) {{
               scrollBy({{ top: innerHeight / 2, behavior: 'instant' }});
               await frame();
               check();
             }}
             done([getComputedStyle(toc).position, besideText > 0, overlaps.slice(0, 10)]);
             }})();"
        ),
        vec![],
    );
    assert_eq!(
        overlaps,
        json!(["sticky", true, []]),
        "[position, the column stands beside the text, what it overlaps]"
    );
    let scrolling = b.eval(
        "const toc = document.querySelector('nav.toc');
         return [getComputedStyle(toc).overflowY, toc.getBoundingClientRect().height <= innerHeight]",
        vec![],
    );
    assert_eq!(
        scrolling,
        json!(["auto", true]),
        "the column scrolls itself rather than run past the window"
    );
}

#[test]
fn on_a_phone_the_contents_are_folded_and_the_first_section_starts_within_two_screens() {
    let page = OpenArticle::open(phone(), "");
    let first = &section_ids()[0];
    let state = page.browser.eval(
        "const toc = document.querySelector('nav.toc');
         const heading = document.getElementById(arguments[0]).querySelector('h2');
         return [toc.querySelector('details').open, toc.querySelector('.toc__list').checkVisibility(),
                 toc.querySelector('summary').checkVisibility(),
                 heading.getBoundingClientRect().top + scrollY < 2 * innerHeight, innerHeight]",
        vec![json!(first)],
    );
    assert_eq!(
        state,
        json!([false, false, true, true, 812]),
        "[contents open, list shown, summary shown, #{first} within two screens, viewport height]"
    );
}

#[test]
fn without_scripts_the_contents_fold_open_on_a_narrow_screen_and_stand_open_on_a_wide_one() {
    let narrow = OpenArticle::open(
        Launch {
            width: 1000,
            javascript: false,
            ..Launch::default()
        },
        "",
    );
    let b = &narrow.browser;
    let shown = "return document.querySelector('nav.toc .toc__list').checkVisibility()";
    assert_eq!(b.eval(shown, vec![]), json!(false));
    b.click(&b.find("nav.toc summary"));
    b.wait_for("the contents to open", shown);
    drop(narrow);

    let wide = OpenArticle::open(
        Launch {
            javascript: false,
            ..Launch::default()
        },
        "",
    );
    let state = wide.browser.eval(
        "const toc = document.querySelector('nav.toc');
         return [toc.querySelector('.toc__list').checkVisibility(), toc.querySelector('summary').checkVisibility(),
                 [...toc.querySelectorAll('.toc__list > li > a')].filter(a => a.checkVisibility()).length]",
        vec![],
    );
    assert_eq!(
        state,
        json!([true, false, section_ids().len()]),
        "[list shown, summary shown, section links shown]"
    );
}

#[test]
fn in_print_every_debate_is_open_the_contents_are_a_plain_list_and_no_control_is_left() {
    let page = OpenArticle::open(Launch::default(), "");
    let b = &page.browser;
    // Live charts first: they carry the controls print must leave out.
    bring_every_chart_to_life(b);
    b.emulate_print_media();
    let debates = b.eval(
        "return [...document.querySelectorAll('details.controversy')].map(d => {
           const a = d.querySelector('.controversy__arguments');
           return [d.id, a.checkVisibility() && a.getBoundingClientRect().height > 0];
         })",
        vec![],
    );
    let expected: Vec<Value> = e2e_tests::front_matter_in("content/controversies", "id")
        .into_iter()
        .map(|id| json!([id, true]))
        .collect();
    assert_eq!(debates, json!(expected), "every debate prints open");
    let contents = b.eval(
        "const toc = document.querySelector('nav.toc');
         return [getComputedStyle(toc).position, toc.querySelector('.toc__list').checkVisibility(),
                 toc.querySelector('summary').checkVisibility(),
                 [...toc.querySelectorAll('.toc__list > li > a')].filter(a => a.checkVisibility()).length]",
        vec![],
    );
    assert_eq!(
        contents,
        json!(["static", true, false, section_ids().len()]),
        "[position, list printed, summary printed, section links printed]"
    );
    let controls = b.eval(
        "return [...document.querySelectorAll('button:not(.chart__toggle), select, input, .button, .skip-link, summary:not(.controversy__toggle)')]
           .filter(c => c.checkVisibility() && c.getBoundingClientRect().height > 0)
           .map(c => c.outerHTML.slice(0, 80))",
        vec![],
    );
    assert_eq!(controls, json!([]), "controls left in print");
    let charts = b.eval(
        "return [...document.querySelectorAll('figure.chart')].filter(f =>
           f.querySelector('canvas, img').getBoundingClientRect().height > 0
           && f.querySelector('.chart__takeaway').checkVisibility()).length",
        vec![],
    );
    let islands = b.eval(
        "return document.querySelectorAll('.chart-island').length",
        vec![],
    );
    assert_eq!(charts, islands, "every chart prints with its takeaway");
    let sources = b.eval(
        "return document.getElementById('sources').checkVisibility()",
        vec![],
    );
    assert_eq!(sources, json!(true));
}

#[test]
fn the_text_keeps_its_measure_and_no_chart_text_is_under_12_px() {
    for launch in [
        Launch {
            width: 1100,
            ..Launch::default()
        },
        Launch {
            width: 1920,
            height: 1080,
            ..Launch::default()
        },
        phone(),
    ] {
        let width = launch.width;
        let page = OpenArticle::open(launch, "");
        let b = &page.browser;
        bring_every_chart_to_life(b);
        let characters_per_line = e2e_tests::page::characters_per_line(b);
        if width >= 1100 {
            assert!(
                (60.0..=75.0).contains(&characters_per_line),
                "{characters_per_line:.0} characters per line at {width} px"
            );
        }
        let small = b.eval(
            "const small = new Set();
             const details = document.querySelectorAll('details'); details.forEach(d => d.open = true);
             const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
             while (walk.nextNode()) {
               const el = walk.currentNode.parentElement;
               if (!walk.currentNode.textContent.trim() || !el.closest('.chart') || !el.checkVisibility()) continue;
               if (el.closest('.visually-hidden')) continue;
               const size = parseFloat(getComputedStyle(el).fontSize);
               if (size < 12) small.add(el.className + ' ' + size);
             }
             return [...small];",
            vec![],
        );
        assert_eq!(small, json!([]), "chart text under 12 px at {width} px");
        let cells = b.eval(
            "const cells = [...document.querySelectorAll('.chart__table td')];
             return [cells.length > 0, cells.every(td => getComputedStyle(td).textAlign === 'right'
               && getComputedStyle(td).fontVariantNumeric.includes('tabular-nums'))]",
            vec![],
        );
        assert_eq!(
            cells,
            json!([true, true]),
            "table figures right-aligned with tabular digits"
        );
    }
}
