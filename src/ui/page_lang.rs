//! The language of the page the app runs in, read once from `<html lang>` at start-up: the article's
//! English page says `en`, its Japanese edition at `/ja/` says `ja`. Anything else is English, silently.

use leptos::prelude::document;
use trade_model::Lang;

/// The page's language from `document.documentElement.lang`; English when it is missing or unknown.
pub fn page_lang() -> Lang {
    document()
        .document_element()
        .map(|html| html.get_attribute("lang").unwrap_or_default())
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}
