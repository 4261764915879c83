//! A browser driven over W3C WebDriver through its own driver process: headless Chromium (chromedriver),
//! headless Firefox (geckodriver) or WebKitGTK's MiniBrowser (WebKitWebDriver) on a private virtual display,
//! as `E2E_ENGINE` says (`crate::engine`).
//!
//! A small synchronous client: it must always shut the browser down when a test panics, which a `Drop` on a
//! blocking client does simply. Console errors come from chromedriver's browser log in Chromium and from the
//! recorder the test server puts into every page elsewhere (`crate::console_recorder`).

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::console_recorder::DRAIN;
use crate::engine::{name_the_engine_in_failures, Engine};

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
    /// here, so that such frames' console reaches the browser log that `console_errors` reads (Chromium).
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
    pub engine: Engine,
    driver: Child,
    /// The private X display WebKitGTK runs on (declared after the driver: it stops after the browser).
    display: Option<Child>,
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
        let engine = Engine::current();
        name_the_engine_in_failures();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let (variable, default, port_arg) = match engine {
            Engine::Chromium => ("CHROMEDRIVER", "chromedriver", format!("--port={port}")),
            Engine::Firefox => ("GECKODRIVER", "geckodriver", format!("--port={port}")),
            Engine::WebKit => ("WEBKIT_DRIVER", "WebKitWebDriver", format!("--port={port}")),
        };
        let program = std::env::var(variable).unwrap_or_else(|_| default.to_string());
        let mut command = Command::new(&program);
        command
            .arg(port_arg)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let display = if engine == Engine::WebKit {
            // WebKitGTK draws at the display's scale: GDK_SCALE is its devicePixelRatio (whole numbers).
            command.env(
                "GDK_SCALE",
                format!("{}", launch.pixel_ratio.round().max(1.0)),
            );
            let (display, name) = private_display();
            command.env("DISPLAY", name);
            display
        } else {
            None
        };
        let driver = command.spawn().unwrap_or_else(|e| {
            panic!("cannot start {program} for {engine}: {e}; run `cargo xtask setup`")
        });
        let base = format!("http://127.0.0.1:{port}");
        let agent = ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(60))
            .build();
        let profile = TempDir::new();
        let mut browser = Browser {
            engine,
            driver,
            display,
            session: String::new(),
            base,
            agent,
            _profile: profile,
        };
        browser.wait_for_driver();
        browser.start_session(&launch);
        match engine {
            Engine::Chromium if launch.width < 500 => {
                // Chromium's windows are at least 500 px wide; narrower viewports (phones) are emulated.
                browser.devtools(
                    "Emulation.setDeviceMetricsOverride",
                    json!({ "width": launch.width, "height": launch.height,
                            "deviceScaleFactor": launch.pixel_ratio, "mobile": true }),
                );
            }
            Engine::Chromium => {}
            Engine::Firefox | Engine::WebKit => browser.fit_viewport(launch.width, launch.height),
        }
        browser
    }

    /// Sizes the window so that its viewport is `width` × `height` CSS px (or as narrow as the engine allows).
    fn fit_viewport(&self, width: u32, height: u32) {
        let width = width.max(self.engine.narrowest_viewport());
        self.post("/window/rect", json!({ "width": width, "height": height }));
        let inner = self.eval(
            "return [innerWidth, innerHeight, outerWidth, outerHeight]",
            vec![],
        );
        let get = |i: usize| inner[i].as_i64().unwrap_or_default();
        let (extra_width, extra_height) = (get(2) - get(0), get(3) - get(1));
        if extra_width > 0 || extra_height > 0 {
            self.post(
                "/window/rect",
                json!({ "width": width as i64 + extra_width.max(0), "height": height as i64 + extra_height.max(0) }),
            );
        }
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
        panic!("the {} driver did not start", self.engine);
    }

    fn chromium_capabilities(&self, launch: &Launch) -> Value {
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
        json!({
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": { "browser": "ALL" },
        })
    }

    fn firefox_capabilities(launch: &Launch) -> Value {
        let prefs = json!({
            "layout.css.devPixelsPerPx": format!("{:.1}", launch.pixel_ratio),
            // 0 dark, 1 light: the page's `prefers-color-scheme`, whatever the system's theme.
            "layout.css.prefers-color-scheme.content-override": if launch.dark { 0 } else { 1 },
            "ui.systemUsesDarkTheme": if launch.dark { 1 } else { 0 },
            "javascript.enabled": launch.javascript,
            "ui.prefersReducedMotion": 0,
            "ui.useOverlayScrollbars": 1,
        });
        let mut options = json!({ "args": ["-headless"], "prefs": prefs });
        if let Ok(binary) = std::env::var("FIREFOX") {
            if let Ok(path) = which(&binary) {
                options["binary"] = json!(path);
            }
        }
        json!({ "browserName": "firefox", "moz:firefoxOptions": options })
    }

    fn webkit_capabilities(launch: &Launch) -> Value {
        let binary = std::env::var("MINIBROWSER")
            .unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".to_string());
        let mut args = vec!["--automation".to_string()];
        if launch.dark {
            args.push("--dark-mode".into());
        }
        if !launch.javascript {
            args.push("--enable-javascript=false".into());
        }
        json!({
            "browserName": "MiniBrowser",
            "webkitgtk:browserOptions": { "binary": binary, "args": args },
        })
    }

    fn start_session(&mut self, launch: &Launch) {
        let capabilities = match self.engine {
            Engine::Chromium => self.chromium_capabilities(launch),
            Engine::Firefox => Browser::firefox_capabilities(launch),
            Engine::WebKit => Browser::webkit_capabilities(launch),
        };
        let reply = self.post(
            "/session",
            json!({ "capabilities": { "alwaysMatch": capabilities } }),
        );
        self.session = reply["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("{} gave no session: {reply}", self.engine))
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

    /// Like `post`, but a refusal is `None` rather than a failure.
    fn try_post(&self, path: &str, body: Value) -> Option<Value> {
        let response = self.agent.post(&self.url(path)).send_json(body).ok()?;
        Some(response.into_json::<Value>().ok()?["value"].clone())
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
    ///
    /// Then it waits until the element stands still (the same place in three readings 20 ms apart, at most
    /// two seconds), as a reader aims only at what has stopped moving: after the jump, the page may still be
    /// settling (the charts near the new view coming to life, a disclosure opening above).
    pub fn click(&self, element: &Element) {
        self.eval(
            "arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })",
            vec![element.as_arg()],
        );
        // Polled from here rather than with requestAnimationFrame in the page: a page opened without
        // JavaScript runs no page callbacks (Chromium), while WebDriver's own scripts still run.
        let place = "const r = arguments[0].getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top)]";
        let deadline = Instant::now() + Duration::from_secs(2);
        let (mut last, mut still) = (Value::Null, 0);
        while still < 3 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
            let here = self.eval(place, vec![element.as_arg()]);
            still = if here == last { still + 1 } else { 0 };
            last = here;
        }
        self.post(&format!("/element/{}/click", element.id()), json!({}));
    }

    /// Types into an element (focusing it first); WebDriver key codes such as `\u{E007}` (Enter) work.
    ///
    /// WebKitWebDriver refuses to type into an element in a frame that it does not judge focusable (a canvas
    /// with `tabindex="0"` in the widget's frame, which takes focus all the same), and after a visit to a
    /// frame it sends keys to that frame. There the window and the element are focused, as Tab would (with a
    /// click first where a frame from another site wants a gesture), and the keys are pressed with WebDriver's
    /// key actions, which go to the focused element as a keyboard's do.
    pub fn send_keys(&self, element: &Element, text: &str) {
        if self.engine != Engine::WebKit {
            self.post(
                &format!("/element/{}/value", element.id()),
                json!({ "text": text }),
            );
            return;
        }
        // The window first: after WebDriver has been in a frame, WebKit keeps the keyboard's focus there.
        let focus =
            "window.focus(); arguments[0].focus(); return document.activeElement === arguments[0]";
        if self.eval(focus, vec![element.as_arg()]) != json!(true) {
            // A frame from another site takes focus only after a reader's gesture in it (WebKit).
            self.post(&format!("/element/{}/click", element.id()), json!({}));
            assert_eq!(
                self.eval(focus, vec![element.as_arg()]),
                json!(true),
                "the element takes no focus"
            );
        }
        let keys: Vec<Value> = text
            .chars()
            .flat_map(|key| {
                [
                    json!({ "type": "keyDown", "value": key.to_string() }),
                    json!({ "type": "keyUp", "value": key.to_string() }),
                ]
            })
            .collect();
        self.post(
            "/actions",
            json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": keys }] }),
        );
        let _ = self.agent.delete(&self.url("/actions")).call();
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

    /// Taps with a finger at `(x, y)` CSS pixels from the element's top-left corner (touch pointer events).
    pub fn tap(&self, element: &Element, x: f64, y: f64) {
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
                "type": "pointer", "id": "finger", "parameters": { "pointerType": "touch" },
                "actions": [
                    { "type": "pointerMove", "duration": 0, "origin": origin,
                      "x": (x - width / 2.0).round() as i64, "y": (y - height / 2.0).round() as i64 },
                    { "type": "pointerDown", "button": 0 },
                    { "type": "pause", "duration": 50 },
                    { "type": "pointerUp", "button": 0 }
                ]
            }]}),
        );
        let _ = self.agent.delete(&self.url("/actions")).call();
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

    /// Runs a Chrome DevTools Protocol command (Chromium only: a test asks `engine.has_devtools_protocol()`).
    pub fn devtools(&self, command: &str, params: Value) -> Value {
        assert!(
            self.engine.has_devtools_protocol(),
            "{command} needs the Chrome DevTools Protocol, which {} does not offer",
            self.engine
        );
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

    /// Every console message since the last call, with its level (`SEVERE`, `WARNING`, `INFO`…; where the
    /// page's recorder takes notes, only `SEVERE` and `WARNING`), from the top-level page and its frames.
    pub fn console_messages(&self) -> Vec<(String, String)> {
        if self.engine.keeps_a_console_log() {
            let entries = self.post("/se/log", json!({ "type": "browser" }));
            return entries
                .as_array()
                .into_iter()
                .flatten()
                .map(|e| {
                    (
                        e["level"].as_str().unwrap_or_default().to_string(),
                        e["message"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect();
        }
        // The recorder's notes, in the top-level page and in each of its frames (then back at the top).
        self.leave_frames();
        let mut notes = self.drain_recorder();
        let frames = self
            .eval("return document.querySelectorAll('iframe').length", vec![])
            .as_u64()
            .unwrap_or(0);
        for index in 0..frames {
            if self.try_post("/frame", json!({ "id": index })).is_some() {
                notes.extend(self.drain_recorder());
                self.leave_frames();
            }
        }
        notes
    }

    /// The recorder's notes in the current frame.
    fn drain_recorder(&self) -> Vec<(String, String)> {
        self.eval(DRAIN, vec![])
            .as_array()
            .into_iter()
            .flatten()
            .map(|note| {
                (
                    note[0].as_str().unwrap_or_default().to_string(),
                    note[1].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// Shows the page as printed. Chromium switches its media to print (DevTools); the other engines have no
    /// such switch over WebDriver, so their style sheets' own media lists are rewritten in place — `print`
    /// rules apply, `screen` ones no longer do — and the engine lays the page out with exactly the print rules,
    /// in their order. (`beforeprint` listeners do not run, as in Chromium's emulation.)
    pub fn emulate_print_media(&self) {
        if self.engine.emulates_print_media() {
            self.devtools("Emulation.setEmulatedMedia", json!({ "media": "print" }));
            return;
        }
        self.eval_async(
            "const done = arguments[arguments.length - 1];
             const printed = (media) => {
               const text = media.mediaText.toLowerCase();
               if (/\\bprint\\b/.test(text) && !/\\bnot\\s+print\\b/.test(text)) media.mediaText = 'all';
               else if (/\\bscreen\\b/.test(text) && !/\\bnot\\s+screen\\b/.test(text)) media.mediaText = 'not all';
             };
             const walk = (rules) => {
               for (const rule of rules) {
                 if (rule.media && rule.cssRules) printed(rule.media);
                 if (rule.cssRules) walk(rule.cssRules);
               }
             };
             for (const sheet of document.styleSheets) {
               if (sheet.media.length) printed(sheet.media);
               walk(sheet.cssRules);
             }
             requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        );
    }

    /// A PDF of the page as printed (WebDriver's Print Page; not in WebKitGTK, see `engine.prints_to_pdf()`).
    pub fn print_to_pdf(&self) -> Vec<u8> {
        use base64::Engine as _;
        let encoded = self.post("/print", json!({ "background": true }));
        base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().expect("a PDF in base64"))
            .expect("base64")
    }

    /// The element's accessible name, as the browser gives it to assistive technology.
    pub fn accessible_name(&self, element: &Element) -> String {
        self.get(&format!("/element/{}/computedlabel", element.id()))
            .as_str()
            .unwrap_or_default()
            .to_string()
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
        if let Some(display) = self.display.as_mut() {
            let _ = display.kill();
            let _ = display.wait();
        }
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

/// Whether X display `number` is taken. A display whose server is gone (killed, it leaves its lock file and
/// socket behind: the process named in the lock is not running, and the socket refuses connections) is not:
/// its files are removed, so a long run does not run out of display numbers.
fn display_in_use(number: u32) -> bool {
    let lock = std::path::PathBuf::from(format!("/tmp/.X{number}-lock"));
    let socket = std::path::PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
    let Ok(owner) = std::fs::read_to_string(&lock) else {
        return socket.exists();
    };
    // Gone: its process is not running and its socket takes no connection.
    let alive = owner
        .trim()
        .parse::<u32>()
        .is_ok_and(|pid| std::path::Path::new(&format!("/proc/{pid}")).exists())
        || socket_answers(&socket);
    if !alive {
        let _ = std::fs::remove_file(&lock);
        let _ = std::fs::remove_file(&socket);
    }
    alive
}

/// Whether a server listens on the Unix socket `path`.
#[cfg(unix)]
fn socket_answers(path: &std::path::Path) -> bool {
    std::os::unix::net::UnixStream::connect(path).is_ok()
}

#[cfg(not(unix))]
fn socket_answers(_path: &std::path::Path) -> bool {
    false
}

/// A private virtual X display (Xvfb) for WebKitGTK, whose MiniBrowser cannot run headless: the server and
/// its `DISPLAY` name. Without Xvfb the display of the session (if any) is used.
fn private_display() -> (Option<Child>, String) {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    for _ in 0..20 {
        let number = 200
            + (std::process::id() % 500) * 20
            + NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst) % 20;
        let socket = std::path::PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        if display_in_use(number) {
            continue;
        }
        let Ok(server) = Command::new("Xvfb")
            .args([
                format!(":{number}").as_str(),
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
        else {
            break;
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while !socket.exists() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        return (Some(server), format!(":{number}"));
    }
    let display = std::env::var("DISPLAY").unwrap_or_else(|_| {
        panic!("WebKitGTK needs a display: install Xvfb (`apt-get install xvfb xauth`)")
    });
    (None, display)
}
