//! An event's sources as a reader sees them: a short line of linked citations (`Los Angeles Times, 28 Mar
//! 1987 ↗`), and the full notes with how the event was verified in a disclosure that opens without scripts.
//! No address is ever printed as text: each is a link named by its label, or in the notes by its host.
//! Each costs the page little: the ↗ after every link to another site comes from `style/timeline.css`.

use leptos::prelude::*;
use trade_model::data::citation::{host, linked, references, Citation, Part, Reference};
use trade_model::page_text::page_text;
use trade_model::Lang;

/// The references of a source that the build has already checked (`content/data` fails to load
/// otherwise, with the file and line).
fn checked_references(source: &'static str) -> Vec<Reference<'static>> {
    references(source).unwrap_or_else(|problem| panic!("{problem}: `{source}`"))
}

/// `Sources: Los Angeles Times, 28 Mar 1987 ↗; Reuters ↗`: each reference's label, linked to its address
/// where the source gives one.
#[component]
pub fn EventCitations(source: &'static str, lang: Lang) -> impl IntoView {
    let text = page_text(lang);
    let citations: Vec<Citation<'static>> = checked_references(source)
        .into_iter()
        .flat_map(|reference| reference.citations)
        .collect();
    let lead = if citations.len() == 1 {
        text.source_lead
    } else {
        text.sources_lead
    };
    let items = citations
        .into_iter()
        .enumerate()
        .map(|(index, citation)| {
            view! { {(index > 0).then_some(text.citation_separator)}<CitationLink citation lang /> }
        })
        .collect_view();
    view! { <p class="timeline__citations">{lead}{items}</p> }
}

/// A label linked to its source, or a label without an address as plain text. The ↗ after the link is
/// the stylesheet's (seen, not read); the link's name says instead that it opens the source.
#[component]
fn CitationLink(citation: Citation<'static>, lang: Lang) -> impl IntoView {
    match citation.url {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer">
                {citation.label}
                <span class="visually-hidden">{page_text(lang).opens_the_source}</span>
            </a>
        }
        .into_any(),
        None => citation.label.into_any(),
    }
}

/// "Source notes": every reference in full and the verification, closed until the reader opens it.
#[component]
pub fn SourceNotes(source: &'static str, verification: &'static str, lang: Lang) -> impl IntoView {
    let text = page_text(lang);
    let notes = checked_references(source)
        .into_iter()
        .map(|reference| view! { <li><LinkedText parts=reference.note /></li> })
        .collect_view();
    let verification = (!verification.trim().is_empty()).then(|| {
        view! {
            <p class="timeline__verification">
                <span class="timeline__verification-label">{text.verification}</span>
                <LinkedText parts=linked(verification) />
            </p>
        }
    });
    view! {
        <details class="timeline__notes">
            <summary>{text.source_notes}</summary>
            <ul class="timeline__notes-list">{notes}</ul>
            {verification}
        </details>
    }
}

/// Text with each address shown as a link named by its host: `… 16 Dec 1985 chicagotribune.com ↗ (…)`.
#[component]
fn LinkedText(parts: Vec<Part<'static>>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.into_any(),
            Part::Address(url) => {
                view! { <a href=url rel="noopener noreferrer">{host(url)}</a> }.into_any()
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::super::article_html;
    use crate::content::{ARTICLE, DATASET, TIMELINE};

    /// The text a reader sees in some HTML: everything outside tags (text is escaped, so a `<` always
    /// starts a tag).
    fn text_nodes(html: &str) -> Vec<&str> {
        html.split('<')
            .filter_map(|piece| piece.split_once('>').map(|(_, text)| text))
            .filter(|text| !text.trim().is_empty())
            .collect()
    }

    /// The timeline's HTML in the rendered article: from its block to the next section.
    fn timeline_html(html: &str) -> &str {
        let start = html.find("<div class=\"timeline\"").expect("the timeline");
        let end = html[start..]
            .find("<section class=\"section\"")
            .map_or(html.len(), |at| start + at);
        &html[start..end]
    }

    #[test]
    fn no_text_of_the_timeline_is_an_address() {
        let html = article_html(&ARTICLE, &DATASET, trade_model::Lang::En);
        let timeline = timeline_html(&html);
        let addresses: Vec<&str> = text_nodes(timeline)
            .into_iter()
            .filter(|text| text.contains("http"))
            .collect();
        assert_eq!(addresses, Vec::<&str>::new());
        // The addresses are still all there, as links: each word of a source that holds one (read
        // here from the events, less the punctuation around it) is some link's target.
        for event in TIMELINE.iter() {
            for word in event.source.split_whitespace() {
                let Some(at) = word.find("http") else {
                    continue;
                };
                let url = word[at..].trim_end_matches(['.', ',', ';', ')']);
                assert!(
                    timeline.contains(&format!("href=\"{}\"", url.replace('&', "&amp;"))),
                    "{}: {url} is not linked",
                    event.date
                );
            }
        }
        // One citation line and one closed disclosure of notes per event.
        assert_eq!(
            timeline.matches("class=\"timeline__citations\"").count(),
            TIMELINE.len()
        );
        assert_eq!(
            timeline
                .matches("<details class=\"timeline__notes\">")
                .count(),
            TIMELINE.len()
        );
    }

    #[test]
    fn no_text_anywhere_in_the_article_is_an_address() {
        // The debates' evidence notes and the charts' source lines name files and publishers; the
        // sources section links its documents by title.
        let html = article_html(&ARTICLE, &DATASET, trade_model::Lang::En);
        let addresses: Vec<&str> = text_nodes(&html)
            .into_iter()
            .filter(|text| text.contains("http"))
            .collect();
        assert_eq!(addresses, Vec::<&str>::new());
    }

    #[test]
    fn the_period_list_links_to_every_period_heading() {
        let html = article_html(&ARTICLE, &DATASET, trade_model::Lang::En);
        let timeline = timeline_html(&html);
        // The ids of the period headings: each `<h3 …>` tag with the period heading's class.
        let headings: Vec<&str> = timeline
            .split("<h3 ")
            .skip(1)
            .map(|rest| &rest[..rest.find('>').unwrap()])
            .filter(|tag| tag.contains("class=\"timeline__period-title\""))
            .map(|tag| {
                let id = &tag[tag.find("id=\"").expect("an id") + 4..];
                &id[..id.find('"').unwrap()]
            })
            .collect();
        // Each period of the front matter with events is a heading, in order.
        assert_eq!(headings.len(), ARTICLE.timeline_periods.len());
        let nav_start = timeline.find("<nav").expect("the period list");
        let nav = &timeline[nav_start..timeline.find("</nav>").unwrap()];
        let links: Vec<String> = headings
            .iter()
            .map(|id| format!("href=\"#{id}\""))
            .collect();
        let mut from = 0;
        for link in &links {
            let at = nav[from..]
                .find(link.as_str())
                .unwrap_or_else(|| panic!("{link} missing or out of order in {nav}"));
            from += at + link.len();
        }
        assert!(nav_start < timeline.find("class=\"timeline__period\"").unwrap());
    }
}
