//! Writes the article into a built `index.html` (replacing the `<!-- article -->` marker), the Japanese
//! edition `ja/index.html` (loading the Japanese article bundle), the embed page `embed.html` (loading the
//! widget's own bundle in the address's language; the bundles Trunk leaves unnamed are named here by their
//! content), each chart's static SVG,
//! light and dark, beside them in `charts/`, and the link preview: `preview.png` and the page's Open Graph
//! and Twitter-card tags, absolute when the site's address is given (`SITE_URL=https://…/`). Trunk runs
//! it after every build (see Trunk.toml): `prerender <dist>/index.html`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use japan_us_trade::chart::catalog::{chart_spec, ChartId};
    use japan_us_trade::chart::palette::Theme;
    use japan_us_trade::chart::svg::chart_svg;
    use japan_us_trade::content::{ARTICLE, ARTICLE_JA, DATASET};
    use japan_us_trade::page::link_preview::{
        language_alternates, link_preview_tags, with_link_preview, LinkPreview, PreviewImage,
    };
    use japan_us_trade::page::loader::{loader_on_demand, replace_loader, Bundle};
    use japan_us_trade::page::preview_image::{self, preview_picture, PREVIEW_FILE};
    use japan_us_trade::page::site_url::{site_url_from, SITE_URL_VAR};
    use japan_us_trade::page::{
        article_html, contents_script, embed_redirect_script, language_switch_script,
        static_chart_path_at, with_language, STATIC_SIZES,
    };
    use japan_us_trade::state::ChartState;
    use trade_model::Lang;

    const MARKER: &str = "<!-- article -->";
    let Some(index) = std::env::args().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: prerender <dist>/index.html");
        std::process::exit(2);
    };
    let fail = |what: String| -> ! {
        eprintln!("prerender: {what}");
        std::process::exit(1);
    };
    let mut public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_string());
    if !public_url.ends_with('/') {
        public_url.push('/');
    }
    // Checked first, so a wrong address fails the build before anything is written.
    let site = match std::env::var(SITE_URL_VAR) {
        Ok(value) => site_url_from(Some(&value), &public_url),
        Err(std::env::VarError::NotPresent) => site_url_from(None, &public_url),
        Err(std::env::VarError::NotUnicode(_)) => Err(format!("{SITE_URL_VAR} is not UTF-8")),
    }
    .unwrap_or_else(|e| fail(e));
    let page = std::fs::read_to_string(&index)
        .unwrap_or_else(|e| fail(format!("{}: {e}", index.display())));
    if !page.contains(MARKER) {
        fail(format!("{} has no {MARKER} marker", index.display()));
    }
    let dist = index.parent().unwrap_or(std::path::Path::new("."));
    for lang in Lang::ALL {
        let folder = dist.join(lang.folder());
        std::fs::create_dir_all(folder.join("charts"))
            .unwrap_or_else(|e| fail(format!("{}charts/: {e}", lang.folder())));
        for chart in ChartId::ALL {
            let spec = chart_spec(
                chart,
                &ChartState::default_for(chart.year_bounds(&DATASET)),
                &DATASET,
                lang,
            );
            for size in STATIC_SIZES {
                for (theme, dark) in [(Theme::Light, false), (Theme::Dark, true)] {
                    let path = folder.join(static_chart_path_at(chart.key(), size.width, dark));
                    std::fs::write(&path, chart_svg(&spec, size.width, size.height, theme))
                        .unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
                }
            }
        }
    }
    let picture = preview_picture(&ARTICLE, &DATASET).unwrap_or_else(|e| fail(e));
    let picture_path = dist.join(PREVIEW_FILE);
    std::fs::write(&picture_path, &picture.png)
        .unwrap_or_else(|e| fail(format!("{}: {e}", picture_path.display())));
    if site.is_none() {
        println!(
            "prerender: {SITE_URL_VAR} is not set, so the link preview names {PREVIEW_FILE} relative to the \
             page and gives no canonical address nor the editions' hreflang alternates; set it to the site's public address for a deploy (README)"
        );
    }
    let template = page;
    // The bundles Trunk writes unnamed (as workers): the widget's in each language and the Japanese page's
    // article bundle, each with the Japanese words only where its language needs them.
    let [widget_en, widget_ja, article_ja] = ["widget", "widget-ja", "japan-us-trade-ja"]
        .map(|bin| name_bundle(dist, bin).unwrap_or_else(|e| fail(e)));
    let address = |(script, wasm): &(String, String)| {
        (
            format!("{public_url}{script}"),
            format!("{public_url}{wasm}"),
        )
    };
    let (widget_en, widget_ja, article_ja) = (
        address(&widget_en),
        address(&widget_ja),
        address(&article_ja),
    );
    // Each chart's sentence in English and in Japanese: the widget with `lang=ja` shows the Japanese one.
    let takeaways: Vec<(&str, Lang, &str)> = [(Lang::En, &ARTICLE), (Lang::Ja, &ARTICLE_JA)]
        .into_iter()
        .flat_map(|(lang, article)| {
            ChartId::ALL
                .into_iter()
                .filter_map(move |chart| Some((chart.key(), lang, article.takeaway(chart)?)))
        })
        .collect();
    // The embed page: the widget's own, lighter bundle in the address's language, and only the stylesheets a
    // chart needs.
    let widget = japan_us_trade::page::widget_page(
        &template,
        MARKER,
        &[
            Bundle {
                lang: Lang::En,
                script: &widget_en.0,
                wasm: &widget_en.1,
            },
            Bundle {
                lang: Lang::Ja,
                script: &widget_ja.0,
                wasm: &widget_ja.1,
            },
        ],
        &takeaways,
        &[
            (Lang::En, &ARTICLE.headline),
            (Lang::Ja, &ARTICLE_JA.headline),
        ],
    )
    .unwrap_or_else(|e| fail(e));
    const CHARSET: &str = "<meta charset=\"utf-8\" />";
    if !template.contains(CHARSET) {
        fail(format!("{} has no {CHARSET}", index.display()));
    }
    // The article in each language, from one template: its language, title and description, its language's
    // bundle (Trunk's for English, the Japanese one for Japanese), the link preview and the addresses of both
    // editions.
    let article_page = |lang: Lang| -> String {
        let article = match lang {
            Lang::En => &ARTICLE,
            Lang::Ja => &ARTICLE_JA,
        };
        let preview_tags = link_preview_tags(
            &LinkPreview {
                title: &article.headline,
                description: &article.description,
                lang,
                image: PreviewImage {
                    path: PREVIEW_FILE,
                    width: preview_image::WIDTH,
                    height: preview_image::HEIGHT,
                    alt: &picture.alt,
                },
            },
            site.as_ref(),
        );
        let page = replace_loader(&template, |found| match lang {
            Lang::En => loader_on_demand(found.script, found.wasm),
            Lang::Ja => loader_on_demand(&article_ja.0, &article_ja.1),
        })
        .unwrap_or_else(|e| fail(format!("{}: {e}", index.display())))
        .replacen(
            MARKER,
            // The contents' and the switch's scripts run at once, after the article they read.
            &format!(
                "{}\n{}\n{}",
                article_html(article, &DATASET, lang),
                contents_script(),
                language_switch_script()
            ),
            1,
        )
        .replacen(
            CHARSET,
            &format!(
                "{CHARSET}\n    {}",
                embed_redirect_script(&public_url, lang)
            ),
            1,
        );
        let page = with_language(&page, lang, &article.headline, &article.description)
            .unwrap_or_else(|e| fail(format!("{}: {e}", index.display())));
        let alternates = language_alternates(site.as_ref());
        let head_tags = if alternates.is_empty() {
            preview_tags
        } else {
            format!("{preview_tags}\n    {alternates}")
        };
        with_link_preview(&page, &head_tags)
            .unwrap_or_else(|e| fail(format!("{}: {e}", index.display())))
    };
    let [article, article_ja, widget] = with_policy(
        [article_page(Lang::En), article_page(Lang::Ja), widget],
        dist,
    )
    .unwrap_or_else(|e| fail(e));
    for (path, page) in [
        (dist.join("embed.html"), widget),
        (index.clone(), article),
        (dist.join(Lang::Ja.folder()).join("index.html"), article_ja),
    ] {
        std::fs::write(&path, page).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
    }
}

