//! What a shared link to the article shows on social sites and in chat apps: the Open Graph and
//! Twitter-card tags in the page's `<head>` (a title, a description and a picture), and the page's
//! canonical address. Written into the page at build time (see `src/bin/prerender.rs`).

use trade_model::Lang;

use super::site_url::SiteUrl;

/// The picture a shared link shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewImage<'a> {
    /// The file, relative to the page (`preview.png`).
    pub path: &'a str,
    pub width: u32,
    pub height: u32,
    /// What the picture shows, for readers who cannot see it.
    pub alt: &'a str,
}

/// What a shared link to the article shows.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkPreview<'a> {
    /// The headline.
    pub title: &'a str,
    /// The same sentence or two as the page's meta description.
    pub description: &'a str,
    /// The page's language: its address (`ja/` under the site) and its locale.
    pub lang: Lang,
    /// The picture, written once at the site's root for every language.
    pub image: PreviewImage<'a>,
}

/// The `<head>` tags for `preview`, one per line. With the site's public address (`site`) the page and
/// the picture are named absolutely, as crawlers need, and the canonical address is given; without it (a
/// local or test build) the picture is named relative to the page and the page's own address is left out,
/// rather than guessed.
pub fn link_preview_tags(preview: &LinkPreview, site: Option<&SiteUrl>) -> String {
    let image = match site {
        Some(site) => site.join(preview.image.path),
        // Relative to the page, which may be one folder down.
        None => format!("{}{}", up_from(preview.lang), preview.image.path),
    };
    let page = site.map(|site| site.join(preview.lang.folder()));
    let (width, height) = (
        preview.image.width.to_string(),
        preview.image.height.to_string(),
    );
    let mut tags = Vec::new();
    if let Some(page) = &page {
        tags.push(format!(
            "<link rel=\"canonical\" href=\"{}\" />",
            attribute(page)
        ));
    }
    let mut property = |name: &str, value: &str| {
        tags.push(format!(
            "<meta property=\"{name}\" content=\"{}\" />",
            attribute(value)
        ))
    };
    property("og:type", "article");
    property("og:title", preview.title);
    property("og:description", preview.description);
    property("og:locale", locale(preview.lang));
    property("og:locale:alternate", locale(preview.lang.other()));
    if let Some(page) = &page {
        property("og:url", page);
    }
    property("og:image", &image);
    property("og:image:type", "image/png");
    property("og:image:width", &width);
    property("og:image:height", &height);
    property("og:image:alt", preview.image.alt);
    // Twitter's cards read `name`, not Open Graph's `property`.
    let mut name = |name: &str, value: &str| {
        tags.push(format!(
            "<meta name=\"{name}\" content=\"{}\" />",
            attribute(value)
        ))
    };
    name("twitter:card", "summary_large_image");
    name("twitter:title", preview.title);
    name("twitter:description", preview.description);
    name("twitter:image", &image);
    name("twitter:image:alt", preview.image.alt);
    tags.join("\n    ")
}

/// The Open Graph locale of a language.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::Ja => "ja_JP",
    }
}

/// The way from a language's page up to the site's root: `` or `../`.
fn up_from(lang: Lang) -> &'static str {
    if lang.folder().is_empty() {
        ""
    } else {
        "../"
    }
}

/// The `<link rel="alternate" hreflang>` of every edition (and `x-default`, the English), so each page
/// names both. They must be absolute addresses (search engines, and Lighthouse, refuse relative ones), so
/// without the site's address (a local or test build) there are none, as there is no canonical address.
pub fn language_alternates(site: Option<&SiteUrl>) -> String {
    let Some(site) = site else {
        return String::new();
    };
    let address = |lang: Lang| site.join(lang.folder());
    let mut tags: Vec<String> = Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
                lang.code(),
                attribute(&address(lang))
            )
        })
        .collect();
    tags.push(format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />",
        attribute(&address(Lang::En))
    ));
    tags.join("\n    ")
}

/// `page` with `tags` on the lines after its meta description, where a reader of the source finds the rest
/// of what describes the page.
pub fn with_link_preview(page: &str, tags: &str) -> Result<String, String> {
    const DESCRIPTION: &str = "<meta name=\"description\"";
    let start = page
        .find(DESCRIPTION)
        .ok_or_else(|| format!("the page has no {DESCRIPTION}"))?;
    // The tag ends at the first `>` outside its quoted attribute values.
    let mut quoted = false;
    let end = start
        + page[start..]
            .find(|c| {
                quoted ^= c == '"';
                c == '>' && !quoted
            })
            .ok_or_else(|| format!("the page's {DESCRIPTION} does not end"))?
        + 1;
    let line_start = page[..start].rfind('\n').map_or(0, |at| at + 1);
    let indent = &page[line_start..start];
    let indent = if indent.trim().is_empty() { indent } else { "" };
    let tags = tags.replace("\n    ", &format!("\n{indent}"));
    Ok(format!("{}\n{indent}{tags}{}", &page[..end], &page[end..]))
}

