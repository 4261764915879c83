//! Browser tests (headless Chromium via wasm-bindgen-test-runner) of the live figure (its controls, read-out
//! and table) and of the behaviours added to the debates (Expand all, Show in chart), mounted from the same
//! components the build renders. The built article is tested end to end in `tests/e2e/`. Expectations come from the
//! dataset and the model, never from a copy of the output. (The static figure is compared with the live
//! one natively, in `figure_structure.rs`.)

#![cfg(target_arch = "wasm32")]

use japan_us_trade::chart::catalog::chart_spec;
use japan_us_trade::chart::catalog::ChartId;
use japan_us_trade::chart::units::Units;
use japan_us_trade::content::{ARTICLE, DATASET};
use japan_us_trade::page::Controversies;
use japan_us_trade::state::url::encode;
use japan_us_trade::state::ChartState;
use japan_us_trade::ui::article_footer::article_footer;
use japan_us_trade::ui::chart_figure::ChartFigure;
use japan_us_trade::ui::chart_states::ChartStates;
use japan_us_trade::ui::disclosures;
use leptos::prelude::*;
use trade_model::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Leptos apply pending updates, then waits for the next animation frame (when charts draw) and the
/// updates that drawing triggers.
async fn settle() {
    leptos::task::tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    leptos::task::tick().await;
}

