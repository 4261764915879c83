//! The static figure the build writes and the live chart the browser mounts are rendered here, natively,
//! with Leptos' server-side rendering, and compared part by part: the same figure id and name, caption,
//! source line, notes and table, for every chart. The two share their components; this test makes sure the
//! figures around them cannot drift apart either.

#![cfg(not(target_arch = "wasm32"))]

use japan_us_trade::chart::catalog::ChartId;
use japan_us_trade::content::DATASET;
use japan_us_trade::page::{render_html, StaticFigure};
use japan_us_trade::state::ChartState;
use japan_us_trade::ui::article_footer::article_footer;
use japan_us_trade::ui::chart_figure::ChartFigure;
use leptos::prelude::*;

/// The element starting at the first `<{tag}` after `from` in `html`, through its matching close tag
/// (elements of the same tag may nest inside it).
fn element<'a>(html: &'a str, tag: &str, from: usize) -> Option<(&'a str, usize)> {
    let close = format!("</{tag}>");
    let start = open_tag_at(html, tag, from)?;
    let (mut depth, mut at) = (0usize, start);
    loop {
        let next_open = open_tag_at(html, tag, at + 1);
        let next_close = html[at..].find(&close).map(|i| i + at)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o;
            }
            _ if depth > 0 => {
                depth -= 1;
                at = next_close + 1;
            }
            _ => {
                let end = next_close + close.len();
                return Some((&html[start..end], end));
            }
        }
    }
}

/// Where the next `<{tag}>` or `<{tag} …>` starts, at or after `from` (not `<picture>` for `p`).
fn open_tag_at(html: &str, tag: &str, from: usize) -> Option<usize> {
    let open = format!("<{tag}");
    let mut at = from;
    loop {
        let found = at + html.get(at..)?.find(&open)?;
        let after = html[found + open.len()..].chars().next();
        if matches!(after, Some(' ' | '>')) {
            return Some(found);
        }
        at = found + 1;
    }
}

/// Every element of `tag` with `class` in `html`.
fn all_with_class<'a>(html: &'a str, tag: &str, class: &str) -> Vec<&'a str> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((el, end)) = element(html, tag, from) {
        let open_tag = &el[..el.find('>').unwrap_or(el.len())];
        if open_tag.contains(&format!("class=\"{class}\"")) {
            found.push(el);
            from = end;
        } else {
            from = open_tag_at(html, tag, from).map_or(html.len(), |at| at + 1);
        }
    }
    found
}

/// The parts both figures must agree on.
fn parts(html: &str) -> Vec<String> {
    let figure = element(html, "figure", 0).expect("a figure").0;
    let mut parts = vec![figure[..figure.find('>').unwrap()].to_string()];
    parts.push(
        element(figure, "figcaption", 0)
            .expect("a caption")
            .0
            .to_string(),
    );
    for (tag, class) in [
        ("p", "chart__source"),
        ("p", "chart__note"),
        ("details", "chart__table"),
    ] {
        parts.extend(
            all_with_class(figure, tag, class)
                .into_iter()
                .map(str::to_string),
        );
    }
    parts
}

#[test]
fn the_static_figure_and_the_live_chart_have_the_same_caption_table_and_ids() {
    for chart in ChartId::ALL {
        let takeaway = "The sentence written for this chart.";
        let static_html = render_html(
            move || view! { <StaticFigure chart takeaway dataset=&DATASET lang=trade_model::Lang::En /> },
        );
        let live_html = render_html(move || {
            let state = RwSignal::new(ChartState::default_for(chart.year_bounds(&DATASET)));
            view! { <ChartFigure chart state footer=article_footer takeaway lang=trade_model::Lang::En /> }
        });
        let (static_parts, live_parts) = (parts(&static_html), parts(&live_html));
        // A figure tag, a caption, a source line and a table at the least, each with content.
        assert!(
            static_parts.len() >= 4,
            "{}: {static_parts:#?}",
            chart.key()
        );
        assert!(
            static_parts
                .iter()
                .any(|p| p.contains("<th scope=\"row\">")),
            "{}: the table has rows",
            chart.key()
        );
        assert_eq!(static_parts, live_parts, "{}", chart.key());
        assert!(live_html.contains("<canvas") && !static_html.contains("<canvas"));
    }
}

#[test]
fn a_figure_that_drifted_would_be_seen() {
    // The comparison itself can fail: a caption with another id differs.
    let html = "<figure id=\"a\"><figcaption><span id=\"x\">T</span></figcaption><p class=\"chart__source\">S</p></figure>";
    let drifted = html.replace("id=\"x\"", "id=\"y\"");
    assert_ne!(parts(html), parts(&drifted));
    assert_eq!(parts(html).len(), 3);
    // `<picture>` is not a `<p>`.
    assert!(all_with_class(
        "<picture class=\"chart__source\"></picture>",
        "p",
        "chart__source"
    )
    .is_empty());
}
