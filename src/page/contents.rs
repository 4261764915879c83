//! The article's contents.

use leptos::prelude::*;
use trade_model::content::{Article, Section};

/// Every section, with its subheadings, as links to their anchors.
#[component]
pub fn Contents(sections: &'static [Section]) -> impl IntoView {
    let entry = |section: &'static Section| {
        let subheadings: Vec<(&'static str, &'static str)> =
            Article::subheadings(section).collect();
        let sublist = (!subheadings.is_empty()).then(|| {
            view! {
                <ol class="toc__sublist">
                    {subheadings
                        .into_iter()
                        .map(|(id, text)| view! { <li><a href=format!("#{id}")>{text}</a></li> })
                        .collect_view()}
                </ol>
            }
        });
        view! { <li><a href=format!("#{}", section.id)>{section.title.as_ref()}</a>{sublist}</li> }
    };
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 class="toc__title" id="toc-title">"Contents"</h2>
            <ol class="toc__list">{sections.iter().map(entry).collect_view()}</ol>
        </nav>
    }
}
