//! The pages as static HTML, written into `dist/` at build time (see `src/bin/prerender.rs`) by rendering
//! Leptos components to strings. Everything a reader needs is in the HTML: prose, contents, controversies
//! (native disclosures), the timeline, sources, and every chart's caption, table and a static SVG, drawn
//! with the same figure components ([`crate::figure`]) the live charts use. The WebAssembly then makes the
//! charts live and adds the controls that need scripting. Pure: no browser code.

mod article;
mod awaiting_controls;
mod citations;
mod contents;
mod contents_script;
mod controversies;
mod embed_dialog;
mod embed_redirect;
mod language_switch;
pub mod link_preview;
pub mod loader;
mod page_language;
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
pub use language_switch::{language_switch_script, relative_path};
pub use page_language::with_language;
pub use render::render_html;
pub use static_figure::StaticFigure;
pub use widget_page::widget_page;

/// Where the static SVG of a chart is written, relative to `dist/`: its widest, light drawing.
pub fn static_chart_path(chart_key: &str) -> String {
    format!("charts/{chart_key}.svg")
}

/// A size the static chart is drawn at, for the screens `media` (media conditions, any of which) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StaticSize {
    pub width: u32,
    pub height: u32,
    pub media: &'static [&'static str],
}

/// The sizes each static chart is drawn at, widest first; the first whose media match is shown. A page
/// never stretches a drawing past its own size, and each fits the figure on the screens it is for, so its
/// 12 px text is never drawn smaller. Below 1100 px the figure is the viewport less the page's 2 rem margins
/// (at most 960 px); from 1100 px it is the main column beside the contents (style/layout.css), which is
/// under 960 px until 1268 px. Narrow drawings are taller, as the live chart is.
pub const STATIC_SIZES: [StaticSize; 6] = [
    StaticSize {
        width: 960,
        height: 480,
        media: &[
            "(min-width: 1268px)",
            "(min-width: 992px) and (max-width: 1099.98px)",
        ],
    },
    StaticSize {
        width: 760,
        height: 380,
        media: &["(min-width: 792px)"],
    },
    StaticSize {
        width: 600,
        height: 300,
        media: &["(min-width: 632px)"],
    },
    StaticSize {
        width: 440,
        height: 250,
        media: &["(min-width: 472px)"],
    },
    StaticSize {
        width: 343,
        height: 258,
        media: &["(min-width: 375px)"],
    },
    StaticSize {
        width: 288,
        height: 216,
        media: &["all"],
    },
];

impl StaticSize {
    /// The `media` of this size's `<source>`, in the light or the dark theme.
    pub fn media_query(&self, dark: bool) -> String {
        self.media
            .iter()
            .map(|condition| match (dark, *condition) {
                (false, condition) => condition.to_string(),
                (true, "all") => "(prefers-color-scheme: dark)".to_string(),
                (true, condition) => format!("{condition} and (prefers-color-scheme: dark)"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

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
