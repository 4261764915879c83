//! Headless Chromium driven over W3C WebDriver through its own chromedriver process.
//!
//! A small synchronous client: it needs chromedriver's browser-log endpoint (console errors) and must always
//! shut the browser down when a test panics, which a `Drop` on a blocking client does simply.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How the browser starts.
#[derive(Clone, Debug)]
pub struct Launch {
    pub width: u32,
    pub height: u32,
    /// devicePixelRatio to emulate.
    pub pixel_ratio: f64,
    /// Emulate a dark `prefers-color-scheme`.
    pub dark: bool,
    /// Run scripts (false: the page as a reader without JavaScript sees it).
    pub javascript: bool,
    /// Run frames from other sites in processes of their own, as browsers do by default. Off by default
    /// here, so that such frames' console reaches the browser log that `console_errors` reads.
    pub isolate_sites: bool,
}

impl Default for Launch {
    fn default() -> Self {
        Launch {
            width: 1280,
            height: 900,
            pixel_ratio: 1.0,
            dark: false,
            javascript: true,
            isolate_sites: false,
        }
    }
}

/// A browser session; the browser and its driver stop when this is dropped.
pub struct Browser {
    driver: Child,
    session: String,
    base: String,
    agent: ureq::Agent,
    _profile: TempDir,
}

