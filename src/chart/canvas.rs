//! Browser glue for a chart canvas: size its backing store to CSS size × devicePixelRatio, then draw.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::draw::{draw_chart, DrawStyle};
use super::layout::ChartLayout;
use super::palette::Theme;
use super::spec::ChartSpec;

/// Sizes the canvas's pixel buffer for this screen and draws the chart; returns the layout in CSS pixels
/// (for mapping the pointer back to rows). `None` while the canvas has no size (hidden, not laid out).
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    theme: Theme,
    focus: Option<usize>,
) -> Result<Option<ChartLayout>, String> {
    let pixel_ratio = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0);
    let rect = canvas.get_bounding_client_rect();
    if rect.width() < 1.0 || rect.height() < 1.0 {
        return Ok(None);
    }
    let (width, height) = (
        (rect.width() * pixel_ratio).round() as u32,
        (rect.height() * pixel_ratio).round() as u32,
    );
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(performance) = &performance {
        let _ = performance.mark(DRAW_START);
    }
    let layout = ChartLayout::new(spec, rect.width(), rect.height());
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the canvas has no 2D context")?;
    let root = backend.into_drawing_area();
    draw_chart(
        &root,
        spec,
        &layout,
        &DrawStyle {
            pixel_ratio,
            theme,
            text_scale: 1.0,
        },
        focus,
    )?;
    root.present()
        .map_err(|_| "the canvas refused the drawing".to_string())?;
    if let Some(performance) = &performance {
        record_draw_time(performance);
    }
    Ok(Some(layout))
}

const DRAW_START: &str = "chart-draw-start";
const DRAW_END: &str = "chart-draw-end";

/// Records how long the draw took as a User Timing measure named `chart-draw` (visible in the browser's
/// performance tools and read by the benchmark), keeping at most the latest few hundred.
fn record_draw_time(performance: &web_sys::Performance) {
    const KEPT: u32 = 500;
    thread_local!(static DRAWS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let count = DRAWS.with(|d| {
        d.set(d.get() + 1);
        d.get()
    });
    if count.is_multiple_of(KEPT) {
        performance.clear_measures_with_measure_name("chart-draw");
    }
    let _ = performance.mark(DRAW_END);
    let _ = performance.measure_with_start_mark_and_end_mark("chart-draw", DRAW_START, DRAW_END);
    performance.clear_marks();
}
