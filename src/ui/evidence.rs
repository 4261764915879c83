//! "What the data show" in a controversy: statements computed from the dataset, each with a control that
//! shows it in its chart and a source note that opens on demand.

use leptos::ev;
use leptos::prelude::*;
use trade_model::content::{ChartLink, Statement};
use trade_model::data::publisher_of;
use wasm_bindgen::JsCast;

use super::chart_states::ChartStates;
use super::prose::inlines_view;
use crate::chart::catalog::ChartId;
use crate::content::DATASET;
use crate::state::url::decode;

/// Sets the linked chart to the statement's view, brings the chart into view and moves focus to it (so
/// the arrow keys read it out at once). The address follows through the chart's own `replaceState`.
fn show_in_chart(link: &ChartLink, states: Option<ChartStates>) {
    let Some(chart) = ChartId::from_key(&link.chart) else { return };
    if let Some(state) = states.and_then(|s| s.state_of(chart)) {
        state.set(decode(chart, chart.year_bounds(&DATASET), &link.state));
    }
    let id = chart.element_id();
    request_animation_frame(move || {
        let Some(figure) = document().get_element_by_id(id) else { return };
        figure.scroll_into_view();
        if let Some(canvas) = figure.query_selector("canvas").ok().flatten().and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = canvas.focus();
        }
    });
}

/// The statements of one controversy.
#[component]
pub fn EvidenceList(controversy_id: &'static str, statements: &'static [Statement]) -> impl IntoView {
    let states = use_context::<ChartStates>();
    view! {
        <ul class="evidence">
            {statements
                .iter()
                .enumerate()
                .map(|(index, statement)| {
                    let note_id = format!("{controversy_id}-source-{index}");
                    let note_open = RwSignal::new(false);
                    let toggle_ref = NodeRef::<leptos::html::Button>::new();
                    let close_on_escape = move |event: ev::KeyboardEvent| {
                        if event.key() == "Escape" && note_open.get_untracked() {
                            note_open.set(false);
                            if let Some(toggle) = toggle_ref.get_untracked() {
                                let _ = toggle.focus();
                            }
                        }
                    };
                    let controls = note_id.clone();
                    view! {
                        <li class="evidence__statement" on:keydown=close_on_escape>
                            <p class="evidence__text">{inlines_view(&statement.text)}</p>
                            <div class="evidence__actions">
                                {statement.chart.as_ref().map(|link| {
                                    view! {
                                        <button type="button" class="button evidence__show" data-chart=link.chart.as_ref()
                                            on:click=move |_| show_in_chart(link, states)>
                                            "Show in chart"
                                        </button>
                                    }
                                })}
                                <button
                                    type="button"
                                    class="button evidence__source-toggle"
                                    node_ref=toggle_ref
                                    aria-expanded=move || if note_open.get() { "true" } else { "false" }
                                    aria-controls=controls
                                    on:click=move |_| note_open.update(|o| *o = !*o)
                                >
                                    "Source"
                                </button>
                            </div>
                            <div class="evidence__source" id=note_id hidden=move || !note_open.get()>
                                <ul>
                                    {statement
                                        .sources
                                        .iter()
                                        .map(|note| view! {
                                            <li>
                                                <code>{note.file.as_ref()}</code>", "{note.rows.as_ref()}": "
                                                {publisher_of(&note.file)}"."
                                            </li>
                                        })
                                        .collect_view()}
                                </ul>
                                <p><a href="#sources">"About the data"</a>" · Escape closes this note."</p>
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
