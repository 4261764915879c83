//! The page's Leptos components: thin glue between the model and the browser.

pub mod app;
pub mod color_scheme;
pub mod controversy;
pub mod deep_link;
pub mod goods_trade_figure;
pub mod prose;
pub mod table_of_contents;
pub mod timeline;
