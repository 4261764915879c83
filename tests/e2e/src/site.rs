//! A one-page site for a test (a host page, a framed page), served from a private folder on 127.0.0.1; the
//! server stops and the folder is removed when it is dropped.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::static_server::StaticServer;

pub struct OnePageSite {
    /// Declared first: it stops before the folder goes.
    pub server: StaticServer,
    folder: PathBuf,
}

impl OnePageSite {
    /// Serves `html` as the site's `index.html`.
    pub fn serve(html: &str) -> OnePageSite {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let folder = std::env::temp_dir().join(format!("one-page-site-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).expect("a temporary folder");
        std::fs::write(folder.join("index.html"), html).expect("the page is written");
        let server = StaticServer::start(&folder);
        OnePageSite { server, folder }
    }

    /// The page's address on `localhost`: another site than the article's `127.0.0.1`.
    pub fn url_on_another_site(&self) -> String {
        self.server.origin.replace("127.0.0.1", "localhost") + "/"
    }
}

impl Drop for OnePageSite {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}
