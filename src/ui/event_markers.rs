//! The events on a chart's time axis: one link per cluster of nearby events, to its timeline entry, naming
//! the events on hover and focus. Written straight into their list when the markers move (a resize, a new
//! range), which costs less, in the WebAssembly's size, than a view; the list itself carries the listeners.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

use crate::chart::layout::MarkerCluster;

/// Replaces `list`'s items with one marker per cluster.
pub fn write_markers(list: &web_sys::Element, clusters: &[MarkerCluster]) {
    list.set_text_content(None);
    for cluster in clusters {
        let _ = append_marker(list, cluster);
    }
}

fn append_marker(list: &web_sys::Element, cluster: &MarkerCluster) -> Option<()> {
    let create = |tag: &str| document().create_element(tag).ok();
    let item = create("li")?.dyn_into::<web_sys::HtmlElement>().ok()?;
    item.set_class_name("chart__marker");
    // Through the style object, which the page's Content-Security-Policy allows (a style attribute it would not).
    item.style()
        .set_property("left", &format!("{:.1}px", cluster.left))
        .ok()?;
    let link = create("a")?;
    link.set_attribute("href", &format!("#{}", cluster.anchor))
        .ok()?;
    link.set_attribute(
        "aria-label",
        &format!("{} (go to the timeline)", cluster.label),
    )
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
