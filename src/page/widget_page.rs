//! The embed widget's page, `embed.html`, made from the built page template: the same head (title, icon,
//! the stylesheets a chart needs, not the article's) and the widget's own bundle instead of the article's.

use leptos::prelude::*;

use super::loader::{loader_at_once, replace_loader, Bundle};
use super::page_language::replace_between;
use super::render::render_html;
use crate::figure::names::{DATA_CHART, TAKEAWAYS_ID};
use trade_model::page_text::page_text;
use trade_model::Lang;

/// The stylesheets a widget uses, by name (`<name>.css`, or `<name>-<hash>.css` as Trunk names them).
const WIDGET_STYLES: [&str; 3] = ["base", "chart", "embed"];

/// What a reader without JavaScript sees in the frame, in every language: the way to the article, which
/// needs none; and, hidden, the page's title in each language other than English (`data-page-title`), which
/// the widget in that language takes for the page, and the sentence written for each chart (`takeaways`: chart key, language, sentence), which the
/// widget shows under its chart's title, so the prose stays out of the WebAssembly. A sentence in another
/// language than English carries `lang` (the widget with `lang=ja` looks for its own first).
#[component]
fn WidgetBody(
    takeaways: Vec<(String, Lang, String)>,
    titles: Vec<(Lang, String)>,
) -> impl IntoView {
    let notes = titles
        .iter()
        .map(|(lang, _)| {
            let text = page_text(*lang);
            let code = (*lang != Lang::En).then_some(lang.code());
            view! {
                <p class="embed-noscript" lang=code>
                    {text.widget_needs_javascript}
                    <a href=format!("./{}", lang.folder()) target="_blank" rel="noopener">
                        {text.read_the_article}<span class="visually-hidden">{text.opens_in_a_new_tab}</span>
                    </a>
                    {text.every_chart_in_the_article}
                </p>
            }
        })
        .collect_view();
    let other_titles = titles
        .into_iter()
        .filter(|(lang, _)| *lang != Lang::En)
        .map(|(lang, title)| view! { <p data-page-title="" lang=lang.code()>{title}</p> })
        .collect_view();
    view! {
        <noscript>{notes}</noscript>
        <div id=TAKEAWAYS_ID hidden>
            {other_titles}
            {takeaways
                .into_iter()
                .map(|(key, lang, text)| {
                    let lang = (lang != Lang::En).then_some(lang.code());
                    view! { <p lang=lang>{text}</p> }.attr(DATA_CHART, key)
                })
                .collect_view()}
        </div>
    }
}

/// The widget page from `template` (the built `index.html` before the article is written into it), loading
/// the widget's bundle for the address's language among `bundles` (the first for any other). The template must hold the
/// article marker, Trunk's module loader, the `<title>`, the meta description and one `<link>` line per
/// widget stylesheet.
/// `takeaways` (chart key, language, sentence) go into the page, hidden, for the widget to show under its chart's
/// title: the prose stays out of the WebAssembly.
/// One page serves every chart (`?embed=<key>`), so its title and description name the article it comes
/// from (`headline`); the widget puts its chart's title in front once it starts (`ui::embed`).
pub fn widget_page(
    template: &str,
    marker: &str,
    bundles: &[Bundle],
    takeaways: &[(&str, Lang, &str)],
    headlines: &[(Lang, &str)],
) -> Result<String, String> {
    if !template.contains(marker) {
        return Err(format!("the page template has no {marker} marker"));
    }
    let headline = headlines
        .iter()
        .find(|(lang, _)| *lang == Lang::En)
        .map(|(_, headline)| *headline)
        .ok_or("the widget page needs the article's English headline")?;
    let template = with_widget_head(template, headline)?;
    let titles: Vec<(Lang, String)> = headlines
        .iter()
        .map(|(lang, headline)| (*lang, (page_text(*lang).widget_title)(headline)))
        .collect();
    let takeaways: Vec<(String, Lang, String)> = takeaways
        .iter()
        .map(|(key, lang, text)| (key.to_string(), *lang, text.to_string()))
        .collect();
    let body = render_html(move || view! { <WidgetBody takeaways titles /> });
    let page = replace_loader(&template, |_| loader_at_once(bundles))?.replacen(marker, &body, 1);
    // Only the chart's stylesheets, no preloads of the article's bundle, and none of the template's
    // comments, which speak of the article page.
    let kept: Vec<&str> = page
        .lines()
        .filter(|line| {
            let preload =
                line.contains("rel=\"preload\"") || line.contains("rel=\"modulepreload\"");
            let stylesheet = line.contains("rel=\"stylesheet\"");
            let comment = line.trim_start().starts_with("<!--") && line.trim_end().ends_with("-->");
            !preload
                && !comment
                && (!stylesheet || WIDGET_STYLES.iter().any(|name| links_style(line, name)))
        })
        .collect();
    let styles = kept
        .iter()
        .filter(|line| line.contains("rel=\"stylesheet\""))
        .count();
    if styles != WIDGET_STYLES.len() {
        return Err(format!(
            "the page template links {styles} of the widget's {} stylesheets {WIDGET_STYLES:?}",
            WIDGET_STYLES.len()
        ));
    }
    Ok(kept.iter().map(|line| format!("{line}\n")).collect())
}

