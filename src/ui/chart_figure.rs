//! A live chart as a figure: title and summary, controls, a read-out announced to screen readers, the
//! canvas with event markers, the source, and a footer its page chooses (the article's table, downloads and
//! Embed button in [`super::article_footer`]; the widget's link to the article in [`super::embed`]).

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::address::{current_query, page_beside, replace_query};
use super::chart_controls::ChartControls;
use super::color_scheme::use_preferred_theme;
use super::event_markers::{marker_list, write_markers};
use super::readout::write_readout;
use crate::chart::canvas::draw_on_canvas;
use crate::chart::catalog::{chart_spec, ChartId};
use crate::chart::layout::{cluster_markers, ChartLayout, MarkerCluster};
use crate::chart::palette::Theme;
use crate::chart::spec::ChartSpec;
use crate::chart::units::UnitConverter;
use crate::content::DATASET;
use crate::embed::options::{EmbedOptions, ThemeChoice};
use crate::figure::names::{has_tall_plot, summary_id, title_id};
use crate::figure::{ChartCaption, ChartNotes, SourceLine};
use crate::state::url::query_with_state;
use crate::state::ChartState;
use trade_model::text::chart_text;
use trade_model::Lang;

/// The least room, in CSS pixels, between two event markers' centres.
const MARKER_SPACING: f64 = 26.0;

/// What a figure's footer may use of its chart.
#[derive(Clone, Copy)]
pub struct FigureParts {
    pub chart: ChartId,
    pub state: RwSignal<ChartState>,
    pub spec: Memo<ChartSpec>,
    pub bounds: Option<(u16, u16)>,
    /// Where the last drawing put the plot (its size, for exports).
    pub layout: StoredValue<Option<ChartLayout>, LocalStorage>,
    pub canvas: NodeRef<html::Canvas>,
    pub theme: Signal<Theme>,
    /// The page's language.
    pub lang: Lang,
}

/// What follows a figure's source line. A plain function, so a page that never names the article's footer
/// (the embed widget) is built without it.
pub type FigureFooter = fn(FigureParts) -> AnyView;

/// What a reader sees: a chart they can hover, step through with ←/→ (Home/End, Escape to hide the
/// read-out), re-scale, filter by series and years, and (in the article) read as a table and download. The
/// choices live in the page's address, so a reload or a shared link shows the same view.
#[component]
pub fn ChartFigure(
    chart: ChartId,
    state: RwSignal<ChartState>,
    /// Set when the chart is an embedded widget rather than part of the article.
    #[prop(optional)]
    embedded: Option<EmbedOptions>,
    /// What follows the source line: the article's table and downloads, or a widget's link to the article.
    footer: FigureFooter,
    /// The read-out's row, when someone outside the chart wants to follow it.
    #[prop(optional)]
    focus: Option<RwSignal<Option<usize>>>,
    /// The sentence written for the chart, shown under its title; it comes from the page, not the bundle.
    #[prop(optional, into)]
    takeaway: String,
    /// The page's language: every word and figure of the chart follows it.
    lang: Lang,
) -> impl IntoView {
    let text = chart_text(lang);
    let bounds = chart.year_bounds(&DATASET);
    let base_year = UnitConverter::new(&DATASET.consumer_prices, &DATASET.exchange_rates).base_year;
    let spec = Memo::new(move |_| chart_spec(chart, &state.get(), &DATASET, lang));
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
    // The widget's page has no timeline: its markers link to the article's.
    let article_address = embedded.map(|_| format!("{}{}", page_beside(""), lang.folder()));
    let markers = NodeRef::<html::Ul>::new();
    let marker_clusters = StoredValue::new(Vec::<MarkerCluster>::new());
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
        let article_address = article_address.clone();
        request_animation_frame(move || {
            frame_pending.set(false);
            let drawn = spec
                .with_untracked(|spec| draw_on_canvas(&canvas, spec, theme, focus.get_untracked()));
            match drawn {
                Ok(Some(new_layout)) => {
                    let clusters = spec.with_untracked(|s| {
                        cluster_markers(
                            &s.markers,
                            &new_layout.x,
                            MARKER_SPACING,
                            s.text().list_gap,
                        )
                    });
                    // A hover redraw leaves the markers where they are: rebuild them only when they move.
                    if marker_clusters.with_value(|current| *current != clusters) {
                        if let Some(list) = markers.get_untracked() {
                            write_markers(&list, &clusters, article_address.as_deref(), text);
                        }
                        marker_clusters.set_value(clusters);
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
    // Moves within one row change nothing, so they neither redraw nor tell anyone.
    let on_pointer = move |event: ev::PointerEvent| {
        if announce.get_untracked() {
            announce.set(false);
        }
        let row = row_at_pointer(f64::from(event.offset_x()));
        if focus.get_untracked() != row {
            focus.set(row);
        }
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
    let hint_id = format!("{id}-hint");
    let described_by = format!("{} {hint_id}", summary_id(chart));
    let labelled_by = title_id(chart);
    let title = move || spec.with(|s| s.title.clone());
    // Written straight into its element (see `readout`): as a view it cost 3.1 KB more WebAssembly.
    let readout_line = NodeRef::<html::P>::new();
    Effect::new(move |_| {
        let row = focus.get().and_then(|i| spec.with(|s| s.readout(i)));
        if let Some(line) = readout_line.get() {
            write_readout(&line, row, text);
        }
    });
    let sentence = move || {
        focus
            .get()
            .filter(|_| announce.get())
            .map(|i| spec.with(|s| s.readout_sentence(i)))
            .unwrap_or_default()
    };
    let tips_hidden = RwSignal::new(false);

    view! {
        <figure class="chart" id=id aria-labelledby=labelled_by>
            <ChartCaption chart spec takeaway title_shown=show_title />
            {show_controls.then(|| view! { <ChartControls chart state bounds base_year spec lang /> })}
            <p class="chart__readout" aria-hidden="true" node_ref=readout_line></p>
            {move || failed.get().then(|| view! {
                <p class="chart__failure" role="alert">
                    {if embedded.is_none() {
                        text.failed_in_article
                    } else {
                        text.failed_in_widget
                    }}
                </p>
            })}
            <div class="chart__plot" class:chart__plot--tips-hidden=move || tips_hidden.get() class:chart__plot--failed=move || failed.get()>
                <canvas
                    class=if has_tall_plot(chart) {
                        "chart__canvas chart__canvas--tall"
                    } else {
                        "chart__canvas"
                    }
                    node_ref=canvas_ref
                    tabindex="0"
                    role="application"
                    aria-roledescription=text.chart_role
                    aria-label=move || (text.chart_named)(&title())
                    aria-describedby=described_by
                    on:pointermove=on_pointer
                    on:pointerdown=on_pointer
                    on:pointerleave=on_leave
                    on:keydown=on_key
                    on:blur=move |_| focus.set(None)
                ></canvas>
                {marker_list(markers, tips_hidden, text)}
            </div>
            <p class="visually-hidden" id=hint_id>{text.keys_hint}</p>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{sentence}</p>
            <SourceLine chart lang />
            <ChartNotes spec />
            {footer(FigureParts { chart, state, spec, bounds, layout, canvas: canvas_ref, theme, lang })}
        </figure>
    }
}
