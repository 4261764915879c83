//! A static file server for `dist/` on 127.0.0.1, on a free port, for the life of the handle.
//! One thread per connection, one request per connection (`Connection: close`): simple and predictable.
//! Optionally it answers with brotli (quality 11) when the browser accepts it, as a CDN would; puts scripts
//! of the test's own first into every page (`instrument`), holds back chosen files (`stall`) or answers
//! slowly (`delay`), so a test can watch, starve or slow a page the same way in every engine. In an engine
//! whose driver keeps no console log it always puts the console recorder into every page
//! (`crate::console_recorder`).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::console_recorder::{with_recorder, RECORDER, RECORDER_PATH};
use crate::engine::Engine;

/// Where the server serves a test's own scripts (`/__e2e__/instrument-0.js` …).
const INSTRUMENT_PREFIX: &str = "/__e2e__/instrument-";

/// How the server answers, beyond serving the files.
#[derive(Clone, Default)]
pub struct Serving {
    brotli: Option<BrotliCache>,
    /// Scripts put first into every page, in order.
    instruments: Vec<String>,
    /// Requests whose path contains one of these are never answered while the server runs.
    stalled: Vec<String>,
    /// Requests whose path contains one of these are answered 404 Not Found.
    missing: Vec<String>,
    /// Every answer waits this many milliseconds first (shared with the running server, which a test may
    /// slow down at any time).
    delay_ms: Arc<std::sync::atomic::AtomicU64>,
}

impl Serving {
    /// Answers with brotli when the request accepts it.
    pub fn compressed(mut self) -> Serving {
        self.brotli = Some(BrotliCache::default());
        self
    }

    /// Puts `script` into every page before any of the page's own scripts.
    pub fn instrument(mut self, script: &str) -> Serving {
        self.instruments.push(script.to_string());
        self
    }

    /// Never answers a request whose path contains `part` (as a network that loses it).
    pub fn stall(mut self, part: &str) -> Serving {
        self.stalled.push(part.to_string());
        self
    }

    /// Answers 404 Not Found to a request whose path contains `part` (as a deploy that lost the file).
    pub fn without(mut self, part: &str) -> Serving {
        self.missing.push(part.to_string());
        self
    }

    /// The scripts every page gets, by address: the console recorder where the engine needs one, then the
    /// test's own.
    fn page_scripts(&self) -> Vec<String> {
        let recorder =
            (!Engine::current().keeps_a_console_log()).then(|| RECORDER_PATH.to_string());
        recorder
            .into_iter()
            .chain((0..self.instruments.len()).map(|i| format!("{INSTRUMENT_PREFIX}{i}.js")))
            .collect()
    }

    /// The body of a script the server adds, by its path.
    fn script_at(&self, path: &str) -> Option<String> {
        if path == RECORDER_PATH {
            return Some(RECORDER.to_string());
        }
        let index: usize = path
            .strip_prefix(INSTRUMENT_PREFIX)?
            .strip_suffix(".js")?
            .parse()
            .ok()?;
        self.instruments.get(index).cloned()
    }
}

/// Compressed bodies, made once per file.
type BrotliCache = Arc<Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>>;

/// The paths requested so far, in order.
type RequestLog = Arc<Mutex<Vec<String>>>;

/// A running server; stops when dropped.
pub struct StaticServer {
    stopping: Arc<AtomicBool>,
    delay_ms: Arc<std::sync::atomic::AtomicU64>,
    requests: RequestLog,
    thread: Option<JoinHandle<()>>,
    port: u16,
    pub origin: String,
}

impl StaticServer {
    /// Serves `root` with the content types a browser needs (`application/wasm` for the module).
    pub fn start(root: &Path) -> StaticServer {
        StaticServer::serve(root, Serving::default())
    }

    /// Like [`StaticServer::start`], answering with brotli when the request accepts it.
    pub fn start_compressed(root: &Path) -> StaticServer {
        StaticServer::serve(root, Serving::default().compressed())
    }

