//! The copy-and-paste code that embeds a chart: a titled, lazy, full-width iframe and a small script that
//! sizes it from the widget's `size` messages, ignoring anything malformed.

use html_escape::encode_double_quoted_attribute as attribute;

/// The snippet for the widget at `url` (absolute, with its query), titled `title`.
pub fn embed_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{url}\" title=\"{title}\" loading=\"lazy\" style=\"width:100%;height:520px;border:0\"></iframe>\n\
         <script>\n\
         addEventListener(\"message\", function (e) {{\n\
         \x20 var d = e.data;\n\
         \x20 if (!d || d.source !== \"japan-us-trade\" || d.type !== \"size\" || typeof d.height !== \"number\" || !(d.height > 0 && d.height < 10000)) return;\n\
         \x20 document.querySelectorAll(\"iframe\").forEach(function (f) {{\n\
         \x20   if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + \"px\";\n\
         \x20 }});\n\
         }});\n\
         </script>",
        url = attribute(url),
        title = attribute(title),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_snippet_escapes_its_address_and_title() {
        let snippet =
            super::embed_snippet("https://example.org/?embed=goods&goods=real", "A \"chart\"");
        assert!(snippet.starts_with("<iframe src=\"https://example.org/?embed=goods&amp;goods=real\" title=\"A &quot;chart&quot;\" loading=\"lazy\""));
        assert!(snippet.contains("f.contentWindow === e.source"));
        let limit = crate::embed::protocol::MAX_HEIGHT;
        assert!(
            snippet.contains(&format!("d.height < {limit})")),
            "{snippet}"
        );
    }
}
