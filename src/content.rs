//! The article and its dataset, parsed and validated from `content/` at build time.

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The one-sentence takeaway written in content for the chart with `key`, shown under its title.
pub fn takeaway(key: &str) -> &'static str {
    TAKEAWAYS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, text)| text)
}
