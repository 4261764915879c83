//! The picture a shared link to the article shows (`preview.png`, 1200×630): the US goods-trade chart as the
//! article first shows it, drawn by the same code as its static SVG, under its title and the takeaway
//! written for it, with its source. Made at build time; the page names it only in
//! its link-preview tags, so readers never download it. Native only: the rasteriser stays out of the
//! WebAssembly.

mod compose;
mod raster;

use resvg::tiny_skia::Transform;
use trade_model::content::Article;
use trade_model::data::Dataset;
use trade_model::Lang;

use crate::chart::catalog::{chart_spec, ChartId};
use crate::chart::palette::Theme;
use crate::chart::svg::chart_svg;
use crate::state::ChartState;
use compose::FrameText;
use raster::{Layer, Rasteriser};

pub use compose::{HEIGHT, WIDTH};

/// The chart the picture shows: the article's first, the whole relationship at a glance.
pub const PREVIEW_CHART: ChartId = ChartId::GoodsTrade;
/// The picture's file, relative to the page.
pub const PREVIEW_FILE: &str = "preview.png";
/// How much larger than its CSS size the chart is drawn, so that its labels stay legible when a site shows
/// the picture at half size or less.
const CHART_SCALE: f64 = 1.5;

/// The picture and what it shows, in words.
pub struct PreviewPicture {
    pub png: Vec<u8>,
    /// For the link preview's alt text: the chart's title and takeaway.
    pub alt: String,
}

/// Draws the picture from the article's takeaway for [`PREVIEW_CHART`] and the dataset.
pub fn preview_picture(article: &Article, dataset: &Dataset) -> Result<PreviewPicture, String> {
    let chart = PREVIEW_CHART;
    let spec = chart_spec(
        chart,
        &ChartState::default_for(chart.year_bounds(dataset)),
        dataset,
        Lang::En,
    );
    let takeaway = article.takeaway(chart).ok_or_else(|| {
        format!(
            "the link preview shows the {} chart, which no section inserts with a takeaway",
            chart.insert_name()
        )
    })?;
    let text = FrameText {
        title: spec.title.clone(),
        takeaway: takeaway.to_string(),
        source: spec.source.clone(),
    };
    let fonts = Rasteriser::new();
    let frame = compose::frame(&text, &|line, size, weight| {
        fonts.text_width(line, size, weight)
    });
    let place = frame.chart;
    let drawn = chart_svg(
        &spec,
        (place.width / CHART_SCALE).round() as u32,
        (place.height / CHART_SCALE).round() as u32,
        Theme::Light,
    );
    if drawn.is_empty() {
        return Err(format!("the {} chart could not be drawn", chart.key()));
    }
    let scale = CHART_SCALE as f32;
    let png = fonts.png(
        WIDTH,
        HEIGHT,
        &[
            Layer {
                svg: &frame.svg,
                transform: Transform::identity(),
            },
            Layer {
                svg: &drawn,
                transform: Transform::from_row(
                    scale,
                    0.0,
                    0.0,
                    scale,
                    place.x as f32,
                    place.y as f32,
                ),
            },
        ],
    )?;
    Ok(PreviewPicture {
        png,
        alt: format!("Chart: {}. {takeaway}", spec.title),
    })
}
