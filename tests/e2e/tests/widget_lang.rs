//! The widget in Japanese (`embed.html?embed=goods&lang=ja`): its title, controls and read-out are in
//! Japanese, with dollar figures in 億ドル taken from the data; an unknown language shows the English widget
//! and says nothing in the console.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;
use e2e_tests::{csv_rows, oku_dollars};
use serde_json::json;

#[test]
fn the_japanese_widget_speaks_japanese_with_oku_dollars_for_2024() {
    let page = OpenArticle::open_embed(Launch::default(), "?embed=goods&lang=ja&goods=2000..2024");
    let browser = &page.browser;
    let seen = browser.eval(
        "return [document.documentElement.lang,
                 document.querySelector('.chart__title').textContent,
                 document.querySelector('.chart__reset').textContent,
                 document.querySelector('.chart__units legend').textContent,
                 document.querySelector('.chart__article-link a').textContent]",
        vec![],
    );
    assert_eq!(seen[0], json!("ja"));
    // The page's title is Japanese too: the chart's title, then the Japanese article's.
    let lead =
        std::fs::read_to_string(e2e_tests::workspace_root().join("content/ja/article/00-lead.md"))
            .unwrap();
    let headline = lead
        .lines()
        .find_map(|l| l.strip_prefix("title = "))
        .unwrap()
        .trim_matches('"')
        .to_string();
    let title = browser.wait_for(
        "the Japanese page title",
        "return document.title.startsWith('米国の対日財貿易') && document.title",
    );
    assert!(
        title
            .as_str()
            .unwrap()
            .ends_with(&format!(" · 「{headline}」のグラフ")),
        "{title}"
    );
    assert_eq!(seen[1], json!("米国の対日財貿易（2000〜2024年）"));
    let reset = seen[2].as_str().unwrap();
    assert!(reset.starts_with("リセット"), "{reset}");
    assert_eq!(seen[3], json!("単位"));
    let link = seen[4].as_str().unwrap();
    assert!(link.starts_with("記事で見る"), "{link}");

    browser.send_keys(&browser.find("#embed-root canvas"), "\u{E010}"); // End: the read-out moves to 2024
    let readout = browser.wait_for(
        "the read-out of 2024",
        "const line = document.querySelector('.chart__readout');
         return line.querySelector('strong')?.textContent === '2024年' && line.textContent",
    );
    let row = csv_rows("goods_trade.csv")
        .into_iter()
        .find(|r| r["year"] == "2024")
        .expect("2024 in goods_trade.csv");
    let readout = readout.as_str().unwrap();
    for (label, column) in [
        ("米国の対日輸出", "us_exports_musd"),
        ("米国の対日輸入", "us_imports_musd"),
        ("米国の対日財収支", "balance_musd"),
    ] {
        let expected = format!("{label}：{}", oku_dollars(&row[column]));
        assert!(readout.contains(&expected), "{expected} in {readout}");
    }
    assert_eq!(browser.console_errors(), Vec::<String>::new());
}

#[test]
fn an_unknown_language_gives_the_english_widget_without_a_console_error() {
    let page = OpenArticle::open_embed(Launch::default(), "?embed=goods&lang=xx&goods=2000..2024");
    let browser = &page.browser;
    let seen = browser.eval(
        "return [document.documentElement.lang,
                 document.querySelector('.chart__title').textContent,
                 document.querySelector('.chart__units legend').textContent]",
        vec![],
    );
    assert_eq!(
        seen,
        json!(["en", "US goods trade with Japan, 2000–2024", "Units"])
    );
    assert_eq!(browser.console_errors(), Vec::<String>::new());
}
