//! The goods-trade chart: US exports to and imports from Japan as lines, the balance as bars, in $ billions.
//! Generic over plotters' `DrawingBackend`, so the canvas and SVG draw the same picture.

use plotters::coord::Shift;
use plotters::prelude::*;
use trade_model::data::{GoodsTradeYear, TradeSeries};
use trade_model::format::axis_billions;

use super::palette::{ChartPalette, Theme};
use super::ticks::NiceAxis;

/// How to draw: the device pixels per CSS pixel (fonts and strokes scale with it) and the theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawOptions {
    pub pixel_ratio: f64,
    pub theme: Theme,
}

/// Half the width of a balance bar, in years.
const BAR_HALF_WIDTH: f64 = 0.32;

/// The value axis: from the deepest deficit (or zero) to the largest flow, on nice steps.
pub fn value_axis(rows: &[GoodsTradeYear]) -> NiceAxis {
    let values = rows
        .iter()
        .flat_map(|r| TradeSeries::ALL.map(|s| r.value(s)))
        .flatten();
    let (low, high) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    NiceAxis::enclosing(low, high, 5)
}

/// Consecutive runs of years that have a value, so a line breaks where the source has none.
pub fn line_runs(rows: &[GoodsTradeYear], series: TradeSeries) -> Vec<Vec<(f64, f64)>> {
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    let mut previous_year: Option<u16> = None;
    for row in rows {
        let contiguous = previous_year.is_some_and(|y| y + 1 == row.year);
        match row.value(series) {
            Some(v) if contiguous || current.is_empty() => current.push((f64::from(row.year), v)),
            Some(v) => {
                runs.push(std::mem::take(&mut current));
                current.push((f64::from(row.year), v));
            }
            None if !current.is_empty() => runs.push(std::mem::take(&mut current)),
            None => {}
        }
        previous_year = Some(row.year);
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// Draws the chart onto `root`, filling it.
pub fn draw_goods_trade<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rows: &[GoodsTradeYear],
    options: &DrawOptions,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let palette = ChartPalette::for_theme(options.theme);
    let px = |css: f64| (css * options.pixel_ratio).round().max(1.0) as u32;
    let font = |css: f64| {
        ("sans-serif", css * options.pixel_ratio)
            .into_font()
            .color(&palette.text)
    };
    root.fill(&palette.background)?;
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(());
    };
    let axis = value_axis(rows);
    let years = f64::from(first.year) - 0.6..f64::from(last.year) + 0.6;
    let (width, _) = root.dim_in_pixel();
    let narrow = f64::from(width) / options.pixel_ratio < 480.0;

    let mut chart = ChartBuilder::on(root)
        .margin_top(px(10.0))
        .margin_right(px(12.0))
        .margin_bottom(px(4.0))
        .margin_left(px(4.0))
        .x_label_area_size(px(26.0))
        .y_label_area_size(px(if narrow { 40.0 } else { 52.0 }))
        .build_cartesian_2d(years, axis.min..axis.max)?;

    let year_step = if narrow { 10 } else { 5 };
    let first_labelled = first.year.div_ceil(year_step) * year_step;
    let year_labels = (last.year.saturating_sub(first_labelled)) / year_step + 1;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .y_labels(axis.ticks().len())
        .x_labels(usize::from(year_labels) + 1)
        .x_label_formatter(&|x| format!("{:.0}", x))
        .y_label_formatter(&|y| axis_billions(*y))
        .y_desc(if narrow {
            "$ bn"
        } else {
            "$ billions, nominal"
        })
        .label_style(font(12.0))
        .axis_desc_style(font(12.0))
        .bold_line_style(palette.grid.stroke_width(px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(palette.axis.stroke_width(px(1.0)))
        .draw()?;

    chart.draw_series(rows.iter().filter_map(|row| {
        let balance = row.balance_musd?;
        let year = f64::from(row.year);
        Some(Rectangle::new(
            [
                (year - BAR_HALF_WIDTH, 0.0),
                (year + BAR_HALF_WIDTH, balance),
            ],
            palette.balance.filled(),
        ))
    }))?;
    chart.draw_series(std::iter::once(PathElement::new(
        vec![
            (f64::from(first.year) - 0.6, 0.0),
            (f64::from(last.year) + 0.6, 0.0),
        ],
        palette.axis.stroke_width(px(1.0)),
    )))?;
    for (series, colour) in [
        (TradeSeries::Exports, palette.exports),
        (TradeSeries::Imports, palette.imports),
    ] {
        for run in line_runs(rows, series) {
            chart.draw_series(LineSeries::new(run, colour.stroke_width(px(2.5))))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(year: u16, exports: Option<f64>, imports: Option<f64>) -> GoodsTradeYear {
        GoodsTradeYear {
            year,
            us_exports_musd: exports,
            us_imports_musd: imports,
            balance_musd: exports.zip(imports).map(|(e, i)| e - i),
            source_note: "test".into(),
        }
    }

    #[test]
    fn a_missing_year_breaks_the_line_instead_of_bridging_it() {
        let rows = [
            row(2000, Some(1.0), Some(2.0)),
            row(2001, None, Some(3.0)),
            row(2002, Some(4.0), Some(5.0)),
        ];
        assert_eq!(
            line_runs(&rows, TradeSeries::Exports),
            vec![vec![(2000.0, 1.0)], vec![(2002.0, 4.0)]]
        );
        assert_eq!(line_runs(&rows, TradeSeries::Imports).len(), 1);
    }

    #[test]
    fn the_value_axis_includes_zero_and_every_value() {
        let rows = [
            row(2000, Some(60_000.0), Some(140_000.0)),
            row(2001, Some(50_000.0), Some(120_000.0)),
        ];
        let axis = value_axis(&rows);
        assert!(axis.min <= -80_000.0 && axis.max >= 140_000.0);
    }
}
