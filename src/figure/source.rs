//! A chart's source line and notes.

use leptos::prelude::*;

use super::SpecSignal;
use crate::chart::catalog::ChartId;
use trade_model::text::chart_text;
use trade_model::Lang;

/// Whose record the chart draws, in which units, in the page's language (English when not given).
#[component]
pub fn SourceLine(chart: ChartId, lang: Lang) -> impl IntoView {
    view! { <p class="chart__source">{(chart_text(lang).source_line)(chart.source_in(lang))}</p> }
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
