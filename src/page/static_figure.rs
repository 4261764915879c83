//! A chart's static figure: the same caption, source, notes and table as the live chart, with a static SVG
//! where the live chart draws, so it reads the same without scripts and in print.

use leptos::prelude::*;
use trade_model::data::Dataset;

use super::static_chart_path;
use crate::chart::catalog::{chart_spec, ChartId};
use crate::figure::names::{title_id, DATA_CHART, ISLAND_CLASS};
use crate::figure::{ChartCaption, ChartNotes, SourceLine, TableDisclosure};
use crate::state::ChartState;

/// The island the live chart mounts into, holding the static figure of the chart's default view until it
/// does. `takeaway` is the sentence written for the chart (the live chart reads it from here, so the prose
/// stays out of the WebAssembly).
#[component]
pub fn StaticFigure(
    chart: ChartId,
    #[prop(into)] takeaway: String,
    dataset: &'static Dataset,
) -> impl IntoView {
    let spec = chart_spec(
        chart,
        &ChartState::default_for(chart.year_bounds(dataset)),
        dataset,
    );
    let alt = format!("Chart: {}", spec.title);
    let spec = Signal::stored(spec);
    let light = static_chart_path(chart.key());
    let dark = light.replace(".svg", "-dark.svg");
    view! {
        <div class=ISLAND_CLASS>
            <figure class="chart" id=chart.element_id() aria-labelledby=title_id(chart)>
                <ChartCaption chart spec takeaway />
                <picture>
                    <source media="(prefers-color-scheme: dark)" srcset=dark />
                    <img class="chart__static" src=light alt=alt loading="lazy" width="960" height="480" />
                </picture>
                <SourceLine chart />
                <ChartNotes spec />
                <div class="chart__actions"><TableDisclosure spec /></div>
            </figure>
        </div>
    }
    .attr(DATA_CHART, chart.key())
}
