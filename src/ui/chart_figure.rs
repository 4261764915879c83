//! A live chart as a figure: title and summary, controls, a read-out announced to screen readers, the
//! canvas with event markers, the source, a data table of exactly what is shown, and downloads.

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::address::{current_query, replace_query};
use super::chart_controls::ChartControls;
use super::color_scheme::use_preferred_theme;
use super::download::{data_url, save};
use super::embed_dialog::open_embed_dialog;
use crate::chart::canvas::draw_on_canvas;
use crate::chart::catalog::{chart_spec, ChartId};
use crate::chart::layout::{cluster_markers, ChartLayout, MarkerCluster};
use crate::chart::palette::Theme;
use crate::chart::spec::ChartSpec;
use crate::chart::summary::summarize;
use crate::chart::svg::chart_svg;
use crate::chart::units::UnitConverter;
use crate::content::DATASET;
use crate::embed::options::{EmbedOptions, ThemeChoice};
use crate::state::url::query_with_state;
use crate::state::ChartState;

/// The least room, in CSS pixels, between two event markers' centres.
const MARKER_SPACING: f64 = 26.0;

/// What a reader sees: a chart they can hover, step through with ←/→ (Home/End, Escape to hide the
/// read-out), re-scale, filter by series and years, read as a table and download. The choices live in the
/// page's address, so a reload or a shared link shows the same view.
#[component]
pub fn ChartFigure(
    chart: ChartId,
    state: RwSignal<ChartState>,
    /// Set when the chart is an embedded widget rather than part of the article.
    #[prop(optional)]
    embedded: Option<EmbedOptions>,
    /// The read-out's row, when someone outside the chart wants to follow it.
    #[prop(optional)]
    focus: Option<RwSignal<Option<usize>>>,
) -> impl IntoView {
    let bounds = chart.year_bounds(&DATASET);
    let base_year = UnitConverter::new(&DATASET.consumer_prices, &DATASET.exchange_rates).base_year;
    let spec = Memo::new(move |_| chart_spec(chart, &state.get(), &DATASET));
    let focus = focus.unwrap_or_else(|| RwSignal::new(None::<usize>));
    let preferred = use_preferred_theme();
    let theme = Signal::derive(move || match embedded.map(|o| o.theme) {
        Some(ThemeChoice::Light) => Theme::Light,
        Some(ThemeChoice::Dark) => Theme::Dark,
        _ => preferred.get(),
    });
    let show_controls = embedded.is_none_or(|o| o.controls);
    let show_title = embedded.is_none_or(|o| o.title);
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let layout = StoredValue::new_local(None::<ChartLayout>);
    let marker_clusters = RwSignal::new(Vec::<MarkerCluster>::new());
    let size_changes = RwSignal::new(0u32);
    let failed = RwSignal::new(false);
    let frame_pending = Rc::new(Cell::new(false));

    // Keep the address in step with the reader's choices (replaceState: no scroll, no history entries).
    // The first run also writes a view set before the chart went live (e.g. by "Show in chart").
    Effect::new(move |_| {
        let state = state.get();
        replace_query(&query_with_state(&current_query(), chart, bounds, &state));
    });

    // One draw per animation frame, whatever arrives in between (resizes, hovers, choices, theme).
    Effect::new(move |_| {
        size_changes.track();
        spec.track();
        focus.track();
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
            let drawn = spec
                .with_untracked(|spec| draw_on_canvas(&canvas, spec, theme, focus.get_untracked()));
            match drawn {
                Ok(Some(new_layout)) => {
                    let clusters = spec.with_untracked(|s| {
                        cluster_markers(&s.markers, &new_layout.x, MARKER_SPACING)
                    });
                    // A hover redraw leaves the markers where they are: rebuild them only when they move.
                    if marker_clusters.with_untracked(|current| *current != clusters) {
                        marker_clusters.set(clusters);
                    }
                    layout.set_value(Some(new_layout));
                }
                Ok(None) => {}
                Err(problem) => {
                    // Logged once; the figure then says so and points to its table.
                    if !failed.get_untracked() {
                        leptos::logging::warn!("{} could not be drawn: {problem}", chart.key());
                        failed.set(true);
                    }
                }
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

    let row_at_pointer = move |x: f64| {
        layout.with_value(|l| {
            l.as_ref()
                .and_then(|l| spec.with_untracked(|s| l.nearest_row(s, x)))
        })
    };
    // Screen readers hear the read-out when the keyboard moves it, not on every pointer move.
    let announce = RwSignal::new(false);
    let on_pointer = move |event: ev::PointerEvent| {
        announce.set(false);
        focus.set(row_at_pointer(f64::from(event.offset_x())));
    };
    let on_leave = move |event: ev::PointerEvent| {
        if event.pointer_type() == "mouse" {
            focus.set(None);
        }
    };
    let on_key = move |event: ev::KeyboardEvent| {
        let rows = spec.with_untracked(|s| s.rows.len());
        if rows == 0 {
            return;
        }
        let current = focus.get_untracked();
        let next = match event.key().as_str() {
            "ArrowRight" => Some(current.map_or(0, |i| (i + 1).min(rows - 1))),
            "ArrowLeft" => Some(current.map_or(rows - 1, |i| i.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(rows - 1),
            "Escape" => None,
            _ => return,
        };
        event.prevent_default();
        announce.set(true);
        focus.set(next);
    };
    // A new view (years, series) starts with the read-out hidden rather than on a different row.
    Effect::new(move |previous: Option<()>| {
        spec.track();
        if previous.is_some() {
            focus.set(None);
        }
    });

    let id = chart.element_id();
    let title_id = format!("{id}-title");
    let summary_id = format!("{id}-summary");
    let hint_id = format!("{id}-hint");
    let described_by = format!("{summary_id} {hint_id}");
    let labelled_by = title_id.clone();
    let title = move || spec.with(|s| s.title.clone());
    let readout = move || focus.get().and_then(|i| spec.with(|s| s.readout(i)));
    let sentence = move || {
        focus
            .get()
            .filter(|_| announce.get())
            .map(|i| spec.with(|s| s.readout_sentence(i)))
            .unwrap_or_default()
    };
    let file_stem = move || {
        let s = state.get();
        match bounds {
            Some(_) => format!(
                "japan-us-{}-{}-{}-{}",
                chart.key(),
                s.from,
                s.to,
                s.units.token()
            ),
            None => format!("japan-us-{}", chart.key()),
        }
    };
    let csv_href = move || spec.with(|s| data_url("text/csv", &s.to_csv()));
    let save_svg = move |_| {
        let (width, height) = layout.with_value(|l| {
            l.as_ref()
                .map_or((960, 480), |l| (l.width as u32, l.height as u32))
        });
        let svg = spec.with_untracked(|s| chart_svg(s, width, height, theme.get_untracked()));
        save(
            &data_url("image/svg+xml", &svg),
            &format!("{}.svg", file_stem()),
        );
    };
    let save_png = move |_| {
        if let Some(url) = canvas_ref
            .get_untracked()
            .and_then(|c| c.to_data_url_with_type("image/png").ok())
        {
            save(&url, &format!("{}.png", file_stem()));
        }
    };
    let tips_hidden = RwSignal::new(false);
    // The same view in the full article, from an embed.
    let article_url = move || {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        // The article is the folder's index page, beside `embed.html`; the origin keeps the link on this site.
        let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        let path = format!("{}{folder}", location.origin().unwrap_or_default());
        let query = query_with_state("", chart, bounds, &state.get());
        format!("{path}{query}#{}", chart.element_id())
    };

    view! {
        <figure class="chart" id=id aria-labelledby=labelled_by>
            <figcaption class="chart__caption">
                <span class=if show_title { "chart__title" } else { "chart__title visually-hidden" } id=title_id>{title}</span>
                <span class=if embedded.is_none() { "chart__summary" } else { "chart__summary visually-hidden" } id=summary_id>
                    {move || spec.with(summarize)}
                </span>
            </figcaption>
            {show_controls.then(|| view! { <ChartControls chart state bounds base_year /> })}
            <p class="chart__readout" aria-hidden="true">
                {move || match readout() {
                    Some((label, values)) => view! {
                        <strong>{label}</strong>
                        {values.into_iter().map(|(name, value)| view! { <span class="chart__value">{name}": "<b>{value}</b></span> }).collect_view()}
                    }.into_any(),
                    None => view! { <span class="chart__hint">"Hover or tap the chart for values; or focus it and use ← → Home End."</span> }.into_any(),
                }}
            </p>
            {move || failed.get().then(|| view! {
                <p class="chart__failure" role="alert">
                    "This chart could not be drawn — the data table is below."
                </p>
            })}
            <div class="chart__plot" class:chart__plot--tips-hidden=move || tips_hidden.get() class:chart__plot--failed=move || failed.get()>
                <canvas
                    class=match chart {
                        ChartId::Vehicles => "chart__canvas chart__canvas--categories",
                        ChartId::YenAndBalance => "chart__canvas chart__canvas--tall",
                        _ => "chart__canvas",
                    }
                    node_ref=canvas_ref
                    tabindex="0"
                    role="application"
                    aria-roledescription="interactive chart"
                    aria-label=move || format!("Chart: {}", title())
                    aria-describedby=described_by
                    on:pointermove=on_pointer
                    on:pointerdown=on_pointer
                    on:pointerleave=on_leave
                    on:keydown=on_key
                    on:blur=move |_| focus.set(None)
                ></canvas>
                <EventMarkers clusters=marker_clusters tips_hidden />
            </div>
            <p class="visually-hidden" id=hint_id>"Use the left and right arrow keys to step through the values; Escape hides them."</p>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{sentence}</p>
            <p class="chart__source">"Source: "{chart.source()}"."</p>
            {move || spec.with(|s| s.notes.iter().map(|note| view! { <p class="chart__note">{note.clone()}</p> }).collect_view())}
            {match embedded {
                Some(_) => view! {
                    <p class="chart__article-link">
                        <a href=article_url target="_blank" rel="noopener">"View in the article"</a>
                    </p>
                }.into_any(),
                None => view! {
                    <div class="chart__actions">
                        <details class="chart__table">
                            <summary>"Table"</summary>
                            <DataTable spec />
                        </details>
                        <div class="chart__downloads" role="group" aria-label="Download or embed">
                            <a class="button" download=move || format!("{}.csv", file_stem()) href=csv_href>"CSV"</a>
                            <button type="button" class="button" on:click=save_svg>"SVG"</button>
                            <button type="button" class="button" on:click=save_png>"PNG"</button>
                            <button type="button" class="button chart__embed" aria-haspopup="dialog"
                                on:click=move |_| open_embed_dialog(chart, &state.get_untracked(), &title())>
                                "Embed"
                            </button>
                        </div>
                    </div>
                }.into_any(),
            }}
        </figure>
    }
}

/// Events on the time axis: each a link to its timeline entry, naming its events on hover and focus.
/// Events too close together on a narrow chart share one marker, so every target keeps 24 px of room.
#[component]
fn EventMarkers(
    clusters: RwSignal<Vec<MarkerCluster>>,
    tips_hidden: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <ul class="chart__markers" aria-label="Events on the time axis">
            {move || {
                clusters
                    .get()
                    .into_iter()
                    .map(|cluster| {
                        let link_label = format!("{} (go to the timeline)", cluster.label);
                        view! {
                            <li class="chart__marker" style:left=format!("{:.1}px", cluster.left)>
                                <a
                                    href=format!("#{}", cluster.anchor)
                                    aria-label=link_label
                                    on:focus=move |_| tips_hidden.set(false)
                                    on:mouseenter=move |_| tips_hidden.set(false)
                                    on:keydown=move |ev: ev::KeyboardEvent| {
                                        if ev.key() == "Escape" {
                                            tips_hidden.set(true)
                                        }
                                    }
                                >
                                    <span class="chart__marker-tip" aria-hidden="true">{cluster.label}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// Exactly the rows and series the chart shows, with full figures.
#[component]
fn DataTable(spec: Memo<ChartSpec>) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || spec.with(|s| format!("Data table: {}", s.title))>
            {move || spec.with(|s| view! {
                <table>
                    <caption>{s.title.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{s.row_heading.clone()}</th>
                            {s.table_headings().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {s.table_rows()
                            .into_iter()
                            .map(|(label, cells)| view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            })}
        </div>
    }
}
