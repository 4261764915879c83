//! A chart's caption.

use leptos::prelude::*;

use super::names::{summary_id, title_id, TAKEAWAY_CLASS, TITLE_CLASS};
use super::SpecSignal;
use crate::chart::catalog::ChartId;
use crate::chart::summary::summarize;

/// What a reader sees above a chart: its title and the sentence written for it; a screen reader also hears
/// a summary computed from exactly what the chart shows (its extremes and latest values).
#[component]
pub fn ChartCaption<S: SpecSignal>(
    chart: ChartId,
    /// The chart as drawn; the title and summary follow it.
    spec: S,
    /// The sentence written for the chart in content.
    #[prop(into)]
    takeaway: String,
    /// Whether the title and takeaway are shown (an embed may hide them; screen readers still hear them).
    #[prop(default = true)]
    title_shown: bool,
) -> impl IntoView {
    let shown = move |class: &'static str| {
        if title_shown {
            class.to_string()
        } else {
            format!("{class} visually-hidden")
        }
    };
    view! {
        <figcaption class="chart__caption">
            <span class=shown(TITLE_CLASS) id=title_id(chart)>{move || spec.with(|s| s.title.clone())}</span>
            <span class=shown(TAKEAWAY_CLASS)>{takeaway}</span>
            <span class="chart__summary visually-hidden" id=summary_id(chart)>{move || spec.with(summarize)}</span>
        </figcaption>
    }
}
