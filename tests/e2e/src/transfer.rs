//! What a first visit downloads, measured as brotli (quality 11) sizes of the files the page loads.

use std::path::{Path, PathBuf};

/// The files of the article's first load: `index.html` and the stylesheets, scripts and WebAssembly it names.
pub fn first_load_files(dist: &Path) -> Vec<PathBuf> {
    page_load_files(dist, "index.html")
}

/// The files of an embed's first load (in English): `embed.html` and the stylesheets, scripts and
/// WebAssembly it names.
pub fn embed_first_load_files(dist: &Path) -> Vec<PathBuf> {
    embed_first_load_files_in(dist, "en")
}

/// The files of an embed's first load with `lang=<code>` in its address: the widget's loader names a bundle
/// per language and loads that language's (see `page::loader::loader_at_once`).
pub fn embed_first_load_files_in(dist: &Path, code: &str) -> Vec<PathBuf> {
    page_load_files_in(dist, "embed.html", code)
}

/// `page` and every `.css`, `.js` and `.wasm` file its HTML names (in a `href` or in its loader script), for
/// an address naming no language.
pub fn page_load_files(dist: &Path, page: &str) -> Vec<PathBuf> {
    page_load_files_in(dist, page, "en")
}

/// `page` and the files it loads for a reader whose address names the language `code`: of the bundles a
/// loader offers by language (lines `['<code>', { script: '…', wasm: '…' }],`), only that language's.
pub fn page_load_files_in(dist: &Path, page: &str, code: &str) -> Vec<PathBuf> {
    let html = std::fs::read_to_string(dist.join(page))
        .unwrap_or_else(|e| panic!("{}: {e}", dist.join(page).display()));
    let mut files = vec![dist.join(page)];
    for name in named_assets(&html, code) {
        let file = dist.join(&name);
        assert!(file.is_file(), "{page} names {name}, which is not in dist/");
        if !files.contains(&file) {
            files.push(file);
        }
    }
    files
}

/// The file names a page loads: its stylesheets and preloads (`<link rel=… href>`), scripts (`<script src>`)
/// and what its loader script imports or fetches (`from '…'`, `import('…')`, `module_or_path: '…'`, `fetch('…')`,
/// and a language's bundle `['<code>', { script: '…', wasm: '…' }]` for the language `code` only).
fn named_assets(html: &str, code: &str) -> Vec<String> {
    let mut addresses = Vec::new();
    for tag in html.split('<').skip(1) {
        let (opening, body) = tag.split_once('>').unwrap_or((tag, ""));
        if opening.starts_with("link ")
            && ["stylesheet", "preload", "modulepreload"]
                .iter()
                .any(|rel| opening.contains(&format!("rel=\"{rel}\"")))
        {
            addresses.extend(attribute(opening, "href"));
        } else if opening.starts_with("script") {
            addresses.extend(attribute(opening, "src"));
            let other_language = |line: &&str| {
                line.trim_start()
                    .strip_prefix("['")
                    .and_then(|rest| rest.split_once("', {"))
                    .is_some_and(|(language, _)| language != code)
            };
            for line in body.lines().filter(|line| !other_language(line)) {
                for lead in [
                    "from '",
                    "import('",
                    "module_or_path: '",
                    "fetch('",
                    "script: '",
                    "wasm: '",
                ] {
                    addresses.extend(
                        line.split(lead)
                            .skip(1)
                            .filter_map(|rest| rest.split('\'').next()),
                    );
                }
            }
        }
    }
    addresses
        .into_iter()
        .map(|address| address.rsplit('/').next().unwrap_or(address).to_string())
        .collect()
}

/// The value of `name="…"` in an opening tag.
fn attribute<'a>(opening: &'a str, name: &str) -> Option<&'a str> {
    opening
        .split(&format!(" {name}=\""))
        .nth(1)?
        .split('"')
        .next()
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

#[cfg(test)]
mod tests {
    use super::named_assets;

    #[test]
    fn the_assets_a_page_names_are_its_stylesheets_scripts_and_loader_imports() {
        let html = "<link rel=\"stylesheet\" href=\"/sub/base-1.css\" integrity=\"x\"/><link rel=\"icon\" href=\"/f.svg\"/>\
            <link rel=\"modulepreload\" href=\"/p-3.js\"><script src=\"/s-4.js\"></script>\
            <script type=\"module\">import init from '/w-2.js';\nawait init({ module_or_path: '/w-2_bg.wasm' });</script>\
            <script type=\"module\">setTimeout(async () => { const { default: init } = await import('/a-5.js'); });</script>\
            <script type=\"module\">const wasm = fetch('/a-6_bg.wasm'); await import('/a-6.js');</script>\
            <p>See \"notes.js\" and <a href=\"/x.css\">this</a>.</p>";
        assert_eq!(
            named_assets(html, "en"),
            [
                "base-1.css",
                "p-3.js",
                "s-4.js",
                "w-2.js",
                "w-2_bg.wasm",
                "a-5.js",
                "a-6.js",
                "a-6_bg.wasm"
            ]
        );
    }

    #[test]
    fn of_the_bundles_a_loader_offers_by_language_only_the_addressed_languages_is_named() {
        let html = "<script type=\"module\">\nconst bundles = new Map([\n\
            \x20 ['en', { script: '/w-1.js', wasm: '/w-1_bg.wasm' }],\n\
            \x20 ['ja', { script: '/w-ja-2.js', wasm: '/w-ja-2_bg.wasm' }],\n]);\n\
            const wasm = fetch(bundle.wasm);\n</script>";
        assert_eq!(named_assets(html, "en"), ["w-1.js", "w-1_bg.wasm"]);
        assert_eq!(named_assets(html, "ja"), ["w-ja-2.js", "w-ja-2_bg.wasm"]);
    }
}
