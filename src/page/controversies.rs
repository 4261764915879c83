//! The debates, as native disclosures: they open and close without scripts, and print open.

use leptos::prelude::*;
use trade_model::content::{debate_headings, Controversy, Statement};
use trade_model::data::{publisher_in, rows_in};
use trade_model::page_text::page_text;
use trade_model::Lang;

use super::prose::{Blocks, Inlines};
use crate::figure::names::{
    COLLAPSE_ALL, CONTROVERSIES_CLASS, CONTROVERSY_CLASS, CONTROVERSY_CONTROLS_CLASS, DATA_ACTION,
    DATA_CHART, DATA_STATE, EVIDENCE_SOURCE_CLASS, EXPAND_ALL, SHOW_IN_CHART_CLASS,
};

/// Every controversy, closed, with "Expand all" and "Collapse all" (hidden until scripts can run them).
#[component]
pub fn Controversies(list: &'static [Controversy], lang: Lang) -> impl IntoView {
    let text = page_text(lang);
    let action = |action: &'static str, label: &'static str| {
        view! { <button type="button" class="button">{label}</button> }.attr(DATA_ACTION, action)
    };
    view! {
        <div class=CONTROVERSIES_CLASS>
            <div class=CONTROVERSY_CONTROLS_CLASS role="group" aria-label=text.all_debates hidden>
                {action(EXPAND_ALL, text.expand_all)}
                {action(COLLAPSE_ALL, text.collapse_all)}
            </div>
            {list.iter().map(|controversy| view! { <Debate controversy lang /> }).collect_view()}
        </div>
    }
}

/// Closed: the title, the question and one figure. Open: the critics' case, the response, what the data
/// show (each statement with its chart and source) and what would settle it.
#[component]
fn Debate(controversy: &'static Controversy, lang: Lang) -> impl IntoView {
    let id: &'static str = &controversy.id;
    let [critics, response, evidence, settle] = debate_headings(lang);
    view! {
        <details class=CONTROVERSY_CLASS id=id>
            <summary class="controversy__toggle">
                <h3 class="controversy__title">{controversy.title.as_ref()}</h3>
                <span class="controversy__question">{controversy.question.as_ref()}</span>
                <span class="controversy__figure">{controversy.headline.as_ref()}</span>
            </summary>
            <div class="controversy__arguments">
                <div class="controversy__side controversy__side--critics">
                    <h4>{critics}</h4>
                    <Blocks blocks=&controversy.critics_case level=4 />
                </div>
                <div class="controversy__side controversy__side--response">
                    <h4>{response}</h4>
                    <Blocks blocks=&controversy.response level=4 />
                </div>
                <div class="controversy__side controversy__side--evidence">
                    <h4>{evidence}</h4>
                    <ul class="evidence">
                        {controversy
                            .evidence
                            .iter()
                            .enumerate()
                            .map(|(index, statement)| view! { <EvidenceStatement controversy=id index statement lang /> })
                            .collect_view()}
                    </ul>
                </div>
                <div class="controversy__side controversy__side--settle">
                    <h4>{settle}</h4>
                    <Blocks blocks=&controversy.settle level=4 />
                </div>
            </div>
        </details>
    }
}

/// A statement with its "Show in chart" link (a plain link to the chart without scripts; with them it sets
/// the chart's view) and its source note.
#[component]
fn EvidenceStatement(
    controversy: &'static str,
    index: usize,
    statement: &'static Statement,
    lang: Lang,
) -> impl IntoView {
    let text = page_text(lang);
    let show = statement.chart.as_ref().map(|link| {
        let key = link.chart.key();
        let query = if link.state.is_empty() {
            String::new()
        } else {
            format!("?{key}={}", link.state)
        };
        view! {
            <a class=format!("button {SHOW_IN_CHART_CLASS}") href=format!("{query}#{}", link.chart.element_id())>{text.show_in_chart}</a>
        }
        .attr(DATA_CHART, key)
        .attr(DATA_STATE, link.state.as_ref())
    });
    let notes = statement.sources.iter().map(|note| {
        let note_text =
            (text.evidence_note)(&rows_in(&note.rows, lang), publisher_in(&note.file, lang));
        view! { <li><code>{note.file.as_ref()}</code>{note_text}</li> }
    });
    view! {
        <li class="evidence__statement">
            <p class="evidence__text"><Inlines run=&statement.text /></p>
            <div class="evidence__actions">
                {show}
                <details class=EVIDENCE_SOURCE_CLASS id=format!("{controversy}-source-{index}")>
                    <summary class="button evidence__source-toggle">{text.source}</summary>
                    <div class="evidence__note">
                        <ul>{notes.collect_view()}</ul>
                        <p><a href="#sources">{text.about_the_data}</a></p>
                    </div>
                </details>
            </div>
        </li>
    }
}
