//! The page under a strict Content-Security-Policy, a chart failure contained, random addresses and messages
//! survived, links checked, and nothing stored about the reader.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use serde_json::json;

const RECORD_VIOLATIONS: &str = "window.violations = [];
    document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));";

#[test]
fn a_strict_policy_holds_while_every_feature_is_used() {
    let page = OpenArticle::open_instrumented(Launch::default(), "", RECORD_VIOLATIONS);
    let policy = page.browser.eval(
        "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content",
        vec![],
    );
    let policy = policy.as_str().unwrap();
    assert!(
        policy.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
        "{policy}"
    );
    assert!(
        !policy.contains("unsafe-inline")
            && !policy.contains("'unsafe-eval'")
            && policy.contains("object-src 'none'")
    );
    page.wait_for_chart();
    let b = &page.browser;
    // Charts: read-out, controls, table, downloads.
    let canvas = b.find("#goods-trade-chart canvas");
    b.pointer_move(&canvas, 300.0, 100.0);
    b.send_keys(&canvas, "\u{E010}");
    b.click(&b.find("#goods-trade-chart button[data-series=balance]"));
    b.click(&b.find("#goods-trade-chart input[value=real]"));
    b.click(&b.find("#goods-trade-chart select[name=goods-from] option[value='1995']"));
    b.click(&b.find("#goods-trade-chart .chart__table summary"));
    b.eval(
        "HTMLAnchorElement.prototype.click = function () {};",
        vec![],
    );
    b.click(&b.find("#goods-trade-chart .chart__downloads button:nth-of-type(1)"));
    b.click(&b.find("#goods-trade-chart .chart__downloads button:nth-of-type(2)"));
    // Every chart comes to life.
    for id in [
        "#yen-chart",
        "#mirror-chart",
        "#vehicles-chart",
        "#ownership-chart",
        "#imports-mix-chart",
        "#exports-mix-chart",
        "#duties-chart",
        "#duties-monthly-chart",
    ] {
        b.wait_for(id, &format!("document.querySelector('{id}').scrollIntoView({{ block: 'center', behavior: 'instant' }});
            return document.querySelector('{id} canvas')?.width > 10"));
    }
    // Controversies, evidence, sources, embed dialog with its preview, print.
    b.click(&b.find("[data-action=expand-all]"));
    b.click(&b.find("#currency .evidence__show"));
    b.click(&b.find("#currency .evidence__source-toggle"));
    b.click(&b.find("#goods-trade-chart .chart__embed"));
    b.wait_for(
        "the preview",
        "return document.getElementById('embed-preview').src.includes('embed=goods')",
    );
    b.click(&b.find("#embed-close"));
    b.emulate_print_media();
    b.eval("location.hash = '#event-2019-10-07'", vec![]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(b.eval("return window.violations", vec![]), json!([]));
    assert_eq!(b.console_errors(), Vec::<String>::new());
}

#[test]
fn the_widget_holds_the_same_strict_policy_while_it_is_used() {
    let server = e2e_tests::static_server::StaticServer::serve(
        &e2e_tests::dist_dir(),
        e2e_tests::static_server::Serving::default().instrument(RECORD_VIOLATIONS),
    );
    let b = e2e_tests::browser::Browser::launch(Launch::default());
    b.goto(&format!("{}/embed.html?embed=goods", server.origin));
    b.wait_for(
        "the widget",
        "return document.querySelector('#embed-root canvas')?.width > 10
            && document.querySelectorAll('#embed-root .chart__marker a').length > 0",
    );
    let policy = b.eval(
        "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content",
        vec![],
    );
    assert!(
        policy
            .as_str()
            .unwrap()
            .starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
        "{policy}"
    );
    let canvas = b.find("#embed-root canvas");
    b.pointer_move(&canvas, 300.0, 100.0);
    b.send_keys(&canvas, "\u{E014}");
    b.click(&b.find("#embed-root button[data-series=balance]"));
    b.click(&b.find("#embed-root input[value=real]"));
    b.click(&b.find("#embed-root select[name=goods-from] option[value='1995']"));
    let marker = b.find("#embed-root .chart__marker a");
    b.eval("arguments[0].focus()", vec![marker.as_arg()]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(b.eval("return window.violations", vec![]), json!([]));
    assert_eq!(b.console_errors(), Vec::<String>::new());
}

#[test]
fn a_chart_that_cannot_be_drawn_says_so_and_the_rest_keeps_working() {
    let break_yen_chart = "const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (...args) {
          return this.closest('#yen-chart') ? null : getContext.apply(this, args);
        };";
    let page = OpenArticle::open_instrumented(Launch::default(), "", break_yen_chart);
    let b = &page.browser;
    b.wait_for(
        "the failure notice",
        "document.getElementById('yen-chart').scrollIntoView({ block: 'center', behavior: 'instant' });
         return document.querySelector('#yen-chart .chart__failure')?.textContent",
    );
    let notice = b.eval(
        "return document.querySelector('#yen-chart .chart__failure').textContent",
        vec![],
    );
    assert_eq!(
        notice,
        "This chart could not be drawn — the data table is below."
    );
    assert_eq!(
        b.eval(
            "return document.querySelectorAll('#yen-chart tbody tr').length",
            vec![]
        ),
        41
    );
    page.wait_for_chart();
    b.click(&b.find("#currency > summary"));
    b.wait_for(
        "a controversy still opens",
        "return document.getElementById('currency').open",
    );
    let warnings: Vec<String> = b
        .console_messages()
        .into_iter()
        .filter(|(_, m)| m.contains("could not be drawn"))
        .map(|(_, m)| m)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

/// A small deterministic generator for random test inputs.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn random_addresses_and_messages_leave_the_widget_working() {
    let page = OpenArticle::open_embed(Launch::default(), "?embed=goods");
    let b = &page.browser;
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let keys = [
        "goods", "yen", "embed", "theme", "controls", "title", "mirror", "x", "%ZZ", "",
    ];
    let values = [
        "1990..2000",
        "real",
        "yen",
        "exports",
        "~",
        "..",
        "2030..1900",
        "%00",
        "<b>",
        "0",
        "1",
        "dark",
        "goods",
        "🙂",
        "1e9..2",
    ];
    let loads = 60;
    for _ in 0..loads {
        let pairs: Vec<String> = (0..(random.next() % 5))
            .map(|_| {
                let value: Vec<&str> = (0..(random.next() % 4))
                    .map(|_| random.pick(&values))
                    .collect();
                format!("{}={}", random.pick(&keys), value.join("~"))
            })
            .collect();
        let query = format!("?embed=goods&{}", pairs.join("&"));
        b.goto(&format!("{}/embed.html{}", page.server.origin, query));
        b.wait_for(
            &format!("the widget at {query}"),
            "return document.querySelector('#embed-root canvas')?.width > 10",
        );
    }
    assert_eq!(
        b.console_errors(),
        Vec::<String>::new(),
        "after {loads} random addresses"
    );

    b.goto(&format!("{}/embed.html?embed=goods", page.server.origin));
    b.wait_for(
        "the widget",
        "return document.querySelector('#embed-root canvas')?.width > 10",
    );
    let messages = 300;
    b.eval(
        "let seed = 7; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
         const leaf = () => [null, true, 42, 1999.5, -1e308, 'set-state', 'get-state', 'real', 'imports', 'x'.repeat(70),
                             '__proto__', undefined][Math.floor(rnd() * 12)];
         const value = (depth) => {
           const r = rnd();
           if (depth > 5 || r < 0.4) return leaf();
           if (r < 0.6) return Array.from({ length: Math.floor(rnd() * 30) }, () => value(depth + 1));
           const o = {}; for (const k of ['type', 'state', 'from', 'to', 'units', 'series', 'constructor'].filter(() => rnd() < 0.5)) o[k] = value(depth + 1);
           return o;
         };
         for (let i = 0; i < arguments[0]; i++) window.postMessage(value(0), '*');",
        vec![json!(messages)],
    );
    std::thread::sleep(std::time::Duration::from_millis(500));
    let title = b.eval(
        "return document.querySelector('#embed-root .chart__title').textContent",
        vec![],
    );
    let (first, last) = e2e_tests::goods_years();
    assert_eq!(
        title,
        format!("US goods trade with Japan, {first}–{last}"),
        "random messages changed the view"
    );
    let canvas = b.find("#embed-root canvas");
    b.send_keys(&canvas, "\u{E011}");
    b.wait_for("the read-out still works", &format!("return document.querySelector('#embed-root .chart__readout strong')?.textContent === '{first}'"));
    assert_eq!(
        b.console_errors(),
        Vec::<String>::new(),
        "after {messages} random messages"
    );
}

#[test]
fn every_in_page_link_resolves_outside_links_are_guarded_and_nothing_is_stored() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let broken = page.browser.eval(
        "return [...document.querySelectorAll('a[href*=\"#\"]')].map(a => new URL(a.href))
           .filter(u => u.origin === location.origin && u.hash.length > 1 && !document.getElementById(decodeURIComponent(u.hash.slice(1))))
           .map(u => u.hash)",
        vec![],
    );
    assert_eq!(broken, json!([]));
    let unguarded = page.browser.eval(
        "return [...document.querySelectorAll('a[href^=\"http\"]')].filter(a => new URL(a.href).origin !== location.origin)
           .filter(a => !(a.rel.includes('noopener') && a.rel.includes('noreferrer'))).map(a => a.href)",
        vec![],
    );
    assert_eq!(unguarded, json!([]));
    let stored = page.browser.eval(
        "return [document.cookie, localStorage.length, sessionStorage.length, indexedDB.databases ? 'checked' : 'n/a']",
        vec![],
    );
    assert_eq!(stored[0], "");
    assert_eq!(stored[1], 0);
    assert_eq!(stored[2], 0);
}
