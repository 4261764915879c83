//! Rendering a Leptos view to an HTML string at build time (Leptos' server-side rendering, with no server).

use leptos::prelude::*;

/// `view`'s HTML, as the prerender step writes it into a page. Leptos escapes every text and attribute;
/// the empty `<!>` comments it leaves between adjacent texts and after lists (markers for hydration, which
/// this page does not do) are dropped: escaped text cannot hold a literal `<!>`, so only markers go.
pub fn render_html<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    let html = owner.with(|| view().to_html());
    html.replace("<!>", "")
}

#[cfg(test)]
mod tests {
    use super::render_html;
    use leptos::prelude::*;

    #[test]
    fn text_and_attributes_are_escaped_and_markers_dropped() {
        let text = "<a href=\"x\">R&D's</a> <!>";
        let html = render_html(move || {
            view! { <p title=text>{text}" and "{"more"}</p> }
        });
        assert_eq!(
            html,
            "<p title=\"&lt;a href=&quot;x&quot;&gt;R&amp;D's&lt;/a&gt; &lt;!&gt;\">\
             &lt;a href=\"x\"&gt;R&amp;D's&lt;/a&gt; &lt;!&gt; and more</p>"
        );
    }
}
