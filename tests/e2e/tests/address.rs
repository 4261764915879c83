//! A view chosen in an address written by `URLSearchParams` (which escapes `~` as `%7E`) opens as that view
//! and stays in the address, in the article and in the widget.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use serde_json::json;

/// Moves the page to `path` with a query built by the browser's own `URLSearchParams`.
fn go_with_search_params(page: &OpenArticle, path: &str, params: serde_json::Value) {
    let url = page.browser.eval(
        "return arguments[0] + '?' + new URLSearchParams(arguments[1]).toString()",
        vec![json!(format!("{}/{path}", page.server.origin)), params],
    );
    let url = url.as_str().unwrap().to_string();
    assert!(
        url.contains("%7E"),
        "URLSearchParams did not escape `~`: {url}"
    );
    page.browser.goto(&url);
}

#[test]
fn the_article_reads_and_keeps_a_view_escaped_by_url_search_params() {
    let page = OpenArticle::open(Launch::default(), "");
    go_with_search_params(&page, "", json!({ "goods": "1990..2010~real~imports" }));
    page.wait_for_chart();
    let view = page.browser.wait_for(
        "the chosen view",
        "const f = document.getElementById('goods-trade-chart');
         const title = f.querySelector('.chart__title').textContent;
         return title.includes('1990–2010') && [title, f.querySelector('input[value=real]').checked,
           new URLSearchParams(location.search).get('goods')];",
    );
    assert_eq!(
        view,
        json!([
            "US goods trade with Japan, 1990–2010",
            true,
            "1990..2010~real~imports"
        ])
    );
    assert_eq!(page.browser.console_errors(), Vec::<String>::new());
}

#[test]
fn the_widget_reads_and_keeps_a_view_escaped_by_url_search_params() {
    let page = OpenArticle::open_embed(Launch::default(), "?embed=goods");
    go_with_search_params(
        &page,
        "embed.html",
        json!({ "embed": "goods", "goods": "1990..2010~real" }),
    );
    let view = page.browser.wait_for(
        "the chosen view in the widget",
        "const root = document.getElementById('embed-root');
         const title = root && root.querySelector('.chart__title');
         const c = root && root.querySelector('canvas');
         return title && c && c.width > 10 && title.textContent.includes('1990–2010')
           && [title.textContent, new URLSearchParams(location.search).get('goods')];",
    );
    assert_eq!(
        view,
        json!(["US goods trade with Japan, 1990–2010", "1990..2010~real"])
    );
}
