//! Measuring the article's bundle loading on demand (issue #13): what a reader of the lead downloads, what a
//! reader of the whole page downloads (and whether anything moved meanwhile), and how long a chart takes, on
//! simulated slow 4G, from coming within the loader's reach to being live.

use std::path::Path;
use std::time::{Duration, Instant};

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::fetched::{fetched, land_and_read_the_lead, total_bytes, Fetched};
use e2e_tests::page::READ_TO_THE_END;
use e2e_tests::static_server::StaticServer;
use e2e_tests::transfer::{brotli_size, first_load_files};
use serde_json::json;

/// Slow 4G as Lighthouse simulates it for mobile (`mobileSlow4G`: 150 ms round trip, 1.6 Mbit/s), applied
/// as DevTools throttling with the factors Lighthouse's own DevTools throttling uses: latency × 3.75,
/// download × 0.9, upload × 0.9 of 750 kbit/s.
const SLOW_4G_LATENCY_MS: f64 = 562.5;
const SLOW_4G_DOWN_KBITS: f64 = 1474.56;
const SLOW_4G_UP_KBITS: f64 = 675.0;

/// Runs of the slow-4G measurement per viewport; the report gives the median and the slowest.
const RUNS: usize = 5;

/// Words a minute of an attentive reader, to put the time to live against the time a reader takes to scroll
/// through the loader's reach.
const READING_WORDS_PER_MINUTE: f64 = 250.0;

/// A reader's screen.
struct Viewport {
    name: &'static str,
    launch: Launch,
}

fn viewports() -> [Viewport; 2] {
    [
        Viewport {
            name: "Phone 375×812",
            launch: Launch {
                width: 375,
                height: 812,
                pixel_ratio: 2.0,
                ..Launch::default()
            },
        },
        Viewport {
            name: "Desktop 1280×900",
            launch: Launch::default(),
        },
    ]
}

/// What the bench found for one viewport.
struct Measured {
    name: &'static str,
    before_scrolling: Vec<Fetched>,
    every_chart_live: Vec<Fetched>,
    /// Cumulative layout shift while reading the page to its end.
    shift: f64,
    /// Milliseconds from the first chart coming within reach to its being drawn, one per run.
    reach_to_live: Vec<f64>,
    /// Seconds a reader at [`READING_WORDS_PER_MINUTE`] takes to scroll through the loader's reach.
    reading_through_reach: f64,
    reach_px: f64,
}

/// Measures every viewport against the release in `dist` and returns the report's section.
pub fn measure(dist: &Path) -> Result<String, String> {
    let page = std::fs::read_to_string(dist.join("index.html")).map_err(|e| e.to_string())?;
    let reach = reach_of(&page);
    let own: usize = first_load_files(dist)
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "html" || x == "css"))
        .map(|f| brotli_size(f))
        .sum();
    let server = StaticServer::start_compressed(dist);
    warm(&server, dist);
    let mut results = Vec::new();
    for viewport in viewports() {
        let browser = Browser::launch(viewport.launch.clone());
        land_and_read_the_lead(&browser, &server.origin);
        // A quiet moment in which a bundle loaded too early would show up.
        std::thread::sleep(Duration::from_secs(3));
        let before_scrolling = fetched(&browser);
        let (shift, every_chart_live) = read_to_the_end(&browser)?;
        let (reach_px, reading_through_reach) =
            reading_through_reach(&browser, fraction_of_height(&reach));
        drop(browser);
        let mut reach_to_live = Vec::new();
        for _ in 0..RUNS {
            reach_to_live.push(reach_to_live_on_slow_4g(&server.origin, &viewport.launch)?);
        }
        let measured = Measured {
            name: viewport.name,
            before_scrolling,
            every_chart_live,
            shift,
            reach_to_live,
            reading_through_reach,
            reach_px,
        };
        eprintln!(
            "{}: {} bytes before scrolling, {} with every chart live, CLS {}, reach to live {:?} ms",
            measured.name,
            total_bytes(&measured.before_scrolling),
            total_bytes(&measured.every_chart_live),
            measured.shift,
            measured.reach_to_live
        );
        results.push(measured);
    }
    report(own, &reach, &results)
}

