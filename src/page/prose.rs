//! Prose from content: paragraphs, subheadings and lists, and the text runs inside them.

use leptos::prelude::*;
use trade_model::content::{Block, Inline};

/// Paragraphs, subheadings (at `level`, 3 or 4) and bullet lists.
#[component]
pub fn Blocks(blocks: &'static [Block], level: u8) -> impl IntoView {
    blocks
        .iter()
        .map(move |block| match block {
            Block::Subheading { id, text } => subheading(level, id, text),
            Block::Paragraph(run) => view! { <p><Inlines run /></p> }.into_any(),
            Block::BulletList(items) => view! {
                <ul>{items.iter().map(|item| view! { <li><Inlines run=item /></li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}

fn subheading(level: u8, id: &'static str, text: &'static str) -> AnyView {
    match level {
        3 => view! { <h3 id=id>{text}</h3> }.into_any(),
        _ => view! { <h4 id=id>{text}</h4> }.into_any(),
    }
}

/// Text with emphasis, code and links; links leaving the page carry `rel="noopener noreferrer"`.
#[component]
pub fn Inlines(run: &'static [Inline]) -> impl IntoView {
    run.iter().map(inline).collect_view()
}

fn inline(inline: &'static Inline) -> AnyView {
    match inline {
        Inline::Text(text) => text.as_ref().into_any(),
        Inline::Emphasis(text) => view! { <em>{text.as_ref()}</em> }.into_any(),
        Inline::Strong(text) => view! { <strong>{text.as_ref()}</strong> }.into_any(),
        Inline::Code(text) => view! { <code>{text.as_ref()}</code> }.into_any(),
        Inline::Link { href, text } if href.starts_with("https://") => {
            view! { <a href=href.as_ref() rel="noopener noreferrer">{text.as_ref()}</a> }.into_any()
        }
        Inline::Link { href, text } => {
            view! { <a href=href.as_ref()>{text.as_ref()}</a> }.into_any()
        }
    }
}
