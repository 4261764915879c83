//! Installing the tools the build and the tests need, skipping whatever is already present, and writing
//! nothing outside the project's `target/` and the per-user tool cache (`tool_cache`): Trunk,
//! wasm-bindgen-cli and geckodriver are used from PATH when it has the right version, else from (or
//! installed into) the cache; wasm-opt and axe-core come from npm into `target/tools/`; the browsers from
//! the system's packages (`system_packages`), installed in the background while the Rust tools build.
//!
//! Versions are pinned where a wrong one silently breaks the page: Trunk 0.21.14 (0.22 needs a newer rustc),
//! wasm-bindgen-cli exactly as in Cargo.lock, and wasm-opt from binaryen 132 (older binaryen emits a module
//! that fails in the browser).

use std::path::{Path, PathBuf};

use crate::engines::Engine;
use crate::run::{output_of, run, run_timed, Step};
use crate::system_packages;
use crate::tool_cache::{self, compose_path, find_on_path, reports_version, CachedTool};
use crate::toolchain;

const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_VERSION: &str = "132";
const AXE_VERSION: &str = "4.14.1";
const GECKODRIVER_VERSION: &str = "0.37.1";

/// What the caller is about to do.
#[derive(Clone, PartialEq, Eq)]
pub enum Needs {
    /// Build and serve the article.
    Build,
    /// Build, and drive every engine in tests (`cargo xtask setup`).
    Everything,
    /// Build, and drive these engines in tests.
    Engines(Vec<Engine>),
}

impl Needs {
    fn engines(&self) -> &[Engine] {
        match self {
            Needs::Build => &[],
            Needs::Everything => &Engine::ALL,
            Needs::Engines(engines) => engines,
        }
    }
}

/// Where the tools are: the PATH to run them with and the browsers' programs (absolute paths; empty for
/// an engine not needed).
pub struct Tools {
    pub path: String,
    pub chromium: String,
    pub chromedriver: String,
    pub firefox: String,
    pub geckodriver: String,
    pub webkit_driver: String,
    pub minibrowser: String,
    /// axe-core's script, which the accessibility tests run in the pages (tests only).
    pub axe_script: PathBuf,
}

/// A tool built with `cargo install` into the per-user cache (see `tool_cache`).
struct CargoTool {
    krate: &'static str,
    version: String,
    /// Its programs the project runs; each must report `version`.
    programs: &'static [&'static str],
    /// How long a cold install takes here.
    takes: &'static str,
    /// Try `--locked`, then resolve afresh if that fails.
    locked_then_fresh: bool,
}

/// Where a cargo tool at the right version is.
enum Found {
    /// On the inherited PATH: used as it is.
    OnPath,
    /// In the cache.
    Cached(CachedTool),
    /// Nowhere yet: to install into the cache.
    Missing(CachedTool),
}

/// The workspace's root folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")
        })
        .join("bin")
}

