//! A link to the article shared on a social site or in a chat app shows a title, a description and a
//! picture: the page's Open Graph and Twitter-card tags, filled from the lead at build time, and the picture
//! they name, which is served as a PNG and never fetched by a reader.

use std::collections::HashMap;

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::page::READ_TO_THE_END;
use e2e_tests::static_server::StaticServer;
use e2e_tests::{dist_dir, workspace_root};

/// A front-matter field of the lead (`content/article/00-lead.md`), read here independently of the app.
fn lead_field(name: &str) -> String {
    let lead =
        std::fs::read_to_string(workspace_root().join("content/article/00-lead.md")).unwrap();
    let line = lead
        .lines()
        .find(|l| l.starts_with(&format!("{name} = ")))
        .unwrap_or_else(|| panic!("the lead's {name}"));
    line[name.len() + 3..].trim_matches('"').to_string()
}

/// The `<head>` of the built page, its `<meta>` tags by `property` or `name`, and its canonical link.
fn head_tags() -> (String, HashMap<String, Vec<String>>, Option<String>) {
    let page = std::fs::read_to_string(dist_dir().join("index.html")).unwrap();
    let head = page.split("</head>").next().unwrap().to_string();
    let attribute = |tag: &str, name: &str| {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(|value| {
                value
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&")
            })
    };
    let mut meta: HashMap<String, Vec<String>> = HashMap::new();
    let mut canonical = None;
    for tag in head.split('<').skip(1) {
        if tag.starts_with("meta ") {
            if let (Some(key), Some(content)) = (
                attribute(tag, "property").or_else(|| attribute(tag, "name")),
                attribute(tag, "content"),
            ) {
                meta.entry(key).or_default().push(content);
            }
        } else if tag.starts_with("link ") && attribute(tag, "rel").as_deref() == Some("canonical")
        {
            assert!(canonical.is_none(), "two canonical links");
            canonical = attribute(tag, "href");
        }
    }
    (head, meta, canonical)
}

/// The one value of a tag that must appear exactly once.
fn one<'a>(meta: &'a HashMap<String, Vec<String>>, key: &str) -> &'a str {
    match meta.get(key).map(Vec::as_slice) {
        Some([value]) => value,
        other => panic!("{key}: {other:?}"),
    }
}

#[test]
fn the_page_carries_open_graph_and_twitter_tags_taken_from_the_lead() {
    let (_, meta, canonical) = head_tags();
    let (title, description) = (lead_field("title"), lead_field("description"));
    assert_eq!(one(&meta, "og:type"), "article");
    for key in ["og:title", "twitter:title"] {
        assert_eq!(one(&meta, key), title, "{key}");
    }
    for key in ["og:description", "twitter:description", "description"] {
        assert_eq!(one(&meta, key), description, "{key}");
    }
    assert_eq!(one(&meta, "twitter:card"), "summary_large_image");
    assert_eq!(one(&meta, "og:image"), one(&meta, "twitter:image"));
    assert_eq!(one(&meta, "og:image:type"), "image/png");
    assert_eq!(one(&meta, "og:image:width"), "1200");
    assert_eq!(one(&meta, "og:image:height"), "630");
    let alt = one(&meta, "og:image:alt");
    assert_eq!(alt, one(&meta, "twitter:image:alt"));
    // The picture shows the goods chart over the years of goods_trade.csv.
    let (first, last) = e2e_tests::goods_years();
    assert!(
        alt.starts_with(&format!(
            "Chart: US goods trade with Japan, {first}–{last}. "
        )),
        "{alt}"
    );
    // The page's own address: given together, absolutely, when the build knew the site's address
    // (SITE_URL), or not at all.
    match (canonical, meta.get("og:url")) {
        (None, None) => assert!(!one(&meta, "og:image").contains("://")),
        (Some(canonical), Some(url)) => {
            assert_eq!(url.as_slice(), std::slice::from_ref(&canonical));
            assert!(canonical.starts_with("https://") || canonical.starts_with("http://"));
            assert!(canonical.ends_with('/'));
            assert!(one(&meta, "og:image").starts_with(&canonical));
        }
        (canonical, url) => panic!("canonical {canonical:?} and og:url {url:?} disagree"),
    }
}

/// The picture's address as a browser resolves `og:image` against the page's address.
fn picture_path() -> String {
    let (_, meta, canonical) = head_tags();
    let image = one(&meta, "og:image");
    match canonical {
        Some(site) => image.strip_prefix(site.as_str()).unwrap().to_string(),
        None => image.trim_start_matches("./").to_string(),
    }
}

#[test]
fn the_picture_is_in_dist_and_served_as_a_1200_by_630_png() {
    let path = picture_path();
    assert!(dist_dir().join(&path).is_file(), "{path} is not in dist/");
    let server = StaticServer::start(&dist_dir());
    let response = ureq::get(&format!("{}/{path}", server.origin))
        .call()
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.header("Content-Type"), Some("image/png"));
    let mut body = Vec::new();
    std::io::Read::read_to_end(&mut response.into_reader(), &mut body).unwrap();
    assert_eq!(&body[..8], b"\x89PNG\r\n\x1a\n");
    let header = |at: usize| u32::from_be_bytes(body[at..at + 4].try_into().unwrap());
    assert_eq!(
        (&body[12..16], header(16), header(20)),
        (&b"IHDR"[..], 1200, 630)
    );
}

#[test]
fn a_reader_never_downloads_the_picture_even_reading_to_the_end() {
    let path = picture_path();
    let (head, _, _) = head_tags();
    let page = std::fs::read_to_string(dist_dir().join("index.html")).unwrap();
    // Named in the head's meta tags only: not preloaded, not in the body.
    assert_eq!(
        page.matches(path.as_str()).count(),
        head.matches(path.as_str()).count()
    );
    for line in head.lines().filter(|l| l.contains(path.as_str())) {
        assert!(line.trim_start().starts_with("<meta "), "{line}");
    }
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::launch(Launch::default());
    browser.goto(&format!("{}/", server.origin));
    browser.wait_for(
        "the page to load",
        "return document.readyState === 'complete'",
    );
    browser.eval_async(
        &format!(
            "const done = arguments[arguments.length - 1];
             {READ_TO_THE_END}
             readToTheEnd(400).then(() => done());"
        ),
        vec![],
    );
    browser.wait_for(
        "every chart to come to life",
        "const islands = document.querySelectorAll('.chart-island');
         return islands.length > 0 && document.querySelectorAll('.chart-island[data-live]').length === islands.length;",
    );
    let requested = server.requested();
    assert!(
        requested.iter().any(|p| p.ends_with(".wasm")),
        "the page did not start, so it proves nothing: {requested:?}"
    );
    assert!(
        !requested.iter().any(|p| p.ends_with(&path)),
        "the reader downloaded the preview picture: {requested:?}"
    );
}
