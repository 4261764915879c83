//! Where everything goes, in CSS pixels: plot area, one band per panel with its value scale and ticks,
//! the time scale, and the marker band. Also maps a pointer position back to the nearest row.

use super::plot_labels::{
    direct_labels, gutter_width, label_line_limit, place_annotations, DirectLabel,
    PlacedAnnotation, ANNOTATION_ROW,
};
use super::spec::{ChartSpec, EventMarker, Mark, ValueFormat};
use super::ticks::NiceAxis;
use trade_model::text::ChartText;

/// A linear map from data values to pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if (d1 - d0).abs() < f64::EPSILON {
            return (r0 + r1) / 2.0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    pub fn invert(&self, pixel: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if (r1 - r0).abs() < f64::EPSILON {
            return d0;
        }
        d0 + (pixel - r0) / (r1 - r0) * (d1 - d0)
    }
}

/// One panel's band and value axis.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelLayout {
    /// Top of the panel's title line.
    pub title_top: f64,
    pub top: f64,
    pub bottom: f64,
    pub axis: NiceAxis,
    pub y: LinearScale,
}

/// The geometry of a chart at a given size.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLayout {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub x: LinearScale,
    pub panels: Vec<PanelLayout>,
    /// The baseline under the last panel, where the horizontal axis is drawn.
    pub axis_y: f64,
    /// Whether the chart is narrow enough to draw fewer labels.
    pub compact: bool,
    /// Each series' label beside the plot's right edge.
    pub direct_labels: Vec<DirectLabel>,
    /// The events written above the plot, and the top of their first row.
    pub annotations: Vec<PlacedAnnotation>,
    pub annotations_top: f64,
}

/// Font size of tick labels, CSS px.
pub const LABEL_SIZE: f64 = 12.0;
const TITLE_LINE: f64 = 20.0;
const PANEL_GAP: f64 = 24.0;
const X_LABELS: f64 = 22.0;
const MARKER_BAND: f64 = 12.0;

impl ChartLayout {
    pub fn new(spec: &ChartSpec, width: f64, height: f64) -> ChartLayout {
        let compact = width < 520.0;
        let panels_ticks: Vec<NiceAxis> = spec
            .panels
            .iter()
            .map(|p| value_axis(p, spec.rows.len(), height, spec.panels.len()))
            .collect();
        let widest_label = spec
            .panels
            .iter()
            .zip(&panels_ticks)
            .flat_map(|(p, axis)| {
                axis.ticks()
                    .into_iter()
                    .map(move |t| tick_label(t, p.format, spec.text()).chars().count())
            })
            .max()
            .unwrap_or(3) as f64;
        let left = 10.0 + widest_label * LABEL_SIZE * 0.62;
        // Direct labels take the right edge, wrapped to keep to about a third of a narrow chart.
        let label_limit = label_line_limit(spec, compact, width);
        let right = width - 8.0 - gutter_width(spec, label_limit).max(4.0);
        let x = LinearScale {
            domain: spec.x_domain,
            range: (left, right),
        };
        let annotations_top = 4.0;
        // A phone's chart keeps its height for the data: two rows of annotations at most there; the events
        // left off the plot still have their markers, tips and place in the text equivalent.
        let most_rows = if compact { 2 } else { usize::MAX };
        let annotations: Vec<PlacedAnnotation> = place_annotations(spec, &x, left, right)
            .into_iter()
            .filter(|a| a.row < most_rows)
            .collect();
        let annotation_rows = annotations.iter().map(|a| a.row + 1).max().unwrap_or(0);
        let plot_top = annotations_top + annotation_rows as f64 * ANNOTATION_ROW;
        let category_lines = if spec.csv_row_heading == "Year" {
            1.0
        } else {
            2.0
        };
        let bottom_reserved = X_LABELS * category_lines
            + if spec.markers.is_empty() {
                0.0
            } else {
                MARKER_BAND
            };
        let axis_y = (height - bottom_reserved).max(plot_top + TITLE_LINE + 10.0);
        let count = spec.panels.len().max(1) as f64;
        let band = ((axis_y - plot_top) - PANEL_GAP * (count - 1.0)) / count;
        let panels: Vec<PanelLayout> = panels_ticks
            .into_iter()
            .enumerate()
            .map(|(i, axis)| {
                let title_top = plot_top + i as f64 * (band + PANEL_GAP);
                let top = title_top + TITLE_LINE;
                let bottom = (title_top + band).max(top + 10.0);
                PanelLayout {
                    title_top,
                    top,
                    bottom,
                    axis,
                    y: LinearScale {
                        domain: (axis.min, axis.max),
                        range: (bottom, top),
                    },
                }
            })
            .collect();
        let x_step = (x.map(1.0) - x.map(0.0)).abs();
        let direct_labels = direct_labels(spec, &x, x_step, &panels, label_limit);
        ChartLayout {
            width,
            height,
            left,
            right,
            x,
            panels,
            axis_y,
            compact,
            direct_labels,
            annotations,
            annotations_top,
        }
    }

