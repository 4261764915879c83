//! Draws a [`ChartSpec`] at a [`ChartLayout`] on any plotters backend: the canvas on screen, SVG for
//! downloads and snapshot tests. The chart is painted once, through the small [`Surface`] trait, so the
//! picture is the same on every backend and its code is compiled once; coordinates are CSS pixels.

use plotters::coord::Shift;
use plotters::element::{Circle, PathElement, Polygon, Rectangle, Text};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::layout::{bar_group, tick_label, ChartLayout, LABEL_SIZE};
use super::palette::{ChartPalette, Theme};
use super::plot_labels::{
    label_text_x, text_width, ANNOTATION_ROW, GUTTER_GAP, KEY_WIDTH, LINE_HEIGHT,
};
use super::spec::{ChartSpec, Mark};
use trade_model::Lang;

/// How to draw: device pixels per CSS pixel, and the theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawStyle {
    pub pixel_ratio: f64,
    pub theme: Theme,
    /// What the backend's font sizes must be multiplied by to come out at the size asked for (see
    /// [`SVG_TEXT_SCALE`]); 1 on the canvas.
    pub text_scale: f64,
}

/// plotters' SVG backend writes a font's size divided by 1.24 (plotters-svg 0.3, `svg.rs`), so 12 px text
/// would come out at 9.7 px; the canvas backend writes it as given. SVG drawings are scaled back by this.
pub const SVG_TEXT_SCALE: f64 = 1.24;

/// The fonts of Japanese chart text: each system's own Japanese sans-serif, so no web font is downloaded
/// (macOS and iOS: Hiragino; Windows: Yu Gothic UI, then Meiryo; Android and Linux: Noto Sans CJK JP).
/// Single quotes, because the SVG backend writes the list into a double-quoted attribute. The same list is
/// in `style/chart.css` for `:lang(ja)`.
/// The Japanese fonts come before `system-ui`, which on a Chinese or English system would draw kanji in
/// Chinese shapes or fall back glyph by glyph.
pub const JAPANESE_FONTS: &str = "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', \
'Yu Gothic', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', system-ui, -apple-system, sans-serif";

/// The font family chart text is drawn in for `lang`. English keeps plotters' plain `sans-serif` (the
/// link preview's rasteriser maps exactly that name to its font).
pub fn chart_font(lang: Lang) -> &'static str {
    match lang.available() {
        Lang::En => "sans-serif",
        Lang::Ja => JAPANESE_FONTS,
    }
}

/// The drawing operations a chart needs, in CSS pixels.
pub trait Surface {
    fn fill(&mut self, colour: RGBColor);
    fn line(&mut self, points: &[(f64, f64)], colour: RGBColor, width: f64);
    fn rect(&mut self, corner: (f64, f64), opposite: (f64, f64), colour: RGBColor);
    fn dot(&mut self, centre: (f64, f64), radius: f64, colour: RGBColor);
    fn ring(&mut self, centre: (f64, f64), radius: f64, colour: RGBColor, width: f64);
    fn triangle(&mut self, points: [(f64, f64); 3], colour: RGBColor);
    fn text(
        &mut self,
        text: &str,
        at: (f64, f64),
        size: f64,
        colour: RGBColor,
        anchor: (HPos, VPos),
    );
}

/// A plotters drawing area seen as a [`Surface`]; remembers whether any drawing failed.
struct PlottersSurface<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    ratio: f64,
    text_scale: f64,
    /// The font family (a CSS list) the chart's language is set in.
    font: &'static str,
    failed: bool,
}

impl<DB: DrawingBackend> PlottersSurface<'_, DB> {
    fn p(&self, (x, y): (f64, f64)) -> (i32, i32) {
        (
            (x * self.ratio).round() as i32,
            (y * self.ratio).round() as i32,
        )
    }
    fn w(&self, css: f64) -> u32 {
        ((css * self.ratio).round() as u32).max(1)
    }
    fn keep<E>(&mut self, result: Result<(), E>) {
        self.failed |= result.is_err();
    }
}

