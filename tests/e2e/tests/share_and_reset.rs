//! A reader shares the view they made and returns a chart to its first view: Share gives the address of
//! exactly that view (through the share sheet where there is one, else the clipboard) and says so; Reset
//! brings back the default years, units and series and is marked unavailable while they show.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use serde_json::json;

const GOODS: &str = "#goods-trade-chart";

/// Replaces the share sheet and the clipboard with recorders, so a test reads what the page handed them.
/// `sheet`: whether the browser offers a share sheet.
fn record_sharing(page: &OpenArticle, sheet: bool) {
    page.browser.eval(
        "window.handedOver = [];
         Object.defineProperty(navigator, 'share', { configurable: true, value: arguments[0]
           ? (data) => { handedOver.push(['sheet', data.url, data.title]); return Promise.resolve(); }
           : undefined });
         Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
           writeText: (text) => { handedOver.push(['clipboard', text]); return Promise.resolve(); } } });",
        vec![json!(sheet)],
    );
}

fn choose_from_year(page: &OpenArticle, year: &str) {
    page.browser.click(&page.browser.find(&format!(
        "{GOODS} select[name=goods-from] option[value='{year}']"
    )));
    page.browser.wait_for(
        "the new view in the address",
        &format!(
            "return !!new URLSearchParams(location.search).get('goods')?.startsWith('{year}..')"
        ),
    );
}

#[test]
fn share_copies_the_address_of_the_view_shown_and_says_so() {
    let page = OpenArticle::open(Launch::default(), "?unrelated=1");
    page.wait_for_chart();
    let (first, _) = e2e_tests::goods_years();
    let from = (first.parse::<u16>().unwrap() + 5).to_string();
    choose_from_year(&page, &from);
    record_sharing(&page, false);
    page.browser
        .click(&page.browser.find(&format!("{GOODS} .chart__share")));
    let status = page.browser.wait_for(
        "the status line",
        &format!(
            "return document.querySelector('{GOODS} .chart__share-status').textContent || null"
        ),
    );
    assert!(status.as_str().unwrap().contains("copied"), "{status}");
    let handed = page.browser.eval("return handedOver", vec![]);
    let expected = page.browser.eval(
        "return location.origin + location.pathname + '?goods=' + new URLSearchParams(location.search).get('goods') + '#goods-trade-chart'",
        vec![],
    );
    assert_eq!(handed, json!([["clipboard", expected]]));
    // The shared address opens that view: the chosen first year, at the chart.
    let address = expected.as_str().unwrap().to_string();
    page.browser.goto(&address);
    page.wait_for_chart();
    let shown = page.browser.eval(
        &format!("return document.querySelector('{GOODS} select[name=goods-from]').value"),
        vec![],
    );
    assert_eq!(shown, json!(from));
    // The status line is a polite live region, so screen readers hear it.
    let role = page.browser.eval(
        &format!(
            "return document.querySelector('{GOODS} .chart__share-status').getAttribute('role')"
        ),
        vec![],
    );
    assert_eq!(role, json!("status"));
}

#[test]
fn share_opens_the_share_sheet_where_the_browser_has_one() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    record_sharing(&page, true);
    page.browser
        .click(&page.browser.find(&format!("{GOODS} .chart__share")));
    let handed = page.browser.wait_for(
        "the share sheet",
        "return handedOver.length ? handedOver : null",
    );
    let origin = page.server.origin.clone();
    let title = page.browser.eval(
        &format!("return document.querySelector('{GOODS} .chart__title').textContent"),
        vec![],
    );
    // The default view needs no parameter: the address is the article at the chart.
    assert_eq!(
        handed,
        json!([["sheet", format!("{origin}/#goods-trade-chart"), title]])
    );
}

#[test]
fn reset_returns_the_chart_to_its_first_view_and_is_unavailable_there() {
    let page = OpenArticle::open(Launch::default(), "");
    page.wait_for_chart();
    let reset = format!("{GOODS} .chart__reset");
    let unavailable =
        format!("return document.querySelector('{reset}').getAttribute('aria-disabled')");
    assert_eq!(page.browser.eval(&unavailable, vec![]), json!("true"));
    // Clicking it in the first view changes nothing.
    page.browser.click(&page.browser.find(&reset));
    assert_eq!(
        page.browser.eval("return location.search", vec![]),
        json!("")
    );

    let (first, last) = e2e_tests::goods_years();
    let from = (first.parse::<u16>().unwrap() + 5).to_string();
    choose_from_year(&page, &from);
    page.browser.click(
        &page
            .browser
            .find(&format!("{GOODS} input[name=goods-units][value=yen]")),
    );
    page.browser.click(
        &page
            .browser
            .find(&format!("{GOODS} .chart__toggle[data-series=balance]")),
    );
    assert_eq!(page.browser.eval(&unavailable, vec![]), json!(null));

    page.browser.click(&page.browser.find(&reset));
    page.browser
        .wait_for("the first view", "return location.search === ''");
    let view = page.browser.eval(
        &format!(
            "const f = document.querySelector('{GOODS}');
             return [f.querySelector('select[name=goods-from]').value, f.querySelector('select[name=goods-to]').value,
                     f.querySelector('input[name=goods-units]:checked').value,
                     [...f.querySelectorAll('.chart__toggle')].map(t => t.getAttribute('aria-pressed')),
                     document.activeElement === f.querySelector('.chart__reset')];"
        ),
        vec![],
    );
    assert_eq!(
        view,
        json!([first, last, "nominal", ["true", "true", "true"], true])
    );
    assert_eq!(page.browser.eval(&unavailable, vec![]), json!("true"));
}
