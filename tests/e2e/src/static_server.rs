//! A static file server for `dist/` on 127.0.0.1, on a free port, for the life of the handle.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

/// A running server; stops when dropped.
pub struct StaticServer {
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
    pub origin: String,
}

impl StaticServer {
    /// Serves `root` with the content types a browser needs (`application/wasm` for the module).
    pub fn start(root: &Path) -> StaticServer {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let root = root.to_path_buf();
        let serving = server.clone();
        let thread = std::thread::spawn(move || {
            for request in serving.incoming_requests() {
                respond(&root, request);
            }
        });
        StaticServer {
            server,
            thread: Some(thread),
            origin: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn respond(root: &Path, request: tiny_http::Request) {
    let path = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    let file = resolve(root, &path);
    let response = match file.and_then(|f| std::fs::read(&f).ok().map(|bytes| (f, bytes))) {
        Some((file, bytes)) => {
            let header = tiny_http::Header::from_bytes("Content-Type", content_type(&file))
                .expect("valid header");
            tiny_http::Response::from_data(bytes)
                .with_header(header)
                .with_status_code(200)
        }
        None => tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404),
    };
    let _ = request.respond(response);
}

fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = url_path.trim_start_matches('/');
    if relative.split('/').any(|part| part == "..") {
        return None;
    }
    let file = if relative.is_empty() {
        root.join("index.html")
    } else {
        root.join(relative)
    };
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static [u8] {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => b"text/html; charset=utf-8",
        Some("js") => b"text/javascript; charset=utf-8",
        Some("wasm") => b"application/wasm",
        Some("css") => b"text/css; charset=utf-8",
        Some("svg") => b"image/svg+xml",
        Some("png") => b"image/png",
        Some("ico") => b"image/x-icon",
        _ => b"application/octet-stream",
    }
}