impl<DB: DrawingBackend> Surface for PlottersSurface<'_, DB> {
    fn fill(&mut self, colour: RGBColor) {
        let result = self.area.fill(&colour);
        self.keep(result);
    }
    fn line(&mut self, points: &[(f64, f64)], colour: RGBColor, width: f64) {
        let points: Vec<(i32, i32)> = points.iter().map(|&p| self.p(p)).collect();
        let result = self.area.draw(&PathElement::new(
            points,
            colour.stroke_width(self.w(width)),
        ));
        self.keep(result);
    }
    fn rect(&mut self, corner: (f64, f64), opposite: (f64, f64), colour: RGBColor) {
        let result = self.area.draw(&Rectangle::new(
            [self.p(corner), self.p(opposite)],
            colour.filled(),
        ));
        self.keep(result);
    }
    fn dot(&mut self, centre: (f64, f64), radius: f64, colour: RGBColor) {
        let result = self.area.draw(&Circle::new(
            self.p(centre),
            self.w(radius),
            colour.filled(),
        ));
        self.keep(result);
    }
    fn ring(&mut self, centre: (f64, f64), radius: f64, colour: RGBColor, width: f64) {
        let style = colour.stroke_width(self.w(width));
        let result = self
            .area
            .draw(&Circle::new(self.p(centre), self.w(radius), style));
        self.keep(result);
    }
    fn triangle(&mut self, points: [(f64, f64); 3], colour: RGBColor) {
        let points: Vec<(i32, i32)> = points.iter().map(|&p| self.p(p)).collect();
        let result = self.area.draw(&Polygon::new(points, colour.filled()));
        self.keep(result);
    }
    fn text(
        &mut self,
        text: &str,
        at: (f64, f64),
        size: f64,
        colour: RGBColor,
        anchor: (HPos, VPos),
    ) {
        let style = (self.font, size * self.ratio * self.text_scale)
            .into_font()
            .color(&colour)
            .pos(Pos::new(anchor.0, anchor.1));
        let result = self.area.draw(&Text::new(text, self.p(at), style));
        self.keep(result);
    }
}

/// Draws the whole chart on a plotters area; `focus` is the row under the read-out, marked with a crosshair.
pub fn draw_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    layout: &ChartLayout,
    style: &DrawStyle,
    focus: Option<usize>,
) -> Result<(), String> {
    let mut surface = PlottersSurface {
        area: root,
        ratio: style.pixel_ratio,
        text_scale: style.text_scale,
        font: chart_font(spec.lang),
        failed: false,
    };
    paint(
        &mut surface,
        spec,
        layout,
        &ChartPalette::for_theme(style.theme),
        focus,
    );
    if surface.failed {
        Err("the backend refused a drawing operation".to_string())
    } else {
        Ok(())
    }
}

