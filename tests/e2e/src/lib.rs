//! End-to-end test support: serve the release `dist/` on 127.0.0.1 and drive headless Chromium over
//! WebDriver (chromedriver). Every browser and server stops when its handle is dropped, even if a test panics.

pub mod browser;
pub mod fetched;
pub mod page;
pub mod site;
pub mod static_server;
pub mod transfer;

use std::path::PathBuf;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root exists")
}

/// The release build to test; `cargo xtask test` builds it first.
pub fn dist_dir() -> PathBuf {
    let dist = std::env::var_os("DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build the release first (`cargo xtask test` does)",
        dist.display()
    );
    dist
}

/// A CSV figure in $ millions as the table writes it: thousands separators, one decimal, true minus sign.
/// Written here from the CSV text itself, independently of the app's formatter.
pub fn grouped_millions(cell: &str) -> String {
    let value: f64 = cell.parse().expect("a number");
    let text = format!("{:.1}", value.abs());
    let (whole, fraction) = text.split_once('.').unwrap();
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{}{grouped}.{fraction}", if value < 0.0 { "−" } else { "" })
}
