//! The embed widget's page, `embed.html`, made from the built page template: the same head (title, icon,
//! the stylesheets a chart needs, not the article's) and the widget's own bundle instead of the article's.

/// The stylesheets a widget uses, by the names Trunk gives them (`<name>-<hash>.css`).
const WIDGET_STYLES: [&str; 3] = ["base", "chart", "embed"];

/// The widget page from `template` (the built `index.html` before the article is written into it), loading
/// the widget's `script` and `wasm` (addresses as the page should request them). The article marker and
/// Trunk's loader must be in the template.
pub fn widget_page(
    template: &str,
    marker: &str,
    script: &str,
    wasm: &str,
) -> Result<String, String> {
    const LOADER_START: &str = "<script type=\"module\">";
    let start = template
        .find(LOADER_START)
        .ok_or("the page template has no module script to replace")?;
    let end = template[start..]
        .find("</script>")
        .map(|i| start + i + "</script>".len())
        .ok_or("the page template's module script is not closed")?;
    if !template.contains(marker) {
        return Err(format!("the page template has no {marker} marker"));
    }
    let loader = format!(
        "{LOADER_START}\nimport init from '{script}';\nawait init({{ module_or_path: '{wasm}' }});\n</script>"
    );
    let page =
        format!("{}{loader}{}", &template[..start], &template[end..]).replacen(marker, "", 1);
    Ok(page
        .lines()
        .filter(|line| {
            !line.contains("rel=\"stylesheet\"")
                || WIDGET_STYLES.iter().any(|name| links_style(line, name))
        })
        .map(|line| format!("{line}\n"))
        .collect())
}

/// Whether a `<link>` line loads the stylesheet Trunk named `<name>-<hash>.css`.
fn links_style(line: &str, name: &str) -> bool {
    let Some(href) = line
        .split("href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
    else {
        return false;
    };
    let file = href.rsplit('/').next().unwrap_or(href);
    file.strip_prefix(name)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|hash| hash.ends_with(".css") && !hash.contains('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n<title>T</title>\n\
        <link rel=\"stylesheet\" href=\"/base-1a2b.css\" integrity=\"sha384-x\"/>\n\
        <link rel=\"stylesheet\" href=\"/article-3c4d.css\" integrity=\"sha384-y\"/>\n\
        <link rel=\"stylesheet\" href=\"/chart-5e6f.css\"/>\n\
        <link rel=\"stylesheet\" href=\"/embed-dialog-7a8b.css\"/>\n\
        <link rel=\"stylesheet\" href=\"/embed-9c0d.css\"/>\n\
        <link rel=\"icon\" href=\"/favicon-1.svg\"/>\n\
        <script type=\"module\">\nimport init from '/app-1.js';\nawait init({ module_or_path: '/app-1_bg.wasm' });\n</script>\n\
        </head>\n<body>\n<!-- article -->\n</body>\n</html>\n";

    #[test]
    fn the_widget_page_loads_its_own_bundle_and_only_the_chart_styles() {
        let page = widget_page(
            TEMPLATE,
            "<!-- article -->",
            "/widget-9.js",
            "/widget-9_bg.wasm",
        )
        .unwrap();
        assert!(page.contains("import init from '/widget-9.js';"));
        assert!(page.contains("module_or_path: '/widget-9_bg.wasm'"));
        assert!(!page.contains("app-1"), "{page}");
        assert!(!page.contains("<!-- article -->"));
        for kept in [
            "/base-1a2b.css",
            "/chart-5e6f.css",
            "/embed-9c0d.css",
            "/favicon-1.svg",
            "<title>T</title>",
        ] {
            assert!(page.contains(kept), "{kept} missing from {page}");
        }
        for dropped in ["/article-3c4d.css", "/embed-dialog-7a8b.css"] {
            assert!(!page.contains(dropped), "{dropped} kept in {page}");
        }
    }

    #[test]
    fn a_template_without_a_loader_or_marker_is_refused() {
        assert!(widget_page(
            "<body><!-- article --></body>",
            "<!-- article -->",
            "/w.js",
            "/w.wasm"
        )
        .is_err());
        let no_marker = TEMPLATE.replace("<!-- article -->", "");
        assert!(widget_page(&no_marker, "<!-- article -->", "/w.js", "/w.wasm").is_err());
    }
}
