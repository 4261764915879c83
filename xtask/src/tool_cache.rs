//! The per-user cache of the command-line tools the project installs with `cargo install` (Trunk,
//! wasm-bindgen-cli, geckodriver): `$XDG_CACHE_HOME/japan-us-trade/tools/<tool>-<version>/` (or
//! `~/.cache/…`), each one a `cargo install --root`, so nothing in `~/.cargo/bin` is ever written and two
//! versions of a tool can live side by side. Their `bin/` folders go first on the PATH the project's commands
//! run with, and on no other.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// The folder under the user's cache that holds the project's tools.
const TOOLS_FOLDER: &str = "japan-us-trade/tools";

/// The cache's root folder, from the environment's `XDG_CACHE_HOME` and `HOME`.
pub fn cache_root() -> Result<PathBuf, String> {
    cache_root_from(
        std::env::var_os("XDG_CACHE_HOME").as_deref(),
        std::env::var_os("HOME").as_deref(),
    )
    .ok_or_else(|| {
        "neither XDG_CACHE_HOME nor HOME is set: set one of them so the tools have a cache"
            .to_string()
    })
}

/// The cache's root folder given `XDG_CACHE_HOME` and `HOME`: the XDG base directory rules ignore an
/// empty or relative `XDG_CACHE_HOME` and fall back to `$HOME/.cache`.
pub fn cache_root_from(xdg_cache_home: Option<&OsStr>, home: Option<&OsStr>) -> Option<PathBuf> {
    let usable = |value: Option<&OsStr>| {
        value
            .map(PathBuf::from)
            .filter(|p| !p.as_os_str().is_empty() && p.is_absolute())
    };
    usable(xdg_cache_home)
        .or_else(|| usable(home).map(|home| home.join(".cache")))
        .map(|cache| cache.join(TOOLS_FOLDER))
}

/// One tool at one version in the cache.
pub struct CachedTool {
    /// The `cargo install --root` folder.
    pub root: PathBuf,
}

impl CachedTool {
    /// `tool` (the crate's name) at `version` under the cache's `cache_root`.
    pub fn new(cache_root: &Path, tool: &str, version: &str) -> CachedTool {
        CachedTool {
            root: cache_root.join(format!("{tool}-{version}")),
        }
    }

    /// The folder of its programs, which goes on the PATH.
    pub fn bin(&self) -> PathBuf {
        self.root.join("bin")
    }

    /// The path of one of its programs.
    pub fn program(&self, name: &str) -> PathBuf {
        self.bin()
            .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
    }
}

/// The PATH for the project's commands: `first` (the tool folders in use, in order), then the inherited
/// PATH, then `last` when the inherited PATH lacks it (`~/.cargo/bin`, for rustup's `cargo` and `rustc`).
pub fn compose_path(first: &[PathBuf], inherited: &OsStr, last: &Path) -> Result<String, String> {
    let mut entries: Vec<PathBuf> = first.to_vec();
    let inherited: Vec<PathBuf> = std::env::split_paths(inherited).collect();
    let has_last = inherited.iter().any(|p| p == last);
    entries.extend(inherited);
    if !has_last {
        entries.push(last.to_path_buf());
    }
    std::env::join_paths(entries)
        .map(|p| p.to_string_lossy().to_string())
        .map_err(|e| format!("cannot build PATH: {e}"))
}

/// The version a program prints as the first line of `--version` (`trunk 0.21.14`,
/// `geckodriver 0.37.1 (8ba5e2e 2025-…)`), if that line starts with `program`'s name.
pub fn reported_version<'a>(first_line: &'a str, program: &str) -> Option<&'a str> {
    let mut words = first_line.split_whitespace();
    if words.next()? != program {
        return None;
    }
    let version = words.next()?;
    let version = version.strip_prefix('v').unwrap_or(version);
    version
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(version)
}

/// Whether `first_line` of `program --version` reports exactly `version`.
pub fn reports_version(first_line: &str, program: &str, version: &str) -> bool {
    reported_version(first_line, program) == Some(version)
}