/// Paints the chart on any surface.
pub fn paint(
    surface: &mut dyn Surface,
    spec: &ChartSpec,
    layout: &ChartLayout,
    palette: &ChartPalette,
    focus: Option<usize>,
) {
    surface.fill(palette.background);
    // The annotated events' rules run behind the data, from their label down to the axis.
    for annotation in &layout.annotations {
        let top = layout.annotations_top + annotation.row as f64 * ANNOTATION_ROW;
        surface.line(
            &[(annotation.x, top), (annotation.x, layout.axis_y)],
            palette.grey,
            1.0,
        );
    }
    for (panel, band) in spec.panels.iter().zip(&layout.panels) {
        // The axis title knocks out any annotation rule passing behind it, so both stay legible.
        surface.rect(
            (layout.left - 2.0, band.title_top),
            (
                layout.left + text_width(&panel.axis_title) + 2.0,
                band.title_top + LABEL_SIZE + 4.0,
            ),
            palette.background,
        );
        surface.text(
            &panel.axis_title,
            (layout.left, band.title_top + 2.0),
            LABEL_SIZE,
            palette.text,
            (HPos::Left, VPos::Top),
        );
        for tick in band.axis.ticks() {
            let y = band.y.map(tick);
            let colour = if tick.abs() < 1e-9 {
                palette.axis
            } else {
                palette.grid
            };
            surface.line(&[(layout.left, y), (layout.right, y)], colour, 1.0);
            let label = tick_label(tick, panel.format, spec.text());
            surface.text(
                &label,
                (layout.left - 6.0, y),
                LABEL_SIZE,
                palette.text,
                (HPos::Right, VPos::Center),
            );
        }

        let bar_series: Vec<_> = panel
            .series
            .iter()
            .filter(|s| s.mark == Mark::Bars)
            .collect();
        if !bar_series.is_empty() {
            let (group, bar) = bar_group(layout.x_step(), bar_series.len());
            let zero = band.y.map(0.0);
            for (n, series) in bar_series.iter().enumerate() {
                let colour = palette.hue(series.hue);
                for (row, value) in spec.rows.iter().zip(&series.values) {
                    let Some(value) = value else { continue };
                    let x0 = layout.x.map(row.x) - group / 2.0 + n as f64 * bar;
                    let y = band.y.map(*value);
                    surface.rect(
                        (x0 + 0.5, zero.min(y)),
                        (x0 + bar - 0.5, zero.max(y)),
                        colour,
                    );
                }
            }
        }
        let stacked: Vec<_> = panel
            .series
            .iter()
            .filter(|s| s.mark == Mark::Stacked)
            .collect();
        if !stacked.is_empty() {
            let width = layout.x_step() * 0.7;
            for (i, row) in spec.rows.iter().enumerate() {
                let x = layout.x.map(row.x);
                let mut base = 0.0;
                for series in &stacked {
                    let Some(Some(value)) = series.values.get(i) else {
                        continue;
                    };
                    let (bottom, top) = (band.y.map(base), band.y.map(base + value));
                    // A hairline of background between segments keeps neighbouring colours apart.
                    surface.rect(
                        (x - width / 2.0, top.min(bottom) + 0.5),
                        (x + width / 2.0, top.max(bottom)),
                        palette.hue(series.hue),
                    );
                    base += value;
                }
            }
        }
        for series in panel.series.iter().filter(|s| s.mark == Mark::Line) {
            let colour = palette.hue(series.hue);
            // A missing value breaks the line instead of bridging it.
            let mut run: Vec<(f64, f64)> = Vec::new();
            for (row, value) in spec.rows.iter().zip(&series.values) {
                match value {
                    Some(v) => run.push((layout.x.map(row.x), band.y.map(*v))),
                    None => draw_run(surface, &mut run, colour),
                }
            }
            draw_run(surface, &mut run, colour);
        }
        for series in panel.series.iter().filter(|s| s.mark == Mark::Points) {
            let colour = palette.hue(series.hue);
            for (row, value) in spec.rows.iter().zip(&series.values) {
                let Some(value) = value else { continue };
                let (x, y) = (layout.x.map(row.x), band.y.map(*value));
                surface.dot((x, y), 4.5, colour);
                if !layout.compact {
                    let label = panel.format.readout(spec.text(), Some(*value));
                    let width = text_width(&label);
                    let (at, h) = if x + 7.0 + width > layout.right {
                        (x - 7.0, HPos::Right)
                    } else {
                        (x + 7.0, HPos::Left)
                    };
                    surface.text(&label, (at, y), LABEL_SIZE, palette.text, (h, VPos::Center));
                }
            }
        }
    }

    let axis_y = layout.axis_y;
    surface.line(
        &[(layout.left, axis_y), (layout.right, axis_y)],
        palette.axis,
        1.0,
    );
    for marker in &spec.markers {
        let (x, top) = (layout.x.map(marker.x), axis_y + 3.0);
        surface.triangle(
            [(x, top), (x - 4.0, top + 7.0), (x + 4.0, top + 7.0)],
            palette.grey,
        );
    }
    let labels_y = axis_y + if spec.markers.is_empty() { 5.0 } else { 15.0 };
    // Labels that would run into the one before are left out (the tick stays), e.g. months on a phone.
    let mut labels_end = f64::NEG_INFINITY;
    for (x, label) in &spec.x_ticks {
        let x = layout.x.map(*x);
        surface.line(&[(x, axis_y), (x, axis_y + 4.0)], palette.axis, 1.0);
        let lines = label_lines(label, layout.compact);
        let half_width = lines
            .iter()
            .map(|l| l.chars().count() as f64 * LABEL_SIZE * 0.3)
            .fold(0.0, f64::max);
        if x - half_width < labels_end + 6.0 {
            continue;
        }
        labels_end = x + half_width;
        for (line, text) in lines.iter().enumerate() {
            let y = labels_y + line as f64 * (LABEL_SIZE + 3.0);
            surface.text(
                text,
                (x, y),
                LABEL_SIZE,
                palette.text,
                (HPos::Center, VPos::Top),
            );
        }
    }

    paint_annotations(surface, layout, palette);
    paint_direct_labels(surface, layout, palette);

    if let Some((index, row)) = focus.and_then(|i| spec.rows.get(i).map(|row| (i, row))) {
        let x = layout.x.map(row.x);
        let top = layout.panels.first().map_or(0.0, |b| b.top);
        surface.line(&[(x, top), (x, axis_y)], palette.text, 1.0);
        for (panel, band) in spec.panels.iter().zip(&layout.panels) {
            for series in panel
                .series
                .iter()
                .filter(|s| matches!(s.mark, Mark::Line | Mark::Points))
            {
                if let Some(Some(value)) = series.values.get(index) {
                    let centre = (x, band.y.map(*value));
                    surface.dot(centre, 5.5, palette.background);
                    surface.ring(centre, 5.5, palette.hue(series.hue), 2.5);
                }
            }
        }
    }
}

