//! Reading and writing chart state in the page's address without scrolling or adding history entries.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The page's query string, `?…` or empty.
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The address of `page` in this page's folder, on this origin: `embed.html` beside the article, or `""`
/// for the folder's index page (the article, seen from the widget).
pub fn page_beside(page: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{folder}{page}")
}

/// Replaces the query string (keeping path and fragment) with `history.replaceState`.
pub fn replace_query(query: &str) {
    let location = window().location();
    if location.search().unwrap_or_default() == query {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        );
    }
}
