//! The article's page body: masthead, contents, sections with their prose and inserts, the Embed dialog
//! and the colophon.

use leptos::prelude::*;
use trade_model::content::{Article, Insert, Section};
use trade_model::data::Dataset;
use trade_model::page_text::page_text;
use trade_model::Lang;

use super::contents::Contents;
use super::controversies::Controversies;
use super::embed_dialog::EmbedDialog;
use super::language_switch::LanguageSwitch;
use super::prose::Blocks;
use super::render::render_html;
use super::static_figure::StaticFigure;
use super::timeline::Timeline;
use crate::content::TIMELINE;

/// The page's body content in `lang`, as HTML.
pub fn article_html(article: &'static Article, dataset: &'static Dataset, lang: Lang) -> String {
    render_html(move || view! { <ArticleBody article dataset lang /> })
}

/// Everything a reader scrolls through, in reading order.
#[component]
fn ArticleBody(article: &'static Article, dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let text = page_text(lang);
    view! {
        <a class="skip-link" href="#article-start">{text.skip_to_article}</a>
        // One grid for the page (style/layout.css): on a wide screen the contents become a side column
        // beside the masthead and the sections, while the order of the markup stays the reading order.
        <div class="page">
            <header class="masthead">
                <LanguageSwitch lang />
                <h1 class="masthead__headline">{article.headline.as_ref()}</h1>
                <div class="masthead__lead"><Blocks blocks=&article.lead level=3 /></div>
            </header>
            <Contents sections=&article.sections lang />
            <main class="article" id="article-start" tabindex="-1">
                {article
                    .sections
                    .iter()
                    .map(|section| view! { <ArticleSection section article dataset lang /> })
                    .collect_view()}
                <EmbedDialog lang />
            </main>
            <footer class="colophon">
                <p>
                    {text.colophon_before}
                    <a href="#sources">{text.colophon_link}</a>
                    {text.colophon_after}
                </p>
            </footer>
        </div>
    }
}

/// A section: its heading, prose, and what it inserts after them (charts, the debates, the timeline).
#[component]
fn ArticleSection(
    section: &'static Section,
    article: &'static Article,
    dataset: &'static Dataset,
    lang: Lang,
) -> impl IntoView {
    let id: &'static str = &section.id;
    let insert = move |insert: &'static Insert| match insert {
        Insert::Controversies => {
            view! { <Controversies list=&article.controversies lang /> }.into_any()
        }
        Insert::Timeline => view! {
            <Timeline events=&TIMELINE periods=&article.timeline_periods lang />
        }
        .into_any(),
        Insert::Chart(chart) => {
            let takeaway = article.takeaway(*chart).unwrap_or_default().to_string();
            view! { <StaticFigure chart=*chart takeaway dataset lang /> }.into_any()
        }
    };
    view! {
        <section class="section" id=id aria-labelledby=format!("{id}-heading")>
            <h2 id=format!("{id}-heading")>{section.title.as_ref()}</h2>
            <Blocks blocks=&section.blocks level=3 />
            {section.inserts.iter().map(insert).collect_view()}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::catalog::ChartId;
    use crate::content::{ARTICLE, DATASET, TIMELINE};

    #[test]
    fn the_static_article_holds_every_section_controversy_chart_and_event() {
        let html = article_html(&ARTICLE, &DATASET, Lang::En);
        for section in ARTICLE.sections.iter() {
            assert!(
                html.contains(&format!("id=\"{}-heading\"", section.id)),
                "{}",
                section.title
            );
        }
        for controversy in ARTICLE.controversies.iter() {
            assert!(html.contains(&format!("<details id=\"{}\"", controversy.id)));
        }
        assert_eq!(
            html.matches("class=\"controversy\"").count(),
            ARTICLE.controversies.len()
        );
        for chart in ChartId::ALL {
            assert!(html.contains(&format!("id=\"{}\"", chart.element_id())));
        }
        assert_eq!(
            html.matches("class=\"timeline__event\"").count(),
            TIMELINE.len()
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains("<!>"), "hydration markers left in the page");
    }
}
