//! The pages' module loaders. Trunk writes an inline `<script type="module">` that imports the bundle's
//! script statically, so its download starts while the page is still being parsed; the pages get loaders of
//! their own instead: the widget's loads at once (the chart is its content), the article's after the first
//! paint (the prose is its content, and paints without waiting for the bundle).

use std::ops::Range;

use super::embed_redirect::LEAVING_FOR_EMBED;

const LOADER_START: &str = "<script type=\"module\">";
const SCRIPT_END: &str = "</script>";

/// Where a page's module loader is, and the script and WebAssembly addresses it loads.
#[derive(Debug, PartialEq, Eq)]
pub struct Loader<'a> {
    pub range: Range<usize>,
    pub script: &'a str,
    pub wasm: &'a str,
}

/// Finds Trunk's module loader in `page` (`import init… from '<script>'` … `module_or_path: '<wasm>'`).
pub fn find_loader(page: &str) -> Result<Loader<'_>, String> {
    let start = page
        .find(LOADER_START)
        .ok_or("the page has no module script (Trunk's loader)")?;
    let end = page[start..]
        .find(SCRIPT_END)
        .map(|i| start + i + SCRIPT_END.len())
        .ok_or("the page's module script is not closed")?;
    let body = &page[start..end];
    let quoted_after = |key: &str| -> Option<&str> {
        let rest = &body[body.find(key)? + key.len()..];
        let rest = rest.trim_start().strip_prefix('\'')?;
        rest.split('\'').next()
    };
    let script = quoted_after(" from ").ok_or("the module script imports no bundle")?;
    let wasm = quoted_after("module_or_path:").ok_or("the module script names no WebAssembly")?;
    Ok(Loader {
        range: start..end,
        script,
        wasm,
    })
}

/// A loader that fetches and starts the bundle as soon as the page is parsed.
pub fn loader_at_once(script: &str, wasm: &str) -> String {
    format!("{LOADER_START}\nimport init from '{script}';\nawait init({{ module_or_path: '{wasm}' }});\n{SCRIPT_END}")
}

/// A loader that starts fetching the bundle only after the page's first paint (a frame, then a task), so
/// the text paints without competing with the bundle's download; in a tab opened in the background (no
/// frames until it is shown) it starts at once, so the charts are ready when the reader looks. Nothing is
/// fetched when the page is leaving for the embed widget (see `embed_redirect`).
pub fn loader_after_first_paint(script: &str, wasm: &str) -> String {
    format!(
        "{LOADER_START}\nif (!self.{LEAVING_FOR_EMBED}) {{\n  \
         const start = () => setTimeout(async () => {{\n    \
         const {{ default: init }} = await import('{script}');\n    \
         await init({{ module_or_path: '{wasm}' }});\n  }});\n  \
         document.visibilityState === 'hidden' ? start() : requestAnimationFrame(start);\n}}\n{SCRIPT_END}"
    )
}

/// `page` with its module loader replaced by what `make` writes from the one found.
pub fn replace_loader(page: &str, make: impl FnOnce(&Loader) -> String) -> Result<String, String> {
    let loader = find_loader(page)?;
    Ok(format!(
        "{}{}{}",
        &page[..loader.range.start],
        make(&loader),
        &page[loader.range.end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_LOADER: &str = "<head>\n<script type=\"module\">\nimport init, * as bindings from '/app-1.js';\n\
        const wasm = await init({ module_or_path: '/app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\n</head>";

    #[test]
    fn trunks_loader_is_found_with_its_addresses() {
        let loader = find_loader(TRUNK_LOADER).unwrap();
        assert_eq!(
            (loader.script, loader.wasm),
            ("/app-1.js", "/app-1_bg.wasm")
        );
        assert!(TRUNK_LOADER[loader.range].ends_with("</script>"));
    }

    #[test]
    fn the_article_loader_imports_only_after_the_first_paint() {
        let page =
            replace_loader(TRUNK_LOADER, |l| loader_after_first_paint(l.script, l.wasm)).unwrap();
        assert!(page.starts_with("<head>\n<script type=\"module\">\nif (!self.leavingForEmbed) {"));
        assert!(page.contains("requestAnimationFrame(start)") && page.contains("setTimeout(async"));
        assert!(
            page.contains("await import('/app-1.js')")
                && page.contains("module_or_path: '/app-1_bg.wasm'")
        );
        assert!(!page.contains("import init"), "no static import: {page}");
        assert!(page.ends_with("</script>\n</head>"));
    }

    #[test]
    fn a_page_without_a_loader_is_refused() {
        assert!(find_loader("<body></body>").is_err());
        assert!(find_loader("<script type=\"module\">import init from '/a.js';").is_err());
        assert!(find_loader("<script type=\"module\">console.log(1)</script>").is_err());
    }
}
