//! The test harness itself: what the other tests rely on to be able to fail.

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::site::OnePageSite;

#[test]
fn console_errors_in_a_frame_from_another_site_are_seen() {
    let framed = OnePageSite::serve(
        "<!doctype html><link rel=\"icon\" href=\"data:,\"><script>console.error('logged in the frame'); \
         setTimeout(() => { throw new Error('thrown in the frame'); }, 100);</script>",
    );
    let host = OnePageSite::serve(&format!(
        "<!doctype html><link rel=\"icon\" href=\"data:,\"><iframe src=\"{}/\"></iframe>",
        framed.server.origin
    ));
    let browser = Browser::launch(Launch::default());
    // `localhost` against the frame's `127.0.0.1`: another site, as in the embed tests.
    browser.goto(&host.url_on_another_site());
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

#[test]
#[ignore = "fails on purpose: `a_failing_test_names_the_engine_it_ran_in` runs it and reads its report"]
fn a_deliberately_failing_check() {
    let browser = Browser::launch(Launch::default());
    let sum = browser.eval("return 1 + 1", vec![]);
    assert_eq!(sum, serde_json::json!(3), "a deliberate failure");
}

#[test]
fn a_failing_test_names_the_engine_it_ran_in() {
    let engine = e2e_tests::engine::Engine::current();
    let output = std::process::Command::new(std::env::current_exe().expect("this test binary"))
        .args([
            "--ignored",
            "--exact",
            "a_deliberately_failing_check",
            "--test-threads=1",
        ])
        .env("E2E_ENGINE", engine.key())
        .output()
        .expect("the test binary runs again");
    let report = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "the deliberate failure passed:\n{report}"
    );
    assert!(
        report.contains("a deliberate failure")
            && report.contains(&format!(
                "[engine: {engine}] this failure happened in {engine}"
            )),
        "the report does not name {engine}:\n{report}"
    );
}
