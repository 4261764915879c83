//! The project's commands, run with `cargo xtask <command>`:
//!
//! - `setup`: install whatever is missing (wasm target, rustfmt, clippy, Trunk, wasm-bindgen-cli, wasm-opt, and
//!   the three engines: Chromium + chromedriver, Firefox ESR + geckodriver, WebKitGTK + its driver + Xvfb)
//! - `serve`: set up, then serve the article with live reload on http://127.0.0.1:8080
//! - `test [--engine chromium,firefox,webkit]`: set up, then run every check and test (Rust versions, format,
//!   lints, native, component tests in the browsers, end-to-end tests once per engine)
//! - `dist`: set up, then build the release into `dist/`
//! - `bench`: build the release and measure transfer size, redraw time and Lighthouse into docs/BENCHMARKS.md

mod bench;
mod engines;
mod on_demand;
mod run;
mod system_packages;
mod tool_cache;
mod toolchain;
mod tools;

use std::process::ExitCode;

use engines::{failure_of, select_engines, Engine};
use run::{announce, run, Step};
use tools::{ensure_tools, workspace_root, Needs, Tools};

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "setup" => ensure_tools(Needs::Everything).map(|tools| where_the_tools_are(&tools)),
        "serve" => serve(),
        "test" => test(),
        "dist" => dist(),
        "bench" => ensure_tools(Needs::Engines(vec![Engine::Chromium])).and_then(|tools| {
            build_release(&tools.path)?;
            bench::bench(&tools)
        }),
        _ => {
            eprintln!(
                "usage: cargo xtask <setup|serve|test [--engine chromium|firefox|webkit]…|dist|bench>"
            );
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

/// Lists where each tool the commands use was found.
fn where_the_tools_are(tools: &Tools) {
    announce("Set up; the project's commands use");
    let programs = [
        "trunk",
        "wasm-bindgen",
        "wasm-bindgen-test-runner",
        "wasm-opt",
        "geckodriver",
    ];
    for program in programs {
        if let Some(found) = tool_cache::find_on_path(program, &tools.path) {
            eprintln!("    {program:<26} {}", found.display());
        }
    }
    for (name, found) in [
        ("chromium", &tools.chromium),
        ("chromedriver", &tools.chromedriver),
        ("firefox", &tools.firefox),
        ("WebKitWebDriver", &tools.webkit_driver),
        ("MiniBrowser", &tools.minibrowser),
    ] {
        eprintln!("    {name:<26} {found}");
    }
    eprintln!("    {:<26} {}", "axe-core", tools.axe_script.display());
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

/// `cargo xtask test [--engine <name>[,<name>]…]…`: every check, then the end-to-end tests once per engine
/// (all three unless `--engine` or `E2E_ENGINES` chooses), going on past a failing engine.
fn test() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(2).collect();
    let engines = select_engines(&args, std::env::var("E2E_ENGINES").ok().as_deref())?;
    let names: Vec<&str> = engines.iter().map(|e| e.name()).collect();
    eprintln!("Testing in: {}", names.join(", "));
    let tools = ensure_tools(Needs::Engines(engines.clone()))?;
    let path = tools.path.as_str();
    announce("Rust versions (rust-version against the dependencies and the active rustc)");
    toolchain::check_rust_versions(&workspace_root(), path)?;
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
    for engine in &engines {
        if let Some(step) = component_tests(*engine, &tools)? {
            run(step)?;
        }
    }
    build_release(path)?;
    let mut failed = Vec::new();
    for engine in &engines {
        if let Err(problem) = run(end_to_end_tests(*engine, &tools)) {
            eprintln!("\n{problem}");
            failed.push(*engine);
        }
    }
    failure_of(&failed)
}

/// The variables through which wasm-bindgen-test-runner chooses its WebDriver server (it takes the first
/// set, geckodriver's before chromedriver's): each component test run sets only its own.
const TEST_RUNNER_DRIVERS: [&str; 4] = [
    "GECKODRIVER",
    "SAFARIDRIVER",
    "CHROMEDRIVER",
    "MSEDGEDRIVER",
];

/// The component tests (`tests/web.rs`, through wasm-bindgen-test-runner) in `engine`, if it can run them
/// (it drives Chromium and Firefox, not WebKitGTK).
fn component_tests(engine: Engine, tools: &Tools) -> Result<Option<Step>, String> {
    let mut step = Step::new(
        &format!("Component tests in headless {}", engine.title()),
        "cargo",
    )
    .args([
        "test",
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "web",
    ])
    .path(&tools.path);
    for driver in TEST_RUNNER_DRIVERS {
        step = step
            .env_remove(driver)
            .env_remove(&format!("{driver}_REMOTE"));
    }
    Ok(Some(match engine {
        Engine::Chromium => step.env("CHROMEDRIVER", &tools.chromedriver),
        Engine::Firefox => {
            // The runner adds `-headless`; the capabilities name the Firefox binary, so geckodriver does not
            // have to guess it from PATH.
            let capabilities = workspace_root().join("target/tools/webdriver-firefox.json");
            let json = serde_json::json!({ "moz:firefoxOptions": { "binary": tools.firefox, "args": [] } });
            if let Some(folder) = capabilities.parent() {
                std::fs::create_dir_all(folder)
                    .map_err(|e| format!("{}: {e}", folder.display()))?;
            }
            std::fs::write(&capabilities, json.to_string())
                .map_err(|e| format!("{}: {e}", capabilities.display()))?;
            step.env("GECKODRIVER", &tools.geckodriver).env(
                "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
                &capabilities.to_string_lossy(),
            )
        }
        Engine::Webkit => return Ok(None),
    }))
}

/// The end-to-end suite against `dist/` in `engine`.
fn end_to_end_tests(engine: Engine, tools: &Tools) -> Step {
    let mut step = Step::new(
        &format!("End-to-end tests in {} against dist/", engine.title()),
        "cargo",
    )
    // Every test binary runs even after one fails, so a run reports all that fail in this engine.
    .args([
        "test",
        "--package",
        "e2e-tests",
        "--no-fail-fast",
        "--",
        "--test-threads=2",
    ])
    .path(&tools.path)
    .env("E2E_ENGINE", engine.name())
    .env("AXE_CORE", &tools.axe_script.to_string_lossy());
    for (key, value) in [
        ("CHROMEDRIVER", &tools.chromedriver),
        ("CHROMIUM", &tools.chromium),
        ("GECKODRIVER", &tools.geckodriver),
        ("FIREFOX", &tools.firefox),
        ("WEBKIT_DRIVER", &tools.webkit_driver),
        ("MINIBROWSER", &tools.minibrowser),
    ] {
        if !value.is_empty() {
            step = step.env(key, value);
        }
    }
    step
}
