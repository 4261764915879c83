//! Writes the article into a built `index.html` (replacing the `<!-- article -->` marker) and each chart's
//! static SVG, light and dark, beside it in `charts/`. Trunk runs it after every build (see Trunk.toml):
//! `prerender <dist>/index.html`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use japan_us_trade::chart::catalog::{chart_spec, ChartId};
    use japan_us_trade::chart::palette::Theme;
    use japan_us_trade::chart::svg::chart_svg;
    use japan_us_trade::content::{ARTICLE, DATASET};
    use japan_us_trade::page::{article_html, policy, static_chart_path};
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
    let page = page.replacen(MARKER, &article_html(&ARTICLE, &DATASET), 1);
    // The release gets a strict Content-Security-Policy, in the page and in `_headers`; the development
    // server's live-reload script would not pass it.
    let page = if std::env::var("TRUNK_PROFILE").as_deref() == Ok("release") {
        use base64::Engine;
        use sha2::Digest;
        let hashes: Vec<String> = policy::inline_scripts(&page)
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
            std::fs::write(&headers, text)
                .unwrap_or_else(|e| fail(format!("{}: {e}", headers.display())));
        }
        page.replacen(
            "<meta charset=\"utf-8\" />",
            &format!("<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />"),
            1,
        )
    } else {
        page
    };
    std::fs::write(&index, page).unwrap_or_else(|e| fail(format!("{}: {e}", index.display())));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
