//! An embedder pastes the article's Embed code into a page on another origin: the widget sizes its iframe,
//! obeys valid messages, ignores malformed ones, and reports what the reader does.

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::page::OpenArticle;
use e2e_tests::site::OnePageSite;
use serde_json::{json, Value};

/// The Embed code the article's dialog gives for the goods chart (in the view set by `query`).
fn snippet_from_the_article(launch: Launch, query: &str) -> (OpenArticle, String) {
    let page = OpenArticle::open(launch, query);
    page.wait_for_chart();
    page.browser
        .click(&page.browser.find("#goods-trade-chart .chart__embed"));
    page.browser.wait_for(
        "the dialog",
        "return document.getElementById('embed-dialog').open",
    );
    let code = page
        .browser
        .eval("return document.getElementById('embed-code').value", vec![]);
    (page, code.as_str().unwrap().to_string())
}

/// A host page on another origin (`localhost` against the widget's `127.0.0.1`) holding `snippet` in a box
/// `width` px wide, recording every message from the widget in `window.received`.
fn host_page(snippet: &str, width: u32) -> OnePageSite {
    OnePageSite::serve(&format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title><link rel=\"icon\" href=\"data:,\"></head><body style=\"margin:0\">\
         <script>window.received = []; addEventListener('message', e => {{ if (e.data && e.data.source === 'japan-us-trade') window.received.push(e.data); }});</script>\
         <div id=\"box\" style=\"width:{width}px\">{snippet}</div></body></html>"
    ))
}

/// The goods chart's Embed code from the article, pasted into a host page `width` px wide on another
/// site, once the widget has said it is ready.
fn the_article_snippet_on_a_host_page(width: u32) -> (OpenArticle, OnePageSite) {
    let (article, snippet) = snippet_from_the_article(Launch::default(), "");
    let host = host_page(&snippet, width);
    article.browser.goto(&host.url_on_another_site());
    article.browser.wait_for(
        "the widget",
        "return window.received.some(m => m.type === 'state')",
    );
    (article, host)
}

fn last(browser: &Browser, kind: &str) -> Value {
    browser.eval(
        &format!("return window.received.filter(m => m.type === '{kind}').pop() || null"),
        vec![],
    )
}

#[test]
fn the_embed_code_sizes_its_iframe_to_the_content_at_every_width() {
    // As in a reader's browser: the widget's frame in a process of its own.
    let isolated = Launch {
        isolate_sites: true,
        ..Launch::default()
    };
    let (article, snippet) = snippet_from_the_article(isolated, "");
    assert!(
        snippet.contains("?embed=goods")
            && snippet.contains("loading=\"lazy\"")
            && snippet.contains("title=\"")
    );
    for width in [320, 600, 1000] {
        let host = host_page(&snippet, width);
        let browser = &article.browser;
        browser.goto(&host.url_on_another_site());
        let height = browser.wait_for(
            "the iframe to take the reported height",
            "const f = document.querySelector('iframe'); const m = window.received.filter(m => m.type === 'size').pop();
             return m && Math.abs(f.getBoundingClientRect().height - Math.ceil(m.height)) < 1 && m.height > 200 && m.height;",
        );
        let frame = browser.find("iframe");
        browser.enter_frame(&frame);
        let fits = browser.wait_for(
            "no inner scrollbar",
            "return document.querySelector('#embed-root canvas')?.width > 10 &&
                    document.documentElement.scrollHeight <= innerHeight + 1 && document.documentElement.scrollWidth <= innerWidth;",
        );
        assert_eq!(fits, true, "at {width} px (height {height})");
        browser.leave_frames();
    }
    assert_eq!(article.browser.console_errors(), Vec::<String>::new());
}

fn count(browser: &Browser, kind: &str) -> u64 {
    browser
        .eval(
            &format!("return window.received.filter(m => m.type === '{kind}').length"),
            vec![],
        )
        .as_u64()
        .unwrap()
}

fn post_to_widget(browser: &Browser, message: &str) {
    browser.eval(
        &format!("document.querySelector('iframe').contentWindow.postMessage({message}, '*');"),
        vec![],
    );
}

