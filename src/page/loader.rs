//! The pages' module loaders. Trunk writes an inline `<script type="module">` that imports the bundle's
//! script statically, so its download starts while the page is still being parsed; the pages get loaders of
//! their own instead: the widget's loads at once (the chart is its content), the article's only when the reader
//! needs it (the prose is its content, and reads without the bundle: see [`loader_on_demand`]).

use std::ops::Range;

use super::embed_redirect::LEAVING_FOR_EMBED;
use crate::chart::catalog::ChartId;
use crate::figure::names::{island_selector, CONTROVERSIES_CLASS};
use trade_model::Lang;

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

/// A bundle built for one language: its script and WebAssembly, addressed as the page should request them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bundle<'a> {
    pub lang: Lang,
    pub script: &'a str,
    pub wasm: &'a str,
}

/// A loader that starts, as soon as the page is parsed, the bundle of the language named by the address's
/// `lang=` (its primary subtag, in any case, as `EmbedOptions` reads it), or the first bundle's for any other
/// language or none. The WebAssembly is fetched alongside the script. Each bundle is on a line of its own,
/// `['<code>', { script: '…', wasm: '…' }],`, where a reader of the page (the transfer budget) finds it.
pub fn loader_at_once(bundles: &[Bundle]) -> String {
    let choices: String = bundles
        .iter()
        .map(|b| {
            format!(
                "  ['{}', {{ script: '{}', wasm: '{}' }}],\n",
                b.lang.code(),
                b.script,
                b.wasm
            )
        })
        .collect();
    let fallback = bundles.first().map_or("en", |b| b.lang.code());
    format!(
        "{LOADER_START}\nconst bundles = new Map([\n{choices}]);\n\
         const code = (new URLSearchParams(location.search).get('lang') || '').split(/[-_]/)[0].toLowerCase();\n\
         const bundle = bundles.get(code) || bundles.get('{fallback}');\n\
         const wasm = fetch(bundle.wasm);\n\
         const {{ default: init }} = await import(bundle.script);\n\
         await init({{ module_or_path: wasm }});\n{SCRIPT_END}"
    )
}

/// The root element's attribute saying the charts' bundle could not be started.
pub const DATA_CHARTS: &str = "data-charts";

/// Its value then.
pub const CHARTS_UNAVAILABLE: &str = "unavailable";

/// What in the article needs the bundle: the charts' islands (made live by `ui::islands`) and the
/// controversies block (its "Expand all" controls are hidden until scripts run, see `ui::disclosures`).
pub fn needs_scripts() -> String {
    format!("{}, .{CONTROVERSIES_CLASS}", island_selector())
}

/// How far beyond the viewport (above and below) an element needing scripts starts the bundle's download:
/// one and a half viewport heights, more than the 400 px at which `ui::islands` mounts a chart, so the bundle
/// is ready before a chart is made live. Scrolling at reading speed, a reader takes far longer to cover this
/// distance than the bundle takes to arrive on slow 4G (docs/BENCHMARKS.md); the page's lead and contents are
/// longer than this reach plus a viewport, so a reader who reads only the lead fetches no bundle.
pub const BUNDLE_REACH: &str = "150% 0px";

