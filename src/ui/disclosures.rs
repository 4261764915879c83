//! Behaviours added to the static article: "Expand all" and "Collapse all" for the controversies, `#id`
//! links that open what they point to, Escape to close a source note, every controversy open in print,
//! and "Show in chart" links that set a chart's view instead of reloading the page.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::chart_states::ChartStates;
use super::deep_link::{current_fragment, scroll_to_id_after_render};
use super::embed_dialog::enhance_embed_dialog;
use super::islands::{mount_chart_now, mount_charts_before};
use crate::chart::catalog::ChartId;
use crate::content::DATASET;
use crate::figure::names::{
    COLLAPSE_ALL, CONTROVERSY_CLASS, CONTROVERSY_CONTROLS_CLASS, DATA_ACTION, DATA_CHART,
    DATA_RELATED_EVENTS, DATA_STATE, EVIDENCE_SOURCE_CLASS, EXPAND_ALL, ISLAND_CLASS,
    SHOW_IN_CHART_CLASS,
};
use crate::page::loader::SCROLL_AT_LINK;
use crate::state::url::decode;

/// Adds every behaviour to the page.
pub fn enhance(states: ChartStates) {
    show_all_controls();
    follow_fragment(states, Arrival::AtStart);
    listen(&window(), "hashchange", move |_| {
        follow_fragment(states, Arrival::Followed)
    });
    listen(&window(), "beforeprint", |_| set_all_controversies(true));
    listen(&document(), "keydown", close_source_on_escape);
    listen(&document(), "click", move |event| on_click(event, states));
    enhance_embed_dialog();
}

fn listen(target: &web_sys::EventTarget, name: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    closure.forget();
}

fn elements(selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
        .collect()
}

fn show_all_controls() {
    for controls in elements(&format!(".{CONTROVERSY_CONTROLS_CLASS}")) {
        let _ = controls.remove_attribute("hidden");
    }
}

fn set_all_controversies(open: bool) {
    for details in elements(&format!("details.{CONTROVERSY_CLASS}")) {
        if let Some(details) = details.dyn_ref::<web_sys::HtmlDetailsElement>() {
            details.set_open(open);
        }
    }
}

/// When the page's `#id` is followed.
#[derive(Clone, Copy, PartialEq)]
enum Arrival {
    /// When the bundle starts: on landing at the address, or after a link the loader saw followed, since
    /// when the reader may have read on.
    AtStart,
    /// When the reader follows a link in the page, with the bundle already running.
    Followed,
}

/// How far, in CSS pixels, the reader may be from where a followed link took them and still be at its target.
const STILL_AT_TARGET: f64 = 48.0;

/// How long (ms) the page must not scroll for a scroll to count as ended: a followed link scrolls smoothly,
/// and the bundle may arrive mid-way.
const SCROLL_SETTLED_MS: u64 = 120;

/// Opens the disclosure a `#id` points to (and any that contain it), then scrolls to it. When the bundle
/// was started by a link followed in the page (the loader notes where the link takes the reader, as
/// `SCROLL_AT_LINK`), it first lets the link's smooth scroll end, then scrolls only if the reader is where
/// the link took them: it must not pull back a reader who has read on. (The charts above the target come to
/// life meanwhile; they keep their height, but anything else that moves the target, such as a disclosure
/// opened above it, is made up for here.)
fn follow_fragment(states: ChartStates, arrival: Arrival) {
    let Some(id) = current_fragment() else { return };
    let link_took_reader_to = js_sys::Reflect::get(&window(), &SCROLL_AT_LINK.into())
        .ok()
        .and_then(|at| at.as_f64());
    match (arrival, link_took_reader_to) {
        (Arrival::AtStart, Some(destination)) => when_scroll_settles(move || {
            let arrived = window()
                .scroll_y()
                .is_ok_and(|y| (y - destination).abs() <= STILL_AT_TARGET);
            open_and_reach(states, &id, arrived);
        }),
        _ => open_and_reach(states, &id, true),
    }
}

/// Opens the disclosures holding `#id`; when the reader is there, brings the charts above it to life and
/// scrolls it to the top of the view.
fn open_and_reach(states: ChartStates, id: &str, reader_is_there: bool) {
    let target = document().get_element_by_id(id);
    if let (Some(target), true) = (&target, reader_is_there) {
        mount_charts_before(target, states);
    }
    let mut node = target;
    while let Some(element) = node {
        if let Some(details) = element.dyn_ref::<web_sys::HtmlDetailsElement>() {
            details.set_open(true);
        }
        node = element.parent_element();
    }
    if reader_is_there {
        scroll_to_id_after_render(id.to_string());
    }
}

/// Runs `then` once the page has not scrolled for `SCROLL_SETTLED_MS` (polled: not every engine has a
/// `scrollend` event).
fn when_scroll_settles(then: impl FnOnce() + 'static) {
    let before = window().scroll_y().unwrap_or_default();
    set_timeout(
        move || {
            if window().scroll_y().unwrap_or_default() == before {
                then();
            } else {
                when_scroll_settles(then);
            }
        },
        std::time::Duration::from_millis(SCROLL_SETTLED_MS),
    );
}

fn close_source_on_escape(event: web_sys::Event) {
    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    if event.key() != "Escape" {
        return;
    }
    let target = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(note) = target.and_then(|t| {
        t.closest(&format!("details.{EVIDENCE_SOURCE_CLASS}[open]"))
            .ok()
            .flatten()
    }) else {
        return;
    };
    if let Some(details) = note.dyn_ref::<web_sys::HtmlDetailsElement>() {
        details.set_open(false);
    }
    if let Some(summary) = note
        .query_selector("summary")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}

fn on_click(event: web_sys::Event, states: ChartStates) {
    let target = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(target) = target else { return };
    if let Some(action) = target
        .closest(&format!("[{DATA_ACTION}]"))
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute(DATA_ACTION))
    {
        match action.as_str() {
            EXPAND_ALL => set_all_controversies(true),
            COLLAPSE_ALL => set_all_controversies(false),
            _ => {}
        }
        return;
    }
    let Some(link) = target
        .closest(&format!("a.{SHOW_IN_CHART_CLASS}[{DATA_CHART}]"))
        .ok()
        .flatten()
    else {
        return;
    };
    let Some(chart) = link
        .get_attribute(DATA_CHART)
        .as_deref()
        .and_then(ChartId::from_key)
    else {
        return;
    };
    event.prevent_default();
    let view = link.get_attribute(DATA_STATE).unwrap_or_default();
    if let Some(state) = states.state_of(chart) {
        state.set(decode(chart, chart.year_bounds(&DATASET), &view));
    }
    mount_chart_now(chart, states);
    mark_related_events(chart);
    show_chart(chart);
}

/// Marks the events on the chart's time axis: the statement's view frames the years its events belong to.
fn mark_related_events(chart: ChartId) {
    for island in elements(&format!(".{ISLAND_CLASS}[{DATA_CHART}={}]", chart.key())) {
        let _ = island.set_attribute(DATA_RELATED_EVENTS, "");
    }
}

/// Brings a chart into view and moves focus to it, so the arrow keys read it out at once.
fn show_chart(chart: ChartId) {
    let id = chart.element_id();
    request_animation_frame(move || {
        let Some(figure) = document().get_element_by_id(id) else {
            return;
        };
        figure.scroll_into_view();
        let canvas = figure
            .query_selector("canvas")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(canvas) = canvas {
            let _ = canvas.focus();
        }
    });
}
