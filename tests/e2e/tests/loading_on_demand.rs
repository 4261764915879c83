//! The article fetches its bundle (script and WebAssembly) only when the reader needs it: a reader who lands
//! and reads the lead downloads the page and its stylesheets (plus a little), and whatever needs scripts —
//! a chart, the debates' "Expand all", a deep link, a chart's address, a link followed in the page — works
//! when the reader gets there.

use std::time::{Duration, Instant};

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::dist_dir;
use e2e_tests::fetched::{
    fetched, land_and_read_the_lead, total_bytes, weighed_as_brotli, Fetched,
};
use e2e_tests::page::{scroll_position_once_settled, OpenArticle};
use e2e_tests::static_server::{as_served, StaticServer};
use e2e_tests::transfer::{brotli_bytes, first_load_files};
use serde_json::{json, Value};

/// What the page may fetch before the reader scrolls, beyond its own HTML and stylesheets (issue #13).
const ALLOWANCE_BYTES: usize = 10 * 1024;

/// How long a test watches the page for a download that should not happen: long enough for a loader
/// started after the first paint (as before issue #13) to have fetched the bundle many times over from
/// 127.0.0.1. Not a timing assertion: nothing is asserted about how long anything takes.
const WATCH: Duration = Duration::from_secs(3);

fn phone() -> Launch {
    Launch {
        width: 375,
        height: 812,
        ..Launch::default()
    }
}

/// Reads the lead (see [`land_and_read_the_lead`]), then watches the page for [`WATCH`], failing if it
/// fetches any part of the bundle; returns what it fetched.
fn read_the_lead_and_watch(browser: &Browser, origin: &str) -> Vec<Fetched> {
    land_and_read_the_lead(browser, origin);
    let deadline = Instant::now() + WATCH;
    loop {
        let now = fetched(browser);
        let bundle: Vec<&str> = now
            .iter()
            .filter(|f| f.is_bundle())
            .map(Fetched::name)
            .collect();
        assert!(
            bundle.is_empty(),
            "reading the lead fetched the bundle: {bundle:?}"
        );
        if Instant::now() > deadline {
            return now;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn bundle_fetched(browser: &Browser) -> Vec<String> {
    fetched(browser)
        .into_iter()
        .filter(Fetched::is_bundle)
        .map(|f| f.name().to_string())
        .collect()
}

#[test]
fn a_reader_who_reads_the_lead_fetches_no_bundle_on_a_phone_or_a_desktop() {
    for launch in [phone(), Launch::default()] {
        let server = StaticServer::start(&dist_dir());
        let browser = Browser::launch(launch);
        let seen = read_the_lead_and_watch(&browser, &server.origin);
        assert!(
            seen.iter().any(|f| f.name().ends_with(".css")),
            "the watch saw no stylesheet, so it saw nothing: {seen:?}"
        );
        // Scripts had not failed: the page's own inline scripts ran, it just did not need the bundle yet.
        assert_eq!(browser.console_errors(), Vec::<String>::new());
    }
}

/// Measured as the browser's `encodedBodySize` of each response from a server answering with brotli at
/// quality 11 (see `e2e_tests::fetched`): the page's own HTML and stylesheets count exactly their brotli sizes.
#[test]
fn bytes_before_scrolling_are_the_page_and_its_stylesheets_plus_at_most_10_kb() {
    let dist = dist_dir();
    let page_and_styles: Vec<_> = first_load_files(&dist)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|x| x == "html" || x == "css"))
        .collect();
    // As served: in an engine whose console the test server records, the page carries the recorder's tag.
    let served = |f: &std::path::Path| brotli_bytes(&as_served(f)).len();
    let own: usize = page_and_styles.iter().map(|f| served(f)).sum();
    for launch in [phone(), Launch::default()] {
        let server = StaticServer::start_compressed(&dist);
        let browser = Browser::launch(launch);
        let mut seen = read_the_lead_and_watch(&browser, &server.origin);
        if !browser.engine.asks_for_brotli_over_http() {
            seen = weighed_as_brotli(&seen, &server.origin, &dist);
        }
        // The measurement is the brotli size: the page's own HTML, as sent, weighs what brotli -q 11 makes of it.
        assert_eq!(
            seen[0].bytes as usize,
            served(&dist.join("index.html")),
            "{seen:?}"
        );
        let total = total_bytes(&seen);
        assert!(
            total as usize <= own + ALLOWANCE_BYTES,
            "before scrolling the page fetched {total} bytes, over its HTML and stylesheets ({own}) + {ALLOWANCE_BYTES}: {seen:?}"
        );
    }
}

/// Scrolls down `step` px a frame at a time, as a reader would, until the first chart's top reaches the
/// middle of the viewport.
fn read_down_to_the_first_chart(page: &OpenArticle, step: u32) {
    page.browser.eval_async(
        "const [step, done] = arguments;
         const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)));
         (async () => {
           const island = document.querySelector('.chart-island[data-chart]');
           while (island.getBoundingClientRect().top > innerHeight / 2) { scrollBy({ top: step, behavior: 'instant' }); await frame(); }
           done();
         })();",
        vec![json!(step)],
    );
}