    /// The row whose x position is nearest to `pixel_x`, if the pointer is over the plot.
    pub fn nearest_row(&self, spec: &ChartSpec, pixel_x: f64) -> Option<usize> {
        if pixel_x < self.left - 8.0 || pixel_x > self.right + 8.0 {
            return None;
        }
        spec.rows
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| {
                (self.x.map(a.x) - pixel_x)
                    .abs()
                    .total_cmp(&(self.x.map(b.x) - pixel_x).abs())
            })
            .map(|(i, _)| i)
    }

    /// Pixels per unit of the horizontal axis (one year, one category).
    pub fn x_step(&self) -> f64 {
        (self.x.map(1.0) - self.x.map(0.0)).abs()
    }
}

/// The width of a group of `count` side-by-side bars at one row, and of each bar in it.
pub fn bar_group(x_step: f64, count: usize) -> (f64, f64) {
    let group = x_step * if count > 1 { 0.8 } else { 0.64 };
    (group, group / count.max(1) as f64)
}

/// The value axis of a panel: nice bounds around its values, from zero unless it only shows a rate.
fn value_axis(
    panel: &super::spec::Panel,
    rows: usize,
    height: f64,
    panel_count: usize,
) -> NiceAxis {
    let stacks = panel.stack_totals(rows);
    let values = panel
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten().copied())
        .chain(stacks);
    let include_zero = panel.format != ValueFormat::YenPerDollar
        || panel
            .series
            .iter()
            .any(|s| matches!(s.mark, Mark::Bars | Mark::Stacked));
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let (low, high) = if low.is_finite() {
        (low, high)
    } else {
        (0.0, 1.0)
    };
    let (low, high) = if include_zero {
        (low.min(0.0), high.max(0.0))
    } else {
        (low, high)
    };
    let band = height / panel_count.max(1) as f64;
    let target = ((band / 55.0).round() as usize).clamp(2, 6);
    NiceAxis::enclosing(low, high, target)
}

/// Event markers close enough to crowd each other, merged into one target.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkerCluster {
    /// Horizontal position in CSS pixels.
    pub left: f64,
    /// Each event's title and date: "Plaza Accord, 22 September 1985; …".
    pub label: String,
    /// The timeline anchor of the cluster's first event.
    pub anchor: String,
}

/// Groups markers so that targets are at least `min_gap` CSS pixels apart (WCAG 2.5.8 target spacing).
/// A cluster's events are named one after another, `list_gap` between them (`; `, `、`).
pub fn cluster_markers(
    markers: &[EventMarker],
    x: &LinearScale,
    min_gap: f64,
    list_gap: &str,
) -> Vec<MarkerCluster> {
    let centre =
        |group: &[&EventMarker]| group.iter().map(|m| x.map(m.x)).sum::<f64>() / group.len() as f64;
    let mut groups: Vec<Vec<&EventMarker>> = markers.iter().map(|m| vec![m]).collect();
    // Merge the closest neighbours until every pair of centres is far enough apart.
    loop {
        let closest = (1..groups.len())
            .map(|i| (i, centre(&groups[i]) - centre(&groups[i - 1])))
            .filter(|(_, gap)| *gap < min_gap)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        let Some((i, _)) = closest else { break };
        let later = groups.remove(i);
        groups[i - 1].extend(later);
    }
    groups
        .into_iter()
        .map(|group| {
            let first = group[0];
            let titles: Vec<&str> = group
                .iter()
                .flat_map(|m| m.titles.iter().map(String::as_str))
                .collect();
            MarkerCluster {
                left: centre(&group),
                label: titles.join(list_gap),
                anchor: first.anchor.clone(),
            }
        })
        .collect()
}

