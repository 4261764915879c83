//! The browser engines the end-to-end tests run in, and choosing them: `cargo xtask test --engine firefox`
//! (repeatable, or a comma list), or `E2E_ENGINES=firefox,webkit`; all three when neither says.

use std::fmt;

/// A browser engine the tests drive over WebDriver.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Engine {
    /// Blink, in Chromium with chromedriver.
    Chromium,
    /// Gecko, in Firefox ESR with geckodriver.
    Firefox,
    /// WebKit, in WebKitGTK's MiniBrowser with WebKitWebDriver.
    Webkit,
}

impl Engine {
    /// Every engine, in the order the tests run in.
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::Webkit];

    /// The name on the command line and in `E2E_ENGINE`.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::Webkit => "webkit",
        }
    }

    /// The name in step titles.
    pub fn title(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::Webkit => "WebKit",
        }
    }

    fn from_name(name: &str) -> Option<Engine> {
        Engine::ALL.into_iter().find(|e| e.name() == name)
    }
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The engines `cargo xtask test` runs in: the `--engine` arguments if any, else `E2E_ENGINES` if set and
/// not blank, else all three; always in [`Engine::ALL`]'s order, each once. `args` are the arguments after
/// `test`; any other argument is an error.
pub fn select_engines(args: &[String], env: Option<&str>) -> Result<Vec<Engine>, String> {
    let mut from_args = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if let Some(list) = arg.strip_prefix("--engine=") {
            from_args.push(list.to_string());
        } else if arg == "--engine" {
            let list = args
                .next()
                .ok_or_else(|| format!("`--engine` needs a value: {}", valid_names()))?;
            from_args.push(list.clone());
        } else {
            return Err(format!(
                "unknown argument `{arg}`: usage: cargo xtask test [--engine <{}>]…",
                Engine::ALL.map(Engine::name).join("|")
            ));
        }
    }
    let lists: Vec<&str> = if !from_args.is_empty() {
        from_args.iter().map(String::as_str).collect()
    } else {
        match env {
            Some(list) if !list.trim().is_empty() => vec![list],
            _ => return Ok(Engine::ALL.to_vec()),
        }
    };
    let mut engines = Vec::new();
    for name in lists.iter().flat_map(|list| list.split(',')) {
        let name = name.trim().to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        let engine = Engine::from_name(&name)
            .ok_or_else(|| format!("unknown engine `{name}`: {}", valid_names()))?;
        engines.push(engine);
    }
    if engines.is_empty() {
        return Err(format!("no engine named: {}", valid_names()));
    }
    engines.sort();
    engines.dedup();
    Ok(engines)
}

fn valid_names() -> String {
    format!(
        "the engines are {}",
        Engine::ALL.map(Engine::name).join(", ")
    )
}

/// The closing error of a run in which the tests failed in `failed` engines, if any.
pub fn failure_of(failed: &[Engine]) -> Result<(), String> {
    if failed.is_empty() {
        return Ok(());
    }
    let names: Vec<&str> = failed.iter().map(|e| e.name()).collect();
    Err(format!("End-to-end tests failed in: {}", names.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn all_three_by_default_in_order() {
        assert_eq!(select_engines(&[], None), Ok(Engine::ALL.to_vec()));
        assert_eq!(select_engines(&[], Some("")), Ok(Engine::ALL.to_vec()));
        assert_eq!(select_engines(&[], Some("  ")), Ok(Engine::ALL.to_vec()));
    }

    #[test]
    fn one_engine_from_the_command_line() {
        assert_eq!(
            select_engines(&args(&["--engine", "firefox"]), None),
            Ok(vec![Engine::Firefox])
        );
        assert_eq!(
            select_engines(&args(&["--engine=webkit"]), None),
            Ok(vec![Engine::Webkit])
        );
    }

    #[test]
    fn repeated_and_comma_lists_run_in_the_usual_order_once_each() {
        assert_eq!(
            select_engines(&args(&["--engine", "webkit", "--engine", "chromium"]), None),
            Ok(vec![Engine::Chromium, Engine::Webkit])
        );
        assert_eq!(
            select_engines(&args(&["--engine", "webkit,Firefox, webkit"]), None),
            Ok(vec![Engine::Firefox, Engine::Webkit])
        );
    }

    #[test]
    fn the_environment_chooses_when_the_command_line_does_not() {
        assert_eq!(
            select_engines(&[], Some("firefox,webkit")),
            Ok(vec![Engine::Firefox, Engine::Webkit])
        );
        assert_eq!(
            select_engines(&args(&["--engine", "chromium"]), Some("firefox,webkit")),
            Ok(vec![Engine::Chromium])
        );
    }

    #[test]
    fn unknown_names_are_refused_with_the_valid_ones() {
        let error = select_engines(&args(&["--engine", "safari"]), None).unwrap_err();
        assert!(error.contains("`safari`"), "{error}");
        assert!(error.contains("chromium, firefox, webkit"), "{error}");
        let error = select_engines(&[], Some("firefox,edge")).unwrap_err();
        assert!(error.contains("`edge`"), "{error}");
        assert!(select_engines(&args(&["--engine"]), None)
            .unwrap_err()
            .contains("chromium, firefox, webkit"));
        assert!(select_engines(&args(&["--engine", ","]), None).is_err());
        assert!(select_engines(&args(&["--browser", "firefox"]), None)
            .unwrap_err()
            .contains("unknown argument `--browser`"));
    }

    #[test]
    fn a_failure_names_every_failed_engine() {
        assert_eq!(failure_of(&[]), Ok(()));
        assert_eq!(
            failure_of(&[Engine::Firefox, Engine::Webkit]),
            Err("End-to-end tests failed in: firefox, webkit".to_string())
        );
    }
}
