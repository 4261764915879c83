//! The Rust toolchain the project needs: a rustc at least as new as the `rust-version` the root Cargo.toml
//! declares (and no dependency declaring a newer one), the `wasm32-unknown-unknown` target, and the
//! `rustfmt` and `clippy` components. rustup adds what is missing; without rustup (or offline) the error
//! says exactly what to run.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::run::{output_of, run, Step};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The components `cargo xtask test` uses (`cargo fmt`, `cargo clippy`).
const COMPONENTS: [&str; 2] = ["rustfmt", "clippy"];

/// A Rust release, `major.minor.patch` (a missing patch is 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RustVersion(u32, u32, u32);

impl RustVersion {
    /// Reads `1.89`, `1.89.0`, `1.96.0-nightly`.
    pub fn parse(text: &str) -> Option<RustVersion> {
        let core = text.trim().split(['-', '+']).next()?;
        let mut parts = core.split('.').map(|p| p.parse::<u32>().ok());
        let major = parts.next()??;
        let minor = parts.next()??;
        let patch = match parts.next() {
            Some(patch) => patch?,
            None => 0,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(RustVersion(major, minor, patch))
    }

    /// The version in `rustc --version`'s line (`rustc 1.95.0 (59807616e 2026-04-14)`).
    pub fn of_rustc(line: &str) -> Option<RustVersion> {
        let mut words = line.split_whitespace();
        (words.next()? == "rustc")
            .then(|| words.next())
            .flatten()
            .and_then(RustVersion::parse)
    }
}

impl std::fmt::Display for RustVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RustVersion(major, minor, 0) => write!(f, "{major}.{minor}"),
            RustVersion(major, minor, patch) => write!(f, "{major}.{minor}.{patch}"),
        }
    }
}

/// The `rust-version` in the `[package]` table of a Cargo.toml's text.
pub fn declared_rust_version(manifest: &str) -> Option<RustVersion> {
    let mut in_package = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package {
            if let Some((key, value)) = line.split_once('=') {
                if key.trim() == "rust-version" {
                    let value = value.split('#').next()?.trim().trim_matches('"');
                    return RustVersion::parse(value);
                }
            }
        }
    }
    None
}

/// The project's `rust-version`, from the root Cargo.toml.
pub fn project_rust_version(root: &Path) -> Result<RustVersion, String> {
    let manifest = root.join("Cargo.toml");
    let text =
        std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    declared_rust_version(&text)
        .ok_or_else(|| format!("{} declares no rust-version", manifest.display()))
}

/// The error for an active rustc older than the project's `rust-version`, if it is.
pub fn rustc_problem(rustc: RustVersion, needed: RustVersion) -> Option<String> {
    (rustc < needed).then(|| {
        format!(
            "this project needs Rust ≥ {needed}; run `rustup update` (the active rustc is {rustc})"
        )
    })
}

/// Checks that the rustc on `path` is at least the project's `rust-version`.
pub fn check_rustc(root: &Path, path: &str) -> Result<(), String> {
    let needed = project_rust_version(root)?;
    let line = output_of("rustc", &["--version"], path).ok_or_else(|| {
        format!("rustc was not found: this project needs Rust ≥ {needed}; install it with rustup (https://rustup.rs)")
    })?;
    let rustc = RustVersion::of_rustc(&line)
        .ok_or_else(|| format!("cannot read rustc's version from `{line}`"))?;
    rustc_problem(rustc, needed).map_or(Ok(()), Err)
}

/// A package of the build whose declared `rust-version` is newer than `ours`.
#[derive(Debug, PartialEq)]
pub struct TooNew {
    pub name: String,
    pub version: String,
    pub rust_version: String,
}

/// The packages in `cargo metadata --format-version 1`'s output that declare a newer Rust than `ours`.
pub fn packages_newer_than(metadata: &Value, ours: RustVersion) -> Result<Vec<TooNew>, String> {
    let packages = metadata["packages"]
        .as_array()
        .ok_or("cargo metadata lists no packages")?;
    let mut too_new = Vec::new();
    for package in packages {
        let Some(declared) = package["rust_version"].as_str() else {
            continue;
        };
        let field = |key: &str| package[key].as_str().unwrap_or("?").to_string();
        let newer = RustVersion::parse(declared).is_none_or(|theirs| theirs > ours);
        if newer {
            too_new.push(TooNew {
                name: field("name"),
                version: field("version"),
                rust_version: declared.to_string(),
            });
        }
    }
    Ok(too_new)
}

/// The error naming every package in `too_new`, if any.
pub fn dependency_problem(too_new: &[TooNew], ours: RustVersion) -> Option<String> {
    if too_new.is_empty() {
        return None;
    }
    let list: Vec<String> = too_new
        .iter()
        .map(|p| format!("  {} {} needs Rust ≥ {}", p.name, p.version, p.rust_version))
        .collect();
    Some(format!(
        "the project declares rust-version = \"{ours}\" (Cargo.toml), but these packages of its build need a newer Rust:\n{}\n\
         Raise rust-version in Cargo.toml and xtask/Cargo.toml to the newest of them, or pin older versions \
         (`cargo update -p <name> --precise <version>`).",
        list.join("\n")
    ))
}