#[test]
fn scrolling_down_to_the_first_chart_makes_it_live() {
    for launch in [phone(), Launch::default()] {
        let page = OpenArticle::open(launch, "");
        assert_eq!(bundle_fetched(&page.browser), Vec::<String>::new());
        read_down_to_the_first_chart(&page, 120);
        page.browser.wait_for(
            "the first chart to be live",
            "const island = document.querySelector('.chart-island[data-chart]');
             return island.hasAttribute('data-live') && island.querySelector('canvas')?.width > 10",
        );
        assert!(
            bundle_fetched(&page.browser)
                .iter()
                .any(|f| f.ends_with(".wasm")),
            "a live chart without the WebAssembly?"
        );
        assert_eq!(page.browser.console_errors(), Vec::<String>::new());
    }
}

/// Waits until the bundle has been fetched and the page's behaviours have started (the debates' "Expand
/// all" controls, hidden without scripts, show). The test does not scroll meanwhile.
fn wait_for_the_bundle(page: &OpenArticle) {
    page.browser.wait_for(
        "the page's scripts to start",
        "return performance.getEntriesByType('resource').some(e => e.name.endsWith('.wasm'))
            && !document.querySelector('.controversies__controls').hidden",
    );
}

#[test]
fn a_deep_link_into_a_debate_loads_the_bundle_and_opens_it() {
    let page = OpenArticle::open(phone(), "#currency");
    wait_for_the_bundle(&page);
    page.browser.wait_for(
        "the debate to be open and in view",
        "const d = document.getElementById('currency'); const r = d.getBoundingClientRect();
         return d.open && r.top >= -1 && r.top < innerHeight / 2",
    );
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

#[test]
fn a_chart_address_loads_the_bundle_and_opens_the_chart_in_its_view() {
    let page = OpenArticle::open(Launch::default(), "?goods=1990..2010~real");
    wait_for_the_bundle(&page);
    page.wait_for_chart();
    let view = page.browser.wait_for(
        "the chosen view",
        "const f = document.getElementById('goods-trade-chart');
         const title = f.querySelector('.chart__title').textContent;
         return title.includes('1990–2010') && [title, f.querySelector('input[value=real]').checked];",
    );
    assert_eq!(view, json!(["US goods trade with Japan, 1990–2010", true]));
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

/// An element that a link a reader can see points to, at least `viewports` viewport heights from everything that
/// needs scripts, so that only the link, not the scroll it causes, can start the bundle.
fn a_target_far_from_what_needs_scripts(page: &OpenArticle, viewports: f64) -> Value {
    page.browser.eval(
        "const far = arguments[0] * innerHeight;
         const needs = [...document.querySelectorAll('.chart-island[data-chart], .controversies')]
           .map(e => { const r = e.getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY]; });
         const link = [...document.querySelectorAll('a[href^=\"#\"]')].find(a => {
           // One a mouse can reach: shown, and not the skip link (off screen until focused).
           if (!a.checkVisibility() || a.classList.contains('skip-link')) return false;
           const target = document.getElementById(a.getAttribute('href').slice(1));
           if (!target) return false;
           const top = target.getBoundingClientRect().top + scrollY;
           return needs.every(([from, to]) => top - to > far || from - (top + innerHeight) > far);
         });
         return link ? link.getAttribute('href') : null;",
        vec![json!(viewports)],
    )
}

#[test]
fn following_a_link_in_the_page_loads_the_bundle() {
    let page = OpenArticle::open(Launch::default(), "");
    let href = a_target_far_from_what_needs_scripts(&page, 3.0);
    let href = href
        .as_str()
        .unwrap_or_else(|| panic!("no link in the page points far from every chart and debate"));
    page.browser
        .click(&page.browser.find(&format!("a[href='{href}']")));
    page.browser.wait_for(
        "the link to be followed",
        &format!("return location.hash === '{href}'"),
    );
    wait_for_the_bundle(&page);
    // The bundle, started late, keeps the reader where the link took them.
    page.browser.wait_for(
        "the target in view",
        &format!(
            "const r = document.getElementById('{}').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight / 2",
            &href[1..]
        ),
    );
    // A link to a debate then works at once.
    page.browser.eval("location.hash = '#currency'", vec![]);
    page.browser.wait_for(
        "the debate to open",
        "return document.getElementById('currency').open",
    );
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

#[test]
fn a_query_without_a_chart_view_leaves_the_bundle_to_load_on_demand() {
    // A link tracker's parameters are not a chart's view: the page waits for the reader as usual.
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::launch(Launch::default());
    browser.goto(&format!(
        "{}/?utm_source=newsletter&ref=share",
        server.origin
    ));
    browser.wait_for(
        "the page to load",
        "return document.readyState === 'complete'",
    );
    let deadline = Instant::now() + WATCH;
    while Instant::now() < deadline {
        let bundle = bundle_fetched(&browser);
        assert!(
            bundle.is_empty(),
            "the query fetched the bundle: {bundle:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        fetched(&browser).iter().any(|f| f.name().ends_with(".css")),
        "the watch saw nothing"
    );
    assert_eq!(browser.console_errors(), Vec::<String>::new());
}

#[test]
fn a_reader_who_reads_on_after_a_link_is_not_pulled_back_when_the_bundle_arrives() {
    let page = OpenArticle::open(Launch::default(), "");
    let href = a_target_far_from_what_needs_scripts(&page, 3.0);
    let href = href
        .as_str()
        .unwrap_or_else(|| panic!("no link in the page points far from every chart and debate"));
    // Every request now takes a second and a half: the reader reads on before the bundle arrives.
    page.server.slow_down(Duration::from_millis(1500));
    page.browser
        .click(&page.browser.find(&format!("a[href='{href}']")));
    page.browser.wait_for(
        "the link to be followed",
        &format!("return location.hash === '{href}' && self.scrollAtLink !== undefined"),
    );
    // The reader arrives (the link scrolls smoothly), then reads on a screen.
    scroll_position_once_settled(&page.browser);
    let read_on_to = page.browser.eval(
        "scrollBy({ top: innerHeight, behavior: 'instant' }); return scrollY;",
        vec![],
    );
    assert!(
        bundle_fetched(&page.browser)
            .iter()
            .all(|f| !f.ends_with(".wasm")),
        "the bundle arrived before the reader read on, so this test proves nothing"
    );
    wait_for_the_bundle(&page);
    let now = page.browser.eval_async(
        "const done = arguments[arguments.length - 1];
         requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(scrollY), 100)));",
        vec![],
    );
    let (read_on_to, now) = (read_on_to.as_f64().unwrap(), now.as_f64().unwrap());
    assert!(
        (now - read_on_to).abs() < 48.0,
        "the bundle moved the reader from {read_on_to} to {now} px"
    );
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

#[test]
fn expand_all_appears_and_works_once_the_reader_reaches_the_debates() {
    let page = OpenArticle::open(phone(), "");
    let shown = "return document.querySelector('.controversies__controls').checkVisibility({ visibilityProperty: true })";
    assert_eq!(page.browser.eval(shown, vec![]), json!(false));
    page.read_to_the_debates();
    assert_eq!(page.browser.eval(shown, vec![]), json!(true));
    page.browser
        .click(&page.browser.find("[data-action=expand-all]"));
    page.browser.wait_for(
        "every debate open",
        "return [...document.querySelectorAll('details.controversy')].every(d => d.open)",
    );
    page.browser
        .click(&page.browser.find("[data-action=collapse-all]"));
    page.browser.wait_for(
        "every debate closed",
        "return [...document.querySelectorAll('details.controversy')].every(d => !d.open)",
    );
}