/// Asks the widget for its state and waits for the answer. The widget handles messages in order, so
/// whatever it was going to send about earlier ones has arrived by then; the answer adds one `state`.
fn round_trip(browser: &Browser) {
    let before = count(browser, "state");
    post_to_widget(browser, "{ type: 'get-state' }");
    browser.wait_for(
        "the get-state answer",
        &format!("return window.received.filter(m => m.type === 'state').length > {before}"),
    );
}

#[test]
fn the_iframe_follows_the_content_height_when_the_host_narrows() {
    let (article, snippet) = snippet_from_the_article(Launch::default(), "");
    let host = host_page(&snippet, 1000);
    let browser = &article.browser;
    browser.goto(&host.url_on_another_site());
    let wide = browser.wait_for(
        "the first size",
        "const f = document.querySelector('iframe'); const m = window.received.filter(m => m.type === 'size').pop();
         return m && Math.abs(f.getBoundingClientRect().height - Math.ceil(m.height)) < 1 && m.height > 200 && m.height;",
    );
    browser.eval(
        "document.getElementById('box').style.width = '320px'",
        vec![],
    );
    let narrow = browser.wait_for(
        "the iframe to take the new height",
        &format!("const f = document.querySelector('iframe'); const m = window.received.filter(m => m.type === 'size').pop();
         return m && m.height !== {wide} && Math.abs(f.getBoundingClientRect().height - Math.ceil(m.height)) < 1 && m.height;"),
    );
    assert_ne!(wide, narrow);
    browser.enter_frame(&browser.find("iframe"));
    let fits = browser.wait_for(
        "no inner scrollbar",
        "return document.documentElement.scrollHeight <= innerHeight + 1 && document.documentElement.scrollWidth <= innerWidth;",
    );
    assert_eq!(fits, true, "at 320 px after narrowing (height {narrow})");
}

#[test]
fn the_monthly_duties_widget_tells_months_not_years() {
    let page = OpenArticle::open(Launch::default(), "");
    let host = host_page(
        &format!(
            "<iframe src=\"{}/embed.html?embed=duties-monthly\" title=\"Duties by month\" style=\"width:100%;height:620px;border:0\"></iframe>",
            page.server.origin
        ),
        800,
    );
    let browser = &page.browser;
    browser.goto(&host.url_on_another_site());
    browser.wait_for(
        "the widget",
        "return window.received.some(m => m.type === 'state')",
    );
    assert_eq!(
        last(browser, "state"),
        json!({ "source": "japan-us-trade", "type": "state", "chart": "duties-monthly", "from": null, "to": null, "units": "nominal", "series": ["duties", "rate"] })
    );
    // The first month the chart shows (January 2024, the year before the 2025 measures), from the CSV.
    let csv = std::fs::read_to_string(
        e2e_tests::workspace_root()
            .join("content/data/us_duties_on_imports_from_japan_monthly.csv"),
    )
    .unwrap();
    let first = csv
        .lines()
        .map(|l| l.split(',').collect::<Vec<_>>())
        .find(|c| c[0] == "2024" && !c[2].is_empty())
        .map(|c| format!("{}-{:0>2}", c[0], c[1]))
        .unwrap();
    browser.enter_frame(&browser.find("iframe"));
    browser.send_keys(&browser.find("#embed-root canvas"), "\u{E011}"); // Home
    browser.leave_frames();
    let item = browser.wait_for(
        "a read-out event",
        "const m = window.received.filter(m => m.type === 'readout').pop(); return m && m.item",
    );
    assert_eq!(item, json!(first));
    assert_eq!(
        browser.eval(
            "return window.received.filter(m => m.type === 'readout').pop().year",
            vec![]
        ),
        Value::Null
    );
}

#[test]
fn a_set_state_message_changes_the_chart_and_is_answered_once() {
    let (article, _host) = the_article_snippet_on_a_host_page(800);
    let browser = &article.browser;
    round_trip(browser);
    assert_eq!(
        count(browser, "state"),
        2,
        "the widget said it was ready more than once"
    );
    post_to_widget(
        browser,
        "{ type: 'set-state', state: { from: 2000, to: 2010, units: 'real', series: ['imports'] } }",
    );
    browser.wait_for("the answer", "const m = window.received.filter(m => m.type === 'state').pop(); return m && m.from === 2000");
    let answer = json!({ "source": "japan-us-trade", "type": "state", "chart": "goods", "from": 2000, "to": 2010, "units": "real", "series": ["imports"] });
    assert_eq!(last(browser, "state"), answer);
    round_trip(browser);
    assert_eq!(count(browser, "state"), 4, "one change, one state message");

    // A request that changes nothing is still answered.
    post_to_widget(browser, "{ type: 'set-state', state: { to: 2010 } }");
    browser.wait_for(
        "the answer to a request that changes nothing",
        "return window.received.filter(m => m.type === 'state').length === 5",
    );
    assert_eq!(last(browser, "state"), answer);

    // A request with one part the chart cannot take is refused whole: no change, no answer.
    for refused in [
        "{ type: 'set-state', state: { from: 1950, units: 'yen' } }",
        "{ type: 'set-state', state: { from: 2009, units: 'yen' } }",
        "{ type: 'set-state', state: { series: ['rice'], units: 'yen' } }",
    ] {
        post_to_widget(browser, refused);
    }
    round_trip(browser);
    assert_eq!(count(browser, "state"), 6, "a refused request was answered");
    assert_eq!(
        last(browser, "state"),
        answer,
        "a refused request changed the view"
    );

    let frame = browser.find("iframe");
    browser.enter_frame(&frame);
    browser.wait_for("the new view", "return document.querySelector('#embed-root .chart__title').textContent === 'US goods trade with Japan, 2000–2010'");
    let units = browser.eval(
        "return [...document.querySelectorAll('#embed-root input[type=radio]')].find(r => r.checked)?.value",
        vec![],
    );
    assert_eq!(units, json!("real"), "a refused request changed the units");
    // Pointer moves within one year tell the host once.
    let canvas = browser.find("#embed-root canvas");
    let size = browser.eval(
        "const r = document.querySelector('#embed-root canvas').getBoundingClientRect(); return [r.width, r.height];",
        vec![],
    );
    let (width, height) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
    // Twelve small moves (a year is over 40 px wide here) cross at most one year's edge.
    for step in 0..12 {
        browser.pointer_move(&canvas, width / 2.0 + 2.0 * f64::from(step), height / 2.0);
    }
    browser.leave_frames();
    browser.wait_for(
        "a read-out event",
        "return window.received.some(m => m.type === 'readout' && typeof m.year === 'number')",
    );
    round_trip(browser);
    let years = browser.eval(
        "return window.received.filter(m => m.type === 'readout').map(m => m.year)",
        vec![],
    );
    let years = years.as_array().unwrap();
    assert!(
        (1..=2).contains(&years.len()) && years.windows(2).all(|w| w[0] != w[1]),
        "moves within a year were told more than once: {years:?}"
    );
    browser.enter_frame(&browser.find("iframe"));
    browser.send_keys(&browser.find("#embed-root canvas"), "\u{E010}"); // End: the read-out moves to 2010
    browser.leave_frames();
    browser.wait_for("a read-out event", "const m = window.received.filter(m => m.type === 'readout').pop(); return m && m.year === 2010");
    assert_eq!(article.browser.console_errors(), Vec::<String>::new());
}

#[test]
fn malformed_messages_change_nothing_and_cause_no_error() {
    let (article, _host) = the_article_snippet_on_a_host_page(800);
    let browser = &article.browser;
    let before = last(browser, "state");
    browser.eval(
        "const w = document.querySelector('iframe').contentWindow;
         const deep = {}; let d = deep; for (let i = 0; i < 50; i++) { d.a = {}; d = d.a; }
         const junk = [
           'set-state', null, undefined, 42, true, [], [1, 2, 3], {}, { type: 7 }, { type: 'reload' },
           { type: 'set-state' }, { type: 'set-state', state: null }, { type: 'set-state', state: 'real' },
           { type: 'set-state', state: { from: '2000' } }, { type: 'set-state', state: { from: 1999.5 } },
           { type: 'set-state', state: { from: -5, to: 1e12 } }, { type: 'set-state', state: { units: 42 } },
           { type: 'set-state', state: { units: 'x'.repeat(100000) } }, { type: 'set-state', state: { series: 'imports' } },
           { type: 'set-state', state: { series: new Array(1000).fill('imports') } },
           { type: 'set-state', state: { series: [1, 2] } }, { type: 'set-state', state: deep },
           JSON.parse('{\"__proto__\": {\"polluted\": 1}, \"type\": \"set-state\", \"state\": {\"from\": 1800}}'),
           { type: 'set-state', state: { constructor: { prototype: { polluted: 1 } } } },
           'x'.repeat(1 << 20), new Uint8Array(16), { type: 'set-state', state: { to: 2100, from: 2099 } },
         ];
         for (const m of junk) w.postMessage(m, '*');
         w.postMessage({ type: 'get-state' }, '*');",
        vec![],
    );
    browser.wait_for(
        "the get-state answer",
        "return window.received.filter(m => m.type === 'state').length >= 2",
    );
    assert_eq!(
        last(browser, "state"),
        before,
        "a malformed message changed the state"
    );
    assert_eq!(
        browser.eval("return ({}).polluted === undefined", vec![]),
        true
    );
    assert_eq!(browser.console_errors(), Vec::<String>::new());
}

#[test]
fn dark_theme_without_controls_and_a_link_back_to_the_article() {
    let page = OpenArticle::open_embed(
        Launch::default(),
        "?embed=goods&theme=dark&controls=0&goods=1990..2000",
    );
    let view = page.browser.eval(
        "const bg = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
         const a = document.querySelector('.chart__article-link a');
         return [(bg[0] + bg[1] + bg[2]) / 3 < 60, !!document.querySelector('.chart__controls'),
                 !!document.querySelector('.masthead') && document.querySelector('.masthead').checkVisibility(),
                 a.getAttribute('target'), a.getAttribute('rel'), a.getAttribute('href').replace(location.origin, '')]",
        vec![],
    );
    assert_eq!(
        view,
        json!([
            true,
            false,
            false,
            "_blank",
            "noopener",
            "/?goods=1990..2000#goods-trade-chart"
        ])
    );
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

/// Whether the widget's page is dark, by its background's brightness.
const PAGE_IS_DARK: &str =
    "const bg = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
     return (bg[0] + bg[1] + bg[2]) / 3 < 60;";

#[test]
fn theme_auto_follows_the_reader_and_title_0_keeps_the_name_for_screen_readers() {
    let dark_reader = Launch {
        dark: true,
        ..Launch::default()
    };
    let page = OpenArticle::open_embed(dark_reader, "?embed=mirror&title=0");
    let b = &page.browser;
    assert_eq!(
        b.eval(PAGE_IS_DARK, vec![]),
        true,
        "theme=auto under a dark setting"
    );
    let title = b.eval(
        "const t = document.querySelector('#embed-root .chart__title');
         const r = t.getBoundingClientRect();
         const figure = document.querySelector('#embed-root figure');
         const labelled = (figure.getAttribute('aria-labelledby') || '').split(' ').includes(t.id)
             || [...document.querySelectorAll('#embed-root [aria-labelledby]')].some(e => e.getAttribute('aria-labelledby').split(' ').includes(t.id));
         return [t.textContent.length > 10, r.width <= 1 && r.height <= 1, labelled];",
        vec![],
    );
    assert_eq!(title, json!([true, true, true]));
    assert_eq!(
        b.eval(
            "return [...document.querySelectorAll('main')].map(m => m.id)",
            vec![]
        ),
        json!(["embed-root"]),
        "the chart is the page's one main landmark"
    );
    b.goto(&format!(
        "{}/embed.html?embed=mirror&theme=light",
        page.server.origin
    ));
    b.wait_for(
        "the widget",
        "return document.querySelector('#embed-root canvas')?.width > 10",
    );
    assert_eq!(
        b.eval(PAGE_IS_DARK, vec![]),
        false,
        "theme=light under a dark setting"
    );
    let shown = b.eval(
        "const r = document.querySelector('#embed-root .chart__title').getBoundingClientRect(); return r.width > 10;",
        vec![],
    );
    assert_eq!(shown, true, "the title shows by default");
    assert_eq!(b.console_errors(), Vec::<String>::new());
}

#[test]
fn the_embed_dialog_names_its_chart_takes_focus_and_gives_it_back() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let b = &page.browser;
    let button = b.find("#goods-trade-chart .chart__embed");
    let chart_title = b.eval(
        "return document.querySelector('#goods-trade-chart .chart__title').textContent",
        vec![],
    );
    let chart_title = chart_title.as_str().unwrap().to_string();
    assert_eq!(
        b.eval("return arguments[0].textContent", vec![button.as_arg()]),
        json!(format!("Embed: {chart_title}")),
        "the button's name tells the charts' Embed buttons apart"
    );
    b.click(&button);
    b.wait_for(
        "the dialog",
        "return document.getElementById('embed-dialog').open",
    );
    let opened = b.eval(
        "const d = document.getElementById('embed-dialog');
         return [d.contains(document.activeElement) && document.activeElement !== d,
                 document.getElementById(d.getAttribute('aria-labelledby')).textContent,
                 document.getElementById(d.getAttribute('aria-describedby')).textContent.length > 20];",
        vec![],
    );
    assert_eq!(opened, json!([true, format!("Embed: {chart_title}"), true]));
    b.send_keys(&b.find("#embed-code"), "\u{E00C}");
    b.wait_for(
        "the dialog to close",
        "return !document.getElementById('embed-dialog').open",
    );
    assert_eq!(
        b.eval(
            "return document.activeElement === arguments[0]",
            vec![button.as_arg()]
        ),
        true,
        "focus returns to the Embed button"
    );
}

#[test]
fn without_a_clipboard_the_code_is_selected_for_the_reader() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let b = &page.browser;
    b.eval(
        "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });",
        vec![],
    );
    b.click(&b.find("#goods-trade-chart .chart__embed"));
    b.wait_for(
        "the dialog",
        "return document.getElementById('embed-dialog').open",
    );
    b.click(&b.find("#embed-copy"));
    let selected = b.wait_for(
        "the code to be selected",
        "const c = document.getElementById('embed-code');
         return document.activeElement === c && c.selectionStart === 0 && c.selectionEnd === c.value.length && c.value.length > 100
             && document.getElementById('embed-status').textContent.includes('Ctrl+C');",
    );
    assert_eq!(selected, true);
    assert_eq!(b.console_errors(), Vec::<String>::new());
}

