//! The interface's words in each language, as typed tables: one struct field per string, one `const` per
//! language, so a missing translation is a compile error rather than a fallback at run time (issue #15).
//! Strings with figures in them are functions, so each language orders its words its own way.

mod chart_text;
mod chart_text_ja;

pub use chart_text::{chart_text, ChartText, Extremes, Reading, EN};
pub use chart_text_ja::JA;
