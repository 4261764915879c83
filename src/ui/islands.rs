//! Starting the page: every chart's static figure is replaced in place by the live chart, and the
//! controversies and links get their behaviours.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::address::current_query;
use super::chart_figure::ChartFigure;
use super::chart_states::ChartStates;
use super::disclosures;
use super::embed::start_embed;
use crate::chart::catalog::ChartId;
use crate::embed::options::EmbedOptions;

/// Mounts the live charts into their islands (`.chart-island[data-chart]`) and enhances the article.
pub fn start() {
    let states = ChartStates::from_address();
    if let Some(options) = EmbedOptions::from_query(&current_query()) {
        start_embed(options, states);
        return;
    }
    mount_charts(&document(), states);
    disclosures::enhance(states);
}

/// Replaces each chart island's static figure under `root` with its live chart.
pub fn mount_charts(root: &web_sys::Document, states: ChartStates) {
    let Ok(islands) = root.query_selector_all(".chart-island[data-chart]") else {
        return;
    };
    for index in 0..islands.length() {
        let Some(island) = islands
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let Some(chart) = island
            .get_attribute("data-chart")
            .as_deref()
            .and_then(ChartId::from_key)
        else {
            continue;
        };
        let Some(state) = states.state_of(chart) else {
            continue;
        };
        while let Some(child) = island.first_child() {
            let _ = island.remove_child(&child);
        }
        leptos::mount::mount_to(island, move || view! { <ChartFigure chart state /> }).forget();
    }
}