/// The article's loader: the bundle is fetched only when the reader needs it, so a reader who reads the lead
/// downloads the page and its stylesheets alone. The WebAssembly is fetched alongside the script, not after it
/// (one round trip less before the charts are live: ~0.6 s on slow 4G). It starts
/// - when an element needing scripts ([`needs_scripts`]) comes within [`BUNDLE_REACH`] of the viewport;
/// - after the first paint (a frame, then a task) when the address has a chart's view in its query, names an
///   element of the page (a chart, a debate or its source, a timeline event: whatever a link points to must
///   work, and the bundle scrolls to it once, which must not happen after the reader has moved on), or where
///   IntersectionObserver is missing; at once in a tab opened in the background (no frames until it is
///   shown), so a deep link is ready when the reader looks;
/// - on the first `hashchange` (a link followed in the page).
///
/// A start that fails (offline, say) is logged as a warning and may be tried again by the next trigger.
/// Until a later start succeeds, the page is marked [`DATA_CHARTS`]` = `[`CHARTS_UNAVAILABLE`], so the static
/// figures keep no room for controls that may not come (`style/chart.css`); the mark goes only once the bundle
/// runs, so a retry that fails too does not make them grow and shrink.
///
/// Nothing is fetched when the page is leaving for the embed widget (see `embed_redirect`).
pub fn loader_on_demand(script: &str, wasm: &str) -> String {
    let needs = needs_scripts();
    let views = chart_view_pattern();
    format!(
        "{LOADER_START}\nif (!self.{LEAVING_FOR_EMBED}) {{\n  \
         let started = false;\n  \
         const start = async () => {{\n    \
         if (started) return;\n    \
         started = true;\n    \
         const wasm = fetch('{wasm}');\n    \
         try {{\n      \
         const {{ default: init }} = await import('{script}');\n      \
         await init({{ module_or_path: wasm }});\n      \
         document.documentElement.removeAttribute('{DATA_CHARTS}');\n    \
         }} catch (failure) {{\n      \
         started = false;\n      \
         document.documentElement.setAttribute('{DATA_CHARTS}', '{CHARTS_UNAVAILABLE}');\n      \
         console.warn('The charts could not be loaded; they stay as images and tables.', failure);\n    \
         }}\n  }};\n  \
         addEventListener('hashchange', () => {{ const to = document.getElementById(decodeURIComponent(location.hash.slice(1))); self.{SCROLL_AT_LINK} = to ? scrollY + to.getBoundingClientRect().top : scrollY; start(); }}, {{ once: true }});\n  \
         if ({views}.test(location.search) || document.getElementById(location.hash.slice(1)) || !self.IntersectionObserver) {{\n    \
         document.visibilityState === 'hidden' ? start() : requestAnimationFrame(() => setTimeout(start));\n  \
         }} else {{\n    \
         const near = new IntersectionObserver(entries => {{\n      \
         if (entries.some(entry => entry.isIntersecting)) {{ near.disconnect(); start(); }}\n    \
         }}, {{ rootMargin: '{BUNDLE_REACH}' }});\n    \
         document.querySelectorAll('{needs}').forEach(element => near.observe(element));\n  }}\n}}\n{SCRIPT_END}"
    )
}

/// Where a link followed in the page takes the reader, when it starts the bundle (a global the loader sets:
/// the scroll position that puts the link's target at the top of the view, as it was when the link was
/// followed): the bundle then scrolls to the target only if the reader arrived there and has not read on.
pub const SCROLL_AT_LINK: &str = "scrollAtLink";

