//! Prose blocks from the content model rendered as HTML elements (no HTML strings, no `innerHTML`).

use leptos::prelude::*;
use trade_model::content::{Block, Inline};

/// Renders paragraphs, subheadings and bullet lists. `subheading_level` is the heading level for
/// subheadings (3 inside a section).
pub fn blocks_view(blocks: &'static [Block], subheading_level: u8) -> impl IntoView {
    blocks
        .iter()
        .map(|block| block_view(block, subheading_level))
        .collect_view()
}

fn block_view(block: &'static Block, subheading_level: u8) -> AnyView {
    match block {
        Block::Subheading { id, text } => match subheading_level {
            3 => view! { <h3 id=id.as_ref()>{text.as_ref()}</h3> }.into_any(),
            _ => view! { <h4 id=id.as_ref()>{text.as_ref()}</h4> }.into_any(),
        },
        Block::Paragraph(inlines) => view! { <p>{inlines_view(inlines)}</p> }.into_any(),
        Block::BulletList(items) => view! {
            <ul>{items.iter().map(|item| view! { <li>{inlines_view(item)}</li> }).collect_view()}</ul>
        }
        .into_any(),
    }
}

/// Renders a run of text with its emphasis, code and links.
pub fn inlines_view(inlines: &'static [Inline]) -> impl IntoView {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.as_ref().into_any(),
            Inline::Emphasis(text) => view! { <em>{text.as_ref()}</em> }.into_any(),
            Inline::Strong(text) => view! { <strong>{text.as_ref()}</strong> }.into_any(),
            Inline::Code(text) => view! { <code>{text.as_ref()}</code> }.into_any(),
            Inline::Link { href, text } if href.starts_with('#') => {
                view! { <a href=href.as_ref()>{text.as_ref()}</a> }.into_any()
            }
            Inline::Link { href, text } => {
                view! { <a href=href.as_ref() rel="noopener noreferrer">{text.as_ref()}</a> }
                    .into_any()
            }
        })
        .collect_view()
}
