//! A chart as an SVG document, drawn by the same code as the canvas (plotters' SVG backend).

use plotters::prelude::*;

use super::draw::{draw_chart, DrawStyle, SVG_TEXT_SCALE};
use super::layout::ChartLayout;
use super::palette::Theme;
use super::spec::ChartSpec;

/// The chart at `width`×`height` CSS pixels as SVG text.
pub fn chart_svg(spec: &ChartSpec, width: u32, height: u32, theme: Theme) -> String {
    let mut svg = String::new();
    {
        let layout = ChartLayout::new(spec, f64::from(width), f64::from(height));
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let style = DrawStyle {
            pixel_ratio: 1.0,
            theme,
            text_scale: SVG_TEXT_SCALE,
        };
        if draw_chart(&root, spec, &layout, &style, None)
            .and_then(|()| root.present().map_err(|_| String::new()))
            .is_err()
        {
            return String::new();
        }
    }
    svg
}