    /// Serves `root` as `serving` says.
    pub fn serve(root: &Path, serving: Serving) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("a local address").port();
        let stopping = Arc::new(AtomicBool::new(false));
        let root = root.to_path_buf();
        let stop = stopping.clone();
        let requests = RequestLog::default();
        let delay_ms = serving.delay_ms.clone();
        let log = requests.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let (root, serving, log, stop) =
                        (root.clone(), serving.clone(), log.clone(), stop.clone());
                    std::thread::spawn(move || respond(&root, &serving, &log, &stop, stream));
                }
            }
        });
        StaticServer {
            stopping,
            delay_ms,
            requests,
            thread: Some(thread),
            port,
            origin: format!("http://127.0.0.1:{port}"),
        }
    }
}

/// The bytes of `file` as the server sends them (a page with the scripts it adds in this engine).
pub fn as_served(file: &Path) -> Vec<u8> {
    let bytes = std::fs::read(file).expect("file is readable");
    let scripts = Serving::default().page_scripts();
    if content_type(file).starts_with("text/html") && !scripts.is_empty() {
        with_recorder(&String::from_utf8_lossy(&bytes), &scripts).into_bytes()
    } else {
        bytes
    }
}

impl StaticServer {
    /// From now on, every answer waits `delay` first (as a slow network would make every request).
    pub fn slow_down(&self, delay: Duration) {
        self.delay_ms
            .store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    /// The paths (without query) requested so far, in order; the scripts the server adds are not counted.
    pub fn requested(&self) -> Vec<String> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // Wake the accepting thread so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn respond(root: &Path, serving: &Serving, log: &RequestLog, stop: &AtomicBool, stream: TcpStream) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut accepts_brotli = false;
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        let lower = header.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("br") {
            accepts_brotli = true;
        }
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if let Some(script) = serving.script_at(path) {
        let mut stream = stream;
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/javascript; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
            script.len()
        );
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(script.as_bytes());
        return;
    }
    if let Ok(mut log) = log.lock() {
        log.push(path.to_string());
    }
    if serving
        .stalled
        .iter()
        .any(|part| path.contains(part.as_str()))
    {
        // Held until the server stops, then dropped unanswered.
        while !stop.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(50));
        }
        return;
    }
    std::thread::sleep(Duration::from_millis(
        serving.delay_ms.load(Ordering::SeqCst),
    ));
    let page_scripts = serving.page_scripts();
    let lost = serving
        .missing
        .iter()
        .any(|part| path.contains(part.as_str()));
    let found = resolve(root, path)
        .filter(|_| !lost)
        .and_then(|f| std::fs::read(&f).ok().map(|bytes| (f, bytes)));
    let (status, content_type, mut body, mut encoding) = match found {
        Some((file, bytes)) => {
            let kind = content_type(&file);
            let bytes = match (kind.starts_with("text/html"), page_scripts.is_empty()) {
                (true, false) => {
                    with_recorder(&String::from_utf8_lossy(&bytes), &page_scripts).into_bytes()
                }
                _ => bytes,
            };
            ("200 OK", kind, Arc::new(bytes), "")
        }
        None => (
            "404 Not Found",
            "text/plain",
            Arc::new(b"not found".to_vec()),
            "",
        ),
    };
    if let (Some(cache), true, "200 OK") = (serving.brotli.as_ref(), accepts_brotli, status) {
        let key = PathBuf::from(path);
        let compressed = cache.lock().map(|c| c.get(&key).cloned()).ok().flatten();
        body = compressed.unwrap_or_else(|| {
            let compressed = Arc::new(crate::transfer::brotli_bytes(&body));
            if let Ok(mut cache) = cache.lock() {
                cache.insert(key, compressed.clone());
            }
            compressed
        });
        encoding = "Content-Encoding: br\r\nVary: Accept-Encoding\r\n";
    }
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{encoding}Connection: close\r\n\r\n",
        body.len()
    );
    let mut stream = stream;
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(body.as_slice());
    }
    let _ = stream.flush();
}

fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = url_path.trim_start_matches('/');
    if relative.split('/').any(|part| part == "..") {
        return None;
    }
    // A folder's address (`/`, `/ja/`) serves its index.html, as static hosts do.
    let file = if relative.is_empty() || relative.ends_with('/') {
        root.join(relative).join("index.html")
    } else {
        root.join(relative)
    };
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}
