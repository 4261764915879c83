//! The events on a chart's time axis: one link per cluster of nearby events, to its timeline entry, naming
//! the events on hover and focus (Escape hides the names). The items are written straight into their list
//! when the markers move (a resize, a new range), which costs less, in the WebAssembly's size, than a view
//! (measured: as a Leptos view they made each bundle 2.1–2.2 KB larger, brotli); the list itself, a view,
//! carries the listeners.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use trade_model::text::ChartText;

use crate::chart::layout::MarkerCluster;

/// The list the markers are written into. Hovering or focusing a marker shows the names; Escape hides them.
pub fn marker_list(
    list: NodeRef<html::Ul>,
    tips_hidden: RwSignal<bool>,
    text: &'static ChartText,
) -> impl IntoView {
    view! {
        <ul
            class="chart__markers"
            aria-label=text.markers
            node_ref=list
            on:focusin=move |_| tips_hidden.set(false)
            on:mouseover=move |_| tips_hidden.set(false)
            on:keydown=move |ev: ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    tips_hidden.set(true)
                }
            }
        ></ul>
    }
}

/// Replaces `list`'s items with one marker per cluster. In the widget, whose page has no timeline, the links
/// go to the timeline in the article at `article` (in a new tab).
pub fn write_markers(
    list: &web_sys::Element,
    clusters: &[MarkerCluster],
    article: Option<&str>,
    text: &ChartText,
) {
    list.set_text_content(None);
    for cluster in clusters {
        let _ = append_marker(list, cluster, article, text);
    }
}

fn append_marker(
    list: &web_sys::Element,
    cluster: &MarkerCluster,
    article: Option<&str>,
    text: &ChartText,
) -> Option<()> {
    let create = |tag: &str| document().create_element(tag).ok();
    let item = create("li")?.dyn_into::<web_sys::HtmlElement>().ok()?;
    item.set_class_name("chart__marker");
    // Through the style object, which the page's Content-Security-Policy allows (a style attribute it would not).
    item.style()
        .set_property("left", &format!("{:.1}px", cluster.left))
        .ok()?;
    let link = create("a")?;
    let (href, where_to) = match article {
        None => (format!("#{}", cluster.anchor), text.to_timeline),
        Some(article) => (
            format!("{article}#{}", cluster.anchor),
            text.to_article_timeline,
        ),
    };
    link.set_attribute("href", &href).ok()?;
    if article.is_some() {
        link.set_attribute("target", "_blank").ok()?;
        link.set_attribute("rel", "noopener").ok()?;
    }
    link.set_attribute("aria-label", &(text.marker_named)(&cluster.label, where_to))
        .ok()?;
    let tip = create("span")?;
    tip.set_class_name("chart__marker-tip");
    tip.set_attribute("aria-hidden", "true").ok()?;
    tip.set_text_content(Some(&cluster.label));
    link.append_child(&tip).ok()?;
    item.append_child(&link).ok()?;
    list.append_child(&item).ok()?;
    Some(())
}
