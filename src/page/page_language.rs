//! Makes the page template into one language's page: `<html lang>`, `<title>` and the meta description.

use trade_model::Lang;

/// `page` with its `<html lang>` set to `lang` and its title and description replaced (escaped).
pub fn with_language(
    page: &str,
    lang: Lang,
    title: &str,
    description: &str,
) -> Result<String, String> {
    let html = page
        .find("<html lang=\"")
        .ok_or("the page has no <html lang=\"…\">")?;
    let code_start = html + "<html lang=\"".len();
    let code_end = code_start
        + page[code_start..]
            .find('"')
            .ok_or("<html lang> does not end")?;
    let page = format!(
        "{}{}{}",
        &page[..code_start],
        lang.code(),
        &page[code_end..]
    );
    let page = replace_between(
        &page,
        "<title>",
        "</title>",
        &html_escape::encode_text(title),
    )?;
    replace_between(
        &page,
        "<meta name=\"description\" content=\"",
        "\"",
        &html_escape::encode_double_quoted_attribute(description),
    )
}

/// `page` with the text between the first `open` and the next `close` replaced by `with`.
pub(super) fn replace_between(
    page: &str,
    open: &str,
    close: &str,
    with: &str,
) -> Result<String, String> {
    let start = page
        .find(open)
        .ok_or_else(|| format!("the page has no {open}"))?
        + open.len();
    let end = start
        + page[start..]
            .find(close)
            .ok_or_else(|| format!("the page's {open} does not end"))?;
    Ok(format!("{}{with}{}", &page[..start], &page[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<title>Close allies</title>\n\
        <meta name=\"description\" content=\"How goods moved.\" />\n</head>\n</html>";

    #[test]
    fn the_language_title_and_description_are_replaced_and_escaped() {
        let page = with_language(TEMPLATE, Lang::Ja, "日米 & 貿易", "「財」の\"流れ\"").unwrap();
        assert!(page.contains("<html lang=\"ja\">"), "{page}");
        assert!(page.contains("<title>日米 &amp; 貿易</title>"), "{page}");
        assert!(
            page.contains("content=\"「財」の&quot;流れ&quot;\" />"),
            "{page}"
        );
        assert_eq!(
            with_language(TEMPLATE, Lang::En, "Close allies", "How goods moved.").unwrap(),
            TEMPLATE
        );
        assert!(with_language("<html>", Lang::Ja, "t", "d").is_err());
    }
}
