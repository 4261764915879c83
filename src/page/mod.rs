//! The pages as static HTML, written into `dist/` at build time (see `src/bin/prerender.rs`) by rendering
//! Leptos components to strings. Everything a reader needs is in the HTML: prose, contents, controversies
//! (native disclosures), the timeline, sources, and every chart's caption, table and a static SVG, drawn
//! with the same figure components ([`crate::figure`]) the live charts use. The WebAssembly then makes the
//! charts live and adds the controls that need scripting. Pure: no browser code.

mod article;
mod citations;
mod contents;
mod contents_script;
mod controversies;
mod embed_dialog;
mod embed_redirect;
pub mod link_preview;
pub mod loader;
pub mod policy;
#[cfg(not(target_arch = "wasm32"))]
pub mod preview_image;
mod prose;
mod render;
pub mod site_url;
mod static_figure;
mod timeline;
mod widget_page;

pub use article::article_html;
pub use contents_script::contents_script;
pub use controversies::Controversies;
pub use embed_redirect::embed_redirect_script;
pub use render::render_html;
pub use static_figure::StaticFigure;
pub use widget_page::widget_page;

/// Where the static SVG of a chart is written, relative to `dist/`: its widest, light drawing.
pub fn static_chart_path(chart_key: &str) -> String {
    format!("charts/{chart_key}.svg")
}

/// A size the static chart is drawn at, for screens at least `min_viewport` CSS px wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StaticSize {
    pub width: u32,
    pub height: u32,
    pub min_viewport: u32,
}

/// The sizes each static chart is drawn at, widest first. A page never stretches a drawing past its own
/// size, and each fits the figure on the screens it is for (viewport less the page's 2 rem margins, at most
/// 960 px), so its 12 px text is never drawn smaller; narrow drawings are taller, as the live chart is.
pub const STATIC_SIZES: [StaticSize; 6] = [
    StaticSize {
        width: 960,
        height: 480,
        min_viewport: 992,
    },
    StaticSize {
        width: 760,
        height: 380,
        min_viewport: 792,
    },
    StaticSize {
        width: 600,
        height: 300,
        min_viewport: 632,
    },
    StaticSize {
        width: 440,
        height: 250,
        min_viewport: 472,
    },
    StaticSize {
        width: 343,
        height: 258,
        min_viewport: 375,
    },
    StaticSize {
        width: 288,
        height: 216,
        min_viewport: 0,
    },
];

/// Where the static SVG of a chart at `width` in a theme is written: `charts/goods.svg` (the widest,
/// light), `charts/goods-dark.svg`, `charts/goods-600.svg`, `charts/goods-600-dark.svg`, …
pub fn static_chart_path_at(chart_key: &str, width: u32, dark: bool) -> String {
    let size = if width == STATIC_SIZES[0].width {
        String::new()
    } else {
        format!("-{width}")
    };
    let theme = if dark { "-dark" } else { "" };
    format!("charts/{chart_key}{size}{theme}.svg")
}