/// A JavaScript pattern matching a query that holds a chart's view (`?goods=…`, `&yen=…`): other parameters,
/// such as a link tracker's, leave the bundle to load on demand.
fn chart_view_pattern() -> String {
    let keys: Vec<&str> = ChartId::ALL.iter().map(|chart| chart.key()).collect();
    format!("/[?&]({})=/", keys.join("|"))
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

    fn article_loader() -> String {
        replace_loader(TRUNK_LOADER, |l| loader_on_demand(l.script, l.wasm)).unwrap()
    }

    #[test]
    fn the_article_loader_imports_the_bundle_only_when_started_and_only_once() {
        let page = article_loader();
        assert!(page.starts_with("<head>\n<script type=\"module\">\nif (!self.leavingForEmbed) {"));
        assert!(!page.contains("import init"), "no static import: {page}");
        assert_eq!(page.matches("import(").count(), 1, "{page}");
        let start = &page[page.find("const start = async () => {").unwrap()..];
        let fetch = start.find("const wasm = fetch('/app-1_bg.wasm');").unwrap();
        let import = start.find("await import('/app-1.js')").unwrap();
        assert!(start.find("if (started) return;").unwrap() < fetch);
        assert!(start.find("started = true;").unwrap() < fetch);
        assert!(
            fetch < import,
            "the WebAssembly downloads while the script does"
        );
        assert!(start.contains("await init({ module_or_path: wasm })"));
        assert!(page.ends_with("</script>\n</head>"));
    }

    #[test]
    fn the_bundle_starts_when_what_needs_it_comes_within_reach() {
        let page = article_loader();
        assert!(
            page.contains(&format!("{{ rootMargin: '{BUNDLE_REACH}' }}")),
            "{page}"
        );
        assert!(
            page.contains(&format!("document.querySelectorAll('{}')", needs_scripts())),
            "{page}"
        );
        assert!(page.contains(
            "if (entries.some(entry => entry.isIntersecting)) { near.disconnect(); start(); }"
        ));
    }

    #[test]
    fn a_view_a_link_or_a_browser_without_intersection_observer_starts_the_bundle_after_the_first_paint(
    ) {
        let page = article_loader();
        let condition = page
            .lines()
            .find(|line| line.trim_start().starts_with("if (/[?&]("))
            .expect("a condition on the address");
        assert!(
            condition.contains(&format!("{}.test(location.search)", chart_view_pattern())),
            "{condition}"
        );
        for chart in ChartId::ALL {
            assert!(chart_view_pattern().contains(chart.key()));
        }
        assert!(condition.contains("document.getElementById(location.hash.slice(1))"));
        assert!(condition.contains("!self.IntersectionObserver"));
        assert!(page.contains("requestAnimationFrame(() => setTimeout(start))"));
        assert!(
            page.contains("catch (failure) {\n      started = false;"),
            "{page}"
        );
        assert!(page.contains(&format!(
            "addEventListener('hashchange', () => {{ const to = document.getElementById(decodeURIComponent(location.hash.slice(1))); self.{SCROLL_AT_LINK} = to ? scrollY + to.getBoundingClientRect().top : scrollY; start(); }}, {{ once: true }});"
        )));
    }

    #[test]
    fn the_bundle_reaches_further_than_the_charts_mount() {
        let percent: f64 = BUNDLE_REACH
            .split_whitespace()
            .next()
            .and_then(|top| top.strip_suffix('%'))
            .and_then(|n| n.parse().ok())
            .expect("a reach in % of the viewport's height");
        // The charts mount within `ui::islands::CHART_REACH`; the smallest phone viewport is about 560 px tall.
        let mount: f64 = crate::ui::islands::CHART_REACH
            .split_whitespace()
            .next()
            .and_then(|top| top.strip_suffix("px"))
            .and_then(|n| n.parse().ok())
            .expect("a mount reach in px");
        assert!(
            percent / 100.0 * 560.0 > mount,
            "{BUNDLE_REACH} against {mount} px"
        );
    }

    #[test]
    fn what_needs_scripts_is_on_the_article_page() {
        use crate::content::{ARTICLE, DATASET};
        let html = crate::page::article_html(&ARTICLE, &DATASET, trade_model::Lang::En);
        for selector in needs_scripts().split(", ") {
            let (class, attribute) = selector
                .trim_start_matches('.')
                .split_once('[')
                .map_or((selector.trim_start_matches('.'), None), |(c, a)| {
                    (c, Some(a.trim_end_matches(']')))
                });
            let opening = format!("class=\"{class}\"");
            let found = html.split('<').any(|tag| {
                tag.contains(&opening) && attribute.is_none_or(|a| tag.contains(&format!(" {a}=")))
            });
            assert!(found, "nothing on the article page matches {selector}");
        }
    }

    #[test]
    fn the_widget_loader_starts_the_bundle_of_the_addresss_language_at_once() {
        let loader = loader_at_once(&[
            Bundle {
                lang: Lang::En,
                script: "/w-1.js",
                wasm: "/w-1_bg.wasm",
            },
            Bundle {
                lang: Lang::Ja,
                script: "/w-ja-2.js",
                wasm: "/w-ja-2_bg.wasm",
            },
        ]);
        assert!(loader.starts_with(LOADER_START) && loader.ends_with(SCRIPT_END));
        assert!(loader.contains("\n  ['en', { script: '/w-1.js', wasm: '/w-1_bg.wasm' }],\n"));
        assert!(loader.contains("\n  ['ja', { script: '/w-ja-2.js', wasm: '/w-ja-2_bg.wasm' }],\n"));
        assert!(loader.contains("get('lang') || '').split(/[-_]/)[0].toLowerCase()"));
        assert!(loader.contains("bundles.get(code) || bundles.get('en')"));
        let fetch = loader.find("const wasm = fetch(bundle.wasm);").unwrap();
        let import = loader.find("await import(bundle.script)").unwrap();
        assert!(
            fetch < import,
            "the WebAssembly downloads while the script does"
        );
        assert!(loader.contains("await init({ module_or_path: wasm })"));
    }

    #[test]
    fn a_page_without_a_loader_is_refused() {
        assert!(find_loader("<body></body>").is_err());
        assert!(find_loader("<script type=\"module\">import init from '/a.js';").is_err());
        assert!(find_loader("<script type=\"module\">console.log(1)</script>").is_err());
    }
}
