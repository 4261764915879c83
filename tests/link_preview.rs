//! The link preview the build makes: the picture (`preview.png`) drawn from the goods chart, and the
//! prerender step refusing a site address it cannot use. Expectations come from the content and the style
//! sheet, read here independently of the app.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::process::Command;

use japan_us_trade::content::{ARTICLE, DATASET};
use japan_us_trade::page::preview_image::{preview_picture, PREVIEW_FILE};
use resvg::tiny_skia::Pixmap;

/// A colour token of the light theme, `--name: #rrggbb;` in style/base.css's first `:root` block.
fn light_colour(name: &str) -> [u8; 3] {
    let css =
        std::fs::read_to_string(format!("{}/style/base.css", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let value = css
        .split(&format!("--{name}:"))
        .nth(1)
        .unwrap_or_else(|| panic!("--{name} in style/base.css"))
        .split(';')
        .next()
        .unwrap()
        .trim()
        .trim_start_matches('#');
    let byte = |i: usize| u8::from_str_radix(&value[i..i + 2], 16).unwrap();
    [byte(0), byte(2), byte(4)]
}

/// How many pixels of each colour, opaque, in the rows `top..bottom`.
fn colours(picture: &Pixmap, top: u32, bottom: u32) -> HashMap<[u8; 3], usize> {
    let mut counts = HashMap::new();
    for y in top..bottom {
        for x in 0..picture.width() {
            let pixel = picture.pixel(x, y).unwrap();
            assert_eq!(pixel.alpha(), 255, "the picture is opaque");
            *counts
                .entry([pixel.red(), pixel.green(), pixel.blue()])
                .or_insert(0) += 1;
        }
    }
    counts
}

/// Pixels within `tolerance` of `colour` in each channel (text is anti-aliased at its edges).
fn near(counts: &HashMap<[u8; 3], usize>, colour: [u8; 3], tolerance: u8) -> usize {
    counts
        .iter()
        .filter(|(c, _)| (0..3).all(|i| c[i].abs_diff(colour[i]) <= tolerance))
        .map(|(_, n)| n)
        .sum()
}

#[test]
fn the_preview_is_a_1200_by_630_png_with_the_goods_chart_and_its_words() {
    let picture = preview_picture(&ARTICLE, &DATASET).unwrap();
    assert_eq!(PREVIEW_FILE, "preview.png");
    // Kept for a look (the build writes the same picture into dist/).
    let kept = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(PREVIEW_FILE);
    std::fs::write(&kept, &picture.png).unwrap();
    println!("the picture: {}", kept.display());
    // The PNG signature, and the size in the header as crawlers read it.
    assert_eq!(&picture.png[..8], b"\x89PNG\r\n\x1a\n");
    let header = |at: usize| u32::from_be_bytes(picture.png[at..at + 4].try_into().unwrap());
    assert_eq!((header(16), header(20)), (1200, 630));
    let decoded = Pixmap::decode_png(&picture.png).expect("the PNG decodes");
    assert_eq!((decoded.width(), decoded.height()), (1200, 630));

    let all = colours(&decoded, 0, 630);
    let background = light_colour("bg");
    let inked: usize = all
        .iter()
        .filter(|(c, _)| **c != background)
        .map(|(_, n)| n)
        .sum();
    let share = inked as f64 / (1200.0 * 630.0);
    // Text, axes, bars and lines: far from blank, and still mostly the light background.
    assert!(
        (0.04..0.6).contains(&share),
        "{:.1}% of the picture is not background",
        share * 100.0
    );
    assert!(all.len() > 100, "only {} colours", all.len());
    assert_eq!(
        all.iter().max_by_key(|(_, n)| **n).map(|(c, _)| *c),
        Some(background),
        "the light theme's background"
    );
    // The series the goods chart shows by default, in their light-theme colours, each clearly drawn.
    for series in ["exports", "imports", "balance"] {
        let pixels = near(&all, light_colour(series), 6);
        assert!(pixels > 1500, "{series}: {pixels} pixels");
    }
    // Large dark text at the top (the title), where the chart does not reach.
    let top = colours(&decoded, 0, 110);
    let title_ink = near(&top, light_colour("text"), 24);
    assert!(title_ink > 3000, "{title_ink} pixels of title text");
}

#[test]
fn the_preview_names_the_chart_and_says_its_takeaway_in_words() {
    let picture = preview_picture(&ARTICLE, &DATASET).unwrap();
    // The goods chart's default years: the first and last rows of goods_trade.csv.
    let csv = std::fs::read_to_string(format!(
        "{}/content/data/goods_trade.csv",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let years: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').next().unwrap())
        .collect();
    let title = format!(
        "US goods trade with Japan, {}–{}",
        years.first().unwrap(),
        years.last().unwrap()
    );
    let takeaway = ARTICLE
        .takeaway(japan_us_trade::chart::catalog::ChartId::GoodsTrade)
        .unwrap();
    assert_eq!(picture.alt, format!("Chart: {title}. {takeaway}"));
    // The takeaway as written in content (placeholders filled), not an empty one.
    let written = std::fs::read_to_string(format!(
        "{}/content/article/01-history.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let line = written
        .lines()
        .find(|l| l.starts_with("goods-trade-chart = "))
        .unwrap();
    let opening = line
        .trim_start_matches("goods-trade-chart = \"")
        .split('{')
        .next()
        .unwrap();
    assert!(takeaway.starts_with(opening), "{takeaway} / {opening}");
}

/// Runs the prerender step on a page in a fresh folder with `env`, returning its exit code, its error output
/// and whether it wrote anything beside the page.
fn prerender(env: &[(&str, &str)]) -> (Option<i32>, String, bool) {
    let folder = std::env::temp_dir().join(format!(
        "prerender-site-url-{}-{}",
        std::process::id(),
        env.len()
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("index.html"),
        "<head><meta charset=\"utf-8\" /></head><body><!-- article --></body>",
    )
    .unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_prerender"));
    command
        .arg(folder.join("index.html"))
        .env_remove("SITE_URL")
        .env_remove("TRUNK_PUBLIC_URL");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    let wrote = std::fs::read_dir(&folder).unwrap().count() > 1;
    let _ = std::fs::remove_dir_all(&folder);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        wrote,
    )
}

#[test]
fn a_site_address_the_build_cannot_use_fails_it_with_a_message_before_anything_is_written() {
    let (code, message, wrote) = prerender(&[("SITE_URL", "example.org/trade")]);
    assert_eq!(code, Some(1), "{message}");
    assert!(!wrote);
    assert!(
        message.contains("SITE_URL=\"example.org/trade\" is not the site's address"),
        "{message}"
    );
    assert!(
        message.contains("does not start with https:// or http://"),
        "{message}"
    );

    let (code, message, wrote) = prerender(&[
        ("SITE_URL", "https://example.org/trade/"),
        ("TRUNK_PUBLIC_URL", "/"),
    ]);
    assert_eq!(code, Some(1), "{message}");
    assert!(!wrote);
    assert!(message.contains("--public-url /trade/"), "{message}");
}