/// Gives the script and WebAssembly of the bundle of binary `bin`, which Trunk writes (as a worker) as
/// `<bin>.js` and `<bin>_bg.wasm`, names that change with their content (so hosts may cache them for good),
/// and returns those names.
#[cfg(not(target_arch = "wasm32"))]
fn name_bundle(dist: &std::path::Path, bin: &str) -> Result<(String, String), String> {
    use sha2::Digest;
    let (script_path, wasm_path) = (
        dist.join(format!("{bin}.js")),
        dist.join(format!("{bin}_bg.wasm")),
    );
    let read = |path: &std::path::Path| {
        std::fs::read(path).map_err(|e| {
            format!(
                "{}: {e} (the bundle comes from the `{bin}` rust link in index.html)",
                path.display()
            )
        })
    };
    let (script, wasm) = (read(&script_path)?, read(&wasm_path)?);
    let digest = sha2::Sha256::new()
        .chain_update(&script)
        .chain_update(&wasm)
        .finalize();
    let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let names = (format!("{bin}-{hash}.js"), format!("{bin}-{hash}_bg.wasm"));
    for (from, to) in [(&script_path, &names.0), (&wasm_path, &names.1)] {
        std::fs::rename(from, dist.join(to)).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    Ok(names)
}

/// Adds the release's strict Content-Security-Policy to the pages (and to `_headers`), allowing each page's
/// inline loader; the development server's live-reload script would not pass it, so other builds are left
/// as they are.
#[cfg(not(target_arch = "wasm32"))]
fn with_policy<const N: usize>(
    pages: [String; N],
    dist: &std::path::Path,
) -> Result<[String; N], String> {
    use base64::Engine;
    use japan_us_trade::page::policy;
    use sha2::Digest;
    if std::env::var("TRUNK_PROFILE").as_deref() != Ok("release") {
        return Ok(pages);
    }
    let mut hashes: Vec<String> = pages
        .iter()
        .flat_map(|page| policy::inline_scripts(page))
        .map(|script| {
            let digest = sha2::Sha256::digest(script.as_bytes());
            format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    hashes.dedup();
    let csp = policy::content_security_policy(&hashes);
    let headers = dist.join("_headers");
    if let Ok(text) = std::fs::read_to_string(&headers) {
        let text = text.replace("{{content-security-policy}}", &csp);
        std::fs::write(&headers, text).map_err(|e| format!("{}: {e}", headers.display()))?;
    }
    Ok(pages.map(|page| {
        page.replacen(
            "<meta charset=\"utf-8\" />",
            &format!("<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />"),
            1,
        )
    }))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