#[test]
fn the_embed_dialog_copies_its_code_previews_the_widget_and_closes_with_escape() {
    let (page, snippet) = snippet_from_the_article(Launch::default(), "?goods=2000..2020~yen");
    assert!(
        snippet.contains("/embed.html?embed=goods&amp;goods=2000..2020~yen"),
        "{snippet}"
    );
    let browser = &page.browser;
    if browser.engine.has_devtools_protocol() {
        // Headless Chromium asks before a page writes the clipboard; Firefox and WebKit let a click write it.
        browser.devtools(
            "Browser.grantPermissions",
            json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        );
    }
    browser.click(&browser.find("#embed-copy"));
    browser.wait_for(
        "the confirmation",
        "return document.getElementById('embed-status').textContent === 'Copied to the clipboard.'",
    );
    let preview = browser.eval(
        "return document.getElementById('embed-preview').src",
        vec![],
    );
    assert!(
        preview
            .as_str()
            .unwrap()
            .ends_with("/embed.html?embed=goods&goods=2000..2020~yen"),
        "{preview}"
    );
    // The preview takes the widget's height, as the embed code does on a host page.
    browser.wait_for(
        "the preview to be sized",
        "return document.getElementById('embed-preview').style.height.endsWith('px')",
    );
    let preview_frame = browser.find("#embed-preview");
    browser.enter_frame(&preview_frame);
    let fits = browser.wait_for(
        "the preview to fit its content",
        "return document.querySelector('#embed-root canvas')?.width > 10 &&
                document.documentElement.scrollHeight <= innerHeight + 1;",
    );
    assert_eq!(fits, true);
    browser.leave_frames();
    let focused_inside = browser.eval(
        "return document.getElementById('embed-dialog').contains(document.activeElement)",
        vec![],
    );
    assert_eq!(focused_inside, true);
    browser.send_keys(&browser.find("#embed-copy"), "\u{E00C}");
    browser.wait_for(
        "the dialog to close",
        "return !document.getElementById('embed-dialog').open",
    );
}

