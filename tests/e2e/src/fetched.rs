//! What the article has fetched, read from the browser's own resource timing, for the tests and the benchmark
//! of loading the bundle on demand.
//!
//! Sizes are `encodedBodySize`: the bytes of each response's body as sent. Served by
//! [`crate::static_server::StaticServer::start_compressed`] (brotli at quality 11, as a CDN would), they are
//! the brotli sizes the budgets count; headers count in neither.

use crate::browser::Browser;

/// One response: its address and the size of its body as sent.
#[derive(Clone, Debug)]
pub struct Fetched {
    pub url: String,
    pub bytes: u64,
}

impl Fetched {
    /// The file's name, without its path, query or fragment.
    pub fn name(&self) -> &str {
        let path = self.url.split(['?', '#']).next().unwrap_or_default();
        path.rsplit('/').next().unwrap_or(path)
    }

    /// A part of the bundle: a script or WebAssembly (the page fetches no other script).
    pub fn is_bundle(&self) -> bool {
        let name = self.name();
        name.ends_with(".js") || name.ends_with(".wasm")
    }
}

/// Everything the page has fetched so far, the page itself first (not the scripts the test server adds).
pub fn fetched(browser: &Browser) -> Vec<Fetched> {
    browser
        .eval(
            "return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
               .map(e => [e.name, e.encodedBodySize]);",
            vec![],
        )
        .as_array()
        .expect("a list of resources")
        .iter()
        .map(|entry| Fetched {
            url: entry[0].as_str().unwrap_or_default().to_string(),
            bytes: entry[1].as_u64().unwrap_or(0),
        })
        .filter(|f| !f.url.contains("/__e2e__/"))
        .collect()
}

/// `fetched` from `origin`, each weighing what brotli at quality 11 makes of its file in `dist` as served:
/// the measure for an engine that does not ask for brotli over plain HTTP (see
/// `Engine::asks_for_brotli_over_http`), so that what it fetches is counted as the other engines' is.
pub fn weighed_as_brotli(
    fetched: &[Fetched],
    origin: &str,
    dist: &std::path::Path,
) -> Vec<Fetched> {
    fetched
        .iter()
        .map(|f| {
            let path = f.url.strip_prefix(origin).unwrap_or(&f.url);
            let path = path.split(['?', '#']).next().unwrap_or_default();
            let file = match path.trim_start_matches('/') {
                "" => dist.join("index.html"),
                relative if relative.ends_with('/') => dist.join(relative).join("index.html"),
                relative => dist.join(relative),
            };
            let bytes =
                crate::transfer::brotli_bytes(&crate::static_server::as_served(&file)).len();
            Fetched {
                url: f.url.clone(),
                bytes: bytes as u64,
            }
        })
        .collect()
}

/// The bytes of everything in `fetched`.
pub fn total_bytes(fetched: &[Fetched]) -> u64 {
    fetched.iter().map(|f| f.bytes).sum()
}

/// Opens the article's top at `origin` and, once it has loaded, scrolls down a little at a time until the
/// whole lead has been read (its end has left the top of the viewport), as a reader of the lead alone would.
pub fn land_and_read_the_lead(browser: &Browser, origin: &str) {
    browser.goto(&format!("{origin}/"));
    browser.wait_for(
        "the page to load",
        "return document.readyState === 'complete'",
    );
    browser.eval_async(
        "const done = arguments[arguments.length - 1];
         const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)));
         (async () => {
           const lead = document.querySelector('.masthead');
           while (lead.getBoundingClientRect().bottom > 0) { scrollBy({ top: 60, behavior: 'instant' }); await frame(); }
           done();
         })();",
        vec![],
    );
}

#[cfg(test)]
mod tests {
    use super::Fetched;

    #[test]
    fn the_bundle_is_the_scripts_and_webassembly_whatever_the_address() {
        let file = |url: &str| Fetched {
            url: url.to_string(),
            bytes: 0,
        };
        assert!(file("http://127.0.0.1:1/app-1_bg.wasm").is_bundle());
        assert!(file("http://127.0.0.1:1/sub/app-1.js?v=2").is_bundle());
        assert!(!file("http://127.0.0.1:1/?goods=1990..2010#x.js").is_bundle());
        assert!(!file("http://127.0.0.1:1/base-1.css").is_bundle());
        assert_eq!(
            file("http://127.0.0.1:1/charts/goods.svg#a").name(),
            "goods.svg"
        );
    }
}