/// The first executable file named `program` on `path`, as an absolute path (or `program` itself when it
/// is already a path to a file).
pub fn find_on_path(program: &str, path: &str) -> Option<PathBuf> {
    if program.contains('/') {
        return Path::new(program).is_file().then(|| PathBuf::from(program));
    }
    std::env::split_paths(path)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_follows_xdg_cache_home() {
        assert_eq!(
            cache_root_from(
                Some(OsStr::new("/var/cache/me")),
                Some(OsStr::new("/home/me"))
            ),
            Some(PathBuf::from("/var/cache/me/japan-us-trade/tools"))
        );
    }

    #[test]
    fn without_xdg_cache_home_the_cache_is_under_home() {
        let home = Some(OsStr::new("/home/me"));
        let expected = Some(PathBuf::from("/home/me/.cache/japan-us-trade/tools"));
        assert_eq!(cache_root_from(None, home), expected);
        // The XDG rules ignore an empty or relative XDG_CACHE_HOME.
        assert_eq!(cache_root_from(Some(OsStr::new("")), home), expected);
        assert_eq!(cache_root_from(Some(OsStr::new("cache")), home), expected);
        assert_eq!(cache_root_from(None, None), None);
        assert_eq!(cache_root_from(None, Some(OsStr::new(""))), None);
    }

    #[test]
    fn a_tool_lives_in_its_own_versioned_folder() {
        let tool = CachedTool::new(
            Path::new("/home/me/.cache/japan-us-trade/tools"),
            "geckodriver",
            "0.37.1",
        );
        assert_eq!(
            tool.bin(),
            PathBuf::from("/home/me/.cache/japan-us-trade/tools/geckodriver-0.37.1/bin")
        );
        assert!(tool
            .program("geckodriver")
            .starts_with("/home/me/.cache/japan-us-trade/tools/geckodriver-0.37.1/bin"));
    }

    #[test]
    fn cache_bins_come_first_on_the_path() {
        let path = compose_path(
            &[
                PathBuf::from("/work/target/tools/binaryen/node_modules/.bin"),
                PathBuf::from("/c/tools/trunk-0.21.14/bin"),
                PathBuf::from("/c/tools/geckodriver-0.37.1/bin"),
            ],
            OsStr::new("/usr/local/bin:/usr/bin"),
            Path::new("/home/me/.cargo/bin"),
        )
        .unwrap();
        assert_eq!(
            path,
            "/work/target/tools/binaryen/node_modules/.bin:/c/tools/trunk-0.21.14/bin:\
             /c/tools/geckodriver-0.37.1/bin:/usr/local/bin:/usr/bin:/home/me/.cargo/bin"
        );
    }

    #[test]
    fn cargo_bin_is_not_repeated_nor_moved_ahead_of_the_inherited_path() {
        let path = compose_path(
            &[PathBuf::from("/c/tools/trunk-0.21.14/bin")],
            OsStr::new("/home/me/.cargo/bin:/usr/bin"),
            Path::new("/home/me/.cargo/bin"),
        )
        .unwrap();
        assert_eq!(
            path,
            "/c/tools/trunk-0.21.14/bin:/home/me/.cargo/bin:/usr/bin"
        );
    }

    #[test]
    fn versions_are_read_from_the_first_line() {
        assert_eq!(reported_version("trunk 0.21.14", "trunk"), Some("0.21.14"));
        assert_eq!(
            reported_version(
                "geckodriver 0.37.1 (8ba5e2e 2025-08-06 10:45 +0000)",
                "geckodriver"
            ),
            Some("0.37.1")
        );
        assert_eq!(
            reported_version("wasm-bindgen 0.2.130", "wasm-bindgen"),
            Some("0.2.130")
        );
        assert_eq!(reported_version("trunk v0.21.14", "trunk"), Some("0.21.14"));
        assert_eq!(reported_version("trunk", "trunk"), None);
        assert_eq!(reported_version("", "trunk"), None);
        assert_eq!(reported_version("error: no such command", "trunk"), None);
        // wasm-bindgen-test-runner's line must not pass for wasm-bindgen's.
        assert_eq!(
            reported_version("wasm-bindgen-test-runner 0.2.130", "wasm-bindgen"),
            None
        );
    }

    #[test]
    fn only_the_exact_version_matches() {
        assert!(reports_version("trunk 0.21.14", "trunk", "0.21.14"));
        assert!(!reports_version("trunk 0.21.1", "trunk", "0.21.14"));
        assert!(!reports_version("trunk 0.22.0", "trunk", "0.21.14"));
        assert!(!reports_version(
            "geckodriver 0.37.10",
            "geckodriver",
            "0.37.1"
        ));
    }

    #[test]
    fn programs_are_found_on_the_path() {
        let dir = std::env::temp_dir().join(format!("xtask-find-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let program = dir.join("some-tool");
        std::fs::write(&program, "#!/bin/sh\n").unwrap();
        let path = format!("/nonexistent:{}", dir.display());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // A file that cannot be run is not the program.
            assert_eq!(find_on_path("some-tool", &path), None);
            std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        assert_eq!(find_on_path("some-tool", &path), Some(program.clone()));
        assert_eq!(find_on_path("no-such-tool", &path), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
