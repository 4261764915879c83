//! The timeline: every dated event, grouped by period, with a list of the periods to jump between.

use leptos::prelude::*;
use trade_model::content::TimelinePeriod;
use trade_model::data::Event;
use trade_model::page_text::page_text;
use trade_model::Lang;

use super::citations::{EventCitations, SourceNotes};

/// One period with its events, as the timeline shows it.
struct PeriodGroup {
    /// The heading's id, `timeline-1981`: what the period list links to.
    id: String,
    title: &'static str,
    /// The years its events span: `1981–1988`, or one year.
    years: String,
    events: Vec<&'static Event>,
}

/// The periods that have events, each with the events from its `from` year until the next period's.
fn period_groups(
    events: &'static [Event],
    periods: &'static [TimelinePeriod],
    lang: Lang,
) -> Vec<PeriodGroup> {
    periods
        .iter()
        .enumerate()
        .filter_map(|(index, period)| {
            let next = periods.get(index + 1).map(|p| p.from);
            let in_period: Vec<&'static Event> = events
                .iter()
                .filter(|e| e.year() >= period.from && next.is_none_or(|n| e.year() < n))
                .collect();
            let (first, last) = (in_period.first()?.year(), in_period.last()?.year());
            let years = (page_text(lang).year_span)(first, last);
            Some(PeriodGroup {
                id: format!("timeline-{}", period.from),
                title: period.title.as_ref(),
                years,
                events: in_period,
            })
        })
        .collect()
}

/// The periods to jump between, then each period under its own heading with its years and events.
#[component]
pub fn Timeline(
    events: &'static [Event],
    periods: &'static [TimelinePeriod],
    lang: Lang,
) -> impl IntoView {
    let groups = period_groups(events, periods, lang);
    let jump = groups
        .iter()
        .map(|group| {
            view! {
                <li>
                    <a href=format!("#{}", group.id)>
                        <span class="timeline__nav-years">{group.years.clone()}</span>" "
                        <span class="timeline__nav-title">{group.title}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let sections = groups
        .into_iter()
        .map(|group| {
            let labelled_by = group.id.clone();
            view! {
                <section class="timeline__period" aria-labelledby=labelled_by>
                    <h3 class="timeline__period-title" id=group.id>
                        {group.title}" "<span class="timeline__years">{group.years}</span>
                    </h3>
                    <ol class="timeline__events">
                        {group.events.into_iter().map(|event| view! { <TimelineEvent event lang /> }).collect_view()}
                    </ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="timeline">
            <nav class="timeline__nav" aria-labelledby="timeline-periods">
                <p class="timeline__nav-lead" id="timeline-periods">{page_text(lang).jump_to_period}</p>
                <ol>{jump}</ol>
            </nav>
            {sections}
        </div>
    }
}

/// One event: its date, title, what happened, its sources as short linked citations, and the full source
/// notes with how the event was verified one click away.
#[component]
fn TimelineEvent(event: &'static Event, lang: Lang) -> impl IntoView {
    view! {
        <li class="timeline__event" id=event.anchor_id()>
            <time class="timeline__date" datetime=event.date.as_ref()>{event.date_in(lang)}</time>
            <h4 class="timeline__title">{event.title_in(lang)}</h4>
            <p>{event.description_in(lang)}</p>
            <EventCitations source=event.source.as_ref() lang />
            <SourceNotes
                source=event.source.as_ref()
                verification=event.verification_in(lang)
                lang
            />
        </li>
    }
}
