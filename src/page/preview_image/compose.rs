//! The preview picture's layout: on the light theme's background, with a margin, the chart's title in large
//! type, its takeaway, a box for the chart (which names its series itself, beside the plot) and the chart's
//! source, written as SVG.
//! The rasteriser does not wrap lines, so the text is wrapped here by the widths the fonts give
//! (`measure`), and a text too long for its lines ends in an ellipsis rather than running off the picture.

use std::fmt::Write;

/// The picture's width in pixels: with [`HEIGHT`], the 1.91:1 that Open Graph and Twitter's large cards
/// show uncropped.
pub const WIDTH: u32 = 1200;
/// The picture's height in pixels.
pub const HEIGHT: u32 = 630;

/// The light theme's page colours (`--bg`, `--text`, `--muted` in style/base.css).
const BACKGROUND: &str = "#ffffff";
const TEXT: &str = "#1d1d1f";
const MUTED: &str = "#52525b";

const MARGIN_X: f64 = 64.0;
const MARGIN_TOP: f64 = 48.0;
const MARGIN_BOTTOM: f64 = 36.0;

/// Font sizes and line heights, px.
const TITLE: (f64, f64) = (46.0, 54.0);
const TAKEAWAY: (f64, f64) = (27.0, 36.0);
const SOURCE: (f64, f64) = (17.0, 22.0);

/// The family every line is set in; the rasteriser holds it and maps `sans-serif` (the chart's) to it.
pub const FAMILY: &str = "DejaVu Sans";

/// A font weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// What the picture says around the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameText {
    pub title: String,
    pub takeaway: String,
    pub source: String,
}

/// Where the chart goes in the picture, px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// The picture without its chart, as SVG, and the box left for the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub svg: String,
    pub chart: ChartBox,
}

/// Lays out `text`; `measure(text, size, weight)` is the width of one line in px.
pub fn frame(text: &FrameText, measure: &dyn Fn(&str, f64, Weight) -> f64) -> Frame {
    let width = f64::from(WIDTH) - 2.0 * MARGIN_X;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\">\n<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{BACKGROUND}\"/>\n"
    );
    let lines = |svg: &mut String,
                 words: &str,
                 (size, leading): (f64, f64),
                 weight: Weight,
                 colour: &str,
                 first_baseline: f64,
                 max_lines: usize| {
        let wrapped = wrap(words, width, max_lines, |line| measure(line, size, weight));
        for (i, line) in wrapped.iter().enumerate() {
            let y = first_baseline + i as f64 * leading;
            text_element(svg, MARGIN_X, y, size, weight, colour, line);
        }
        first_baseline + (wrapped.len().max(1) - 1) as f64 * leading
    };
    let title_end = lines(
        &mut svg,
        &text.title,
        TITLE,
        Weight::Bold,
        TEXT,
        MARGIN_TOP + TITLE.0 * 0.8,
        2,
    );
    let takeaway_end = lines(
        &mut svg,
        &text.takeaway,
        TAKEAWAY,
        Weight::Regular,
        TEXT,
        title_end + 18.0 + TAKEAWAY.0,
        3,
    );
    let source = wrap(&format!("Source: {}", text.source), width, 2, |line| {
        measure(line, SOURCE.0, Weight::Regular)
    });
    let last_baseline = f64::from(HEIGHT) - MARGIN_BOTTOM;
    let source_top = last_baseline - (source.len().max(1) - 1) as f64 * SOURCE.1;
    for (i, line) in source.iter().enumerate() {
        let y = source_top + i as f64 * SOURCE.1;
        text_element(
            &mut svg,
            MARGIN_X,
            y,
            SOURCE.0,
            Weight::Regular,
            MUTED,
            line,
        );
    }
    svg.push_str("</svg>\n");
    let chart_top = takeaway_end + 28.0;
    let chart_bottom = source_top - SOURCE.0 - 12.0;
    Frame {
        svg,
        chart: ChartBox {
            x: MARGIN_X,
            y: chart_top,
            width,
            height: (chart_bottom - chart_top).max(0.0),
        },
    }
}

fn text_element(
    svg: &mut String,
    x: f64,
    y: f64,
    size: f64,
    weight: Weight,
    colour: &str,
    text: &str,
) {
    let weight = match weight {
        Weight::Regular => "normal",
        Weight::Bold => "bold",
    };
    let _ = writeln!(
        svg,
        "<text x=\"{x}\" y=\"{y}\" font-family=\"{FAMILY}\" font-size=\"{size}\" font-weight=\"{weight}\" \
         fill=\"{colour}\">{}</text>",
        html_escape::encode_text(text)
    );
}

