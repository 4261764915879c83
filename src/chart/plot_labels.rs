//! The words on the plot itself: each series' direct label beside its last value, and the few events
//! chosen in content written above the plot beside a rule. Their sizes decide how much room the layout
//! leaves for them; their places come from [`super::label_placement`].

use super::label_placement::{place_in_rows, spread_vertically, RuleLabel, Wanted};
use super::layout::{bar_group, LinearScale, PanelLayout, LABEL_SIZE};
use super::spec::{ChartSpec, Hue, Mark};

/// Width of one character of chart text, as a share of the font size (generous for a sans-serif, so a
/// label measured here is never wider on screen than its room).
const CHAR_WIDTH: f64 = 0.6;
/// Height of one line of a label.
pub const LINE_HEIGHT: f64 = LABEL_SIZE + 3.0;
/// The colour key (a short stroke or a square) before a direct label, and the gaps around it.
pub const KEY_WIDTH: f64 = 10.0;
const KEY_GAP: f64 = 4.0;
/// Space between the plot's right edge and the direct labels' keys.
pub const GUTTER_GAP: f64 = 8.0;
/// Height of one row of event annotations above the plot.
pub const ANNOTATION_ROW: f64 = LABEL_SIZE + 6.0;
const ANNOTATION_PAD: f64 = 4.0;
const ANNOTATION_GAP: f64 = 10.0;

/// Width of a full-width character (kana, kanji, full-width punctuation) as a share of the font size.
const WIDE_CHAR_WIDTH: f64 = 1.0;

/// How wide `text` is drawn at the chart's label size; Japanese characters are a full em wide.
pub fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| {
            if c >= '\u{2E80}' {
                WIDE_CHAR_WIDTH
            } else {
                CHAR_WIDTH
            }
        })
        .sum::<f64>()
        * LABEL_SIZE
}

/// A series' label beside the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectLabel {
    pub lines: Vec<String>,
    pub hue: Hue,
    pub mark: Mark,
    /// The series' last drawn value, where the label's connector starts.
    pub end: (f64, f64),
    /// Where the label's centre went.
    pub centre_y: f64,
}

impl DirectLabel {
    pub fn height(&self) -> f64 {
        self.lines.len() as f64 * LINE_HEIGHT
    }
}

/// An event written above the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedAnnotation {
    pub x: f64,
    pub label: String,
    pub row: usize,
    /// The left edge of the label's text.
    pub start: f64,
}

/// The longest line, in characters, a direct label may take: a few words on a desktop, fewer on a phone,
/// and never so many that the labels take more than a third of the chart, unless one word needs it.
pub fn label_line_limit(spec: &ChartSpec, compact: bool, width: f64) -> usize {
    let shorts = || spec.panels.iter().flat_map(|p| &p.series).map(|s| s.short);
    let longest_word = shorts()
        .flat_map(|short| short.split(' '))
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(0);
    let room =
        ((width / 3.0 - GUTTER_GAP - KEY_WIDTH - KEY_GAP) / (LABEL_SIZE * CHAR_WIDTH)).floor();
    let wanted = if compact { 12 } else { 26 };
    wanted.min(room.max(0.0) as usize).max(longest_word)
}

/// The lines a series' short label is written on: one, or broken between words at `limit` characters.
pub fn label_lines(short: &str, limit: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in short.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= limit => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The width the direct labels need beside the plot: the widest line, its key and the gaps.
pub fn gutter_width(spec: &ChartSpec, limit: usize) -> f64 {
    let widest = spec
        .panels
        .iter()
        .flat_map(|p| &p.series)
        .flat_map(|s| label_lines(s.short, limit))
        .map(|line| text_width(&line))
        .fold(0.0, f64::max);
    if widest == 0.0 {
        0.0
    } else {
        GUTTER_GAP + KEY_WIDTH + KEY_GAP + widest
    }
}

/// Where the text of direct labels starts, given the plot's right edge.
pub fn label_text_x(right: f64) -> f64 {
    right + GUTTER_GAP + KEY_WIDTH + KEY_GAP
}

/// Each series' label, beside the last row where it has a value, spread so none covers another.
pub fn direct_labels(
    spec: &ChartSpec,
    x: &LinearScale,
    x_step: f64,
    panels: &[PanelLayout],
    limit: usize,
) -> Vec<DirectLabel> {
    let mut all = Vec::new();
    for (panel, band) in spec.panels.iter().zip(panels) {
        let bars: Vec<&str> = panel
            .series
            .iter()
            .filter(|s| s.mark == Mark::Bars)
            .map(|s| s.key)
            .collect();
        let mut labels: Vec<DirectLabel> = Vec::new();
        for series in &panel.series {
            let Some(last) = series.values.iter().rposition(Option::is_some) else {
                continue;
            };
            let (Some(row), Some(Some(value))) = (spec.rows.get(last), series.values.get(last))
            else {
                continue;
            };
            let centre_x = x.map(row.x);
            let end = match series.mark {
                Mark::Line | Mark::Points => (centre_x, band.y.map(*value)),
                Mark::Bars => {
                    let (group, bar) = bar_group(x_step, bars.len());
                    let n = bars.iter().position(|k| *k == series.key).unwrap_or(0) as f64;
                    (centre_x - group / 2.0 + (n + 0.5) * bar, band.y.map(*value))
                }
                Mark::Stacked => {
                    let below: f64 = panel
                        .series
                        .iter()
                        .take_while(|s| s.key != series.key)
                        .filter(|s| s.mark == Mark::Stacked)
                        .filter_map(|s| s.values.get(last).copied().flatten())
                        .sum();
                    (centre_x + x_step * 0.35, band.y.map(below + value / 2.0))
                }
            };
            labels.push(DirectLabel {
                lines: label_lines(series.short, limit),
                hue: series.hue,
                mark: series.mark,
                end,
                centre_y: end.1,
            });
        }
        let wanted: Vec<Wanted> = labels
            .iter()
            .map(|l| Wanted {
                // The first line sits level with the series' end.
                centre: l.end.1 + (l.height() - LINE_HEIGHT) / 2.0,
                height: l.height(),
            })
            .collect();
        let centres = spread_vertically(&wanted, band.top, band.bottom, 2.0);
        for (label, centre) in labels.iter_mut().zip(centres) {
            label.centre_y = centre;
        }
        all.extend(labels);
    }
    all
}

/// The chart's annotations inside the plot's width, set in rows above the plot; one that cannot sit beside
/// its rule on the plot is left to its marker and the text equivalent.
pub fn place_annotations(
    spec: &ChartSpec,
    x: &LinearScale,
    left: f64,
    right: f64,
) -> Vec<PlacedAnnotation> {
    let shown: Vec<_> = spec
        .annotations
        .iter()
        .filter(|a| {
            let (low, high) = spec.x_domain;
            a.x >= low && a.x <= high
        })
        .collect();
    let labels: Vec<RuleLabel> = shown
        .iter()
        .map(|a| RuleLabel {
            x: x.map(a.x),
            width: text_width(&a.label),
        })
        .collect();
    place_in_rows(&labels, left, right, ANNOTATION_PAD, ANNOTATION_GAP)
        .into_iter()
        .zip(shown)
        .filter_map(|(place, annotation)| place.map(|place| (place, annotation)))
        .map(|(place, annotation)| PlacedAnnotation {
            x: x.map(annotation.x),
            label: annotation.label.clone(),
            row: place.row,
            start: place.start,
        })
        .collect()
}
