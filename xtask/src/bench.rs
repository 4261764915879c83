//! `cargo xtask bench`: builds the release, serves it compressed on 127.0.0.1 and measures transfer (the
//! files, and what a reader downloads as the bundle loads on demand: see `on_demand`), chart redraw time and
//! Lighthouse scores, then writes docs/BENCHMARKS.md.

use std::path::Path;
use std::process::Command;

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::static_server::StaticServer;
use e2e_tests::transfer::{brotli_size, embed_first_load_files, first_load_files, page_load_files};
use serde_json::{json, Value};

use crate::on_demand;
use crate::tools::{npm_install, workspace_root, Tools};

/// The heading under which hand-written notes follow the measurements in docs/BENCHMARKS.md.
const NOTES_HEADING: &str = "## Notes";

const REDRAWS: usize = 240;
const LIGHTHOUSE_VERSION: &str = "13";

/// Runs every measurement and writes the report.
pub fn bench(tools: &Tools) -> Result<(), String> {
    let root = workspace_root();
    let dist = root.join("dist");
    let sized = |files: Vec<std::path::PathBuf>| -> Vec<(String, usize)> {
        files
            .iter()
            .map(|f| {
                (
                    f.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .to_string(),
                    brotli_size(f),
                )
            })
            .collect()
    };
    let sizes = sized(first_load_files(&dist));
    let embed_sizes = sized(embed_first_load_files(&dist));
    // The Japanese page loads the same stylesheets and bundle as the English one.
    let japanese_sizes = sized(page_load_files(&dist, "ja/index.html"));
    let total: usize = sizes.iter().map(|(_, s)| s).sum();
    eprintln!("first load, brotli -q 11: {total} bytes");
    let embed_total: usize = embed_sizes.iter().map(|(_, s)| s).sum();
    eprintln!("embed first load, brotli -q 11: {embed_total} bytes");

    let on_demand = on_demand::measure(&dist)?;

    let server = StaticServer::start_compressed(&dist);
    let redraws = redraw_times(&server.origin)?;
    let (median, p95) = (percentile(&redraws, 0.5), percentile(&redraws, 0.95));
    eprintln!("goods chart redraw at 1200×600 CSS px, DPR 2: median {median:.2} ms, p95 {p95:.2} ms ({} draws)", redraws.len());

    // The reference is the physical limit: the same prerendered page without its WebAssembly and scripts.
    let reference = reference_page(&dist, &root.join("target/bench-reference"))?;
    let reference_server = StaticServer::start_compressed(&reference);
    let pages = [
        ("article", format!("{}/", server.origin)),
        ("reference", format!("{}/", reference_server.origin)),
        ("embed", format!("{}/embed.html?embed=goods", server.origin)),
        ("article-ja", format!("{}/ja/", server.origin)),
        (
            "embed-ja",
            format!("{}/embed.html?embed=goods&lang=ja", server.origin),
        ),
    ];
    let mut measured = Vec::new();
    for (name, url) in &pages {
        measured.push(median_lighthouse(tools, &root, url, name)?);
    }
    let [article, reference, embed, article_ja, embed_ja]: [LighthouseResult; 5] = measured
        .try_into()
        .map_err(|_| "one Lighthouse result per page".to_string())?;
    let mut report = report(
        &sizes,
        total,
        &embed_sizes,
        embed_total,
        &on_demand,
        median,
        p95,
        redraws.len(),
        [&article, &reference, &embed, &article_ja, &embed_ja],
    );
    report.push_str(&japanese_transfer(&japanese_sizes, &sizes));
    let path = root.join("docs/BENCHMARKS.md");
    // Notes written by hand (what a change cost, and why) survive a refresh of the measurements.
    let notes = std::fs::read_to_string(&path)
        .ok()
        .and_then(|old| old.find(NOTES_HEADING).map(|at| old[at..].to_string()))
        .unwrap_or_default();
    let report = if notes.is_empty() {
        report
    } else {
        format!("{}\n\n{notes}", report.trim_end())
    };
    std::fs::write(&path, report).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// The Japanese page's first load beside the English one's: the page differs, the stylesheets and bundle
/// are the same files.
fn japanese_transfer(japanese: &[(String, usize)], english: &[(String, usize)]) -> String {
    let total = |sizes: &[(String, usize)]| sizes.iter().map(|(_, s)| s).sum::<usize>();
    let page = |sizes: &[(String, usize)]| {
        sizes
            .iter()
            .find(|(name, _)| name == "index.html")
            .map_or(0, |(_, s)| *s)
    };
    format!(
        "\n## The Japanese edition (brotli -q 11)\n\n| Page | HTML | Every chart live |\n|---|---:|---:|\n\
         | English (`/`) | {} | {} |\n| Japanese (`/ja/`) | {} | {} |\n",
        page(english),
        total(english),
        page(japanese),
        total(japanese)
    )
}

/// Draw times (ms) of the goods chart sized 1200×600 CSS px at devicePixelRatio 2, one per key press.
fn redraw_times(origin: &str) -> Result<Vec<f64>, String> {
    let browser = Browser::launch(Launch {
        width: 1400,
        height: 1000,
        pixel_ratio: 2.0,
        ..Launch::default()
    });
    browser.goto(&format!("{origin}/"));
    browser.wait_for(
        "the goods chart",
        "const f = document.getElementById('goods-trade-chart'); f.scrollIntoView({ block: 'center', behavior: 'instant' });
         return f.querySelector('canvas')?.width > 10",
    );
    browser.eval(
        "const c = document.querySelector('#goods-trade-chart canvas');
         c.style.width = '1200px'; c.style.height = '600px'; c.style.aspectRatio = 'auto'; c.style.maxWidth = 'none';",
        vec![],
    );
    browser.wait_for(
        "the 1200 px canvas",
        "return document.querySelector('#goods-trade-chart canvas').width === 2400",
    );
    let durations = browser.eval_async(
        "const [count, done] = arguments;
         const canvas = document.querySelector('#goods-trade-chart canvas');
         const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
         (async () => {
           await frame();
           performance.clearMeasures('chart-draw');
           for (let i = 0; i < count; i++) {
             const key = (Math.floor(i / 40) % 2 === 0) ? 'ArrowRight' : 'ArrowLeft';
             canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
             await frame();
           }
           done(performance.getEntriesByName('chart-draw').map(e => e.duration));
         })();",
        vec![json!(REDRAWS)],
    );
    let durations: Vec<f64> = durations
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_f64)
        .collect();
    if durations.len() < 200 {
        return Err(format!("only {} redraws were measured", durations.len()));
    }
    Ok(durations)
}