/// `text` broken between words into at most `max_lines` lines no wider than `width` by `measure`; when it
/// needs more, the last line ends in "…" where the text was cut. A single word wider than a line stays whole,
/// and a last line of one word takes another from the line above.
pub fn wrap(
    text: &str,
    width: f64,
    max_lines: usize,
    measure: impl Fn(&str) -> f64,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let mut line = word.to_string();
        while let Some(next) = words.peek() {
            let longer = format!("{line} {next}");
            if measure(&longer) > width {
                break;
            }
            line = longer;
            words.next();
        }
        if lines.len() + 1 == max_lines && words.peek().is_some() {
            // The last line allowed, with words left over: cut it so that it ends in an ellipsis.
            while measure(&format!("{line}…")) > width {
                match line.rsplit_once(' ') {
                    Some((shorter, _)) => line = shorter.to_string(),
                    None => break,
                }
            }
            let line = line.trim_end_matches([',', ';', ':', '.']);
            lines.push(format!("{line}…"));
            return lines;
        }
        lines.push(line);
    }
    // No word left alone on the last line ("bn." under "$145.8"): the line above lends it its last word.
    if let [.., above, last] = lines.as_mut_slice() {
        if !last.contains(' ') {
            if let Some((rest, word)) = above.rsplit_once(' ') {
                let joined = format!("{word} {last}");
                if measure(&joined) <= width {
                    *last = joined;
                    *above = rest.to_string();
                }
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 10 px wide at size 20, in proportion at other sizes.
    fn monospace(text: &str, size: f64, _: Weight) -> f64 {
        text.chars().count() as f64 * size / 2.0
    }

    #[test]
    fn words_wrap_within_the_width_and_overflow_ends_in_an_ellipsis() {
        let width = |t: &str| t.chars().count() as f64;
        assert_eq!(wrap("one two three", 20.0, 3, width), ["one two three"]);
        assert_eq!(
            wrap("one two three four", 8.0, 3, width),
            ["one two", "three", "four"]
        );
        assert_eq!(
            wrap("one two three four five", 8.0, 2, width),
            ["one two", "three…"]
        );
        // Punctuation before the cut gives way to the ellipsis.
        assert_eq!(wrap("one, two three", 5.0, 1, width), ["one…"]);
        assert_eq!(wrap("unbreakable", 4.0, 2, width), ["unbreakable"]);
        assert!(wrap("", 10.0, 2, width).is_empty());
    }

    #[test]
    fn a_last_word_alone_takes_another_from_the_line_above() {
        let width = |t: &str| t.chars().count() as f64;
        assert_eq!(
            wrap("it imported $145.8 bn.", 19.0, 3, width),
            ["it imported", "$145.8 bn."]
        );
        // Unless the two would not fit.
        assert_eq!(
            wrap("aaaa bbbbbbbbb cccccccc", 14.0, 3, width),
            ["aaaa bbbbbbbbb", "cccccccc"]
        );
    }

    #[test]
    fn the_frame_fits_the_picture_and_leaves_the_chart_a_large_box() {
        let text = FrameText {
            title: "US goods trade with Japan, 1985–2025".to_string(),
            takeaway: "A sentence long enough to need two lines at this size, as most takeaways \
                       do, with R&D and <more> to escape."
                .to_string(),
            source: "A bureau".to_string(),
        };
        let frame = frame(&text, &monospace);
        let chart = frame.chart;
        assert_eq!(chart.x, MARGIN_X);
        assert_eq!(chart.width, f64::from(WIDTH) - 2.0 * MARGIN_X);
        assert!(chart.y > 150.0 && chart.y < 300.0, "{chart:?}");
        assert!(chart.height > 280.0, "{chart:?}");
        assert!(chart.y + chart.height < f64::from(HEIGHT) - MARGIN_BOTTOM);
        assert!(frame
            .svg
            .contains(">US goods trade with Japan, 1985–2025</text>"));
        assert!(
            frame.svg.contains("R&amp;D and &lt;more&gt;"),
            "{}",
            frame.svg
        );
        assert!(frame.svg.contains(">Source: A bureau</text>"));
        assert!(frame.svg.contains("font-weight=\"bold\""));
        // Each line of text within the margins, above the chart or below it.
        let attribute = |line: &str, name: &str| -> f64 {
            let value = line.split(&format!(" {name}=\"")).nth(1).unwrap();
            value.split('"').next().unwrap().parse().unwrap()
        };
        for line in frame.svg.lines().filter(|l| l.starts_with("<text")) {
            let (x, y, size) = (
                attribute(line, "x"),
                attribute(line, "y"),
                attribute(line, "font-size"),
            );
            let content = line.split('>').nth(1).unwrap().trim_end_matches("</text");
            assert!(x >= MARGIN_X, "{line}");
            assert!(
                x + monospace(content, size, Weight::Regular) <= f64::from(WIDTH) - MARGIN_X,
                "{line}"
            );
            assert!(y < chart.y || y - size > chart.y + chart.height, "{line}");
        }
    }
}
