//! Installing the tools the build and the tests need, skipping whatever is already present.
//!
//! Versions are pinned where a wrong one silently breaks the page: Trunk 0.21.14 (0.22 needs a newer rustc),
//! wasm-bindgen-cli exactly as in Cargo.lock, and wasm-opt from binaryen 132 (older binaryen emits a module
//! that fails in the browser).

use std::path::{Path, PathBuf};

use crate::run::{output_of, run, Step};

const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_VERSION: &str = "132";
const AXE_VERSION: &str = "4.14.1";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// What the caller is about to do.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Build and serve the article.
    Build,
    /// Build and also drive a real browser in tests.
    Everything,
}

/// Where the tools are: the PATH to run them with and the browser's programs.
pub struct Tools {
    pub path: String,
    pub chromium: String,
    pub chromedriver: String,
    /// axe-core's script, which the accessibility tests run in the pages (tests only).
    pub axe_script: PathBuf,
}

/// The workspace's root folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

pub fn ensure_tools(needs: Needs) -> Result<Tools, String> {
    let root = workspace_root();
    let binaryen_dir = root.join("target/tools/binaryen");
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"))
        .join("bin");
    let path = std::env::join_paths(
        [binaryen_dir.join("node_modules/.bin"), cargo_bin]
            .into_iter()
            .chain(std::env::split_paths(
                &std::env::var_os("PATH").unwrap_or_default(),
            )),
    )
    .map_err(|e| format!("cannot build PATH: {e}"))?
    .to_string_lossy()
    .to_string();

    ensure_wasm_target(&path)?;
    ensure_trunk(&path)?;
    ensure_wasm_bindgen(&root, &path)?;
    ensure_wasm_opt(&binaryen_dir, &path)?;
    let axe_dir = root.join("target/tools/axe");
    let axe_script = axe_dir.join("node_modules/axe-core/axe.min.js");
    let (chromium, chromedriver) = match needs {
        Needs::Everything => {
            ensure_axe(&axe_dir, &axe_script, &path)?;
            ensure_browser(&path)?
        }
        Needs::Build => (String::new(), String::new()),
    };
    Ok(Tools {
        path,
        chromium,
        chromedriver,
        axe_script,
    })
}

fn ensure_wasm_target(path: &str) -> Result<(), String> {
    let installed = std::process::Command::new("rustup")
        .args(["target", "list", "--installed"])
        .env("PATH", path)
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == WASM_TARGET)
        })
        .unwrap_or(false);
    if installed {
        return Ok(());
    }
    run(Step::new("Installing the wasm32 target", "rustup")
        .args(["target", "add", WASM_TARGET])
        .path(path))
}

fn ensure_trunk(path: &str) -> Result<(), String> {
    if output_of("trunk", &["--version"], path)
        .is_some_and(|v| v == format!("trunk {TRUNK_VERSION}"))
    {
        return Ok(());
    }
    run(Step::new(
        &format!("Installing Trunk {TRUNK_VERSION} (about 11 minutes on 2 cores)"),
        "cargo",
    )
    .args([
        "install",
        "--locked",
        "trunk",
        "--version",
        TRUNK_VERSION,
        "--force",
    ])
    .path(path))
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

fn ensure_wasm_bindgen(root: &Path, path: &str) -> Result<(), String> {
    let version = locked_wasm_bindgen_version(root)?;
    let present = |program: &str| {
        output_of(program, &["--version"], path)
            .is_some_and(|v| v == format!("{program} {version}"))
    };
    if present("wasm-bindgen") && present("wasm-bindgen-test-runner") {
        return Ok(());
    }
    let title = format!("Installing wasm-bindgen-cli {version} (about 4 minutes)");
    let exact = format!("={version}");
    let locked = run(Step::new(&title, "cargo")
        .args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &exact,
            "--locked",
            "--force",
        ])
        .path(path));
    if locked.is_ok() {
        return Ok(());
    }
    // Some releases pin a dependency version the registry no longer has; resolve afresh instead.
    run(
        Step::new(&format!("{title}, resolving dependencies afresh"), "cargo")
            .args([
                "install",
                "wasm-bindgen-cli",
                "--version",
                &exact,
                "--force",
            ])
            .path(path),
    )
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

fn ensure_browser(path: &str) -> Result<(String, String), String> {
    let find = |names: &[&str]| {
        names
            .iter()
            .find(|n| output_of(n, &["--version"], path).is_some())
            .map(|n| n.to_string())
    };
    let browsers = ["chromium", "chromium-browser", "google-chrome"];
    if let (Some(chromium), Some(driver)) = (find(&browsers), find(&["chromedriver"])) {
        return Ok((chromium, driver));
    }
    let is_root = output_of("id", &["-u"], path).is_some_and(|u| u == "0");
    if !is_root {
        return Err("Chromium and chromedriver are needed for the browser tests. Install them, e.g. on Debian or \
             Ubuntu: `sudo apt-get install chromium chromium-driver`, then run this again."
            .to_string());
    }
    run(Step::new("Updating the package lists", "apt-get")
        .args(["update", "-q"])
        .path(path))?;
    run(Step::new("Installing Chromium and chromedriver", "apt-get")
        .args(["install", "-y", "-q", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .path(path))?;
    match (find(&browsers), find(&["chromedriver"])) {
        (Some(chromium), Some(driver)) => Ok((chromium, driver)),
        _ => Err("Chromium or chromedriver is still missing after apt-get install".to_string()),
    }
}