/// A live chart mounted in a container of its own, 800 px wide, in `chart`'s default view.
struct LiveChart {
    container: web_sys::HtmlElement,
    state: RwSignal<ChartState>,
    _mounted: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl LiveChart {
    fn mount(chart: ChartId, takeaway: &'static str) -> LiveChart {
        let container = document()
            .create_element("div")
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>();
        container.style().set_property("width", "800px").unwrap();
        document().body().unwrap().append_child(&container).unwrap();
        let state = RwSignal::new(ChartState::default_for(chart.year_bounds(&DATASET)));
        let mounted = leptos::mount::mount_to(container.clone(), move || {
            view! { <ChartFigure chart state footer=article_footer takeaway lang=trade_model::Lang::En /> }.into_any()
        });
        LiveChart {
            container,
            state,
            _mounted: mounted,
        }
    }

    fn find(&self, selector: &str) -> Option<web_sys::HtmlElement> {
        self.container
            .query_selector(selector)
            .unwrap()
            .map(JsCast::unchecked_into)
    }

    fn all_text(&self, selector: &str) -> Vec<String> {
        texts(&self.container, selector)
    }

    fn pixels(&self) -> String {
        self.find("canvas")
            .unwrap()
            .unchecked_into::<web_sys::HtmlCanvasElement>()
            .to_data_url()
            .unwrap()
    }
}

impl Drop for LiveChart {
    fn drop(&mut self) {
        self.container.remove();
        // The chart writes its view into the address; the next test starts from a clean one.
        let _ = window().history().unwrap().replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("?"),
        );
    }
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn choose(select: &web_sys::HtmlElement, value: &str) {
    let select = select.unchecked_ref::<web_sys::HtmlSelectElement>();
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_chart_reads_out_years_from_the_keyboard() {
    let chart = ChartId::GoodsTrade;
    let live = LiveChart::mount(chart, "");
    settle().await;
    let (_, last) = chart.year_bounds(&DATASET).unwrap();
    let canvas = live.find("canvas").unwrap();
    let key = |name: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(name);
        init.set_bubbles(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        canvas.dispatch_event(&event).unwrap();
    };
    let readout = || {
        live.find(".chart__readout strong")
            .map(|s| s.text_content().unwrap())
    };
    key("End");
    settle().await;
    assert_eq!(readout(), Some(last.to_string()));
    key("ArrowLeft");
    settle().await;
    assert_eq!(readout(), Some((last - 1).to_string()));
    key("Home");
    settle().await;
    let first_row = chart_spec(chart, &live.state.get_untracked(), &DATASET, Lang::En).rows[0]
        .label
        .clone();
    assert_eq!(readout(), Some(first_row));
    key("Escape");
    settle().await;
    assert_eq!(readout(), None);
}

#[wasm_bindgen_test]
async fn a_series_toggle_redraws_the_chart_and_writes_the_view_into_the_address() {
    let chart = ChartId::GoodsTrade;
    let live = LiveChart::mount(chart, "");
    settle().await;
    let before = live.pixels();
    let series = chart.series()[0].key;
    let toggle = live.find(&format!("[data-series={series}]")).unwrap();
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    toggle.click();
    settle().await;
    let state = live.state.get_untracked();
    assert!(!state.shows(chart, series));
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_ne!(live.pixels(), before, "the drawing changed");
    let written = encode(chart, chart.year_bounds(&DATASET), &state).unwrap();
    let search = window().location().search().unwrap();
    assert!(
        search.contains(&format!("{}={}", chart.key(), written))
            || search.contains(&format!(
                "{}={}",
                chart.key(),
                js_sys::encode_uri_component(&written)
            )),
        "{search} holds {written}"
    );
}

#[wasm_bindgen_test]
async fn the_table_follows_the_chosen_years_and_units() {
    let chart = ChartId::GoodsTrade;
    let live = LiveChart::mount(chart, "");
    settle().await;
    let (first, last) = chart.year_bounds(&DATASET).unwrap();
    let from = first + (last - first) / 2;
    let from_select = live
        .find(&format!("select[name={}-from]", chart.key()))
        .unwrap();
    choose(&from_select, &from.to_string());
    settle().await;
    let state = live.state.get_untracked();
    assert_eq!((state.from, state.to), (from, last));
    let expected = chart_spec(chart, &state, &DATASET, Lang::En);
    let rows = live.all_text(".chart__table tbody th");
    assert_eq!(
        rows,
        expected
            .table_rows()
            .into_iter()
            .map(|(label, _)| label)
            .collect::<Vec<_>>()
    );
    assert_eq!(rows.first(), Some(&from.to_string()));

    let yen = live
        .find(&format!(
            "input[name={}-units][value={}]",
            chart.key(),
            Units::Yen.token()
        ))
        .unwrap();
    yen.click();
    settle().await;
    let state = live.state.get_untracked();
    assert_eq!(state.units, Units::Yen);
    let expected = chart_spec(chart, &state, &DATASET, Lang::En);
    assert_eq!(
        live.all_text(".chart__table thead th"),
        std::iter::once(expected.row_heading.clone())
            .chain(expected.table_headings())
            .collect::<Vec<_>>()
    );
    let first_cells: Vec<String> = live.all_text(".chart__table tbody tr:first-child td");
    assert_eq!(first_cells, expected.table_rows()[0].1);
}

#[wasm_bindgen_test]
async fn the_debates_get_expand_all_and_chart_links() {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let _mounted = leptos::mount::mount_to(
        container.clone().unchecked_into(),
        || view! { <Controversies list=&ARTICLE.controversies lang=trade_model::Lang::En /> },
    );
    let states = ChartStates::from_address(Lang::En);
    disclosures::enhance(states);
    settle().await;
    let find = |selector: &str| -> web_sys::HtmlElement {
        container
            .query_selector(selector)
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    let open = || {
        let all = container.query_selector_all("details.controversy").unwrap();
        (0..all.length())
            .filter(|&i| {
                all.item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open()
            })
            .count()
    };
    assert!(
        !find(".controversies__controls").has_attribute("hidden"),
        "the controls are shown"
    );
    find("[data-action=expand-all]").click();
    assert_eq!(open(), ARTICLE.controversies.len());
    find("[data-action=collapse-all]").click();
    assert_eq!(open(), 0);

    // The first statement that shows a chart in a view other than its default sets that view.
    let (chart, view) = ARTICLE
        .controversies
        .iter()
        .flat_map(|c| c.evidence.iter())
        .filter_map(|s| s.chart.as_ref())
        .find(|link| !link.state.is_empty())
        .map(|link| (link.chart, link.state.to_string()))
        .expect("a statement with a chart view");
    find(&format!(
        "a.evidence__show[data-chart={}][data-state=\"{view}\"]",
        chart.key()
    ))
    .click();
    settle().await;
    let expected = japan_us_trade::state::url::decode(chart, chart.year_bounds(&DATASET), &view);
    assert_eq!(states.state_of(chart).unwrap().get_untracked(), expected);
    assert_ne!(
        expected,
        ChartState::default_for(chart.year_bounds(&DATASET))
    );
    container.remove();
}
