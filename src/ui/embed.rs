//! The embed widget (`embed.html?embed=<chart>`, its own lighter bundle): only the chart, sized to its
//! content for the host, driven by the host's validated messages and telling the host what the reader does.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::address::{current_query, page_beside};
use super::chart_figure::{ChartFigure, FigureParts};
use super::chart_states::ChartStates;
use crate::chart::catalog::{chart_spec, ChartId};
use crate::content::DATASET;
use crate::embed::options::{EmbedOptions, ThemeChoice};
use crate::embed::protocol::{
    read_host_message, HostRequest, Received, MAX_LIST, MAX_TEXT, SOURCE,
};
use crate::state::url::query_with_state;
use crate::state::ChartState;

/// Starts the widget from its address; a missing or unknown chart falls back to the goods chart.
pub fn start() {
    start_embed(
        EmbedOptions::for_widget(&current_query()),
        ChartStates::from_address(),
    );
}

/// Shows the embedded chart and starts talking to the host page.
fn start_embed(options: EmbedOptions, states: ChartStates) {
    let Some(state) = states.state_of(options.chart) else {
        return;
    };
    let root_element = document().document_element();
    if let Some(html) = &root_element {
        let _ = html.class_list().add_1("embed");
        match options.theme {
            ThemeChoice::Auto => {}
            ThemeChoice::Light => {
                let _ = html.set_attribute("data-theme", "light");
            }
            ThemeChoice::Dark => {
                let _ = html.set_attribute("data-theme", "dark");
            }
        }
    }
    let Some(body) = document().body() else {
        return;
    };
    let Ok(root) = document().create_element("div") else {
        return;
    };
    root.set_id("embed-root");
    let _ = body.append_child(&root);
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let focus = RwSignal::new(None::<usize>);
    let chart = options.chart;
    leptos::mount::mount_to(root.clone(), move || {
        view! { <ChartFigure chart state embedded=options footer=article_link focus /> }
    })
    .forget();

    report_size(&root, chart);
    listen_to_host(chart, state);
    Effect::new(move |_| post(&state_message(chart, &state.get())));
    // The rows' years, recomputed when the view changes rather than on every read-out move.
    let years = Memo::new(move |_| {
        chart_spec(chart, &state.get(), &DATASET)
            .rows
            .iter()
            .map(|r| r.x)
            .collect::<Vec<f64>>()
    });
    Effect::new(move |_| {
        let year = focus
            .get()
            .and_then(|i| years.with_untracked(|years| years.get(i).copied()));
        post(&fields(&[
            ("source", SOURCE.into()),
            ("type", "readout".into()),
            ("chart", chart.key().into()),
            ("year", year.map_or(JsValue::NULL, JsValue::from)),
        ]));
    });
}

/// The widget's footer: the same view in the full article, in a new tab.
fn article_link(parts: FigureParts) -> AnyView {
    let FigureParts {
        chart,
        state,
        bounds,
        ..
    } = parts;
    let article_url = move || {
        let query = query_with_state("", chart, bounds, &state.get());
        format!("{}{query}#{}", page_beside(""), chart.element_id())
    };
    view! {
        <p class="chart__article-link">
            <a href=article_url target="_blank" rel="noopener">"View in the article"</a>
        </p>
    }
    .into_any()
}

/// Posts a message to the host page (`*`: it holds only numbers and ids).
fn post(message: &JsValue) {
    if let Ok(Some(parent)) = window().parent() {
        let _ = parent.post_message(message, "*");
    }
}

fn fields(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

fn state_message(chart: ChartId, state: &ChartState) -> JsValue {
    let series = js_sys::Array::new();
    for s in chart.series().iter().filter(|s| state.shows(chart, s.key)) {
        series.push(&s.key.into());
    }
    fields(&[
        ("source", SOURCE.into()),
        ("type", "state".into()),
        ("chart", chart.key().into()),
        ("from", state.from.into()),
        ("to", state.to.into()),
        ("units", state.units.token().into()),
        ("series", series.into()),
    ])
}

/// Tells the host the widget's height whenever it changes.
fn report_size(root: &web_sys::HtmlElement, chart: ChartId) {
    let last = std::rc::Rc::new(std::cell::Cell::new(0.0f64));
    let measured = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height > 0.0 && height != last.get() {
            last.set(height);
            post(&fields(&[
                ("source", SOURCE.into()),
                ("type", "size".into()),
                ("chart", chart.key().into()),
                ("height", height.into()),
            ]));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        std::mem::forget(observer);
    }
    on_resize.forget();
}

/// Applies valid requests from the host and answers with the current state; anything else is ignored.
fn listen_to_host(chart: ChartId, state: RwSignal<ChartState>) {
    let bounds = chart.year_bounds(&DATASET);
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            // Only the page that frames the widget may drive it.
            let parent: Option<JsValue> = window().parent().ok().flatten().map(Into::into);
            let from_parent = match (event.source(), parent) {
                (Some(source), Some(parent)) => js_sys::Object::is(&source.into(), &parent),
                _ => false,
            };
            if !from_parent {
                return;
            }
            let Ok(request) = read_host_message(&received(&event.data(), 0)) else {
                return;
            };
            if let HostRequest::SetState(change) = request {
                state.update(|s| {
                    let mut next = *s;
                    if change.from.is_some() || change.to.is_some() {
                        next = next.with_range(
                            bounds,
                            change.from.unwrap_or(next.from),
                            change.to.unwrap_or(next.to),
                        );
                    }
                    if let Some(units) = change.units {
                        next = next.with_units(chart, units);
                    }
                    if let Some(series) = &change.series {
                        let hidden: Vec<&str> = chart
                            .series()
                            .iter()
                            .map(|s| s.key)
                            .filter(|k| !series.iter().any(|w| w == k))
                            .collect();
                        next = next.with_hidden(chart, &hidden);
                    }
                    *s = next;
                });
            }
            post(&state_message(chart, &state.get_untracked()));
        });
    let _ = window().add_event_listener_with_callback("message", handler.as_ref().unchecked_ref());
    handler.forget();
}

/// A received message reduced to plain values, refusing depth, size and anything that is not data.
fn received(value: &JsValue, depth: usize) -> Received {
    if depth > 4 {
        return Received::Other;
    }
    if value.is_null() || value.is_undefined() {
        return Received::Null;
    }
    if let Some(b) = value.as_bool() {
        return Received::Bool(b);
    }
    if let Some(n) = value.as_f64() {
        return Received::Number(n);
    }
    if let Some(text) = value.as_string() {
        return if text.len() <= MAX_TEXT * 4 {
            Received::Text(text)
        } else {
            Received::Other
        };
    }
    if js_sys::Array::is_array(value) {
        let array = js_sys::Array::from(value);
        if array.length() as usize > MAX_LIST {
            return Received::Other;
        }
        return Received::List(
            array
                .iter()
                .map(|item| received(&item, depth + 1))
                .collect(),
        );
    }
    if value.is_object() && !value.is_function() {
        let Ok(keys) = js_sys::Reflect::own_keys(value) else {
            return Received::Other;
        };
        if keys.length() as usize > 2 * MAX_LIST {
            return Received::Other;
        }
        let fields = keys
            .iter()
            .filter_map(|key| {
                let name = key.as_string()?;
                let item = js_sys::Reflect::get(value, &key).ok()?;
                Some((name, received(&item, depth + 1)))
            })
            .collect();
        return Received::Fields(fields);
    }
    Received::Other
}
