//! The live goods-trade chart as a figure: title, summary, key, canvas, source line and data table.

use std::cell::Cell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use trade_model::content::GOODS_TRADE_FIGURE_ID;
use trade_model::data::{year_span, GoodsTradeYear, TradeSeries};
use trade_model::describe::goods_trade_summary;
use trade_model::format::billions_usd_or_missing;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::color_scheme::use_preferred_theme;
use crate::chart::canvas::draw_goods_trade_on_canvas;
use crate::content::DATASET;

/// What a reader sees: the chart of US exports to and imports from Japan (lines) and the balance (bars),
/// redrawn sharply whenever the figure changes size or the colour scheme changes; its caption says in words
/// what it shows, and the table under it holds every number drawn.
#[component]
pub fn GoodsTradeFigure() -> impl IntoView {
    let rows: &'static [GoodsTradeYear] = &DATASET.goods_trade;
    let (first, last) = year_span(rows).unwrap_or_default();
    let title = format!("US goods trade with Japan, {first}–{last}");
    let summary = goods_trade_summary(rows);
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let theme = use_preferred_theme();
    let size_changes = RwSignal::new(0u32);
    let frame_pending = Rc::new(Cell::new(false));

    // One draw per animation frame, however many resizes or theme changes arrive in between.
    Effect::new(move |_| {
        size_changes.track();
        let theme = theme.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if frame_pending.replace(true) {
            return;
        }
        let frame_pending = frame_pending.clone();
        request_animation_frame(move || {
            frame_pending.set(false);
            if let Err(problem) = draw_goods_trade_on_canvas(&canvas, rows, theme) {
                leptos::logging::warn!("the goods-trade chart could not be drawn: {problem}");
            }
        });
    });

    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let on_resize =
            Closure::<dyn Fn()>::new(move || size_changes.update(|n| *n = n.wrapping_add(1)));
        let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&canvas);
        let observation = StoredValue::new_local((observer, on_resize));
        on_cleanup(move || observation.with_value(|(observer, _)| observer.disconnect()));
    });

    let title_id = format!("{GOODS_TRADE_FIGURE_ID}-title");
    let summary_id = format!("{GOODS_TRADE_FIGURE_ID}-summary");
    let (figure_labelled_by, canvas_described_by) = (title_id.clone(), summary_id.clone());
    let canvas_label = format!("Chart: {title}");
    let table_caption = title.clone();
    view! {
        <figure class="chart" id=GOODS_TRADE_FIGURE_ID aria-labelledby=figure_labelled_by>
            <figcaption class="chart__caption">
                <span class="chart__title" id=title_id>{title}</span>
                <span class="chart__summary" id=summary_id>{summary}</span>
            </figcaption>
            <ul class="chart__key" aria-label="Key">
                <li class="chart__key-item chart__key-item--exports">{TradeSeries::Exports.label()}</li>
                <li class="chart__key-item chart__key-item--imports">{TradeSeries::Imports.label()}</li>
                <li class="chart__key-item chart__key-item--balance">{TradeSeries::Balance.label()}" (bars)"</li>
            </ul>
            <canvas
                class="chart__canvas"
                node_ref=canvas_ref
                role="img"
                aria-label=canvas_label
                aria-describedby=canvas_described_by
            ></canvas>
            <p class="chart__source">
                "Source: US Census Bureau, Trade in Goods with Japan (Census basis; exports f.a.s., imports customs value), "
                "nominal US dollars. See "<a href="#sources">"Sources and methodology"</a>"."
            </p>
            <details class="chart__table">
                <summary>"Data table"</summary>
                <GoodsTradeTable rows=rows caption=table_caption />
            </details>
        </figure>
    }
}

/// Every value the chart draws, one row per year; a missing value reads "no data".
#[component]
fn GoodsTradeTable(rows: &'static [GoodsTradeYear], caption: String) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Data table, scrollable">
            <table>
                <caption>{caption}" ($ billions, nominal)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Year"</th>
                        {TradeSeries::ALL.map(|s| view! { <th scope="col">{s.label()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    <th scope="row">{row.year}</th>
                                    {TradeSeries::ALL
                                        .map(|s| view! { <td>{billions_usd_or_missing(row.value(s))}</td> })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
