//! The languages the article is published in, and how a page or an address names them.

/// Whether this build carries the Japanese words. A WebAssembly bundle does only with the `japanese`
/// feature (the Japanese page's and widget's bundles), so the English bundles ship no Japanese text; native
/// builds (the prerender step, tests) always do. Every choice of Japanese text goes through
/// [`Lang::available`], so without it the Japanese tables, formats and literals are unreferenced and the
/// linker drops them (`tests/e2e/tests/budget.rs` searches the built bundles).
pub const JAPANESE: bool = cfg!(any(feature = "japanese", not(target_arch = "wasm32")));

/// A language of the article: English at `/`, Japanese at `/ja/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The code in `<html lang>`, `hreflang` and the widget's `lang=` option.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The language a code names (`ja`, `JA`, `ja-JP`), or `None` for any other, and for `ja` in a bundle
    /// built without Japanese (see [`JAPANESE`]): such a bundle reads a Japanese page as English.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
            .map(Lang::available)
    }

    /// The language as this build can write it: itself, or English for Japanese in a bundle built without
    /// Japanese ([`JAPANESE`]). Code that picks words by language matches on this, so that in such a bundle
    /// the Japanese arm is dead and its words are dropped.
    pub const fn available(self) -> Lang {
        if JAPANESE {
            self
        } else {
            Lang::En
        }
    }

    /// The folder of the language's page under the site's root: `` for English, `ja/` for Japanese.
    pub fn folder(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ja => "ja/",
        }
    }

    /// The language's own name, as the language switch writes it.
    pub fn own_name(self) -> &'static str {
        match self.available() {
            Lang::En => "English",
            Lang::Ja => "日本語",
        }
    }

    /// The other language (the switch's target).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_their_language_and_nothing_else() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Lang::from_code("JA"), Some(Lang::Ja));
        assert_eq!(Lang::from_code("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_code("en_US"), Some(Lang::En));
        for unknown in ["", "jp", "fr", "japanese", "-", "e"] {
            assert_eq!(Lang::from_code(unknown), None, "{unknown:?}");
        }
    }
}
