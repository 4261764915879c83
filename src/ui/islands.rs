//! Starting the page: each chart's static figure is replaced in place by the live chart when it comes
//! within reach of the viewport (so nothing below the fold costs time at start-up), and the controversies
//! and links get their behaviours.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::article_footer::article_footer;
use super::chart_figure::ChartFigure;
use super::chart_states::ChartStates;
use super::disclosures;
use crate::chart::catalog::ChartId;
use crate::figure::names::{island_selector, DATA_CHART, DATA_LIVE, TAKEAWAY_CLASS};

/// How far below (and above) the viewport a chart starts to be made live.
pub const CHART_REACH: &str = "400px 0px";

/// Starts the article's live charts and behaviours. (An embed address on the article has already moved to
/// the widget's page: see `page::embed_redirect_script`.)
pub fn start() {
    let states = ChartStates::from_address(super::page_lang::page_lang());
    mount_charts_when_near(states);
    disclosures::enhance(states);
}

fn islands() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all(&island_selector()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
        .collect()
}

/// Mounts each chart as it approaches the viewport (all at once where IntersectionObserver is missing).
fn mount_charts_when_near(states: ChartStates) {
    let on_intersect = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                continue;
            };
            if entry.is_intersecting() {
                if let Ok(island) = entry.target().dyn_into::<web_sys::HtmlElement>() {
                    mount_island(&island, states);
                }
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(CHART_REACH);
    match web_sys::IntersectionObserver::new_with_options(
        on_intersect.as_ref().unchecked_ref(),
        &options,
    ) {
        Ok(observer) => {
            for island in islands() {
                observer.observe(&island);
            }
            std::mem::forget(observer);
        }
        Err(_) => islands()
            .iter()
            .for_each(|island| mount_island(island, states)),
    }
    on_intersect.forget();
}

/// Makes every chart before `target` in the page live now, so that scrolling to `target` is not undone
/// when they come to life above it.
pub fn mount_charts_before(target: &web_sys::Element, states: ChartStates) {
    const PRECEDING: u16 = 2;
    for island in islands() {
        if target.compare_document_position(&island) & PRECEDING != 0 {
            mount_island(&island, states);
        }
    }
}

/// Makes `chart` live now (e.g. before moving focus to it).
pub fn mount_chart_now(chart: ChartId, states: ChartStates) {
    for island in islands() {
        if island.get_attribute(DATA_CHART).as_deref() == Some(chart.key()) {
            mount_island(&island, states);
        }
    }
}

/// Replaces an island's static figure with its live chart, once.
fn mount_island(island: &web_sys::HtmlElement, states: ChartStates) {
    if island.has_attribute(DATA_LIVE) {
        return;
    }
    let Some(chart) = island
        .get_attribute(DATA_CHART)
        .as_deref()
        .and_then(ChartId::from_key)
    else {
        return;
    };
    let Some(state) = states.state_of(chart) else {
        return;
    };
    let _ = island.set_attribute(DATA_LIVE, "");
    // The sentence written for the chart is in its static figure: the prose is not in the bundle.
    let takeaway = island
        .query_selector(&format!(".{TAKEAWAY_CLASS}"))
        .ok()
        .flatten()
        .and_then(|t| t.text_content())
        .unwrap_or_default();
    while let Some(child) = island.first_child() {
        let _ = island.remove_child(&child);
    }
    leptos::mount::mount_to(
        island.clone(),
        move || view! { <ChartFigure chart state footer=article_footer takeaway lang=states.lang() /> },
    )
    .forget();
}