/// The check `cargo xtask test` runs first: no package of the resolved build (`cargo metadata`) declares a
/// newer Rust than the project's `rust-version`, and the active rustc is at least that.
pub fn check_rust_versions(root: &Path, path: &str) -> Result<(), String> {
    let ours = project_rust_version(root)?;
    let output = Command::new("cargo")
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root)
        .env("PATH", path)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("cargo metadata could not start: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let metadata: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("cargo metadata's output: {e}"))?;
    let too_new = packages_newer_than(&metadata, ours)?;
    if let Some(problem) = dependency_problem(&too_new, ours) {
        return Err(problem);
    }
    check_rustc(root, path)?;
    let count = metadata["packages"].as_array().map_or(0, Vec::len);
    eprintln!("rust-version {ours}: the active rustc and all {count} packages of the build agree");
    Ok(())
}

/// Whether `listed` (`rustup component list --installed` or `rustup target list --installed`) names
/// `component` (listed with its host triple, e.g. `clippy-x86_64-unknown-linux-gnu`).
pub fn lists(listed: &str, component: &str) -> bool {
    listed.lines().map(str::trim).any(|line| {
        line == component
            || line
                .strip_prefix(component)
                .is_some_and(|rest| rest.starts_with('-'))
    })
}

/// What to run by hand when rustup cannot add `missing`.
fn rustup_commands(target_missing: bool, components: &[&str]) -> String {
    let mut commands = Vec::new();
    if target_missing {
        commands.push(format!("rustup target add {WASM_TARGET}"));
    }
    if !components.is_empty() {
        commands.push(format!("rustup component add {}", components.join(" ")));
    }
    commands
        .iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// Adds the wasm32 target (always) and the rustfmt and clippy components (`with_components`) when missing.
pub fn ensure_rust_parts(path: &str, with_components: bool) -> Result<(), String> {
    let installed = |what: &str| output_all("rustup", &[what, "list", "--installed"], path);
    let (Some(targets), Some(components)) = (installed("target"), installed("component")) else {
        return without_rustup(path, with_components);
    };
    let target_missing = !lists(&targets, WASM_TARGET);
    let missing: Vec<&str> = COMPONENTS
        .into_iter()
        .filter(|c| with_components && !lists(&components, c))
        .collect();
    if target_missing {
        run(
            Step::new(&format!("Adding the {WASM_TARGET} target"), "rustup")
                .args(["target", "add", WASM_TARGET])
                .path(path),
        )
        .map_err(|e| rustup_failed(e, target_missing, &missing))?;
    }
    if !missing.is_empty() {
        run(Step::new(
            &format!("Adding the {} components", missing.join(" and ")),
            "rustup",
        )
        .args(["component", "add"])
        .args(&missing)
        .path(path))
        .map_err(|e| rustup_failed(e, false, &missing))?;
    }
    Ok(())
}

fn rustup_failed(error: String, target_missing: bool, components: &[&str]) -> String {
    format!(
        "{error}\nrustup could not add them (offline?). When online, run {}, then run this again.",
        rustup_commands(target_missing, components)
    )
}

/// Without rustup, checks the toolchain on `path` has the parts, and says what to install if not.
fn without_rustup(path: &str, with_components: bool) -> Result<(), String> {
    let target_missing = output_all("rustc", &["--print", "sysroot"], path).is_none_or(|sysroot| {
        !Path::new(sysroot.trim())
            .join("lib/rustlib")
            .join(WASM_TARGET)
            .is_dir()
    });
    let missing: Vec<&str> = COMPONENTS
        .into_iter()
        .filter(|c| {
            let subcommand = if *c == "rustfmt" { "fmt" } else { "clippy" };
            with_components && output_of("cargo", &[subcommand, "--version"], path).is_none()
        })
        .collect();
    if !target_missing && missing.is_empty() {
        return Ok(());
    }
    let mut parts: Vec<String> = missing.iter().map(|c| c.to_string()).collect();
    if target_missing {
        parts.insert(0, format!("the {WASM_TARGET} target"));
    }
    Err(format!(
        "this Rust installation lacks {} and rustup was not found to add them. Install rustup \
         (https://rustup.rs) and run {}, or add them with your Rust distribution's packages; then run this again.",
        parts.join(", "),
        rustup_commands(target_missing, &missing)
    ))
}

/// Everything a program prints on stdout for `args`, if it runs and succeeds.
fn output_all(program: &str, args: &[&str], path: &str) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .env("PATH", path)
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn versions_parse_with_or_without_a_patch() {
        assert_eq!(RustVersion::parse("1.89"), Some(RustVersion(1, 89, 0)));
        assert_eq!(RustVersion::parse("1.89.0"), Some(RustVersion(1, 89, 0)));
        assert_eq!(RustVersion::parse("1.96.1"), Some(RustVersion(1, 96, 1)));
        assert_eq!(
            RustVersion::parse("1.97.0-nightly"),
            Some(RustVersion(1, 97, 0))
        );
        assert_eq!(RustVersion::parse("1"), None);
        assert_eq!(RustVersion::parse("1.x"), None);
        assert_eq!(RustVersion::parse("1.2.3.4"), None);
        assert_eq!(RustVersion::parse(""), None);
        assert_eq!(RustVersion(1, 89, 0).to_string(), "1.89");
        assert_eq!(RustVersion(1, 96, 1).to_string(), "1.96.1");
    }

    #[test]
    fn versions_order_numerically() {
        let v = |s| RustVersion::parse(s).unwrap();
        assert!(v("1.89") < v("1.100"));
        assert!(v("1.89") == v("1.89.0"));
        assert!(v("1.89.1") > v("1.89"));
    }

    #[test]
    fn rustc_reports_its_version() {
        assert_eq!(
            RustVersion::of_rustc("rustc 1.95.0 (59807616e 2026-04-14)"),
            Some(RustVersion(1, 95, 0))
        );
        assert_eq!(
            RustVersion::of_rustc("rustc 1.97.0-nightly (abcdef 2026-11-01)"),
            Some(RustVersion(1, 97, 0))
        );
        assert_eq!(RustVersion::of_rustc("cargo 1.95.0"), None);
    }

    #[test]
    fn the_declared_version_is_read_from_the_package_table() {
        let manifest =
            "[package]\nname = \"x\"\nrust-version = \"1.89\" # the newest dependency's\n\n\
                        [dependencies]\nrust-version = \"9.9\"\n";
        assert_eq!(declared_rust_version(manifest), Some(RustVersion(1, 89, 0)));
        assert_eq!(declared_rust_version("[package]\nname = \"x\"\n"), None);
        assert_eq!(
            declared_rust_version(
                "[workspace]\nrust-version = \"1.80\"\n[package]\nname = \"x\"\n"
            ),
            None
        );
    }

    #[test]
    fn this_workspace_declares_a_version_its_xtask_shares() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let ours = project_rust_version(root).unwrap();
        assert_eq!(
            RustVersion::parse(env!("CARGO_PKG_RUST_VERSION")),
            Some(ours),
            "xtask/Cargo.toml's rust-version must equal the root Cargo.toml's"
        );
    }

    #[test]
    fn an_old_rustc_is_told_to_update() {
        let needed = RustVersion(1, 89, 0);
        assert_eq!(rustc_problem(RustVersion(1, 89, 0), needed), None);
        assert_eq!(rustc_problem(RustVersion(1, 95, 0), needed), None);
        let problem = rustc_problem(RustVersion(1, 85, 1), needed).unwrap();
        assert!(
            problem.starts_with("this project needs Rust ≥ 1.89; run `rustup update`"),
            "{problem}"
        );
        assert!(problem.contains("1.85.1"), "{problem}");
    }

    #[test]
    fn dependencies_declaring_a_newer_rust_are_named() {
        let metadata = json!({ "packages": [
            { "name": "leptos", "version": "0.8.23", "rust_version": "1.88" },
            { "name": "uuid", "version": "1.29.1", "rust_version": "1.89.0" },
            { "name": "old", "version": "1.0.0", "rust_version": null },
            { "name": "future", "version": "2.0.0", "rust_version": "1.96" },
        ]});
        let ours = RustVersion(1, 89, 0);
        let too_new = packages_newer_than(&metadata, ours).unwrap();
        assert_eq!(
            too_new,
            vec![TooNew {
                name: "future".into(),
                version: "2.0.0".into(),
                rust_version: "1.96".into()
            }]
        );
        let problem = dependency_problem(&too_new, ours).unwrap();
        assert!(problem.contains("rust-version = \"1.89\""), "{problem}");
        assert!(
            problem.contains("future 2.0.0 needs Rust ≥ 1.96"),
            "{problem}"
        );
        assert_eq!(dependency_problem(&[], ours), None);
        assert!(packages_newer_than(&json!({}), ours).is_err());
    }

    #[test]
    fn installed_components_are_recognised_by_name() {
        let listed = "cargo-x86_64-unknown-linux-gnu\nclippy-x86_64-unknown-linux-gnu\n\
                      rust-std-wasm32-unknown-unknown\nrustc-x86_64-unknown-linux-gnu\n";
        assert!(lists(listed, "clippy"));
        assert!(!lists(listed, "rustfmt"));
        // `rust-std-…` is not `rust-src`, and `rustc-…` is not `rustfmt`.
        assert!(!lists(listed, "rust-src"));
        assert!(lists(
            "wasm32-unknown-unknown\nx86_64-unknown-linux-gnu\n",
            WASM_TARGET
        ));
        assert!(!lists("x86_64-unknown-linux-gnu\n", WASM_TARGET));
    }

    #[test]
    fn the_commands_to_run_by_hand_are_exact() {
        assert_eq!(
            rustup_commands(true, &["rustfmt", "clippy"]),
            "`rustup target add wasm32-unknown-unknown` and `rustup component add rustfmt clippy`"
        );
        assert_eq!(
            rustup_commands(false, &["clippy"]),
            "`rustup component add clippy`"
        );
    }
}
