//! Controversies that argue with data: headline figures, computed statements, "Show in chart", sources.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use e2e_tests::workspace_root;
use serde_json::json;

fn open_controversy(page: &OpenArticle, id: &str) {
    page.browser
        .click(&page.browser.find(&format!("#{id} .controversy__toggle")));
    page.browser.wait_for(
        "the controversy to open",
        &format!("return document.getElementById('{id}').open"),
    );
}

#[test]
fn collapsed_controversies_show_headline_figures_from_the_data() {
    let page = OpenArticle::open(Launch::default(), "");
    let headlines = page.browser.eval(
        "return [...document.querySelectorAll('.controversy')].map(c => [c.id, c.querySelector('.controversy__figure').textContent,
            c.querySelector('.controversy__figure').getBoundingClientRect().height > 0])",
        vec![],
    );
    let headlines = headlines.as_array().unwrap();
    assert_eq!(headlines.len(), 6);
    for h in headlines {
        assert_eq!(h[2], true, "{h} is not visible while collapsed");
        assert!(!h[1].as_str().unwrap().contains('{'), "{h}");
    }
    // The first debate's headline as written in content, with its `{deficit-years}` computed here from the CSV.
    let source = std::fs::read_to_string(
        workspace_root().join("content/controversies/01-trade-deficits.md"),
    )
    .unwrap();
    let template = source
        .lines()
        .find_map(|l| l.strip_prefix("headline = \""))
        .and_then(|l| l.strip_suffix('"'))
        .unwrap();
    assert!(template.contains("{deficit-years}"), "{template}");
    let csv =
        std::fs::read_to_string(workspace_root().join("content/data/goods_trade.csv")).unwrap();
    let balances: Vec<f64> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(3).unwrap().parse().unwrap())
        .collect();
    let deficits = balances.iter().filter(|b| **b < 0.0).count();
    let expected = template.replace(
        "{deficit-years}",
        &format!("{deficits} of {}", balances.len()),
    );
    assert_eq!(headlines[0], json!(["trade-deficits", expected, true]));
}

#[test]
fn show_in_chart_sets_the_chart_moves_focus_and_updates_the_address() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let history = page.browser.eval("return history.length", vec![]);
    open_controversy(&page, "trade-deficits");
    let statements = page.browser.eval("return [...document.querySelectorAll('#trade-deficits .evidence__text')].map(p => p.textContent)", vec![]);
    let first = statements[0].as_str().unwrap();
    assert!(first.contains("41 of 41"), "{first}");
    page.browser
        .click(&page.browser.find("#trade-deficits .evidence__show"));
    page.browser
        .wait_for("the address", "return location.search === '?goods=balance'");
    let pressed = page.browser.eval(
        "return [...document.querySelectorAll('#goods-trade-chart button[data-series]')].map(b => b.getAttribute('aria-pressed'))",
        vec![],
    );
    assert_eq!(pressed, json!(["false", "false", "true"]));
    page.browser.wait_for(
        "focus on the chart, in view",
        "const c = document.querySelector('#goods-trade-chart canvas'); const r = c.getBoundingClientRect();
         return document.activeElement === c && r.bottom > 0 && r.top < innerHeight;",
    );
    assert_eq!(
        page.browser.eval("return history.length", vec![]),
        history,
        "Show in chart added history entries"
    );
    let marked = page.browser.eval(
        "const a = document.querySelector('.chart-island[data-chart=goods][data-related-events] .chart__marker a');
         return !!a && getComputedStyle(a).boxShadow !== 'none';",
        vec![],
    );
    assert_eq!(marked, true, "the chart's events are not marked");

    // A statement about the yen sets the small multiples' years.
    open_controversy(&page, "currency");
    page.browser
        .click(&page.browser.find("#currency .evidence__show"));
    page.browser.wait_for(
        "the address",
        "return location.search === '?goods=balance&yen=1985..1995'",
    );
    let title = page.browser.eval(
        "return document.querySelector('#yen-chart .chart__title').textContent",
        vec![],
    );
    assert_eq!(
        title,
        "The yen and the US goods balance with Japan, 1985–1995"
    );
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

#[test]
fn a_deep_link_restores_the_controversy_and_its_chart_view() {
    let page = OpenArticle::open(
        Launch::default(),
        "?goods=1985..1995~imports#sectoral-disruption",
    );
    page.browser.wait_for(
        "the controversy open",
        "return document.getElementById('sectoral-disruption').open",
    );
    page.wait_for_chart();
    let view = page.browser.eval(
        "return [document.querySelector('#goods-trade-chart .chart__title').textContent,
                 [...document.querySelectorAll('#goods-trade-chart button[data-series]')].map(b => b.getAttribute('aria-pressed'))]",
        vec![],
    );
    assert_eq!(
        view,
        json!([
            "US goods trade with Japan, 1985–1995",
            ["false", "true", "false"]
        ])
    );
}

#[test]
fn a_source_note_opens_and_escape_closes_it() {
    let page = OpenArticle::open(Launch::default(), "");
    // Escape is the page's own behaviour: its scripts start as the reader nears the debates.
    page.read_to_the_debates();
    open_controversy(&page, "globalization-autonomy");
    let toggle = page
        .browser
        .find("#globalization-autonomy .evidence__source-toggle");
    page.browser.click(&toggle);
    let toggle = page.browser.find("#globalization-autonomy-source-0 a");
    page.browser.wait_for(
        "the note",
        "return document.getElementById('globalization-autonomy-source-0').open",
    );
    let note = page.browser.eval(
        "return document.getElementById('globalization-autonomy-source-0').textContent",
        vec![],
    );
    assert!(note.as_str().unwrap().contains("fdi.csv"), "{note}");
    page.browser.send_keys(&toggle, "\u{E00C}");
    page.browser.wait_for(
        "the note to close, focus kept",
        "const t = document.querySelector('#globalization-autonomy .evidence__source-toggle');
         return !document.getElementById('globalization-autonomy-source-0').open && document.activeElement === t;",
    );
}
