//! The article's pure model: the dataset, the article's structure, what each chart is, derived figures and
//! number formats.
//!
//! Nothing here touches the browser. With the `build` feature the crate also parses and validates
//! `content/` (Markdown with front matter, CSV) and writes the result as Rust source for the app to embed,
//! so the browser ships neither a Markdown nor a CSV parser.

pub mod charts;
pub mod content;
pub mod data;
pub mod format;
pub mod format_ja;
pub mod lang;
pub mod page_text;
pub mod text;
pub mod units;

#[cfg(feature = "build")]
pub mod bake;
#[cfg(feature = "build")]
pub mod problem;

pub use lang::{Lang, JAPANESE};

use std::borrow::Cow;

/// Text that is either baked into the binary or, at build time, owned.
pub type Text = Cow<'static, str>;
/// A list that is either baked into the binary or, at build time, owned.
pub type List<T> = Cow<'static, [T]>;
