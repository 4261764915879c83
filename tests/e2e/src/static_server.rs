//! A static file server for `dist/` on 127.0.0.1, on a free port, for the life of the handle.
//! One thread per connection, one request per connection (`Connection: close`): simple and predictable.
//! Optionally it answers with brotli (quality 11) when the browser accepts it, as a CDN would.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Compressed bodies, made once per file.
type BrotliCache = Arc<Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>>;

/// The paths requested so far, in order.
type RequestLog = Arc<Mutex<Vec<String>>>;

/// A running server; stops when dropped.
pub struct StaticServer {
    stopping: Arc<AtomicBool>,
    requests: RequestLog,
    thread: Option<JoinHandle<()>>,
    port: u16,
    pub origin: String,
}

impl StaticServer {
    /// Serves `root` with the content types a browser needs (`application/wasm` for the module).
    pub fn start(root: &Path) -> StaticServer {
        StaticServer::serve(root, None)
    }

    /// Like [`StaticServer::start`], answering with brotli when the request accepts it.
    pub fn start_compressed(root: &Path) -> StaticServer {
        StaticServer::serve(root, Some(BrotliCache::default()))
    }

    fn serve(root: &Path, brotli: Option<BrotliCache>) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("a local address").port();
        let stopping = Arc::new(AtomicBool::new(false));
        let root = root.to_path_buf();
        let stop = stopping.clone();
        let requests = RequestLog::default();
        let log = requests.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let (root, brotli, log) = (root.clone(), brotli.clone(), log.clone());
                    std::thread::spawn(move || respond(&root, brotli.as_ref(), &log, stream));
                }
            }
        });
        StaticServer {
            stopping,
            requests,
            thread: Some(thread),
            port,
            origin: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl StaticServer {
    /// The paths (without query) requested so far, in order.
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

fn respond(root: &Path, brotli: Option<&BrotliCache>, log: &RequestLog, stream: TcpStream) {
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
    if let Ok(mut log) = log.lock() {
        log.push(path.to_string());
    }
    let found = resolve(root, path).and_then(|f| std::fs::read(&f).ok().map(|bytes| (f, bytes)));
    let (status, content_type, mut body, mut encoding) = match found {
        Some((file, bytes)) => ("200 OK", content_type(&file), Arc::new(bytes), ""),
        None => (
            "404 Not Found",
            "text/plain",
            Arc::new(b"not found".to_vec()),
            "",
        ),
    };
    if let (Some(cache), true, "200 OK") = (brotli, accepts_brotli, status) {
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
