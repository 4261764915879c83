//! The browser engine the end-to-end suite drives: Chromium (chromedriver), Firefox (geckodriver) or WebKitGTK
//! (WebKitWebDriver with its MiniBrowser). One run of the suite drives one engine, chosen by `E2E_ENGINE`
//! (`cargo xtask test` runs the suite once per engine); what an engine cannot do under WebDriver is asked
//! here, so a test can say why it checks less there.

use std::fmt;

/// A browser engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    /// Every engine, in the order the suite runs them.
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The engine named by `E2E_ENGINE` (Chromium when it is unset). An unknown name stops the run with the
    /// names it accepts: a typo must not quietly test another engine.
    pub fn current() -> Engine {
        match std::env::var("E2E_ENGINE") {
            Err(_) => Engine::Chromium,
            Ok(name) => Engine::from_name(&name).unwrap_or_else(|| {
                panic!("E2E_ENGINE={name:?} is not an engine; use chromium, firefox or webkit")
            }),
        }
    }

    /// The engine called `name` (as in `E2E_ENGINE`), if any.
    pub fn from_name(name: &str) -> Option<Engine> {
        Engine::ALL
            .into_iter()
            .find(|e| e.key() == name.trim().to_ascii_lowercase())
    }

    /// The engine's name in `E2E_ENGINE`.
    pub fn key(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    /// Whether the driver keeps the page's console for the test to read (chromedriver's log endpoint). The
    /// other drivers have none, so the test server puts a recorder into every page it serves
    /// (`console_recorder`).
    pub fn keeps_a_console_log(self) -> bool {
        self == Engine::Chromium
    }

    /// Whether a page can be switched to print media (Chromium's DevTools emulation). Firefox prints the page
    /// to PDF over WebDriver instead; WebKitWebDriver can do neither.
    pub fn emulates_print_media(self) -> bool {
        self == Engine::Chromium
    }

    /// Whether WebDriver's "Print Page" command works (a PDF of the print view).
    pub fn prints_to_pdf(self) -> bool {
        self != Engine::WebKit
    }

    /// The narrowest viewport (CSS px) the engine's window can have: Chromium emulates any width; Firefox's
    /// windows are at least 500 px wide even headless, and MiniBrowser's (with its toolbar) 447 px.
    pub fn narrowest_viewport(self) -> u32 {
        match self {
            Engine::Chromium => 0,
            Engine::Firefox => 500,
            Engine::WebKit => 447,
        }
    }

    /// Whether the engine asks for brotli over plain HTTP (WebKit accepts it only over HTTPS, so on the test
    /// server's `http://127.0.0.1` its responses' sizes are the files' own).
    pub fn asks_for_brotli_over_http(self) -> bool {
        self != Engine::WebKit
    }

    /// The viewport width (CSS px) a window asked to be `asked` wide gets in this engine.
    pub fn viewport_width(self, asked: u32) -> u32 {
        asked.max(self.narrowest_viewport())
    }

    /// Whether the engine offers the Chrome DevTools Protocol (network throttling, accessibility tree,
    /// permission grants).
    pub fn has_devtools_protocol(self) -> bool {
        self == Engine::Chromium
    }
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        })
    }
}

/// Makes every failing test in this process say which engine it ran in, before the panic's own message.
/// Called when a browser starts; installing it twice is harmless.
pub fn name_the_engine_in_failures() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let engine = Engine::current();
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            eprintln!(
                "\n[engine: {engine}] this failure happened in {engine} (E2E_ENGINE={})",
                engine.key()
            );
            report(info);
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_engine_is_found_by_its_own_name_and_nothing_else_is() {
        for engine in Engine::ALL {
            assert_eq!(Engine::from_name(engine.key()), Some(engine));
            assert_eq!(
                Engine::from_name(&engine.key().to_uppercase()),
                Some(engine)
            );
        }
        assert_eq!(Engine::from_name("safari"), None);
        assert_eq!(Engine::from_name(""), None);
    }
}
