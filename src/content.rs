//! The article and its dataset, parsed and validated from `content/` at build time.

include!(concat!(env!("OUT_DIR"), "/content.rs"));
