//! The language switch at the top of each page: a link to the same article in the other language. Without
//! scripts it opens the other page at its top; with them, the page's inline script
//! ([`language_switch_script`]) carries the reader's chart views (the address's query) and place (its
//! anchor) across, since both pages share every id and view.

use leptos::prelude::*;
use trade_model::page_text::page_text;
use trade_model::Lang;

/// The class of the switch's link, which the script finds.
pub const LANGUAGE_SWITCH_CLASS: &str = "language-switch__link";

/// Where the page in `to` is, relative to the page in `from`: `ja/` from the English page, `../` back.
pub fn relative_path(from: Lang, to: Lang) -> &'static str {
    match (from, to) {
        (Lang::En, Lang::Ja) => "ja/",
        (Lang::Ja, Lang::En) => "../",
        _ => "./",
    }
}

/// "日本語" on the English page, "English" on the Japanese one, in its own language.
#[component]
pub fn LanguageSwitch(lang: Lang) -> impl IntoView {
    let other = lang.other();
    let text = page_text(lang);
    view! {
        <nav class="language-switch" aria-label=text.language_switch>
            <a
                class=LANGUAGE_SWITCH_CLASS
                href=relative_path(lang, other)
                hreflang=other.code()
                lang=other.code()
            >
                {text.read_in_other_language}
            </a>
        </nav>
    }
}

/// The inline script that, when the switch is followed, adds the current query and anchor to its address.
/// The address is read at the moment of the click (the charts rewrite it as the reader changes a view).
pub fn language_switch_script() -> String {
    format!(
        "<script>\ndocument.addEventListener('click', function (event) {{\n  \
         var link = event.target.closest && event.target.closest('.{LANGUAGE_SWITCH_CLASS}');\n  \
         if (!link) return;\n  \
         var base = link.getAttribute('href').split(/[?#]/)[0];\n  \
         link.setAttribute('href', base + location.search + location.hash);\n}});\n</script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::render_html;

    #[test]
    fn each_page_links_to_the_other_in_that_language() {
        let english = render_html(|| view! { <LanguageSwitch lang=Lang::En /> });
        assert!(english.contains("href=\"ja/\"") && english.contains("hreflang=\"ja\""));
        assert!(english.contains(">日本語</a>"), "{english}");
        let japanese = render_html(|| view! { <LanguageSwitch lang=Lang::Ja /> });
        assert!(japanese.contains("href=\"../\"") && japanese.contains("lang=\"en\""));
        assert!(japanese.contains(">English</a>"), "{japanese}");
        assert!(language_switch_script().contains(LANGUAGE_SWITCH_CLASS));
    }
}
