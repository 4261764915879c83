//! The test harness itself: what the other tests rely on to be able to fail.

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::static_server::StaticServer;

/// A folder holding one `index.html`, removed afterwards.
struct Page(std::path::PathBuf);

impl Page {
    fn new(name: &str, html: &str) -> Page {
        let dir = std::env::temp_dir().join(format!("harness-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), html).unwrap();
        Page(dir)
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn console_errors_in_a_frame_from_another_site_are_seen() {
    let framed = Page::new(
        "framed",
        "<!doctype html><link rel=\"icon\" href=\"data:,\"><script>console.error('logged in the frame'); \
         setTimeout(() => { throw new Error('thrown in the frame'); }, 100);</script>",
    );
    let framed_server = StaticServer::start(&framed.0);
    let host = Page::new(
        "host",
        &format!(
            "<!doctype html><link rel=\"icon\" href=\"data:,\"><iframe src=\"{}/\"></iframe>",
            framed_server.origin
        ),
    );
    let host_server = StaticServer::start(&host.0);
    let browser = Browser::launch(Launch::default());
    // `localhost` against the frame's `127.0.0.1`: another site, as in the embed tests.
    browser.goto(&(host_server.origin.replace("127.0.0.1", "localhost") + "/"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut seen = Vec::new();
    while seen.len() < 2 && std::time::Instant::now() < deadline {
        seen.extend(browser.console_errors());
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(
        seen.iter().any(|m| m.contains("logged in the frame"))
            && seen.iter().any(|m| m.contains("thrown in the frame")),
        "{seen:?}"
    );
}
