//! The whole page: headline, lead, contents, sections with their charts, debates and timeline.

use leptos::ev;
use leptos::prelude::*;
use trade_model::content::{Insert, Section};

use super::chart_figure::ChartFigure;
use super::chart_states::ChartStates;
use super::controversy::{ControversyList, OpenControversies};
use super::deep_link::{current_fragment, scroll_to_id_after_render};
use super::prose::blocks_view;
use super::table_of_contents::TableOfContents;
use super::timeline::Timeline;
use crate::chart::catalog::ChartId;
use crate::content::{ARTICLE, DATASET};

/// The article page. A `#id` in the address opens the controversy it names and scrolls to its target.
#[component]
pub fn App() -> impl IntoView {
    let open = OpenControversies::new(&ARTICLE.controversies);
    provide_context(ChartStates::from_address());
    let follow_fragment = move || {
        let Some(fragment) = current_fragment() else {
            return;
        };
        if let Some(state) = open.state_of(&fragment) {
            state.set(true);
        }
        scroll_to_id_after_render(fragment);
    };
    follow_fragment();
    let listener = window_event_listener(ev::hashchange, move |_| follow_fragment());
    on_cleanup(move || listener.remove());

    view! {
        <a class="skip-link" href="#article-start">"Skip to the article"</a>
        <header class="masthead">
            <h1 class="masthead__headline">{ARTICLE.headline.as_ref()}</h1>
            <div class="masthead__lead">{blocks_view(&ARTICLE.lead, 3)}</div>
        </header>
        <TableOfContents sections=&ARTICLE.sections />
        <main class="article" id="article-start" tabindex="-1">
            {ARTICLE.sections.iter().map(|section| view! { <ArticleSection section=section open=open /> }).collect_view()}
        </main>
        <footer class="colophon">
            <p>
                "Figures are built into this page from the files listed under "
                <a href="#sources">"Sources and methodology"</a>
                "; an empty cell in a source is shown as “no data”, never estimated."
            </p>
        </footer>
    }
}

/// One top-level section: its heading, prose and whatever it inserts (chart, debates or timeline).
#[component]
fn ArticleSection(section: &'static Section, open: OpenControversies) -> impl IntoView {
    let heading_id = format!("{}-heading", section.id);
    let labelled_by = heading_id.clone();
    let inserts = section
        .inserts
        .iter()
        .map(|insert| match insert {
            Insert::GoodsTradeChart => {
                view! { <ChartFigure chart=ChartId::GoodsTrade /> }.into_any()
            }
            Insert::YenChart => view! { <ChartFigure chart=ChartId::YenAndBalance /> }.into_any(),
            Insert::MirrorChart => view! { <ChartFigure chart=ChartId::Mirror /> }.into_any(),
            Insert::VehiclesChart => view! { <ChartFigure chart=ChartId::Vehicles /> }.into_any(),
            Insert::OwnershipChart => view! { <ChartFigure chart=ChartId::Ownership /> }.into_any(),
            Insert::Controversies => {
                view! { <ControversyList controversies=&ARTICLE.controversies open=open /> }
                    .into_any()
            }
            Insert::Timeline => view! { <Timeline events=&DATASET.events /> }.into_any(),
        })
        .collect_view();
    view! {
        <section class="section" id=section.id.as_ref() aria-labelledby=labelled_by>
            <h2 id=heading_id>{section.title.as_ref()}</h2>
            {blocks_view(&section.blocks, 3)}
            {inserts}
        </section>
    }
}
