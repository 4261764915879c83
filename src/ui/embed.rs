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
    apply_change, read_host_message, readout_at, HostRequest, ReadoutAt, Received, MAX_LIST,
    MAX_TEXT, SOURCE,
};
use crate::figure::names::{DATA_CHART, TAKEAWAYS_ID};
use crate::state::url::query_with_state;
use crate::state::ChartState;
use trade_model::text::chart_text;
use trade_model::Lang;

/// Starts the widget from its address; a missing or unknown chart falls back to the goods chart.
pub fn start() {
    let options = EmbedOptions::for_widget(&current_query());
    start_embed(options, ChartStates::from_address(options.lang));
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
    // The page's one landmark: the chart is its main content.
    let Ok(root) = document().create_element("main") else {
        return;
    };
    root.set_id("embed-root");
    let _ = body.append_child(&root);
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let focus = RwSignal::new(None::<usize>);
    let chart = options.chart;
    let lang = options.lang;
    if let Some(html) = &root_element {
        // Screen readers and the style sheet's `:lang(ja)` fonts follow the widget's language.
        let _ = html.set_attribute("lang", lang.code());
    }
    // The sentence written for the chart, from the page (see `page::widget_page`): the one in the widget's
    // language, else the English one (without a `lang`).
    let sentence = |selector: String| {
        document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|p| p.text_content())
    };
    let in_english = format!(
        "#{TAKEAWAYS_ID} [{DATA_CHART}=\"{}\"]:not([lang])",
        chart.key()
    );
    let takeaway = match lang {
        Lang::En => None,
        _ => sentence(format!(
            "#{TAKEAWAYS_ID} [{DATA_CHART}=\"{}\"][lang=\"{}\"]",
            chart.key(),
            lang.code()
        )),
    }
    .or_else(|| sentence(in_english))
    .unwrap_or_default();
    leptos::mount::mount_to(root.clone(), move || {
        view! { <ChartFigure chart state embedded=options footer=article_link focus takeaway lang /> }
    })
    .forget();

    // One static page serves every chart, so its title names only the article: the chart's title goes in
    // front, and follows the reader's choice of years.
    let page_title = match lang {
        Lang::En => None,
        _ => sentence(format!(
            "#{TAKEAWAYS_ID} [data-page-title][lang=\"{}\"]",
            lang.code()
        )),
    }
    .unwrap_or_else(|| document().title());
    Effect::new(move |_| {
        let title = chart_spec(chart, &state.get(), &DATASET, lang).title;
        document().set_title(&format!("{title} · {page_title}"));
    });
    report_size(&root, chart);
    let bounds = chart.year_bounds(&DATASET);
    let told = StateTold::default();
    listen_to_host(chart, bounds, state, told.clone());
    // The host hears of a view once, whether the reader or the host changed it.
    Effect::new(move |_| told.tell(chart, bounds, &state.get(), false));
    // Where the read-out is, told when it moves to another row; the view's row places are recomputed only
    // when the view changes.
    let row_places = Memo::new(move |_| {
        chart_spec(chart, &state.get(), &DATASET, lang)
            .rows
            .iter()
            .map(|r| r.x)
            .collect::<Vec<f64>>()
    });
    let last_readout = std::rc::Rc::new(std::cell::RefCell::new(None::<Option<ReadoutAt>>));
    Effect::new(move |_| {
        let at = focus.get().and_then(|index| {
            let x = row_places.with_untracked(|places| places.get(index).copied())?;
            readout_at(bounds, &DATASET, x)
        });
        let mut last = last_readout.borrow_mut();
        // Nothing to tell before the reader first moves the read-out, nor when it has not moved.
        let moved = match &*last {
            None => at.is_some(),
            Some(told) => *told != at,
        };
        if moved {
            post(&readout_message(chart, bounds, at.clone()));
            *last = Some(at);
        }
    });
}

/// The last view the host was told of, so that each view is told once.
#[derive(Clone, Default)]
struct StateTold(std::rc::Rc<std::cell::Cell<Option<ChartState>>>);

impl StateTold {
    /// Tells the host `state`, unless it was the last one told and no answer is `owed`.
    fn tell(&self, chart: ChartId, bounds: Option<(u16, u16)>, state: &ChartState, owed: bool) {
        if owed || self.0.get() != Some(*state) {
            self.0.set(Some(*state));
            post(&state_message(chart, bounds, state));
        }
    }
}

/// The widget's footer: the same view in the full article, in a new tab.
fn article_link(parts: FigureParts) -> AnyView {
    let FigureParts {
        chart,
        state,
        bounds,
        lang,
        ..
    } = parts;
    let text = chart_text(lang);
    let article_url = move || {
        let query = query_with_state("", chart, bounds, &state.get());
        format!(
            "{}{}{query}#{}",
            page_beside(""),
            lang.folder(),
            chart.element_id()
        )
    };
    view! {
        <p class="chart__article-link">
            <a href=article_url target="_blank" rel="noopener">
                {text.in_article}<span aria-hidden="true">" ↗"</span>
                <span class="visually-hidden">{text.new_tab}</span>
            </a>
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

/// The view as the host is told it; a chart without years (`bounds`) has `from` and `to` `null`.
fn state_message(chart: ChartId, bounds: Option<(u16, u16)>, state: &ChartState) -> JsValue {
    let series = js_sys::Array::new();
    for s in chart.series().iter().filter(|s| state.shows(chart, s.key)) {
        series.push(&s.key.into());
    }
    let year = |year: u16| match bounds {
        Some(_) => JsValue::from(year),
        None => JsValue::NULL,
    };
    fields(&[
        ("source", SOURCE.into()),
        ("type", "state".into()),
        ("chart", chart.key().into()),
        ("from", year(state.from)),
        ("to", year(state.to)),
        ("units", state.units.token().into()),
        ("series", series.into()),
    ])
}

fn readout_message(chart: ChartId, bounds: Option<(u16, u16)>, at: Option<ReadoutAt>) -> JsValue {
    let mut pairs = vec![
        ("source", SOURCE.into()),
        ("type", "readout".into()),
        ("chart", chart.key().into()),
    ];
    match at {
        Some(ReadoutAt::Item(code)) => pairs.push(("item", code.into())),
        Some(ReadoutAt::Year(year)) => pairs.push(("year", year.into())),
        None if bounds.is_some() => pairs.push(("year", JsValue::NULL)),
        None => pairs.push(("item", JsValue::NULL)),
    }
    fields(&pairs)
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

/// Applies valid requests from the host and answers each with the current state; anything else is ignored.
fn listen_to_host(
    chart: ChartId,
    bounds: Option<(u16, u16)>,
    state: RwSignal<ChartState>,
    told: StateTold,
) {
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
            let current = state.get_untracked();
            let next = match read_host_message(&received(&event.data(), 0)) {
                Ok(HostRequest::GetState) => current,
                Ok(HostRequest::SetState(change)) => {
                    match apply_change(chart, bounds, current, &change) {
                        Ok(next) => next,
                        Err(_) => return,
                    }
                }
                Err(_) => return,
            };
            if next != current {
                state.set(next);
            }
            told.tell(chart, bounds, &next, true);
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
