//! The widget page (`embed.html`) has its own title and description: one static page serves every chart,
//! so it names the article it comes from, and the widget puts the chart's title in front once it starts,
//! following the reader's choice of years.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use e2e_tests::{dist_dir, goods_years, workspace_root};
use serde_json::json;

fn lead_title() -> String {
    let lead =
        std::fs::read_to_string(workspace_root().join("content/article/00-lead.md")).unwrap();
    let line = lead.lines().find(|l| l.starts_with("title = ")).unwrap();
    line.trim_start_matches("title = ")
        .trim_matches('"')
        .to_string()
}

/// The text of the first `<title>` and the meta description in a built page.
fn title_and_description(page: &str) -> (String, String) {
    let html = std::fs::read_to_string(dist_dir().join(page)).unwrap();
    let title = html
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    let description = html
        .split("<meta name=\"description\" content=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    (title.to_string(), description.to_string())
}

#[test]
fn the_widget_page_names_itself_a_chart_from_the_article() {
    let (article_title, article_description) = title_and_description("index.html");
    let (title, description) = title_and_description("embed.html");
    assert_eq!(title, format!("Chart from “{}”", lead_title()));
    assert_ne!(title, article_title);
    assert_ne!(description, article_description);
    assert!(description.contains(&lead_title()), "{description}");
}

#[test]
fn the_widget_puts_its_charts_title_in_front_and_follows_the_years() {
    let (static_title, _) = title_and_description("embed.html");
    let (first, last) = goods_years();
    for (query, expected) in [
        (
            "?embed=yen".to_string(),
            format!("The yen and the US goods balance with Japan, {first}–{last}"),
        ),
        (
            "?embed=goods&goods=1990..2000".to_string(),
            "US goods trade with Japan, 1990–2000".to_string(),
        ),
    ] {
        let page = OpenArticle::open_embed(Launch::default(), &query);
        let seen = page.browser.eval(
            "return [document.title, document.querySelector('.chart__title').textContent]",
            vec![],
        );
        assert_eq!(
            seen,
            json!([format!("{expected} · {static_title}"), expected]),
            "{query}"
        );
    }
}
