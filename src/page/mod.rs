//! The article as static HTML, written into `dist/index.html` at build time (see `src/bin/prerender.rs`).
//! Everything a reader needs is in the HTML: prose, contents, controversies (native disclosures), the
//! timeline, sources, and every chart's caption, table and a static SVG. The WebAssembly then makes the
//! charts live and adds the controls that need scripting. Pure: no browser code.

mod article;
mod chart_shell;
mod embed_redirect;
mod html;
pub mod loader;
pub mod policy;
mod widget_page;

pub use article::article_html;
pub use embed_redirect::embed_redirect_script;
pub use html::escape;
pub use widget_page::widget_page;

/// Where the static SVG of a chart is written, relative to `dist/`.
pub fn static_chart_path(chart_key: &str) -> String {
    format!("charts/{chart_key}.svg")
}
