//! What a first visit downloads, measured as brotli (quality 11) sizes of the files the page loads.

use std::path::{Path, PathBuf};

/// The files of a first load: the HTML, and every script, module and stylesheet in `dist/`.
pub fn first_load_files(dist: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dist)
        .expect("dist/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name == "index.html"
                || p.extension()
                    .is_some_and(|x| x == "js" || x == "wasm" || x == "css")
        })
        .collect();
    files.sort();
    files
}

/// The files of an embed's first load: `embed.html`, and every script, module and stylesheet in `dist/`.
pub fn embed_first_load_files(dist: &Path) -> Vec<PathBuf> {
    first_load_files(dist)
        .into_iter()
        .map(|f| {
            if f.file_name().is_some_and(|n| n == "index.html") {
                dist.join("embed.html")
            } else {
                f
            }
        })
        .collect()
}

/// The brotli-compressed size of one file at quality 11.
pub fn brotli_size(file: &Path) -> usize {
    brotli_bytes(&std::fs::read(file).expect("file is readable")).len()
}

/// `bytes` compressed with brotli at quality 11 (24-bit window, as the `brotli` command line does).
pub fn brotli_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut compressed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut compressed, &params).expect("brotli compresses");
    compressed
}
