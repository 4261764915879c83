//! The timeline: every dated event, grouped by period.

use leptos::prelude::*;
use trade_model::content::TimelinePeriod;
use trade_model::data::Event;

/// The events grouped by period, each period under its own heading with its years.
#[component]
pub fn Timeline(events: &'static [Event], periods: &'static [TimelinePeriod]) -> impl IntoView {
    let period = move |(index, period): (usize, &'static TimelinePeriod)| {
        let next = periods.get(index + 1).map(|p| p.from);
        let in_period: Vec<&'static Event> = events
            .iter()
            .filter(|e| e.year() >= period.from && next.is_none_or(|n| e.year() < n))
            .collect();
        let (first, last) = (in_period.first()?.year(), in_period.last()?.year());
        let years = if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        };
        let id = format!("timeline-{}", period.from);
        let labelled_by = id.clone();
        Some(view! {
            <section class="timeline__period" aria-labelledby=labelled_by>
                <h3 class="timeline__period-title" id=id>
                    {period.title.as_ref()}" "<span class="timeline__years">{years}</span>
                </h3>
                <ol class="timeline__events">
                    {in_period.into_iter().map(|event| view! { <TimelineEvent event /> }).collect_view()}
                </ol>
            </section>
        })
    };
    view! { <div class="timeline">{periods.iter().enumerate().filter_map(period).collect_view()}</div> }
}

/// One event: its date, title, what happened, its source and, where not every part is verified, what is.
#[component]
fn TimelineEvent(event: &'static Event) -> impl IntoView {
    let verification = (!event.is_fully_verified()).then(|| {
        view! {
            <p class="timeline__verification">{format!("Verification: {}", event.verification)}</p>
        }
    });
    view! {
        <li class="timeline__event" id=event.anchor_id()>
            <time class="timeline__date" datetime=event.date.as_ref()>{event.display_date()}</time>
            <h4 class="timeline__title">{event.title.as_ref()}</h4>
            <p>{event.description.as_ref()}</p>
            <p class="timeline__source">{format!("Source: {}", event.source)}</p>
            {verification}
        </li>
    }
}