pub fn ensure_tools(needs: Needs) -> Result<Tools, String> {
    let root = workspace_root();
    let engines = needs.engines().to_vec();
    let binaryen_dir = root.join("target/tools/binaryen");
    let inherited = std::env::var_os("PATH").unwrap_or_default();
    let first = vec![binaryen_dir.join("node_modules/.bin")];
    // The PATH as the user has it (with the project's wasm-opt), to find what is already present.
    let user_path = compose_path(&first, &inherited, &cargo_bin())?;

    toolchain::check_rustc(&root, &user_path)?;
    toolchain::ensure_rust_parts(&user_path, needs != Needs::Build)?;

    let cache = tool_cache::cache_root()?;
    let mut cargo_tools = vec![
        CargoTool {
            krate: "trunk",
            version: TRUNK_VERSION.to_string(),
            programs: &["trunk"],
            takes: "about 11 minutes on 2 cores",
            locked_then_fresh: false,
        },
        CargoTool {
            krate: "wasm-bindgen-cli",
            version: locked_wasm_bindgen_version(&root)?,
            programs: &["wasm-bindgen", "wasm-bindgen-test-runner"],
            takes: "about 4 minutes",
            locked_then_fresh: true,
        },
    ];
    if engines.contains(&Engine::Firefox) {
        cargo_tools.push(CargoTool {
            krate: "geckodriver",
            version: GECKODRIVER_VERSION.to_string(),
            programs: &["geckodriver"],
            takes: "about 2 minutes",
            locked_then_fresh: false,
        });
    }
    let found: Vec<Found> = cargo_tools
        .iter()
        .map(|tool| find_cargo_tool(tool, &cache, &user_path))
        .collect();

    let missing_packages = system_packages::missing_here(&engines, &user_path);
    let building = found.iter().any(|f| matches!(f, Found::Missing(_)));
    let apt = system_packages::start_install(
        &missing_packages,
        &user_path,
        building,
        &root.join("target/tools/apt-get.log"),
    )?;
    // Whatever happens to the Rust tools, wait for apt-get (never leave it running unattended).
    let built = install_cargo_tools(&cargo_tools, found, first, &inherited);
    let installed = apt.finish();
    let path = built?;
    installed?;

    ensure_wasm_opt(&binaryen_dir, &path)?;
    let axe_dir = root.join("target/tools/axe");
    let axe_script = axe_dir.join("node_modules/axe-core/axe.min.js");
    if !engines.is_empty() {
        ensure_axe(&axe_dir, &axe_script, &path)?;
    }
    let browsers = system_packages::browsers(&engines, &path)?;
    let geckodriver = if engines.contains(&Engine::Firefox) {
        find_on_path("geckodriver", &path)
            .map(|p| p.to_string_lossy().to_string())
            .ok_or("geckodriver is missing after setting up")?
    } else {
        String::new()
    };
    Ok(Tools {
        path,
        chromium: browsers.chromium,
        chromedriver: browsers.chromedriver,
        firefox: browsers.firefox,
        geckodriver,
        webkit_driver: browsers.webkit_driver,
        minibrowser: browsers.minibrowser,
        axe_script,
    })
}

/// Whether every program of `tool` reports its version, each run as `program(name)`.
fn reports(tool: &CargoTool, program: impl Fn(&str) -> String, path: &str) -> bool {
    tool.programs.iter().all(|name| {
        output_of(&program(name), &["--version"], path)
            .is_some_and(|line| reports_version(&line, name, &tool.version))
    })
}

fn find_cargo_tool(tool: &CargoTool, cache: &Path, path: &str) -> Found {
    if reports(tool, |name| name.to_string(), path) {
        return Found::OnPath;
    }
    let cached = CachedTool::new(cache, tool.krate, &tool.version);
    if reports(
        tool,
        |name| cached.program(name).to_string_lossy().to_string(),
        path,
    ) {
        Found::Cached(cached)
    } else {
        Found::Missing(cached)
    }
}

/// Installs the missing tools into the cache and returns the PATH for the project's commands: `first`,
/// then the cache folders of the tools found or installed there, then the inherited PATH.
fn install_cargo_tools(
    tools: &[CargoTool],
    found: Vec<Found>,
    mut first: Vec<PathBuf>,
    inherited: &std::ffi::OsStr,
) -> Result<String, String> {
    for (tool, found) in tools.iter().zip(found) {
        match found {
            Found::OnPath => {}
            Found::Cached(cached) => first.push(cached.bin()),
            Found::Missing(cached) => {
                install_cargo_tool(tool, &cached, inherited)?;
                first.push(cached.bin());
            }
        }
    }
    compose_path(&first, inherited, &cargo_bin())
}