/// Has `server` compress every file the article loads before anything is measured, as a CDN serves them
/// compressed ahead of time (the test server compresses a file when it is first asked for it, which for the
/// WebAssembly at quality 11 takes longer than sending it).
fn warm(server: &StaticServer, dist: &Path) {
    let names: Vec<String> = first_load_files(dist)
        .iter()
        .filter_map(|f| Some(f.strip_prefix(dist).ok()?.to_string_lossy().to_string()))
        .collect();
    let browser = Browser::launch(Launch::default());
    browser.goto(&format!("{}/", server.origin));
    browser.eval_async(
        "const [names, done] = arguments;
         Promise.all(names.map(n => fetch('/' + n).then(r => r.arrayBuffer()))).then(() => done());",
        vec![json!(names)],
    );
}

/// Reads down to the end of the page as a reader would, so that every chart comes to life, and returns the
/// layout shift seen meanwhile and everything fetched.
fn read_to_the_end(browser: &Browser) -> Result<(f64, Vec<Fetched>), String> {
    let read = browser.eval_async(
        &format!(
            "const done = arguments[arguments.length - 1];
             let shift = 0;
             new PerformanceObserver(list => {{ for (const e of list.getEntries()) if (!e.hadRecentInput) shift += e.value; }})
               .observe({{ type: 'layout-shift', buffered: true }});
             {READ_TO_THE_END}
             readToTheEnd(150).then(() => done([shift, document.querySelectorAll('.chart-island[data-live] canvas').length,
               document.querySelectorAll('.chart-island').length]));"
        ),
        vec![],
    );
    if read[1] != read[2] || read[2] == json!(0) {
        return Err(format!("not every chart came to life: {read}"));
    }
    browser.wait_for(
        "every chart drawn",
        "return [...document.querySelectorAll('.chart-island canvas')].every(c => c.width > 10)",
    );
    Ok((read[0].as_f64().unwrap_or(f64::NAN), fetched(browser)))
}

/// The loader's reach (`reach` viewport heights) in CSS pixels on this screen, and the seconds a reader
/// takes to read through it.
fn reading_through_reach(browser: &Browser, reach: f64) -> (f64, f64) {
    let found = browser.eval(
        "const main = document.querySelector('main');
         const words = main.innerText.split(/\\s+/).filter(Boolean).length;
         return [innerHeight, words / main.getBoundingClientRect().height];",
        vec![],
    );
    let (height, words_per_px) = (
        found[0].as_f64().unwrap_or(f64::NAN),
        found[1].as_f64().unwrap_or(f64::NAN),
    );
    let reach_px = reach * height;
    let seconds = reach_px * words_per_px / READING_WORDS_PER_MINUTE * 60.0;
    (reach_px, seconds)
}

/// The reach the article's loader was built with (its IntersectionObserver's `rootMargin`) in `page`.
fn reach_of(page: &str) -> String {
    page.split("rootMargin: '")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_default()
        .to_string()
}

/// A reach's extent below the viewport as a fraction of the viewport's height (`150% 0px` → 1.5).
fn fraction_of_height(reach: &str) -> f64 {
    reach
        .split_whitespace()
        .next()
        .and_then(|top| top.strip_suffix('%'))
        .and_then(|n| n.parse::<f64>().ok())
        .map_or(f64::NAN, |percent| percent / 100.0)
}

/// On simulated slow 4G, opens the article's top in a fresh browser, waits until it has loaded and settled
/// (checking no bundle was fetched), then brings the first chart into view at once — the moment it comes
/// within the loader's reach is the moment the reader is at it, the worst case — and returns the
/// milliseconds until the chart is drawn.
fn reach_to_live_on_slow_4g(origin: &str, launch: &Launch) -> Result<f64, String> {
    let browser = Browser::launch(launch.clone());
    browser.devtools("Network.enable", json!({}));
    browser.devtools(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": SLOW_4G_LATENCY_MS,
                "downloadThroughput": SLOW_4G_DOWN_KBITS * 1024.0 / 8.0,
                "uploadThroughput": SLOW_4G_UP_KBITS * 1024.0 / 8.0 }),
    );
    browser.goto(&format!("{origin}/"));
    let deadline = Instant::now() + Duration::from_secs(60);
    while browser.eval("return document.readyState", vec![]) != json!("complete") {
        if Instant::now() > deadline {
            return Err("the throttled page did not load in a minute".to_string());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(2));
    if let Some(early) = fetched(&browser).iter().find(|f| f.is_bundle()) {
        return Err(format!(
            "{} was fetched before any chart was near",
            early.name()
        ));
    }
    let live = browser.eval_async(
        "const done = arguments[arguments.length - 1];
         const island = document.querySelector('.chart-island[data-chart]');
         const start = performance.now();
         island.scrollIntoView({ block: 'center', behavior: 'instant' });
         const drawn = () => island.querySelector('canvas')?.width > 10;
         const wait = () => drawn() ? done(performance.now() - start) : requestAnimationFrame(wait);
         wait();",
        vec![],
    );
    live.as_f64()
        .ok_or_else(|| format!("no time to live: {live}"))
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}

