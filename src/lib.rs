//! An interactive article about Japan–United States trade, rendered in the browser with Leptos.
//!
//! The prose and the dataset are read from `content/` at build time (see `build.rs`) and embedded as static
//! data ([`content`]); [`page`] renders the pages to static HTML at build time (natively, with Leptos' server-side
//! rendering) from components it shares with the live charts ([`figure`]); [`chart`] draws with
//! plotters on any backend; [`ui`] is the thin browser layer that makes the charts live.

#![recursion_limit = "256"]

pub mod chart;
pub mod content;
pub mod embed;
pub mod figure;
pub mod page;
pub mod state;
pub mod ui;

/// The WebAssembly's allocator: smaller and faster there than the standard one.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
