//! WCAG 2.2 A and AA rules checked by axe-core in the real pages, in the states a reader reaches: every chart
//! live (and before, while their bundle is awaited), debates and tables open, the Embed dialog open, the
//! widget in light and dark, at desktop and phone widths.

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::page::{bring_every_chart_to_life, OpenArticle};
use e2e_tests::static_server::Serving;
use serde_json::Value;

/// axe-core's script: `AXE_CORE` (set by `cargo xtask test`) or where `cargo xtask setup` installs it.
fn axe_source() -> String {
    let path = std::env::var_os("AXE_CORE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            e2e_tests::workspace_root().join("target/tools/axe/node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `cargo xtask setup` to install axe-core",
            path.display()
        )
    })
}

/// The WCAG A and AA violations axe finds on the current page, as `rule: target, …` lines.
fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    browser.eval(&format!("{axe}\n;return true;"), vec![]);
    let found = browser.eval_async(
        "const done = arguments[arguments.length - 1];
         axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
           .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
           .catch(e => done(['axe failed: ' + e]));",
        vec![],
    );
    match found {
        Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect(),
        other => vec![format!("unexpected answer from axe: {other}")],
    }
}

/// Scrolls down the whole page so that every chart comes to life, then back to the top.
#[test]
fn the_article_passes_wcag_a_and_aa_rules_with_everything_open() {
    let axe = axe_source();
    // Desktop and phone, each in light and dark.
    for launch in [
        Launch::default(),
        Launch {
            dark: true,
            ..Launch::default()
        },
        Launch {
            width: 375,
            height: 812,
            ..Launch::default()
        },
        Launch {
            width: 375,
            height: 812,
            dark: true,
            ..Launch::default()
        },
    ] {
        // Both editions: English at the root, Japanese under ja/.
        for edition in ["", "ja/"] {
            let page = OpenArticle::open(launch.clone(), edition);
            let b = &page.browser;
            bring_every_chart_to_life(b);
            b.eval(
                "document.querySelectorAll('details').forEach(d => d.open = true);",
                vec![],
            );
            assert_eq!(
                violations(b, &axe),
                Vec::<String>::new(),
                "the article /{edition} at {} px (dark: {})",
                launch.width,
                launch.dark
            );
            // (A script's click: WebDriver's pointer misses under the phone emulation.)
            b.eval(
                "document.querySelector('#goods-trade-chart .chart__embed').click()",
                vec![],
            );
            b.wait_for(
                "the Embed dialog",
                "return document.getElementById('embed-dialog').open",
            );
            assert_eq!(
                violations(b, &axe),
                Vec::<String>::new(),
                "the Embed dialog of /{edition} at {} px",
                launch.width
            );
        }
    }
}

#[test]
fn every_widget_passes_wcag_a_and_aa_rules_in_light_and_dark() {
    let axe = axe_source();
    let page = OpenArticle::open_embed(Launch::default(), "?embed=goods");
    let b = &page.browser;
    for query in [
        "?embed=goods",
        "?embed=yen&theme=dark",
        "?embed=mirror&title=0",
        "?embed=vehicles&theme=dark",
        "?embed=ownership&controls=0",
        "?embed=imports-mix",
        "?embed=exports-mix&theme=dark",
        "?embed=duties",
        "?embed=duties-monthly&theme=dark",
        // The Japanese widget, light and dark.
        "?embed=goods&lang=ja",
        "?embed=vehicles&lang=ja&theme=dark",
        "?embed=duties-monthly&lang=ja",
    ] {
        b.goto(&format!("{}/embed.html{query}", page.server.origin));
        b.wait_for(
            "the widget",
            "return document.querySelector('#embed-root canvas')?.width > 10",
        );
        assert_eq!(violations(b, &axe), Vec::<String>::new(), "{query}");
    }
}

/// While the charts' bundle is on its way, each static figure holds the room of the live chart's controls
/// (invisible, inert copies): nothing in them may be reachable or break a rule.
#[test]
fn the_article_passes_wcag_a_and_aa_rules_while_the_charts_bundle_is_awaited() {
    let axe = axe_source();
    for edition in ["", "ja/"] {
        let page = OpenArticle::open_served(
            Launch::default(),
            edition,
            Serving::default().stall("japan-us-trade"),
        );
        let b = &page.browser;
        b.wait_for(
            "the static figures",
            "return document.querySelectorAll('.chart__awaiting').length > 0",
        );
        assert_eq!(violations(b, &axe), Vec::<String>::new(), "/{edition}");
    }
}

#[test]
fn a_violation_in_the_page_is_reported() {
    let axe = axe_source();
    let page = OpenArticle::open_embed(Launch::default(), "?embed=goods");
    let b = &page.browser;
    b.eval(
        "document.getElementById('embed-root').append(document.createElement('button'));",
        vec![],
    );
    let found = violations(b, &axe);
    assert!(
        found.iter().any(|v| v.starts_with("button-name:")),
        "an unnamed button went unreported: {found:?}"
    );
}
