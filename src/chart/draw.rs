//! Draws a [`ChartSpec`] at a [`ChartLayout`] on any plotters backend: the canvas on screen, SVG for
//! downloads and snapshot tests. Coordinates are CSS pixels scaled by the device pixel ratio.

use plotters::coord::Shift;
use plotters::element::{Circle, PathElement, Rectangle, Text};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::layout::{tick_label, ChartLayout, LABEL_SIZE};
use super::palette::{ChartPalette, Theme};
use super::spec::{ChartSpec, Mark};

/// How to draw: device pixels per CSS pixel, and the theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawStyle {
    pub pixel_ratio: f64,
    pub theme: Theme,
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Draws the whole chart; `focus` is the row under the read-out, marked with a crosshair.
pub fn draw_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    layout: &ChartLayout,
    style: &DrawStyle,
    focus: Option<usize>,
) -> DrawResult<DB> {
    let palette = ChartPalette::for_theme(style.theme);
    let r = style.pixel_ratio;
    let p = |x: f64, y: f64| ((x * r).round() as i32, (y * r).round() as i32);
    let w = |css: f64| ((css * r).round() as u32).max(1);
    let font = |size: f64| ("sans-serif", size * r).into_font().color(&palette.text);
    let anchored = |size: f64, h: HPos, v: VPos| font(size).pos(Pos::new(h, v));
    root.fill(&palette.background)?;

    for (panel, band) in spec.panels.iter().zip(&layout.panels) {
        root.draw(&Text::new(
            panel.axis_title.clone(),
            p(layout.left, band.title_top + 2.0),
            anchored(LABEL_SIZE, HPos::Left, VPos::Top),
        ))?;
        for tick in band.axis.ticks() {
            let y = band.y.map(tick);
            let colour = if tick.abs() < 1e-9 {
                palette.axis
            } else {
                palette.grid
            };
            root.draw(&PathElement::new(
                vec![p(layout.left, y), p(layout.right, y)],
                colour.stroke_width(w(1.0)),
            ))?;
            root.draw(&Text::new(
                tick_label(tick, panel.format),
                p(layout.left - 6.0, y),
                anchored(LABEL_SIZE, HPos::Right, VPos::Center),
            ))?;
        }

        let bar_series: Vec<_> = panel
            .series
            .iter()
            .filter(|s| s.mark == Mark::Bars)
            .collect();
        if !bar_series.is_empty() {
            let group = layout.x_step() * if bar_series.len() > 1 { 0.8 } else { 0.64 };
            let bar = group / bar_series.len() as f64;
            let zero = band.y.map(0.0);
            for (n, series) in bar_series.iter().enumerate() {
                let colour = palette.hue(series.hue);
                for (row, value) in spec.rows.iter().zip(&series.values) {
                    let Some(value) = value else { continue };
                    let x0 = layout.x.map(row.x) - group / 2.0 + n as f64 * bar;
                    let y = band.y.map(*value);
                    root.draw(&Rectangle::new(
                        [p(x0 + 0.5, zero.min(y)), p(x0 + bar - 0.5, zero.max(y))],
                        colour.filled(),
                    ))?;
                }
            }
        }
        for series in panel.series.iter().filter(|s| s.mark == Mark::Line) {
            let colour = palette.hue(series.hue);
            let mut run: Vec<(i32, i32)> = Vec::new();
            for (row, value) in spec.rows.iter().zip(&series.values) {
                match value {
                    Some(v) => run.push(p(layout.x.map(row.x), band.y.map(*v))),
                    None => {
                        draw_run(root, &mut run, colour.stroke_width(w(2.5)))?;
                    }
                }
            }
            draw_run(root, &mut run, colour.stroke_width(w(2.5)))?;
        }
        for series in panel.series.iter().filter(|s| s.mark == Mark::Points) {
            let colour = palette.hue(series.hue);
            for (row, value) in spec.rows.iter().zip(&series.values) {
                let Some(value) = value else { continue };
                let (x, y) = (layout.x.map(row.x), band.y.map(*value));
                root.draw(&Circle::new(p(x, y), w(4.5), colour.filled()))?;
                if !layout.compact {
                    let label = panel.format.readout(Some(*value));
                    let width = label.chars().count() as f64 * (LABEL_SIZE - 1.0) * 0.6;
                    let (at, h) = if x + 7.0 + width > layout.right {
                        (x - 7.0, HPos::Right)
                    } else {
                        (x + 7.0, HPos::Left)
                    };
                    root.draw(&Text::new(
                        label,
                        p(at, y),
                        anchored(LABEL_SIZE - 1.0, h, VPos::Center),
                    ))?;
                }
            }
        }
    }

    let axis_y = layout.axis_y;
    root.draw(&PathElement::new(
        vec![p(layout.left, axis_y), p(layout.right, axis_y)],
        palette.axis.stroke_width(w(1.0)),
    ))?;
    for marker in &spec.markers {
        let x = layout.x.map(marker.x);
        let top = axis_y + 3.0;
        root.draw(&plotters::element::Polygon::new(
            vec![p(x, top), p(x - 4.0, top + 7.0), p(x + 4.0, top + 7.0)],
            palette.grey.filled(),
        ))?;
    }
    let labels_y = axis_y + if spec.markers.is_empty() { 5.0 } else { 15.0 };
    for (x, label) in &spec.x_ticks {
        let x = layout.x.map(*x);
        root.draw(&PathElement::new(
            vec![p(x, axis_y), p(x, axis_y + 4.0)],
            palette.axis.stroke_width(w(1.0)),
        ))?;
        for (line, text) in label_lines(label, layout.compact).iter().enumerate() {
            root.draw(&Text::new(
                text.clone(),
                p(x, labels_y + line as f64 * (LABEL_SIZE + 3.0)),
                anchored(LABEL_SIZE, HPos::Center, VPos::Top),
            ))?;
        }
    }

    if let Some(row) = focus.and_then(|i| spec.rows.get(i).map(|row| (i, row))) {
        let (index, row) = row;
        let x = layout.x.map(row.x);
        let top = layout.panels.first().map_or(0.0, |b| b.top);
        root.draw(&PathElement::new(
            vec![p(x, top), p(x, axis_y)],
            palette.text.stroke_width(w(1.0)),
        ))?;
        for (panel, band) in spec.panels.iter().zip(&layout.panels) {
            for series in panel.series.iter().filter(|s| s.mark != Mark::Bars) {
                if let Some(Some(value)) = series.values.get(index) {
                    let centre = p(x, band.y.map(*value));
                    root.draw(&Circle::new(centre, w(5.5), palette.background.filled()))?;
                    root.draw(&Circle::new(
                        centre,
                        w(5.5),
                        palette.hue(series.hue).stroke_width(w(2.5)),
                    ))?;
                }
            }
        }
    }
    Ok(())
}

fn draw_run<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    run: &mut Vec<(i32, i32)>,
    style: ShapeStyle,
) -> DrawResult<DB> {
    if run.len() == 1 {
        root.draw(&Circle::new(
            run[0],
            style.stroke_width.max(2),
            style.color.filled(),
        ))?;
    } else if run.len() > 1 {
        root.draw(&PathElement::new(std::mem::take(run), style))?;
    }
    run.clear();
    Ok(())
}

/// Category labels break before a parenthesis onto a second line.
fn label_lines(label: &str, compact: bool) -> Vec<String> {
    match label.split_once(" (") {
        Some((head, tail)) if compact || label.len() > 18 => {
            vec![head.to_string(), format!("({tail}")]
        }
        _ => vec![label.to_string()],
    }
}
