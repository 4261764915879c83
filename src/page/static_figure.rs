//! A chart's static figure: the same caption, source, notes and table as the live chart, with a static SVG
//! where the live chart draws, so it reads the same without scripts and in print.

use leptos::prelude::*;
use trade_model::data::Dataset;

use super::awaiting_controls::{AwaitingControls, AwaitingDownloads};
use super::{static_chart_path_at, STATIC_SIZES};
use crate::chart::catalog::{chart_spec, ChartId};
use crate::chart::units::UnitConverter;
use crate::figure::names::{has_tall_plot, title_id, DATA_CHART, ISLAND_CLASS};
use crate::figure::{ChartCaption, ChartNotes, SourceLine, TableDisclosure};
use crate::state::ChartState;
use trade_model::text::chart_text;
use trade_model::Lang;

/// The island the live chart mounts into, holding the static figure of the chart's default view until it
/// does. `takeaway` is the sentence written for the chart (the live chart reads it from here, so the prose
/// stays out of the WebAssembly).
#[component]
pub fn StaticFigure(
    chart: ChartId,
    #[prop(into)] takeaway: String,
    dataset: &'static Dataset,
    /// The page's language: the figure's words, and the static charts it shows (`ja/charts/…` drawn in
    /// Japanese by the prerender step).
    lang: Lang,
) -> impl IntoView {
    let bounds = chart.year_bounds(dataset);
    let spec = chart_spec(chart, &ChartState::default_for(bounds), dataset, lang);
    let alt = (chart_text(lang).chart_named)(&spec.title);
    let base_year = UnitConverter::new(&dataset.consumer_prices, &dataset.exchange_rates).base_year;
    // Where scripts run, the picture stands in a frame the size of the live chart's canvas (`chart.css`).
    let frame = if has_tall_plot(chart) {
        "chart__frame chart__frame--tall"
    } else {
        "chart__frame"
    };
    let spec = Signal::stored(spec);
    let widest = STATIC_SIZES[0];
    // The first source whose media match is drawn: widest first, dark before light at each width.
    let sources = STATIC_SIZES
        .iter()
        .flat_map(|size| {
            [true, false].map(|dark| {
                let srcset = static_chart_path_at(chart.key(), size.width, dark);
                view! { <source media=size.media_query(dark) srcset=srcset width=size.width height=size.height /> }
            })
        })
        .collect_view();
    view! {
        <div class=ISLAND_CLASS>
            <figure class="chart" id=chart.element_id() aria-labelledby=title_id(chart)>
                <ChartCaption chart spec takeaway />
                <AwaitingControls chart bounds base_year lang />
                <div class=frame>
                    <picture>
                        {sources}
                        <img class="chart__static" src=static_chart_path_at(chart.key(), widest.width, false) alt=alt loading="lazy" width=widest.width height=widest.height />
                    </picture>
                </div>
                <SourceLine chart lang />
                <ChartNotes spec />
                <div class="chart__actions"><TableDisclosure spec /><AwaitingDownloads lang /></div>
            </figure>
        </div>
    }
    .attr(DATA_CHART, chart.key())
}
