//! Browser tests of the live parts (headless Chromium via wasm-bindgen-test-runner): the behaviours added
//! to the static article, and a chart island's keyboard read-out.

#![cfg(target_arch = "wasm32")]

use japan_us_trade::chart::catalog::ChartId;
use japan_us_trade::content::{ARTICLE, DATASET};
use japan_us_trade::page::article_html;
use japan_us_trade::state::ChartState;
use japan_us_trade::ui::article_footer::article_footer;
use japan_us_trade::ui::chart_figure::ChartFigure;
use japan_us_trade::ui::chart_states::ChartStates;
use japan_us_trade::ui::disclosures;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets the page apply pending updates.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn element(selector: &str) -> web_sys::HtmlElement {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into()
}

fn open_controversies() -> usize {
    let all = document()
        .query_selector_all("details.controversy")
        .unwrap();
    (0..all.length())
        .filter(|&i| {
            all.item(i)
                .unwrap()
                .unchecked_into::<web_sys::HtmlDetailsElement>()
                .open()
        })
        .count()
}

#[wasm_bindgen_test]
async fn the_static_article_gets_expand_all_and_chart_links() {
    // The page as the build writes it (our own build-time HTML), then the behaviours.
    let container = document().create_element("div").unwrap();
    container.set_inner_html(&article_html(&ARTICLE, &DATASET));
    document().body().unwrap().append_child(&container).unwrap();
    let states = ChartStates::from_address();
    disclosures::enhance(states);
    settle().await;

    assert!(
        !element(".controversies__controls").has_attribute("hidden"),
        "the controls are shown"
    );
    element("[data-action=expand-all]").click();
    assert_eq!(open_controversies(), ARTICLE.controversies.len());
    element("[data-action=collapse-all]").click();
    assert_eq!(open_controversies(), 0);

    element("#trade-deficits a.evidence__show[data-state=balance]").click();
    settle().await;
    let goods = states
        .state_of(ChartId::GoodsTrade)
        .unwrap()
        .get_untracked();
    assert!(
        !goods.shows(ChartId::GoodsTrade, "exports") && goods.shows(ChartId::GoodsTrade, "balance")
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn a_chart_island_reads_out_years_from_the_keyboard() {
    let container = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    container.style().set_property("width", "800px").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let state = RwSignal::new(ChartState::default_for(
        ChartId::GoodsTrade.year_bounds(&DATASET),
    ));
    let _mounted = leptos::mount::mount_to(container.clone(), move || {
        view! { <ChartFigure chart=ChartId::GoodsTrade state footer=article_footer /> }
    });
    settle().await;
    let canvas = container.query_selector("canvas").unwrap().unwrap();
    let key = |name: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(name);
        init.set_bubbles(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        canvas.dispatch_event(&event).unwrap();
    };
    let readout = || {
        container
            .query_selector(".chart__readout strong")
            .unwrap()
            .map(|s| s.text_content().unwrap())
    };
    // The last two years of the goods table, read from the CSV itself.
    let years: Vec<&str> = include_str!("../content/data/goods_trade.csv")
        .lines()
        .skip(1)
        .filter_map(|line| line.split(',').next())
        .filter(|year| !year.is_empty())
        .collect();
    let (last, before) = (years[years.len() - 1], years[years.len() - 2]);
    key("End");
    settle().await;
    assert_eq!(readout().as_deref(), Some(last));
    key("ArrowLeft");
    settle().await;
    assert_eq!(readout().as_deref(), Some(before));
    key("Escape");
    settle().await;
    assert_eq!(readout(), None);
    container.remove();
}