fn report(own: usize, reach: &str, results: &[Measured]) -> Result<String, String> {
    let limit = own + 10 * 1024;
    let mut out = format!(
        "## Loading on demand (issue #13)\n\nThe article fetches its script and WebAssembly only when a chart or the debates come \
         within {reach} of the viewport's height (`BUNDLE_REACH` in `src/page/loader.rs`), or at once for a chart's address, \
         a link into the page or a followed link. Bytes are the brotli bodies the browser received (`encodedBodySize`, server \
         answering with brotli -q 11; headers not counted). *Before scrolling*: the page's top opened and its lead read to \
         the end, then 3 s of quiet. *Every chart live*: the same page then read to its end, 150 px a frame (as `layout_stability.rs` reads it). \
         The page's own HTML and stylesheets weigh {own} bytes: the limit before scrolling is {limit} (+10 KB), \
         asserted by `tests/e2e/tests/loading_on_demand.rs`.\n\n\
         | Screen | Before scrolling | Page and stylesheets | Anything else | Every chart live | CLS while reading |\n\
         |---|---:|---:|---|---:|---:|\n",
        reach = reach.split_whitespace().next().unwrap_or("?")
    );
    for r in results {
        // The page itself comes first (see `fetched`).
        let (page, rest) = r
            .before_scrolling
            .split_first()
            .ok_or("nothing was fetched")?;
        let (styles, other): (Vec<&Fetched>, Vec<&Fetched>) =
            rest.iter().partition(|f| f.name().ends_with(".css"));
        let own = page.bytes + styles.iter().map(|f| f.bytes).sum::<u64>();
        let other: Vec<String> = other
            .iter()
            .map(|f| format!("`{}` {}", f.name(), f.bytes))
            .collect();
        out.push_str(&format!(
            "| {} | **{}** | {} | {} | **{}** | {} |\n",
            r.name,
            total_bytes(&r.before_scrolling),
            own,
            if other.is_empty() {
                "—".to_string()
            } else {
                other.join(", ")
            },
            total_bytes(&r.every_chart_live),
            r.shift
        ));
    }
    out.push_str(&format!(
        "\n### From \"chart within reach\" to \"chart live\" on slow 4G\n\nChromium's DevTools network throttling \
         (`Network.emulateNetworkConditions` through chromedriver) with Lighthouse's slow-4G figures as its DevTools \
         throttling applies them: {SLOW_4G_LATENCY_MS} ms latency, {SLOW_4G_DOWN_KBITS} kbit/s down, {SLOW_4G_UP_KBITS} kbit/s \
         up; no CPU slowdown. A fresh browser opens the page's top, waits until it has loaded and settled (no bundle \
         fetched), then jumps the first chart into view: the chart comes within the loader's reach at that instant and the \
         reader is already at it, the worst case. Time is from the jump to the chart's canvas being drawn ({RUNS} runs). \
         A reader scrolling at reading speed ({READING_WORDS_PER_MINUTE:.0} words a minute, the page's own words per pixel) \
         needs the last column's time to get from \"within reach\" to the chart.\n\n\
         | Screen | Median | Slowest | Runs | Reach | Reading through the reach |\n|---|---:|---:|---|---:|---:|\n"
    ));
    for r in results {
        let runs: Vec<String> = r
            .reach_to_live
            .iter()
            .map(|ms| format!("{ms:.0}"))
            .collect();
        let slowest = r.reach_to_live.iter().copied().fold(f64::NAN, f64::max);
        out.push_str(&format!(
            "| {} | **{:.2} s** | {:.2} s | {} ms | {:.0} px | {:.0} s |\n",
            r.name,
            median(&r.reach_to_live) / 1000.0,
            slowest / 1000.0,
            runs.join(", "),
            r.reach_px,
            r.reading_through_reach
        ));
    }
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_runs_is_the_middle_one() {
        assert_eq!(median(&[3.0, 1.0, 2.0, 5.0, 4.0]), 3.0);
    }

    #[test]
    fn the_reach_is_read_from_the_loader() {
        let page = "<script type=\"module\">new IntersectionObserver(f, { rootMargin: '150% 0px' });</script>";
        assert_eq!(reach_of(page), "150% 0px");
        assert_eq!(fraction_of_height("150% 0px"), 1.5);
        assert!(fraction_of_height("400px 0px").is_nan());
    }
}
