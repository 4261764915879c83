//! The browsers and WebDriver servers the tests drive, which come from the system's packages (Debian's
//! names): finding them, and installing the missing ones with one `apt-get update` and one
//! `apt-get install` — as root only, otherwise saying what to run — in the background while the Rust tools
//! build, when they do.

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::Instant;

use crate::engines::Engine;
use crate::run::{announce, duration, output_of, run, run_logged, Step};
use crate::tool_cache::find_on_path;

/// WebKitGTK's browser, under `/usr/lib/<multiarch triple>/` (Debian's `libwebkit2gtk-4.1-0`, which
/// `webkit2gtk-driver` depends on).
const MINIBROWSER_UNDER_LIB: &str = "webkit2gtk-4.1/MiniBrowser";

/// How a needed piece is found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lookup {
    /// The first of these programs on PATH.
    OnPath(&'static [&'static str]),
    /// WebKitGTK's MiniBrowser (env `MINIBROWSER`, else under /usr/lib).
    MiniBrowser,
}

/// One piece an engine needs and the Debian package that brings it.
struct Requirement {
    engine: Engine,
    package: &'static str,
    lookup: Lookup,
}

const CHROMIUM: Lookup = Lookup::OnPath(&["chromium", "chromium-browser", "google-chrome"]);
const CHROMEDRIVER: Lookup = Lookup::OnPath(&["chromedriver"]);
const FIREFOX: Lookup = Lookup::OnPath(&["firefox-esr", "firefox"]);
const WEBKIT_DRIVER: Lookup = Lookup::OnPath(&["WebKitWebDriver"]);
const XVFB: Lookup = Lookup::OnPath(&["Xvfb"]);
const XAUTH: Lookup = Lookup::OnPath(&["xauth"]);
const PDFTOTEXT: Lookup = Lookup::OnPath(&["pdftotext"]);

const REQUIREMENTS: [Requirement; 9] = [
    Requirement {
        engine: Engine::Chromium,
        package: "chromium",
        lookup: CHROMIUM,
    },
    Requirement {
        engine: Engine::Chromium,
        package: "chromium-driver",
        lookup: CHROMEDRIVER,
    },
    Requirement {
        engine: Engine::Firefox,
        package: "firefox-esr",
        lookup: FIREFOX,
    },
    Requirement {
        engine: Engine::Webkit,
        package: "webkit2gtk-driver",
        lookup: WEBKIT_DRIVER,
    },
    Requirement {
        engine: Engine::Webkit,
        package: "webkit2gtk-driver",
        lookup: Lookup::MiniBrowser,
    },
    // WebKitGTK's MiniBrowser has no headless mode: the tests give it a virtual display.
    Requirement {
        engine: Engine::Webkit,
        package: "xvfb",
        lookup: XVFB,
    },
    Requirement {
        engine: Engine::Webkit,
        package: "xauth",
        lookup: XAUTH,
    },
    // The print test reads the PDF that Chromium and Firefox print over WebDriver.
    Requirement {
        engine: Engine::Chromium,
        package: "poppler-utils",
        lookup: PDFTOTEXT,
    },
    Requirement {
        engine: Engine::Firefox,
        package: "poppler-utils",
        lookup: PDFTOTEXT,
    },
];

/// The packages `engines` need that `present` says are missing, each once, in a fixed order.
pub fn missing_packages(engines: &[Engine], present: impl Fn(Lookup) -> bool) -> Vec<&'static str> {
    let mut missing: Vec<&'static str> = Vec::new();
    for requirement in &REQUIREMENTS {
        if engines.contains(&requirement.engine)
            && !missing.contains(&requirement.package)
            && !present(requirement.lookup)
        {
            missing.push(requirement.package);
        }
    }
    missing
}

/// Where a piece is, if present.
pub fn locate(lookup: Lookup, path: &str) -> Option<PathBuf> {
    match lookup {
        Lookup::OnPath(names) => names.iter().find_map(|n| find_on_path(n, path)),
        Lookup::MiniBrowser => minibrowser(),
    }
}

fn minibrowser() -> Option<PathBuf> {
    if let Some(given) = std::env::var_os("MINIBROWSER").map(PathBuf::from) {
        return given.is_file().then_some(given);
    }
    std::fs::read_dir("/usr/lib")
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path().join(MINIBROWSER_UNDER_LIB))
        .find(|candidate| candidate.is_file())
}

/// The packages the `engines` need that this machine lacks.
pub fn missing_here(engines: &[Engine], path: &str) -> Vec<&'static str> {
    missing_packages(engines, |lookup| locate(lookup, path).is_some())
}

/// The message for a user who cannot install `packages` themselves here.
pub fn install_yourself(packages: &[&str], why: &str) -> String {
    let list = packages.join(" ");
    format!(
        "the browser tests need system packages that are missing: {list}. {why} Install them, e.g. on Debian \
         or Ubuntu:\n\n    sudo apt-get update && sudo apt-get install -y {list}\n\nthen run this again."
    )
}

/// An `apt-get install` under way (or none).
pub struct Install {
    running: Option<Running>,
}

struct Running {
    packages: Vec<&'static str>,
    log: PathBuf,
    started: Instant,
    thread: JoinHandle<Result<(), String>>,
}

