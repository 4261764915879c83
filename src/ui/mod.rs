//! The browser layer. The article arrives as static HTML (see [`crate::page`]); [`islands`] makes its
//! charts live with Leptos, and [`disclosures`] adds the few behaviours the static page cannot have.
//! [`embed`] is the embed widget, the entry point of its own bundle (`src/bin/widget.rs`).

pub mod address;
pub mod article_footer;
pub mod chart_controls;
pub mod chart_figure;
pub mod chart_states;
pub mod color_scheme;
pub mod deep_link;
pub mod disclosures;
pub mod download;
pub mod embed;
pub mod embed_dialog;
pub mod event_markers;
pub mod islands;
pub mod page_lang;
pub mod readout;
pub mod share;
