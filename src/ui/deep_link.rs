//! Following `#id` links: a link to a controversy opens it; any target is scrolled into view once rendered.

use leptos::prelude::*;

/// The fragment of the page's address without `#`, if any.
pub fn current_fragment() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let fragment = hash.strip_prefix('#')?;
    (!fragment.is_empty()).then(|| fragment.to_string())
}

/// Scrolls the element with `id` to the top of the viewport after the next paint.
pub fn scroll_to_id_after_render(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            element.scroll_into_view();
        }
    });
}
