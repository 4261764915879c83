//! The article page's first script: an embed address on the article (`?embed=<chart>`, as an embedder may
//! write it) moves at once to the widget's page, and the article's loader, seeing [`LEAVING_FOR_EMBED`]
//! set, does not fetch the article's bundle.

use trade_model::Lang;

use crate::chart::catalog::ChartId;

/// The global the redirect sets and the article's loader checks.
pub const LEAVING_FOR_EMBED: &str = "leavingForEmbed";

/// The `<script>` element for the article page's head, sending embed addresses to `embed.html` under
/// `public_url` (the site's base, ending in `/`). `embed` naming no chart leaves the reader on the article,
/// and so does a page already at `…/embed` or `…/embed.html` (a host answering a missing `embed.html` with
/// the article must not make it loop). From a page in another language than English the widget is asked
/// for that language (`&lang=ja`) unless the address names one.
pub fn embed_redirect_script(public_url: &str, lang: Lang) -> String {
    let keys: Vec<&str> = ChartId::ALL.iter().map(|chart| chart.key()).collect();
    let target = js_string(&format!("{public_url}embed.html"));
    let language = match lang {
        Lang::En => String::new(),
        other => format!(
            " + (/[?&]lang=/.test(location.search) ? '' : '&lang={}')",
            other.code()
        ),
    };
    format!(
        "<script>if (/[?&]embed=({keys})(&|$)/.test(location.search) && !/\\/embed(\\.html)?$/.test(location.pathname)) \
         {{ self.{LEAVING_FOR_EMBED} = true; location.replace({target} + location.search{language} + location.hash); }}</script>",
        keys = keys.join("|"),
    )
}

/// `text` as a double-quoted JavaScript string that cannot end the script element.
fn js_string(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('<', "\\u003c");
    format!("\"{escaped}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_names_every_chart_and_moves_to_the_widget_page_under_the_base() {
        let script = embed_redirect_script("/trade/", Lang::En);
        for chart in ChartId::ALL {
            assert!(script.contains(chart.key()), "{script}");
        }
        assert!(script
            .contains("location.replace(\"/trade/embed.html\" + location.search + location.hash)"));
        assert!(script.contains(&format!("self.{LEAVING_FOR_EMBED} = true")));
        assert!(script.contains("!/\\/embed(\\.html)?$/.test(location.pathname)"));
        let japanese = embed_redirect_script("/trade/", Lang::Ja);
        assert!(
            japanese.contains("location.search + (/[?&]lang=/.test(location.search) ? '' : '&lang=ja') + location.hash"),
            "{japanese}"
        );
    }

    #[test]
    fn an_odd_base_cannot_break_out_of_the_string_or_the_script() {
        let script = embed_redirect_script("/a\"b\\</script>/", Lang::En);
        assert_eq!(script.matches("</script>").count(), 1, "{script}");
        assert!(
            script.contains("\"/a\\\"b\\\\\\u003c/script>/embed.html\""),
            "{script}"
        );
    }
}
