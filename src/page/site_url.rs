//! The site's public address, given at build time (`SITE_URL=https://example.org/trade/ cargo xtask dist`).
//! Link-preview crawlers need absolute addresses for the page and its picture; the repository cannot know
//! where the site will live, so whoever deploys it says so, and a wrong address fails the build.

/// The environment variable the build reads the address from.
pub const SITE_URL_VAR: &str = "SITE_URL";

/// An absolute `http(s)` address of the folder the site is served from, ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// Checks `text` as the site's address: `http://` or `https://`, a host, a path ending in `/`, and no
    /// query, fragment, spaces or characters that would need escaping in the page.
    pub fn parse(text: &str) -> Result<SiteUrl, String> {
        let refuse = |why: &str| {
            Err(format!(
                "{SITE_URL_VAR}={text:?} is not the site's address: {why}. \
                 Give the absolute http(s) address of the folder the site is served from, ending in /, \
                 e.g. {SITE_URL_VAR}=https://example.org/trade/"
            ))
        };
        if let Some(c) = text
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\{}|^".contains(*c))
        {
            return refuse(&format!("it holds {c:?}"));
        }
        let Some(rest) = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
        else {
            return refuse("it does not start with https:// or http://");
        };
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let host_name = host.rsplit_once(':').map_or(host, |(name, _)| name);
        if host_name.is_empty() {
            return refuse("it has no host");
        }
        if let Some((_, port)) = host.rsplit_once(':') {
            if port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) {
                return refuse("its port is not a number");
            }
        }
        if !host_name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        {
            return refuse("its host may hold only letters, digits, - and .");
        }
        if path.contains(['?', '#']) {
            return refuse("it has a query or a fragment");
        }
        if !path.ends_with('/') {
            return refuse("it does not end with /");
        }
        Ok(SiteUrl(text.to_string()))
    }

    /// The address as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The absolute address of `relative`, a path inside the site (`preview.png`).
    pub fn join(&self, relative: &str) -> String {
        format!("{}{}", self.0, relative.trim_start_matches("./"))
    }

    /// The address's path, from its first `/` after the host (`/trade/`).
    pub fn path(&self) -> &str {
        let rest = self.0.split_once("://").map_or(&*self.0, |(_, rest)| rest);
        rest.find('/').map_or("/", |at| &rest[at..])
    }

    /// Checks the address against the path the pages link their assets under (Trunk's public URL, e.g.
    /// `--public-url /trade/`): a site at `https://example.org/trade/` whose stylesheets are linked at
    /// `/base.css` would be deployed broken. A public URL that is not an absolute path (`./`, or another
    /// host) is not compared.
    pub fn check_public_url(&self, public_url: &str) -> Result<(), String> {
        if !public_url.starts_with('/') || public_url.starts_with("//") || self.path() == public_url
        {
            return Ok(());
        }
        Err(format!(
            "{SITE_URL_VAR}={} puts the site under {}, but its assets are linked under {public_url}; \
             build with `--public-url {}`, or correct {SITE_URL_VAR}",
            self.0,
            self.path(),
            self.path()
        ))
    }
}

/// The site's address from the environment variable's value: `None` when it is unset or empty (a local
/// build), an error when it is set but not a valid address or disagrees with `public_url`.
pub fn site_url_from(value: Option<&str>, public_url: &str) -> Result<Option<SiteUrl>, String> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => {
            let site = SiteUrl::parse(text)?;
            site.check_public_url(public_url)?;
            Ok(Some(site))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_http_addresses_of_a_folder_are_accepted() {
        for good in [
            "https://example.org/",
            "https://example.org/trade/",
            "http://127.0.0.1:8080/",
            "https://owner.github.io/japan-us-trade/",
        ] {
            let site = SiteUrl::parse(good).unwrap_or_else(|e| panic!("{good}: {e}"));
            assert_eq!(site.as_str(), good);
        }
        let site = SiteUrl::parse("https://example.org/trade/").unwrap();
        assert_eq!(site.path(), "/trade/");
        assert_eq!(
            site.join("preview.png"),
            "https://example.org/trade/preview.png"
        );
        assert_eq!(SiteUrl::parse("https://example.org/").unwrap().path(), "/");
    }

    #[test]
    fn anything_else_is_refused_saying_why_and_what_to_give() {
        for (bad, why) in [
            (
                "example.org/trade/",
                "does not start with https:// or http://",
            ),
            ("/trade/", "does not start with https:// or http://"),
            (
                "ftp://example.org/",
                "does not start with https:// or http://",
            ),
            ("https://example.org/trade", "does not end with /"),
            ("https://example.org", "does not end with /"),
            ("https:///trade/", "has no host"),
            ("https://example.org/?x=1/", "query or a fragment"),
            ("https://example.org/#top/", "query or a fragment"),
            ("https://example.org:80a/", "port is not a number"),
            ("https://user@example.org/", "only letters, digits"),
            ("https://example.org/a b/", "holds ' '"),
            ("https://example.org/\"x/", "holds '\"'"),
            ("https://example.org/<x>/", "holds '<'"),
        ] {
            let error = SiteUrl::parse(bad).expect_err(bad);
            assert!(error.contains(why), "{bad}: {error}");
            assert!(error.starts_with("SITE_URL="), "{error}");
            assert!(
                error.contains("e.g. SITE_URL=https://example.org/trade/"),
                "{error}"
            );
        }
    }

    #[test]
    fn the_address_must_agree_with_the_path_assets_are_linked_under() {
        let site = SiteUrl::parse("https://example.org/trade/").unwrap();
        assert!(site.check_public_url("/trade/").is_ok());
        assert!(site.check_public_url("./").is_ok());
        let error = site.check_public_url("/").unwrap_err();
        assert!(error.contains("--public-url /trade/"), "{error}");
        let root = SiteUrl::parse("https://example.org/").unwrap();
        assert!(root.check_public_url("/").is_ok());
        assert!(root.check_public_url("/trade/").is_err());
    }

    #[test]
    fn unset_or_empty_means_a_local_build_and_a_bad_value_fails() {
        assert_eq!(site_url_from(None, "/"), Ok(None));
        assert_eq!(site_url_from(Some(""), "/"), Ok(None));
        assert_eq!(site_url_from(Some("  "), "/"), Ok(None));
        assert_eq!(
            site_url_from(Some("https://example.org/"), "/"),
            Ok(Some(SiteUrl("https://example.org/".to_string())))
        );
        assert!(site_url_from(Some("example.org"), "/").is_err());
        assert!(site_url_from(Some("https://example.org/trade/"), "/").is_err());
    }
}
