//! The table of contents: every section and its subheadings, as in-page links.

use leptos::prelude::*;
use trade_model::content::{Article, Section};

/// A numbered list of the article's sections with their subheadings nested under them.
#[component]
pub fn TableOfContents(sections: &'static [Section]) -> impl IntoView {
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 class="toc__title" id="toc-title">"Contents"</h2>
            <ol class="toc__list">
                {sections
                    .iter()
                    .map(|section| {
                        let subheadings: Vec<(&'static str, &'static str)> = Article::subheadings(section).collect();
                        view! {
                            <li>
                                <a href=format!("#{}", section.id)>{section.title.as_ref()}</a>
                                {(!subheadings.is_empty())
                                    .then(|| {
                                        view! {
                                            <ol class="toc__sublist">
                                                {subheadings
                                                    .into_iter()
                                                    .map(|(id, text)| view! { <li><a href=format!("#{id}")>{text}</a></li> })
                                                    .collect_view()}
                                            </ol>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
