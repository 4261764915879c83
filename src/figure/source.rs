//! A chart's source line and notes.

use leptos::prelude::*;

use super::SpecSignal;
use crate::chart::catalog::ChartId;

/// Whose record the chart draws, in which units.
#[component]
pub fn SourceLine(chart: ChartId) -> impl IntoView {
    view! { <p class="chart__source">{format!("Source: {}.", chart.source())}</p> }
}

/// What a reader needs to read the chart right (gaps, partial years, changes of basis), for the view shown.
#[component]
pub fn ChartNotes<S: SpecSignal>(spec: S) -> impl IntoView {
    move || {
        spec.with(|s| {
            s.notes
                .iter()
                .map(|note| view! { <p class="chart__note">{note.clone()}</p> })
                .collect_view()
        })
    }
}