/// `template` with the widget's own title and description in place of the article's.
fn with_widget_head(template: &str, headline: &str) -> Result<String, String> {
    let title = (page_text(Lang::En).widget_title)(headline);
    let description = format!(
        "An interactive chart from the article “{headline}”, built from official statistics."
    );
    let page = replace_between(
        template,
        "<title>",
        "</title>",
        &html_escape::encode_text(&title),
    )?;
    replace_between(
        &page,
        "<meta name=\"description\" content=\"",
        "\"",
        &html_escape::encode_double_quoted_attribute(&description),
    )
}

/// Whether a `<link>` line loads the stylesheet `<name>.css` or `<name>-<hash>.css`.
fn links_style(line: &str, name: &str) -> bool {
    let Some(href) = line
        .split("href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
    else {
        return false;
    };
    let file = href.rsplit('/').next().unwrap_or(href);
    let Some(rest) = file.strip_prefix(name) else {
        return false;
    };
    rest == ".css"
        || rest
            .strip_prefix('-')
            .and_then(|hashed| hashed.strip_suffix(".css"))
            .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKER: &str = "<!-- article -->";

    /// One English bundle at `script` and `wasm`.
    fn bundle<'a>(script: &'a str, wasm: &'a str) -> [Bundle<'a>; 1] {
        [Bundle {
            lang: Lang::En,
            script,
            wasm,
        }]
    }
    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n<!-- The title must equal the lead's. -->\n<title>T</title>\n\
        <meta name=\"description\" content=\"The article's description.\" />\n\
        <link rel=\"stylesheet\" href=\"/base-1a2b.css\" integrity=\"sha384-x\"/>\n\
        <link rel=\"stylesheet\" href=\"/article-3c4d.css\" integrity=\"sha384-y\"/>\n\
        <link rel=\"stylesheet\" href=\"/chart-5e6f.css\"/>\n\
        <link rel=\"stylesheet\" href=\"/chart-article-5e70.css\"/>\n\
        <link rel=\"stylesheet\" href=\"/embed-dialog-7a8b.css\"/>\n\
        <link rel=\"stylesheet\" href=\"/embed-9c0d.css\"/>\n\
        <link rel=\"modulepreload\" href=\"/app-1.js\"/>\n\
        <link rel=\"icon\" href=\"/favicon-1.svg\"/>\n\
        <script type=\"module\">\nimport init from '/app-1.js';\nawait init({ module_or_path: '/app-1_bg.wasm' });\n</script>\n\
        </head>\n<body>\n<!-- article -->\n</body>\n</html>\n";

    #[test]
    fn the_widget_page_loads_its_own_bundle_and_only_the_chart_styles() {
        let page = widget_page(
            TEMPLATE,
            MARKER,
            &[
                Bundle {
                    lang: Lang::En,
                    script: "/widget-9.js",
                    wasm: "/widget-9_bg.wasm",
                },
                Bundle {
                    lang: Lang::Ja,
                    script: "/widget-ja-8.js",
                    wasm: "/widget-ja-8_bg.wasm",
                },
            ],
            &[
                ("goods", Lang::En, "Trade <grew>."),
                ("goods", Lang::Ja, "貿易が伸びた。"),
            ],
            &[(Lang::En, "Allies & rivals"), (Lang::Ja, "同盟と競争")],
        )
        .unwrap();
        assert!(
            page.contains("<p data-chart=\"goods\">Trade &lt;grew&gt;.</p>"),
            "{page}"
        );
        assert!(
            page.contains("lang=\"ja\"") && page.contains("貿易が伸びた。</p>"),
            "{page}"
        );
        assert!(page.contains("['en', { script: '/widget-9.js', wasm: '/widget-9_bg.wasm' }]"));
        assert!(
            page.contains("['ja', { script: '/widget-ja-8.js', wasm: '/widget-ja-8_bg.wasm' }]")
        );
        assert!(!page.contains("app-1"), "{page}");
        assert!(!page.contains(MARKER));
        assert!(
            page.contains("<noscript><p class=\"embed-noscript\">"),
            "{page}"
        );
        // A reader without scripts is told in both languages, each linking to its own article.
        assert!(
            page.contains("<p lang=\"ja\" class=\"embed-noscript\">このグラフの表示にはJavaScriptが必要です。<a href=\"./ja/\""),
            "{page}"
        );
        // The Japanese widget's page title, for the widget to take.
        assert!(
            page.contains("<p data-page-title=\"\" lang=\"ja\">「同盟と競争」のグラフ</p>"),
            "{page}"
        );
        for kept in [
            "/base-1a2b.css",
            "/chart-5e6f.css",
            "/embed-9c0d.css",
            "/favicon-1.svg",
            "<title>Chart from “Allies &amp; rivals”</title>",
            "<meta name=\"description\" content=\"An interactive chart from the article “Allies &amp; rivals”, built from official statistics.\" />",
        ] {
            assert!(page.contains(kept), "{kept} missing from {page}");
        }
        for dropped in [
            "<!--",
            "<title>T</title>",
            "The article's description.",
            "/article-3c4d.css",
            "/chart-article-5e70.css",
            "/embed-dialog-7a8b.css",
        ] {
            assert!(!page.contains(dropped), "{dropped} kept in {page}");
        }
    }

    #[test]
    fn stylesheets_under_a_sub_path_or_unhashed_are_kept_and_a_missing_one_is_refused() {
        let sub_path = TEMPLATE.replace("href=\"/", "href=\"/trade/");
        let page = widget_page(
            &sub_path,
            MARKER,
            &bundle("/trade/w.js", "/trade/w.wasm"),
            &[],
            &[(Lang::En, "A")],
        )
        .unwrap();
        assert!(page.contains("/trade/base-1a2b.css") && page.contains("/trade/embed-9c0d.css"));
        let unhashed = TEMPLATE.replace("/chart-5e6f.css", "/chart.css");
        let page = widget_page(
            &unhashed,
            MARKER,
            &bundle("/w.js", "/w.wasm"),
            &[],
            &[(Lang::En, "A")],
        )
        .unwrap();
        assert!(page.contains("/chart.css"));
        let without_chart = TEMPLATE.replace("/chart-5e6f.css", "/charts-5e6f.css");
        assert!(widget_page(
            &without_chart,
            MARKER,
            &bundle("/w.js", "/w.wasm"),
            &[],
            &[(Lang::En, "A")]
        )
        .is_err());
    }

    #[test]
    fn a_template_without_a_loader_or_marker_is_refused() {
        assert!(widget_page(
            "<title>T</title><meta name=\"description\" content=\"D\" /><body><!-- article --></body>",
            MARKER,
            &bundle("/w.js", "/w.wasm"),
            &[],
            &[(Lang::En, "A")]
        )
        .is_err());
        let no_marker = TEMPLATE.replace(MARKER, "");
        assert!(widget_page(
            &no_marker,
            MARKER,
            &bundle("/w.js", "/w.wasm"),
            &[],
            &[(Lang::En, "A")]
        )
        .is_err());
    }

    #[test]
    fn a_template_without_a_title_or_description_is_refused() {
        for missing in ["<title>T</title>", "<meta name=\"description\""] {
            let template = TEMPLATE.replace(missing, "");
            let error = widget_page(
                &template,
                MARKER,
                &bundle("/w.js", "/w.wasm"),
                &[],
                &[(Lang::En, "A")],
            )
            .unwrap_err();
            assert!(error.contains("has no"), "{error}");
        }
    }
}