fn install_cargo_tool(
    tool: &CargoTool,
    cached: &CachedTool,
    inherited: &std::ffi::OsStr,
) -> Result<(), String> {
    let path = compose_path(&[], inherited, &cargo_bin())?;
    let root = cached.root.to_string_lossy().to_string();
    let exact = format!("={}", tool.version);
    let title = format!(
        "Installing {} {} into {root} ({})",
        tool.krate, tool.version, tool.takes
    );
    let step = |title: &str, locked: bool| {
        Step::new(title, "cargo")
            .args(["install", tool.krate, "--version", &exact, "--root", &root])
            .args(locked.then_some("--locked"))
            .path(&path)
    };
    // What to do when crates.io cannot be reached (offline) or the build fails.
    let advise = |problem: String| {
        format!(
            "{problem}\n{krate} {version} is built from crates.io: check that this machine can reach it, \
             then run this again; or install {krate} {version} yourself and put it on your PATH (a tool on \
             PATH at that version is used as it is)",
            krate = tool.krate,
            version = tool.version
        )
    };
    let result = run_timed(step(&title, true));
    if result.is_err() && tool.locked_then_fresh {
        // Some releases pin a dependency version the registry no longer has; resolve afresh instead.
        run_timed(step(
            &format!("{title}, resolving dependencies afresh"),
            false,
        ))
        .map_err(advise)?;
    } else {
        result.map_err(advise)?;
    }
    if reports(
        tool,
        |name| cached.program(name).to_string_lossy().to_string(),
        &path,
    ) {
        // cargo install suggests adding the folder to PATH: xtask does, for the project's commands only.
        eprintln!("    (xtask puts {root}/bin on the PATH of the project's commands; yours is left as it is)");
        Ok(())
    } else {
        Err(format!(
            "{} {} does not report its version after installing; remove {root} and run this again",
            tool.krate, tool.version
        ))
    }
}

/// The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
pub fn locked_wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock =
        std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".to_string())
}

fn ensure_wasm_opt(binaryen_dir: &Path, path: &str) -> Result<(), String> {
    let wanted = format!("version {BINARYEN_VERSION}");
    if output_of("wasm-opt", &["--version"], path).is_some_and(|v| v.contains(&wanted)) {
        return Ok(());
    }
    npm_install(
        binaryen_dir,
        &format!("binaryen@{BINARYEN_VERSION}"),
        "wasm-opt",
        path,
    )?;
    match output_of("wasm-opt", &["--version"], path) {
        Some(v) if v.contains(&wanted) => Ok(()),
        other => Err(format!("wasm-opt reports {other:?}, expected {wanted}")),
    }
}

fn ensure_axe(dir: &Path, script: &Path, path: &str) -> Result<(), String> {
    let package = dir.join("node_modules/axe-core/package.json");
    let installed = std::fs::read_to_string(&package)
        .is_ok_and(|text| text.contains(&format!("\"version\": \"{AXE_VERSION}\"")));
    if installed && script.is_file() {
        return Ok(());
    }
    npm_install(
        dir,
        &format!("axe-core@{AXE_VERSION}"),
        "axe-core (accessibility tests)",
        path,
    )?;
    if script.is_file() {
        Ok(())
    } else {
        Err(format!("{} is missing after npm install", script.display()))
    }
}

/// Installs the npm `package` (`name@version`) into `prefix`, for `what` the project needs.
pub fn npm_install(prefix: &Path, package: &str, what: &str, path: &str) -> Result<(), String> {
    std::fs::create_dir_all(prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
    let prefix_text = prefix.to_string_lossy().to_string();
    run(
        Step::new(&format!("Installing {what} ({package}) from npm"), "npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--prefix",
                &prefix_text,
                package,
            ])
            .path(path),
    )
    .map_err(|e| {
        format!("{e}\n{what} comes from npm: install Node.js with npm, then run this again")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tool_that_cannot_be_installed_says_what_to_do() {
        let folder = std::env::temp_dir().join(format!("xtask-install-{}", std::process::id()));
        let tool = CargoTool {
            krate: "trunk",
            version: "0.0.0-never-published".into(),
            programs: &["trunk"],
            takes: "no time",
            locked_then_fresh: false,
        };
        let cached = CachedTool::new(&folder, tool.krate, &tool.version);
        let inherited = std::env::var_os("PATH").unwrap_or_default();
        // Whether crates.io answers "no such version" or cannot be reached, the install fails.
        let problem = install_cargo_tool(&tool, &cached, &inherited).unwrap_err();
        assert!(
            problem.contains("trunk 0.0.0-never-published is built from crates.io")
                && problem.contains("check that this machine can reach it")
                && problem.contains("put it on your PATH"),
            "{problem}"
        );
        assert!(!cached.root.join("bin").exists());
    }
}