/// An element found on the page.
#[derive(Clone, Debug)]
pub struct Element(Value);

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Browser {
    pub fn launch(launch: Launch) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let chromedriver =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_string());
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {chromedriver}: {e}; run `cargo xtask setup`")
            });
        let base = format!("http://127.0.0.1:{port}");
        let agent = ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(60))
            .build();
        let profile = TempDir::new();
        let mut browser = Browser {
            driver,
            session: String::new(),
            base,
            agent,
            _profile: profile,
        };
        browser.wait_for_driver();
        browser.start_session(&launch);
        if launch.width < 500 {
            // Chromium's windows are at least 500 px wide; narrower viewports (phones) are emulated.
            browser.devtools(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": launch.width, "height": launch.height,
                        "deviceScaleFactor": launch.pixel_ratio, "mobile": true }),
            );
        }
        browser
    }

    fn wait_for_driver(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self
                .agent
                .get(&format!("{}/status", self.base))
                .call()
                .is_ok()
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("chromedriver did not start");
    }

    fn start_session(&mut self, launch: &Launch) {
        let mut args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-extensions".into(),
            "--disable-default-apps".into(),
            "--no-first-run".into(),
            "--disable-quic".into(),
            "--hide-scrollbars".into(),
            format!("--user-data-dir={}", self._profile.0.display()),
            format!("--window-size={},{}", launch.width, launch.height),
            format!("--force-device-scale-factor={}", launch.pixel_ratio),
        ];
        if !launch.isolate_sites {
            // Frames from other sites run in the page's process, so their console reaches the browser log
            // (tests/e2e/tests/harness.rs checks this).
            args.push("--disable-site-isolation-trials".into());
        }
        if launch.dark {
            args.push("--blink-settings=preferredColorScheme=0".into());
        }
        let mut options = json!({ "args": args });
        if !launch.javascript {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        if let Ok(binary) = std::env::var("CHROMIUM") {
            if let Ok(path) = which(&binary) {
                options["binary"] = json!(path);
            }
        }
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": options,
                "goog:loggingPrefs": { "browser": "ALL" },
            }}
        });
        let reply = self.post("/session", capabilities);
        self.session = reply["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
    }

    fn url(&self, path: &str) -> String {
        if path == "/session" {
            format!("{}/session", self.base)
        } else {
            format!("{}/session/{}{}", self.base, self.session, path)
        }
    }

    fn post(&self, path: &str, body: Value) -> Value {
        match self.agent.post(&self.url(path)).send_json(body) {
            Ok(response) => response.into_json::<Value>().expect("JSON reply")["value"].clone(),
            Err(ureq::Error::Status(_, response)) => {
                panic!(
                    "WebDriver {path} failed: {}",
                    response.into_string().unwrap_or_default()
                )
            }
            Err(e) => panic!("WebDriver {path} failed: {e}"),
        }
    }

    fn get(&self, path: &str) -> Value {
        let response = self
            .agent
            .get(&self.url(path))
            .call()
            .unwrap_or_else(|e| panic!("WebDriver {path}: {e}"));
        response.into_json::<Value>().expect("JSON reply")["value"].clone()
    }

    pub fn goto(&self, url: &str) {
        self.post("/url", json!({ "url": url }));
    }

    /// Runs `script` (a function body; arguments in `arguments`) and returns its result.
    pub fn eval(&self, script: &str, args: Vec<Value>) -> Value {
        self.post("/execute/sync", json!({ "script": script, "args": args }))
    }

    /// Runs an asynchronous script: it receives a callback as its last argument and calls it with the result.
    pub fn eval_async(&self, script: &str, args: Vec<Value>) -> Value {
        self.post("/timeouts", json!({ "script": 300_000 }));
        self.post("/execute/async", json!({ "script": script, "args": args }))
    }

    /// Waits until `script` returns something truthy, and returns it; panics with `what` if it never does.
    pub fn wait_for(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let value = self.eval(script, vec![]);
            let truthy = match &value {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                _ => true,
            };
            if truthy {
                return value;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn find(&self, css: &str) -> Element {
        Element(self.post("/element", json!({ "using": "css selector", "value": css })))
    }

    /// Clicks like a mouse user: the element is scrolled to the middle of the view first (instantly, so the
    /// page's smooth scrolling cannot move it between aiming and clicking).
    pub fn click(&self, element: &Element) {
        self.eval(
            "arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })",
            vec![element.as_arg()],
        );
        self.post(&format!("/element/{}/click", element.id()), json!({}));
    }

    /// Types into an element (focusing it first); WebDriver key codes such as `\u{E007}` (Enter) work.
    pub fn send_keys(&self, element: &Element, text: &str) {
        self.post(
            &format!("/element/{}/value", element.id()),
            json!({ "text": text }),
        );
    }

    /// Moves a mouse pointer to `(x, y)` CSS pixels from the element's top-left corner.
    pub fn pointer_move(&self, element: &Element, x: f64, y: f64) {
        let size = self.eval(
            "const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];",
            vec![element.as_arg()],
        );
        let (width, height) = (
            size[0].as_f64().unwrap_or(0.0),
            size[1].as_f64().unwrap_or(0.0),
        );
        let origin = json!({ ELEMENT_KEY: element.id() });
        self.post(
            "/actions",
            json!({ "actions": [{
                "type": "pointer", "id": "mouse", "parameters": { "pointerType": "mouse" },
                "actions": [{ "type": "pointerMove", "duration": 0, "origin": origin,
                              "x": (x - width / 2.0).round() as i64, "y": (y - height / 2.0).round() as i64 }]
            }]}),
        );
    }

    /// Continues inside an iframe element.
    pub fn enter_frame(&self, frame: &Element) {
        self.post("/frame", json!({ "id": frame.as_arg() }));
    }

    /// Continues in the top-level page.
    pub fn leave_frames(&self) {
        self.post("/frame", json!({ "id": null }));
    }

    pub fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        self.get(&format!("/element/{}/attribute/{name}", element.id()))
            .as_str()
            .map(str::to_string)
    }

    pub fn set_window_size(&self, width: u32, height: u32) {
        self.post("/window/rect", json!({ "width": width, "height": height }));
    }

    /// Runs a Chrome DevTools Protocol command.
    pub fn devtools(&self, command: &str, params: Value) -> Value {
        self.post(
            "/goog/cdp/execute",
            json!({ "cmd": command, "params": params }),
        )
    }

    /// Console messages and failed loads at error level since the last call.
    pub fn console_errors(&self) -> Vec<String> {
        self.console_messages()
            .into_iter()
            .filter(|(level, _)| level == "SEVERE")
            .map(|(_, m)| m)
            .collect()
    }

    /// Every console message since the last call, with its level (`SEVERE`, `WARNING`, `INFO`…).
    pub fn console_messages(&self) -> Vec<(String, String)> {
        let entries = self.post("/se/log", json!({ "type": "browser" }));
        entries
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| {
                (
                    e["level"].as_str().unwrap_or_default().to_string(),
                    e["message"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// Runs `script` in every page before its own scripts (for instrumenting a test).
    pub fn before_every_page(&self, script: &str) {
        self.devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": script }),
        );
    }
}

impl Element {
    fn id(&self) -> &str {
        self.0[ELEMENT_KEY]
            .as_str()
            .unwrap_or_else(|| panic!("not an element reference: {}", self.0))
    }

    /// The element as a script argument.
    pub fn as_arg(&self) -> Value {
        self.0.clone()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self
                .agent
                .delete(&format!("{}/session/{}", self.base, self.session))
                .call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// A fresh, private browser profile folder, removed afterwards.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("e2e-profile-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn which(program: &str) -> Result<String, ()> {
    if program.contains('/') {
        return Ok(program.to_string());
    }
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .map(|p| p.to_string_lossy().to_string())
        .ok_or(())
}