/// `text` escaped for a double-quoted attribute.
fn attribute(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PREVIEW: LinkPreview = LinkPreview {
        title: "Allies & rivals",
        description: "How \"goods\" moved.",
        lang: Lang::En,
        image: PreviewImage {
            path: "preview.png",
            width: 1200,
            height: 630,
            alt: "Chart: trade <by year>.",
        },
    };

    /// The `content` (or `href`) of the tag whose first attribute is `key`, unescaped enough to compare.
    fn value<'a>(tags: &'a str, key: &str) -> Option<&'a str> {
        tags.lines()
            .find(|line| line.contains(&format!("=\"{key}\" ")))
            .and_then(|line| line.rsplit_once("=\"")?.1.split('"').next())
    }

    #[test]
    fn with_the_site_address_everything_is_absolute_and_canonical() {
        let site = SiteUrl::parse("https://example.org/trade/").unwrap();
        let tags = link_preview_tags(&PREVIEW, Some(&site));
        assert_eq!(
            value(&tags, "canonical"),
            Some("https://example.org/trade/")
        );
        assert_eq!(value(&tags, "og:url"), Some("https://example.org/trade/"));
        for image in ["og:image", "twitter:image"] {
            assert_eq!(
                value(&tags, image),
                Some("https://example.org/trade/preview.png")
            );
        }
        assert_eq!(value(&tags, "og:type"), Some("article"));
        assert_eq!(value(&tags, "og:image:type"), Some("image/png"));
        assert_eq!(value(&tags, "og:image:width"), Some("1200"));
        assert_eq!(value(&tags, "og:image:height"), Some("630"));
        assert_eq!(value(&tags, "twitter:card"), Some("summary_large_image"));
        assert!(tags.starts_with("<link rel=\"canonical\""), "{tags}");
    }

    #[test]
    fn without_it_the_image_is_relative_and_the_page_address_left_out() {
        let tags = link_preview_tags(&PREVIEW, None);
        assert_eq!(value(&tags, "og:image"), Some("preview.png"));
        assert_eq!(value(&tags, "twitter:image"), Some("preview.png"));
        assert!(!tags.contains("canonical"), "{tags}");
        assert!(!tags.contains("og:url"), "{tags}");
        assert!(!tags.contains("://"), "{tags}");
    }

    #[test]
    fn titles_descriptions_and_alt_text_are_escaped_and_given_to_both_formats() {
        let tags = link_preview_tags(&PREVIEW, None);
        for key in ["og:title", "twitter:title"] {
            assert_eq!(value(&tags, key), Some("Allies &amp; rivals"), "{key}");
        }
        for key in ["og:description", "twitter:description"] {
            assert_eq!(value(&tags, key), Some("How &quot;goods&quot; moved."));
        }
        for key in ["og:image:alt", "twitter:image:alt"] {
            assert_eq!(value(&tags, key), Some("Chart: trade &lt;by year&gt;."));
        }
        // Open Graph in `property`, Twitter in `name`; one tag a line.
        assert!(tags.contains("<meta property=\"og:title\""));
        assert!(tags.contains("<meta name=\"twitter:title\""));
        assert_eq!(tags.lines().count(), 15);
    }

    #[test]
    fn the_tags_go_on_the_lines_after_the_description_indented_alike() {
        let page = "<head>\n  <title>T</title>\n  <meta name=\"description\" content=\"a > b\" />\n</head>";
        let tags = link_preview_tags(&PREVIEW, None);
        let with = with_link_preview(page, &tags).unwrap();
        let lines: Vec<&str> = with.lines().collect();
        assert_eq!(
            lines[2],
            "  <meta name=\"description\" content=\"a > b\" />"
        );
        assert_eq!(
            lines[3],
            "  <meta property=\"og:type\" content=\"article\" />"
        );
        assert_eq!(
            lines[17],
            "  <meta name=\"twitter:image:alt\" content=\"Chart: trade &lt;by year&gt;.\" />"
        );
        assert_eq!(lines[18], "</head>");
        assert!(with_link_preview("<head></head>", &tags).is_err());
    }

    #[test]
    fn the_japanese_page_names_its_own_address_locale_and_the_shared_picture() {
        let japanese = LinkPreview {
            lang: Lang::Ja,
            ..PREVIEW
        };
        let site = SiteUrl::parse("https://example.org/trade/").unwrap();
        let tags = link_preview_tags(&japanese, Some(&site));
        assert_eq!(
            value(&tags, "canonical"),
            Some("https://example.org/trade/ja/")
        );
        assert_eq!(
            value(&tags, "og:url"),
            Some("https://example.org/trade/ja/")
        );
        assert_eq!(
            value(&tags, "og:image"),
            Some("https://example.org/trade/preview.png")
        );
        assert_eq!(value(&tags, "og:locale"), Some("ja_JP"));
        assert_eq!(value(&tags, "og:locale:alternate"), Some("en_US"));
        let local = link_preview_tags(&japanese, None);
        assert_eq!(value(&local, "og:image"), Some("../preview.png"));
    }

    #[test]
    fn both_editions_and_a_default_are_named_as_alternates() {
        let site = SiteUrl::parse("https://example.org/trade/").unwrap();
        let tags = language_alternates(Some(&site));
        assert!(tags.contains("hreflang=\"en\" href=\"https://example.org/trade/\""));
        assert!(tags.contains("hreflang=\"ja\" href=\"https://example.org/trade/ja/\""));
        assert!(tags.contains("hreflang=\"x-default\" href=\"https://example.org/trade/\""));
        assert_eq!(
            language_alternates(None),
            "",
            "relative alternates are invalid"
        );
    }
}
