//! Browser glue for a chart canvas: size its backing store to CSS size × devicePixelRatio, then draw.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use trade_model::data::GoodsTradeYear;
use web_sys::HtmlCanvasElement;

use super::goods_trade::{draw_goods_trade, DrawOptions};
use super::palette::Theme;

/// Resizes the canvas's pixel buffer to its laid-out size on this screen and draws the goods-trade chart.
/// Does nothing while the canvas has no size (hidden or not yet laid out).
pub fn draw_goods_trade_on_canvas(
    canvas: &HtmlCanvasElement,
    rows: &[GoodsTradeYear],
    theme: Theme,
) -> Result<(), String> {
    let pixel_ratio = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0);
    let rect = canvas.get_bounding_client_rect();
    if rect.width() < 1.0 || rect.height() < 1.0 {
        return Ok(());
    }
    canvas.set_width((rect.width() * pixel_ratio).round() as u32);
    canvas.set_height((rect.height() * pixel_ratio).round() as u32);
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the canvas has no 2D context")?;
    let root = backend.into_drawing_area();
    draw_goods_trade(&root, rows, &DrawOptions { pixel_ratio, theme })
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
