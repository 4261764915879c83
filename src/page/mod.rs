//! The pages as static HTML, written into `dist/` at build time (see `src/bin/prerender.rs`) by rendering
//! Leptos components to strings. Everything a reader needs is in the HTML: prose, contents, controversies
//! (native disclosures), the timeline, sources, and every chart's caption, table and a static SVG, drawn
//! with the same figure components ([`crate::figure`]) the live charts use. The WebAssembly then makes the
//! charts live and adds the controls that need scripting. Pure: no browser code.

mod article;
mod contents;
mod contents_script;
mod controversies;
mod embed_dialog;
mod embed_redirect;
pub mod loader;
pub mod policy;
mod prose;
mod render;
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

/// Where the static SVG of a chart is written, relative to `dist/`.
pub fn static_chart_path(chart_key: &str) -> String {
    format!("charts/{chart_key}.svg")
}