fn percentile(values: &[f64], p: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied().unwrap_or(f64::NAN)
}

/// A copy of `dist` whose page loads no scripts: the prerendered article alone.
fn reference_page(dist: &Path, target: &Path) -> Result<std::path::PathBuf, String> {
    let _ = std::fs::remove_dir_all(target);
    std::fs::create_dir_all(target.join("charts")).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, target.join(entry.file_name())).map_err(|e| e.to_string())?;
        }
    }
    for entry in std::fs::read_dir(dist.join("charts"))
        .map_err(|e| e.to_string())?
        .flatten()
    {
        std::fs::copy(entry.path(), target.join("charts").join(entry.file_name()))
            .map_err(|e| e.to_string())?;
    }
    let page = std::fs::read_to_string(dist.join("index.html")).map_err(|e| e.to_string())?;
    std::fs::write(target.join("index.html"), without_scripts(&page)).map_err(|e| e.to_string())?;
    Ok(target.to_path_buf())
}

/// The page without `<script>` elements and without the links that preload scripts or WebAssembly.
fn without_scripts(page: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let is_script = tail.starts_with("<script");
        let is_preload = tail.starts_with("<link") && {
            let end = tail.find('>').unwrap_or(tail.len());
            let tag = &tail[..end];
            tag.contains("modulepreload")
                || tag.contains("application/wasm")
                || tag.contains(".wasm")
        };
        if is_script {
            let end = tail
                .find("</script>")
                .map_or(tail.len(), |e| e + "</script>".len());
            rest = &tail[end..];
        } else if is_preload {
            let end = tail.find('>').map_or(tail.len(), |e| e + 1);
            rest = &tail[end..];
        } else {
            out.push('<');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// How many times Lighthouse measures each page; its simulated LCP varies from run to run.
const LIGHTHOUSE_RUNS: usize = 3;

/// Lighthouse's report for a page: the run with the median LCP, and every run's LCP (ms).
struct LighthouseResult {
    report: Value,
    lcps: Vec<f64>,
}

fn median_lighthouse(
    tools: &Tools,
    root: &Path,
    url: &str,
    name: &str,
) -> Result<LighthouseResult, String> {
    let lcp = |report: &Value| {
        report["audits"]["largest-contentful-paint"]["numericValue"]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    let mut reports = (0..LIGHTHOUSE_RUNS)
        .map(|run| lighthouse(tools, root, url, &format!("{name}-{run}")))
        .collect::<Result<Vec<Value>, String>>()?;
    let lcps: Vec<f64> = reports.iter().map(lcp).collect();
    reports.sort_by(|a, b| lcp(a).total_cmp(&lcp(b)));
    let report = reports.swap_remove(reports.len() / 2);
    Ok(LighthouseResult { report, lcps })
}

/// Lighthouse (simulated mobile) scores and timings for the page at `url`.
fn lighthouse(tools: &Tools, root: &Path, url: &str, name: &str) -> Result<Value, String> {
    let prefix = root.join("target/tools/lighthouse");
    let binary = prefix.join("node_modules/.bin/lighthouse");
    if !binary.is_file() {
        npm_install(
            &prefix,
            &format!("lighthouse@{LIGHTHOUSE_VERSION}"),
            "Lighthouse",
            &tools.path,
        )?;
    }
    let output = root.join(format!("target/lighthouse-{name}.json"));
    let chrome = which(&tools.chromium, &tools.path).unwrap_or_else(|| tools.chromium.clone());
    let status = Command::new(&binary)
        .arg(url)
        .args(["--quiet", "--output=json", "--only-categories=performance,accessibility,best-practices,seo"])
        .arg(format!("--output-path={}", output.display()))
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic")
        .env("CHROME_PATH", chrome)
        .env("PATH", &tools.path)
        .status()
        .map_err(|e| format!("Lighthouse could not start: {e}"))?;
    if !status.success() {
        return Err(format!("Lighthouse failed ({status})"));
    }
    let text = std::fs::read_to_string(&output).map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

fn which(program: &str, path: &str) -> Option<String> {
    std::env::split_paths(path)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
        .map(|p| p.to_string_lossy().to_string())
}

#[allow(clippy::too_many_arguments)] // one row of the report each; a struct would only rename them
fn report(
    sizes: &[(String, usize)],
    total: usize,
    embed_sizes: &[(String, usize)],
    embed_total: usize,
    on_demand: &str,
    median: f64,
    p95: f64,
    draws: usize,
    [article, reference, embed, article_ja, embed_ja]: [&LighthouseResult; 5],
) -> String {
    let date = Command::new("date")
        .arg("+%Y-%m-%d")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let score = |report: &Value, category: &str| {
        report["categories"][category]["score"]
            .as_f64()
            .map_or("n/a".to_string(), |s| format!("{:.0}", s * 100.0))
    };
    let audit = |report: &Value, id: &str| {
        report["audits"][id]["displayValue"]
            .as_str()
            .unwrap_or("n/a")
            .replace('\u{a0}', " ")
    };
    let lcp_ratio = match (
        article.report["audits"]["largest-contentful-paint"]["numericValue"].as_f64(),
        reference.report["audits"]["largest-contentful-paint"]["numericValue"].as_f64(),
    ) {
        (Some(a), Some(r)) if r > 0.0 => format!("{:.2}×", a / r),
        _ => "n/a".to_string(),
    };
    let mut out = format!(
        "# Benchmarks\n\nMeasured {date} by `cargo xtask bench` on this repository's machine (2 cores), release build, served \
         with brotli from 127.0.0.1. Rerun the command to refresh this file.\n\n\
         ## Transfer (brotli -q 11)\n\nBudgets asserted by `tests/e2e/tests/budget.rs`: article 200 KB (204,800 bytes) and its Japanese page 215 KB \
         (220,160 bytes); embed 128 KB (131,072 bytes) and the Japanese embed 134 KB (137,216 bytes). All are above the 150 KB \
         and 110 KB issues #12, #14 and #15 set: see the notes below. \
         Each total counts the page and the stylesheets, script and WebAssembly it names. The article's page and \
         stylesheets load at once, its script and WebAssembly only as the reader nears a chart or the debates (see \
         *Loading on demand*). An embed (`embed.html?embed=…`) loads at once the widget's own bundle and only the \
         chart stylesheets.\n\n\
         | File | Bytes |\n|---|---:|\n"
    );
    for (name, size) in sizes {
        out.push_str(&format!("| `{name}` | {size} |\n"));
    }
    out.push_str(&format!(
        "| **Article total** (every chart live) | **{total}** ({:.1} KB) |\n",
        total as f64 / 1024.0
    ));
    out.push_str("\n| Embed file | Bytes |\n|---|---:|\n");
    for (name, size) in embed_sizes {
        out.push_str(&format!("| `{name}` | {size} |\n"));
    }
    out.push_str(&format!(
        "| **Embed total** | **{embed_total}** ({:.1} KB) |\n\n",
        embed_total as f64 / 1024.0
    ));
    out.push_str(on_demand);
    out.push_str(&format!(
        "## Chart redraw\n\nGoods-trade chart at 1200×600 CSS px, devicePixelRatio 2 (a 2400×1200 canvas), headless Chromium, \
         {draws} redraws driven by the read-out's arrow keys, timed with the page's own `chart-draw` User Timing measures \
         (main-thread time to lay out and issue the drawing; rasterisation happens off the main thread).\n\n\
         | Median | p95 | Goal |\n|---:|---:|---|\n| {median:.2} ms | {p95:.2} ms | median ≤ 2 ms, p95 ≤ 4 ms |\n\n"
    ));
    out.push_str(&format!("## Lighthouse (simulated mobile)\n\nThe reference is the same prerendered page without its scripts and \
         WebAssembly: the physical limit for this content. Each page is measured {LIGHTHOUSE_RUNS} times; the row is the \
         run with the median LCP, and the last column lists every run's LCP.\n\n\
         | Page | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | LCP of each run |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"));
    for (name, result) in [
        ("Article", article),
        ("Reference (no scripts)", reference),
        ("Embed (`embed.html?embed=goods`)", embed),
        ("Japanese article (`ja/`)", article_ja),
        (
            "Japanese embed (`embed.html?embed=goods&lang=ja`)",
            embed_ja,
        ),
    ] {
        let report = &result.report;
        let runs: Vec<String> = result
            .lcps
            .iter()
            .map(|ms| format!("{:.2} s", ms / 1000.0))
            .collect();
        out.push_str(&format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            score(report, "performance"),
            score(report, "accessibility"),
            score(report, "best-practices"),
            score(report, "seo"),
            audit(report, "first-contentful-paint"),
            audit(report, "largest-contentful-paint"),
            audit(report, "total-blocking-time"),
            audit(report, "cumulative-layout-shift"),
            runs.join(", "),
        ));
    }
    out.push_str(&format!(
        "\nLCP of the article against the reference (median runs): {lcp_ratio} (goal ≤ 1.1×, issue #13).\n"
    ));
    out
}
