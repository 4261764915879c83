//! The timeline: every dated event from `events.csv`, with its source and how far it was verified.

use leptos::prelude::*;
use trade_model::data::Event;

/// An ordered list of events, oldest first; each has an anchor (`#event-YYYY-MM-DD`).
#[component]
pub fn Timeline(events: &'static [Event]) -> impl IntoView {
    view! {
        <ol class="timeline">
            {events
                .iter()
                .map(|event| {
                    view! {
                        <li class="timeline__event" id=event.anchor_id()>
                            <time class="timeline__date" datetime=event.date.as_ref()>{event.display_date()}</time>
                            <h3 class="timeline__title">{event.title.as_ref()}</h3>
                            <p>{event.description.as_ref()}</p>
                            <p class="timeline__source">"Source: "{event.source.as_ref()}</p>
                            {(!event.is_fully_verified())
                                .then(|| view! { <p class="timeline__verification">"Verification: "{event.verification.as_ref()}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
