//! The project's commands, run with `cargo xtask <command>`:
//!
//! - `setup`: install whatever is missing (wasm target, Trunk, wasm-bindgen-cli, wasm-opt, Chromium + chromedriver)
//! - `serve`: set up, then serve the article with live reload on http://127.0.0.1:8080
//! - `test`: set up, then run every check and test (format, lints, native, browser, end-to-end)
//! - `dist`: set up, then build the release into `dist/`
//! - `bench`: build the release and measure transfer size, redraw time and Lighthouse into docs/BENCHMARKS.md

mod bench;
mod on_demand;
mod run;
mod tools;

use std::process::ExitCode;

use run::{run, Step};
use tools::{ensure_tools, Needs};

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "setup" => ensure_tools(Needs::Everything).map(|_| ()),
        "serve" => serve(),
        "test" => test(),
        "dist" => dist(),
        "bench" => ensure_tools(Needs::Everything).and_then(|tools| {
            build_release(&tools.path)?;
            bench::bench(&tools)
        }),
        _ => {
            eprintln!("usage: cargo xtask <setup|serve|test|dist|bench>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("\nxtask {command}: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn serve() -> Result<(), String> {
    let tools = ensure_tools(Needs::Build)?;
    run(
        Step::new("Serving on http://127.0.0.1:8080 (live reload)", "trunk")
            .args(["serve"])
            .path(&tools.path),
    )
}

/// Builds the release; extra arguments go to `trunk build` (e.g. `--public-url /sub/path/`).
fn dist() -> Result<(), String> {
    let tools = ensure_tools(Needs::Build)?;
    let extra: Vec<String> = std::env::args().skip(2).collect();
    run(Step::new("Release build into dist/", "trunk")
        .args(["build", "--release"])
        .args(&extra)
        .path(&tools.path))
}

fn build_release(path: &str) -> Result<(), String> {
    run(Step::new("Release build into dist/", "trunk")
        .args(["build", "--release"])
        .path(path))
}

fn test() -> Result<(), String> {
    let tools = ensure_tools(Needs::Everything)?;
    let path = tools.path.as_str();
    run(Step::new("Formatting", "cargo").args(["fmt", "--all", "--", "--check"]))?;
    run(Step::new("Lints (native)", "cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(Step::new("Lints (WebAssembly)", "cargo").args([
        "clippy",
        "--target",
        "wasm32-unknown-unknown",
        "--lib",
        "--bins",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(Step::new("Native tests", "cargo").args([
        "test",
        "--workspace",
        "--exclude",
        "e2e-tests",
    ]))?;
    run(Step::new("Component tests in headless Chromium", "cargo")
        .args([
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "web",
        ])
        .path(path)
        .env("CHROMEDRIVER", &tools.chromedriver))?;
    build_release(path)?;
    run(Step::new("End-to-end tests against dist/", "cargo")
        .args(["test", "--package", "e2e-tests", "--", "--test-threads=2"])
        .env("CHROMEDRIVER", &tools.chromedriver)
        .env("AXE_CORE", &tools.axe_script.to_string_lossy())
        .env("CHROMIUM", &tools.chromium))
}
