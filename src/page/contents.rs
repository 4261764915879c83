//! The article's contents: one list, shown two ways by the stylesheet (style/layout.css). On a narrow
//! screen it is a native disclosure, closed, so the first section starts near the top of the page; on a
//! wide one it is always open, in a sticky column beside the text, and the section being read is marked by
//! the page's inline script ([`super::contents_script`]). Both work without scripts, from one list.

use leptos::prelude::*;
use trade_model::content::{Article, Section};
use trade_model::page_text::page_text;
use trade_model::Lang;

/// The id of the contents' heading, which names the `<nav>`.
pub const CONTENTS_TITLE_ID: &str = "toc-title";
/// The class of the contents' disclosure, which the contents' script opens on a wide screen.
pub const CONTENTS_FOLD_CLASS: &str = "toc__fold";
/// The class of the ordered list of sections whose links the contents' script marks.
pub const CONTENTS_LIST_CLASS: &str = "toc__list";

/// Every section, with its subheadings, as links to their anchors, inside a disclosure closed by default.
///
/// The heading stays outside the disclosure, so heading navigation finds it; the summary is the visible
/// control on narrow screens and is not shown on wide ones, where the list is always open.
#[component]
pub fn Contents(sections: &'static [Section], lang: Lang) -> impl IntoView {
    let text = page_text(lang);
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
        <nav class="toc" aria-labelledby=CONTENTS_TITLE_ID>
            <h2 class="toc__title" id=CONTENTS_TITLE_ID>{text.contents}</h2>
            <details class=CONTENTS_FOLD_CLASS>
                <summary class="toc__summary">
                    // The space keeps the two words apart in the summary's accessible name.
                    {text.contents}" "
                    <span class="toc__count">{(text.section_count)(sections.len())}</span>
                </summary>
                <ol class=CONTENTS_LIST_CLASS>{sections.iter().map(entry).collect_view()}</ol>
            </details>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ARTICLE;
    use crate::page::render_html;

    #[test]
    fn one_closed_disclosure_holds_every_section_link_once() {
        let html = render_html(|| view! { <Contents sections=&ARTICLE.sections lang=Lang::En /> });
        assert_eq!(html.matches("<details").count(), 1, "{html}");
        assert!(
            html.contains("<details class=\"toc__fold\">"),
            "closed by default: {html}"
        );
        for section in ARTICLE.sections.iter() {
            assert_eq!(
                html.matches(&format!("href=\"#{}\"", section.id)).count(),
                1,
                "{}",
                section.id
            );
        }
        let heading = html.find("id=\"toc-title\"").unwrap();
        assert!(
            heading < html.find("<details").unwrap(),
            "the heading is outside the disclosure"
        );
    }
}
