//! The release's first loads stay within their transfer budgets (brotli, quality 11): the article's, and an
//! embed's, which loads the widget's own bundle.

use std::path::PathBuf;

use e2e_tests::dist_dir;
use e2e_tests::transfer::{brotli_size, embed_first_load_files, first_load_files};

const ARTICLE_BUDGET_BYTES: usize = 150 * 1024;
const EMBED_BUDGET_BYTES: usize = 110 * 1024;

fn assert_within(what: &str, files: &[PathBuf], budget: usize) {
    for kind in ["wasm", "js"] {
        assert!(
            files
                .iter()
                .any(|f| f.extension().is_some_and(|x| x == kind)),
            "{what} loads no .{kind}: {files:?}"
        );
    }
    let sizes: Vec<(String, usize)> = files
        .iter()
        .map(|f| {
            (
                f.file_name().unwrap().to_string_lossy().to_string(),
                brotli_size(f),
            )
        })
        .collect();
    let total: usize = sizes.iter().map(|(_, size)| size).sum();
    assert!(
        total <= budget,
        "{what} first load is {total} bytes brotli, over {budget}: {sizes:?}"
    );
}

#[test]
fn the_article_first_load_fits_its_budget() {
    assert_within(
        "the article",
        &first_load_files(&dist_dir()),
        ARTICLE_BUDGET_BYTES,
    );
}

#[test]
fn an_embed_first_load_fits_its_budget() {
    let files = embed_first_load_files(&dist_dir());
    assert!(
        !files.iter().any(|f| f
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("japan-us-trade"))),
        "an embed loads the article's bundle: {files:?}"
    );
    assert_within("an embed", &files, EMBED_BUDGET_BYTES);
}