/// Starts installing `packages` (one `apt-get update`, one `apt-get install`). `background`: in a thread
/// with the output in `log`, so the caller can build meanwhile; else here, on the terminal. When not root,
/// or without apt-get, fails at once saying what to install.
pub fn start_install(
    packages: &[&'static str],
    path: &str,
    background: bool,
    log: &Path,
) -> Result<Install, String> {
    if packages.is_empty() {
        return Ok(Install { running: None });
    }
    if output_of("id", &["-u"], path).is_none_or(|uid| uid != "0") {
        return Err(install_yourself(
            packages,
            "Installing them needs root, and this is not.",
        ));
    }
    if find_on_path("apt-get", path).is_none() {
        return Err(install_yourself(packages, "This system has no apt-get."));
    }
    let list = packages.join(" ");
    let update = move |path: &str| {
        Step::new("Updating the package lists (apt-get update)", "apt-get")
            .args(["update", "-q"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .path(path)
    };
    let install = |path: &str, packages: &[&str]| {
        Step::new(
            &format!("Installing {} with apt-get", packages.join(" ")),
            "apt-get",
        )
        .args([
            "install",
            "-y",
            "-q",
            "-o",
            "Dpkg::Options::=--force-confold",
        ])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .path(path)
    };
    if !background {
        run(update(path))?;
        run(install(path, packages))?;
        return Ok(Install { running: None });
    }
    if let Some(folder) = log.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let _ = std::fs::remove_file(log);
    announce(&format!(
        "Installing {list} with apt-get in the background while the Rust tools build (output in {})",
        log.display()
    ));
    let (path, log_path, packages_owned) = (path.to_string(), log.to_path_buf(), packages.to_vec());
    let thread = std::thread::spawn(move || {
        run_logged(update(&path), &log_path)?;
        run_logged(install(&path, &packages_owned), &log_path)
    });
    Ok(Install {
        running: Some(Running {
            packages: packages.to_vec(),
            log: log.to_path_buf(),
            started: Instant::now(),
            thread,
        }),
    })
}

impl Install {
    /// Waits for a background install to end, and reports how it went.
    pub fn finish(self) -> Result<(), String> {
        let Some(running) = self.running else {
            return Ok(());
        };
        let list = running.packages.join(" ");
        if !running.thread.is_finished() {
            announce(&format!("Waiting for apt-get to finish installing {list}"));
        }
        let result = running
            .thread
            .join()
            .map_err(|_| "the apt-get thread panicked".to_string())
            .and_then(|r| r);
        match &result {
            Ok(()) => announce(&format!(
                "apt-get installed {list} ({}; output in {})",
                duration(running.started.elapsed()),
                running.log.display()
            )),
            Err(_) => announce(&format!("apt-get failed to install {list}")),
        }
        result
    }
}

/// The browsers and drivers of the engines the tests run in, as absolute paths (empty for engines not
/// needed).
#[derive(Default)]
pub struct Browsers {
    pub chromium: String,
    pub chromedriver: String,
    pub firefox: String,
    pub webkit_driver: String,
    pub minibrowser: String,
}

/// Finds every piece `engines` need, failing with the ones still missing.
pub fn browsers(engines: &[Engine], path: &str) -> Result<Browsers, String> {
    let missing = missing_here(engines, path);
    if !missing.is_empty() {
        return Err(format!(
            "still missing after setting up: {} (Debian package names)",
            missing.join(" ")
        ));
    }
    let find = |engine: Engine, lookup: Lookup| {
        if engines.contains(&engine) {
            locate(lookup, path)
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default()
        } else {
            String::new()
        }
    };
    Ok(Browsers {
        chromium: find(Engine::Chromium, CHROMIUM),
        chromedriver: find(Engine::Chromium, CHROMEDRIVER),
        firefox: find(Engine::Firefox, FIREFOX),
        webkit_driver: find(Engine::Webkit, WEBKIT_DRIVER),
        minibrowser: find(Engine::Webkit, Lookup::MiniBrowser),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_missing_when_everything_is_present() {
        assert!(missing_packages(&Engine::ALL, |_| true).is_empty());
    }

    #[test]
    fn a_bare_machine_needs_one_install_of_every_package() {
        assert_eq!(
            missing_packages(&Engine::ALL, |_| false),
            [
                "chromium",
                "chromium-driver",
                "firefox-esr",
                "webkit2gtk-driver",
                "xvfb",
                "xauth",
                "poppler-utils"
            ]
        );
    }

    #[test]
    fn only_the_selected_engines_packages_are_asked_for() {
        assert_eq!(
            missing_packages(&[Engine::Firefox], |_| false),
            ["firefox-esr", "poppler-utils"]
        );
        assert!(missing_packages(&[], |_| false).is_empty());
    }

    #[test]
    fn a_missing_minibrowser_asks_for_webkitgtks_driver_package() {
        let missing = missing_packages(&Engine::ALL, |lookup| lookup != Lookup::MiniBrowser);
        assert_eq!(missing, ["webkit2gtk-driver"]);
        let missing = missing_packages(&Engine::ALL, |lookup| lookup != XVFB);
        assert_eq!(missing, ["xvfb"]);
    }

    #[test]
    fn the_message_gives_the_line_to_run() {
        let message = install_yourself(
            &["firefox-esr", "xvfb"],
            "Installing them needs root, and this is not.",
        );
        assert!(
            message.contains("sudo apt-get install -y firefox-esr xvfb"),
            "{message}"
        );
    }
}
