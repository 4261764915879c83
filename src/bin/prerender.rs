//! Writes the article into a built `index.html` (replacing the `<!-- article -->` marker), the embed page
//! `embed.html` (the same bundle without the article), and each chart's static SVG, light and dark, beside
//! them in `charts/`. Trunk runs it after every build (see Trunk.toml):
//! `prerender <dist>/index.html`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use japan_us_trade::chart::catalog::{chart_spec, ChartId};
    use japan_us_trade::chart::palette::Theme;
    use japan_us_trade::chart::svg::chart_svg;
    use japan_us_trade::content::{ARTICLE, DATASET};
    use japan_us_trade::page::{article_html, static_chart_path};
    use japan_us_trade::state::ChartState;

    const MARKER: &str = "<!-- article -->";
    let Some(index) = std::env::args().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: prerender <dist>/index.html");
        std::process::exit(2);
    };
    let fail = |what: String| -> ! {
        eprintln!("prerender: {what}");
        std::process::exit(1);
    };
    let page = std::fs::read_to_string(&index)
        .unwrap_or_else(|e| fail(format!("{}: {e}", index.display())));
    if !page.contains(MARKER) {
        fail(format!("{} has no {MARKER} marker", index.display()));
    }
    let dist = index.parent().unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dist.join("charts")).unwrap_or_else(|e| fail(format!("charts/: {e}")));
    for chart in ChartId::ALL {
        let spec = chart_spec(
            chart,
            &ChartState::default_for(chart.year_bounds(&DATASET)),
            &DATASET,
        );
        for (theme, suffix) in [(Theme::Light, ""), (Theme::Dark, "-dark")] {
            let path =
                dist.join(static_chart_path(chart.key()).replace(".svg", &format!("{suffix}.svg")));
            std::fs::write(&path, chart_svg(&spec, 960, 480, theme))
                .unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
        }
    }
    let template = page;
    let article = with_policy(
        &template.replacen(MARKER, &article_html(&ARTICLE, &DATASET), 1),
        dist,
    )
    .unwrap_or_else(|e| fail(e));
    // The embed page: the same bundle without the article, so a widget loads less and never shows it.
    let embed = with_policy(&template.replacen(MARKER, "", 1), dist).unwrap_or_else(|e| fail(e));
    let embed_path = dist.join("embed.html");
    std::fs::write(&embed_path, embed)
        .unwrap_or_else(|e| fail(format!("{}: {e}", embed_path.display())));
    let page = article;
    std::fs::write(&index, page).unwrap_or_else(|e| fail(format!("{}: {e}", index.display())));
}

/// Adds the release's strict Content-Security-Policy to a page (and to `_headers`); the development
/// server's live-reload script would not pass it, so other builds are left as they are.
#[cfg(not(target_arch = "wasm32"))]
fn with_policy(page: &str, dist: &std::path::Path) -> Result<String, String> {
    use base64::Engine;
    use japan_us_trade::page::policy;
    use sha2::Digest;
    if std::env::var("TRUNK_PROFILE").as_deref() != Ok("release") {
        return Ok(page.to_string());
    }
    let hashes: Vec<String> = policy::inline_scripts(page)
        .iter()
        .map(|script| {
            let digest = sha2::Sha256::digest(script.as_bytes());
            format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    let csp = policy::content_security_policy(&hashes);
    let headers = dist.join("_headers");
    if let Ok(text) = std::fs::read_to_string(&headers) {
        let text = text.replace("{{content-security-policy}}", &csp);
        std::fs::write(&headers, text).map_err(|e| format!("{}: {e}", headers.display()))?;
    }
    Ok(page.replacen(
        "<meta charset=\"utf-8\" />",
        &format!("<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />"),
        1,
    ))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
