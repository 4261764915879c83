//! The release's first load stays within its transfer budget (brotli, quality 11).

use e2e_tests::dist_dir;
use e2e_tests::transfer::{brotli_size, first_load_files};

const FIRST_LOAD_BUDGET_BYTES: usize = 150 * 1024;

#[test]
fn the_first_load_fits_the_budget() {
    let files = first_load_files(&dist_dir());
    assert!(
        files
            .iter()
            .any(|f| f.extension().is_some_and(|x| x == "wasm")),
        "no .wasm in dist/"
    );
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
        total <= FIRST_LOAD_BUDGET_BYTES,
        "first load is {total} bytes brotli, over {FIRST_LOAD_BUDGET_BYTES}: {sizes:?}"
    );
}
