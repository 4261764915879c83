//! The expandable controversies: each shows its title and question; opened, both sides of the debate.

use leptos::prelude::*;
use trade_model::content::Controversy;
use trade_model::content::{CRITICS_HEADING, EVIDENCE_HEADING, RESPONSE_HEADING};

use super::evidence::EvidenceList;
use super::prose::blocks_view;

/// Which controversies are open, shared by the list, its "Expand all" control and `#id` links.
#[derive(Clone, Copy)]
pub struct OpenControversies(pub StoredValue<Vec<(&'static str, RwSignal<bool>)>>);

impl OpenControversies {
    /// All closed.
    pub fn new(controversies: &'static [Controversy]) -> Self {
        Self(StoredValue::new(
            controversies
                .iter()
                .map(|c| (c.id.as_ref(), RwSignal::new(false)))
                .collect(),
        ))
    }

    /// The open state of the controversy `id`, if there is one.
    pub fn state_of(&self, id: &str) -> Option<RwSignal<bool>> {
        self.0
            .with_value(|all| all.iter().find(|(i, _)| *i == id).map(|(_, open)| *open))
    }

    pub fn set_all(&self, open: bool) {
        self.0
            .with_value(|all| all.iter().for_each(|(_, state)| state.set(open)));
    }
}

/// One debate. Collapsed: its title, the question it asks and one figure from the data. Expanded:
/// "The critics’ case" and "The response", each attributed in the text, then "What the data show". The toggle is a button (click, Enter, Space) inside the
/// heading, with `aria-expanded` and `aria-controls`; the element's `id` makes `#id` links open it.
#[component]
pub fn ControversyCard(controversy: &'static Controversy, open: RwSignal<bool>) -> impl IntoView {
    let id: &'static str = controversy.id.as_ref();
    let body_id = format!("{id}-arguments");
    let controls = body_id.clone();
    view! {
        <section class="controversy" id=id class:controversy--open=move || open.get()>
            <h3 class="controversy__heading">
                <button
                    type="button"
                    class="controversy__toggle"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=controls
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="controversy__title">{controversy.title.as_ref()}</span>
                    <span class="controversy__question">{controversy.question.as_ref()}</span>
                </button>
            </h3>
            <p class="controversy__figure">{controversy.headline.as_ref()}</p>
            <div class="controversy__arguments" id=body_id hidden=move || !open.get()>
                <div class="controversy__side controversy__side--critics">
                    <h4>{CRITICS_HEADING}</h4>
                    {blocks_view(&controversy.critics_case, 4)}
                </div>
                <div class="controversy__side controversy__side--response">
                    <h4>{RESPONSE_HEADING}</h4>
                    {blocks_view(&controversy.response, 4)}
                </div>
                <div class="controversy__side controversy__side--evidence">
                    <h4>{EVIDENCE_HEADING}</h4>
                    <EvidenceList controversy_id=id statements=&controversy.evidence />
                </div>
            </div>
        </section>
    }
}

/// The six debates with "Expand all" and "Collapse all".
#[component]
pub fn ControversyList(
    controversies: &'static [Controversy],
    open: OpenControversies,
) -> impl IntoView {
    view! {
        <div class="controversies">
            <div class="controversies__controls" role="group" aria-label="All controversies">
                <button type="button" class="button" on:click=move |_| open.set_all(true)>"Expand all"</button>
                <button type="button" class="button" on:click=move |_| open.set_all(false)>"Collapse all"</button>
            </div>
            {controversies
                .iter()
                .filter_map(|c| open.state_of(&c.id).map(|state| view! { <ControversyCard controversy=c open=state /> }))
                .collect_view()}
        </div>
    }
}
