//! A chart's data table.

use leptos::prelude::*;

use super::SpecSignal;
use crate::chart::summary::summarize;

/// Exactly the rows and series the chart shows, with full figures; it scrolls sideways on its own when wide.
#[component]
pub fn DataTable<S: SpecSignal>(spec: S) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || spec.with(|s| (s.text().data_table)(&s.title))>
            {move || spec.with(|s| view! {
                <table>
                    <caption>{s.title.clone()}<span class="table__summary">{summarize(s)}</span></caption>
                    <thead>
                        <tr>
                            <th scope="col">{s.row_heading.clone()}</th>
                            {s.table_headings().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {s.table_rows()
                            .into_iter()
                            .map(|(label, cells)| view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            })}
        </div>
    }
}

/// The table behind a "Table" disclosure, closed until the reader opens it (printed open).
#[component]
pub fn TableDisclosure<S: SpecSignal>(spec: S) -> impl IntoView {
    view! {
        <details class="chart__table">
            <summary>{move || spec.with(|s| s.text().table)}</summary>
            <DataTable spec />
        </details>
    }
}