/// Each annotated event's label, beside its rule (placed so that no rule runs through a label).
fn paint_annotations(surface: &mut dyn Surface, layout: &ChartLayout, palette: &ChartPalette) {
    for annotation in &layout.annotations {
        let top = layout.annotations_top + annotation.row as f64 * ANNOTATION_ROW;
        surface.text(
            &annotation.label,
            (annotation.start, top + 1.0),
            LABEL_SIZE,
            palette.text,
            (HPos::Left, VPos::Top),
        );
    }
}

/// Each series' name beside the plot, after a key in its colour, joined to its last value when the
/// label had to move away from it.
fn paint_direct_labels(surface: &mut dyn Surface, layout: &ChartLayout, palette: &ChartPalette) {
    let key_left = layout.right + GUTTER_GAP;
    for label in &layout.direct_labels {
        let colour = palette.hue(label.hue);
        let y = label.centre_y;
        let first_line_y = y - label.height() / 2.0 + LINE_HEIGHT / 2.0;
        if (label.end.1 - first_line_y).abs() > 1.0 || label.end.0 + 3.0 < key_left - 6.0 {
            surface.line(
                &[
                    (label.end.0 + 3.0, label.end.1),
                    (key_left - 2.0, first_line_y),
                ],
                palette.grey,
                1.0,
            );
        }
        match label.mark {
            Mark::Line => surface.line(
                &[
                    (key_left, first_line_y),
                    (key_left + KEY_WIDTH, first_line_y),
                ],
                colour,
                3.0,
            ),
            _ => surface.rect(
                (key_left + 1.0, first_line_y - 4.5),
                (key_left + KEY_WIDTH - 1.0, first_line_y + 4.5),
                colour,
            ),
        }
        for (n, line) in label.lines.iter().enumerate() {
            surface.text(
                line,
                (
                    label_text_x(layout.right),
                    first_line_y + n as f64 * LINE_HEIGHT,
                ),
                LABEL_SIZE,
                palette.text,
                (HPos::Left, VPos::Center),
            );
        }
    }
}

fn draw_run(surface: &mut dyn Surface, run: &mut Vec<(f64, f64)>, colour: RGBColor) {
    match run.len() {
        0 => {}
        1 => surface.dot(run[0], 2.5, colour),
        _ => surface.line(run, colour, 2.5),
    }
    run.clear();
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
