//! The article page's first script: an embed address on the article (`?embed=<chart>`, as an embedder may
//! write it) moves at once to the widget's page beside it, before the article's bundle is fetched.

use crate::chart::catalog::ChartId;

/// The `<script>` element for the article page's head; a relative `embed.html`, so it works under any
/// sub-path. `embed` naming no chart leaves the reader on the article.
pub fn embed_redirect_script() -> String {
    let keys: Vec<&str> = ChartId::ALL.iter().map(|chart| chart.key()).collect();
    format!(
        "<script>if (/[?&]embed=({})(&|$)/.test(location.search)) location.replace(\"embed.html\" + location.search + location.hash);</script>",
        keys.join("|")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_names_every_chart_and_moves_to_the_sibling_widget_page() {
        let script = embed_redirect_script();
        for chart in ChartId::ALL {
            assert!(script.contains(chart.key()), "{script}");
        }
        assert!(
            script.contains("location.replace(\"embed.html\" + location.search + location.hash)")
        );
        assert!(!script.contains("http"), "a relative address: {script}");
    }
}