#[test]
fn the_widget_loads_only_its_own_bundle_and_article_embed_addresses_move_to_it() {
    let page = OpenArticle::open_embed(Launch::default(), "?embed=yen&theme=dark");
    let b = &page.browser;
    // What the browser fetched is exactly what the embed budget counts, and none of it is the article's.
    let fetched: Vec<String> = b
        .eval(
            "return performance.getEntriesByType('resource')
               .filter(e => !e.name.includes('/__e2e__/'))
               .map(e => new URL(e.name).pathname.split('/').pop())
               .filter(name => !name.endsWith('.svg'))",
            vec![],
        )
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let mut counted: Vec<String> =
        e2e_tests::transfer::embed_first_load_files(&e2e_tests::dist_dir())
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().to_string())
            .filter(|name| name != "embed.html")
            .collect();
    let mut fetched_sorted = fetched.clone();
    fetched_sorted.sort();
    counted.sort();
    assert_eq!(fetched_sorted, counted, "fetched vs counted");
    assert!(
        fetched
            .iter()
            .any(|n| n.starts_with("widget-") && n.ends_with(".wasm")),
        "{fetched:?}"
    );
    assert!(
        !fetched.iter().any(|n| n.starts_with("japan-us-trade")),
        "{fetched:?}"
    );

    // The widget's page has no timeline: its event markers open the article's, in a new tab. The markers
    // are placed once the chart has laid out its plot, which may come a frame after the first drawing.
    b.wait_for(
        "the event markers",
        "return document.querySelector('#embed-root .chart__marker a') !== null",
    );
    let marker = b.eval(
        "const a = document.querySelector('#embed-root .chart__marker a');
         return a && [a.getAttribute('href'), a.target, a.rel, a.getAttribute('aria-label')];",
        vec![],
    );
    let (anchor, _, _) = e2e_tests::first_marked_event();
    assert_eq!(
        marker[0],
        json!(format!("{}/#{anchor}", page.server.origin)),
        "{marker}"
    );
    assert_eq!(
        (&marker[1], &marker[2]),
        (&json!("_blank"), &json!("noopener"))
    );
    assert!(
        marker[3].as_str().unwrap().contains("in the article"),
        "{marker}"
    );

    // An embed address on the article moves to the widget's page with its options and view, before the
    // article's bundle is fetched.
    let before = page.server.requested().len();
    b.goto(&format!(
        "{}/?embed=yen&theme=dark&yen=1990..2000",
        page.server.origin
    ));
    b.wait_for(
        "the move to embed.html",
        "return location.pathname === '/embed.html'
            && location.search.startsWith('?embed=yen&theme=dark&yen=1990..2000')
            && document.documentElement.dataset.theme === 'dark'
            && document.querySelector('#embed-root canvas')?.width > 10",
    );
    let after_move = page.server.requested()[before..].to_vec();
    assert!(
        after_move.iter().any(|p| p == "/embed.html")
            && !after_move.iter().any(|p| p.contains("japan-us-trade")),
        "{after_move:?}"
    );
    assert_eq!(
        b.eval(
            "return document.querySelector('#embed-root select')?.value",
            vec![]
        ),
        json!("1990")
    );

    // The widget's page without a chart named shows the goods chart.
    b.goto(&format!("{}/embed.html", page.server.origin));
    b.wait_for(
        "the goods chart",
        "return document.querySelector('#embed-root figure')?.id === 'goods-trade-chart'
            && document.querySelector('#embed-root canvas')?.width > 10",
    );
    assert_eq!(b.console_errors(), Vec::<String>::new());
}

#[test]
fn the_embed_code_on_the_japanese_page_asks_for_the_japanese_widget_beside_the_english_page() {
    let (page, snippet) = snippet_from_the_article(Launch::default(), "ja/?goods=2000..2020~yen");
    assert!(
        snippet.contains("/embed.html?embed=goods") && snippet.contains("lang=ja"),
        "{snippet}"
    );
    assert!(!snippet.contains("/ja/embed.html"), "{snippet}");
    let b = &page.browser;
    let preview = b.find("#embed-preview");
    b.wait_for(
        "the preview to load",
        "return !!document.getElementById('embed-preview').contentDocument?.querySelector('#embed-root canvas')",
    );
    b.enter_frame(&preview);
    let language = b.wait_for(
        "the Japanese widget",
        "return document.querySelector('#embed-root canvas')?.width > 10 && document.documentElement.lang",
    );
    assert_eq!(language, "ja");
    b.leave_frames();
    assert_eq!(b.console_errors(), Vec::<String>::new());
}