/// A value-axis label in the axis's unit (billions or 億 of dollars, trillions of yen, yen), in the
/// chart's language.
pub fn tick_label(value: f64, format: ValueFormat, text: &ChartText) -> String {
    format.tick(text, value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::spec::{Hue, Panel, Row, Series};

    fn spec(values: Vec<Option<f64>>) -> ChartSpec {
        ChartSpec {
            lang: trade_model::Lang::En,
            title: "t".into(),
            row_heading: "Year".into(),
            csv_row_heading: "Year",
            rows: (0..values.len())
                .map(|i| Row {
                    x: 2000.0 + i as f64,
                    label: format!("{}", 2000 + i),
                    csv_label: format!("{}", 2000 + i),
                })
                .collect(),
            x_domain: (1999.4, 1999.6 + values.len() as f64),
            x_ticks: vec![],
            panels: vec![Panel {
                axis_title: "a".into(),
                format: ValueFormat::UsdMillions,
                series: vec![Series {
                    key: "k",
                    label: "l".into(),
                    csv_label: "l",
                    short: "l",
                    mark: Mark::Line,
                    hue: Hue::Blue,
                    values,
                }],
            }],
            markers: vec![],
            annotations: vec![],
            source: "s".into(),
            notes: vec![],
        }
    }

    #[test]
    fn crowded_markers_merge_so_targets_keep_their_spacing() {
        let marker = |year: u16| EventMarker {
            x: f64::from(year),
            when: year.to_string(),
            titles: vec![format!("e{year}")],
            anchor: format!("event-{year}"),
        };
        let markers = [marker(1985), marker(1986), marker(1990), marker(2025)];
        let x = LinearScale {
            domain: (1985.0, 2025.0),
            range: (0.0, 400.0),
        }; // 10 px a year
        let clusters = cluster_markers(&markers, &x, 24.0, "; ");
        assert_eq!(clusters.len(), 3);
        assert_eq!(clusters[0].label, "e1985; e1986");
        assert_eq!(clusters[0].anchor, "event-1985");
        assert!(clusters.windows(2).all(|w| w[1].left - w[0].left >= 24.0));
    }

    #[test]
    fn scales_map_and_invert() {
        let scale = LinearScale {
            domain: (0.0, 10.0),
            range: (100.0, 200.0),
        };
        assert_eq!(scale.map(5.0), 150.0);
        assert_eq!(scale.invert(150.0), 5.0);
        let flipped = LinearScale {
            domain: (0.0, 10.0),
            range: (200.0, 100.0),
        };
        assert_eq!(flipped.map(10.0), 100.0);
    }

    #[test]
    fn the_pointer_finds_the_nearest_year() {
        let spec = spec(vec![Some(1.0), Some(2.0), Some(3.0)]);
        let layout = ChartLayout::new(&spec, 600.0, 300.0);
        let x_of_2001 = layout.x.map(2001.0);
        assert_eq!(layout.nearest_row(&spec, x_of_2001 + 3.0), Some(1));
        assert_eq!(layout.nearest_row(&spec, 0.0), None);
    }

    #[test]
    fn the_value_axis_encloses_zero_and_the_data_on_nice_ticks() {
        let spec = spec(vec![Some(-89_721.8), Some(148_180.8)]);
        let layout = ChartLayout::new(&spec, 800.0, 400.0);
        let axis = layout.panels[0].axis;
        assert!(axis.min <= -89_721.8 && axis.max >= 148_180.8 && axis.ticks().contains(&0.0));
        assert_eq!(
            tick_label(-50_000.0, ValueFormat::UsdMillions, &trade_model::text::EN),
            "−50"
        );
    }
}
