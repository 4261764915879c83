//! Component tests in a real browser (headless Chromium via wasm-bindgen-test-runner).

#![cfg(target_arch = "wasm32")]

use japan_us_trade::content::ARTICLE;
use japan_us_trade::ui::controversy::{ControversyCard, ControversyList, OpenControversies};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Leptos apply pending updates to the DOM.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn fresh_container() -> web_sys::HtmlElement {
    let container = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document().body().unwrap().append_child(&container).unwrap();
    container
}

fn click(container: &web_sys::HtmlElement, selector: &str) {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

fn attribute(container: &web_sys::HtmlElement, selector: &str, name: &str) -> Option<String> {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .get_attribute(name)
}

#[wasm_bindgen_test]
async fn a_controversy_starts_closed_and_toggles_on_click() {
    let container = fresh_container();
    let controversy = &ARTICLE.controversies[0];
    let open = RwSignal::new(false);
    let _mounted = leptos::mount::mount_to(
        container.clone(),
        move || view! { <ControversyCard controversy open /> },
    );
    settle().await;

    let toggle = ".controversy__toggle";
    assert_eq!(
        attribute(&container, toggle, "type").as_deref(),
        Some("button"),
        "Enter and Space need a real button"
    );
    assert_eq!(
        attribute(&container, toggle, "aria-expanded").as_deref(),
        Some("false")
    );
    let controls = attribute(&container, toggle, "aria-controls").unwrap();
    let arguments = format!("#{controls}");
    assert!(
        attribute(&container, &arguments, "hidden").is_some(),
        "closed arguments are hidden"
    );
    assert!(
        container
            .text_content()
            .unwrap()
            .contains(controversy.question.as_ref()),
        "the question shows when closed"
    );

    click(&container, toggle);
    settle().await;
    assert_eq!(
        attribute(&container, toggle, "aria-expanded").as_deref(),
        Some("true")
    );
    assert!(attribute(&container, &arguments, "hidden").is_none());
    assert!(open.get_untracked());
    let text = container.text_content().unwrap();
    assert!(text.contains("The critics’ case") && text.contains("The response"));

    click(&container, toggle);
    settle().await;
    assert_eq!(
        attribute(&container, toggle, "aria-expanded").as_deref(),
        Some("false")
    );
    assert!(attribute(&container, &arguments, "hidden").is_some());
    container.remove();
}

#[wasm_bindgen_test]
async fn expand_all_and_collapse_all_act_on_every_controversy() {
    let container = fresh_container();
    let open = OpenControversies::new(&ARTICLE.controversies);
    let _mounted = leptos::mount::mount_to(container.clone(), move || {
        view! { <ControversyList controversies=&ARTICLE.controversies open /> }
    });
    settle().await;
    let expanded = |value: &str| {
        let toggles = container
            .query_selector_all(".controversy__toggle")
            .unwrap();
        (0..toggles.length())
            .filter(|&i| {
                toggles
                    .item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::Element>()
                    .get_attribute("aria-expanded")
                    .as_deref()
                    == Some(value)
            })
            .count()
    };
    assert_eq!(expanded("false"), ARTICLE.controversies.len());

    let buttons = container
        .query_selector_all(".controversies__controls button")
        .unwrap();
    buttons
        .item(0)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    assert_eq!(expanded("true"), ARTICLE.controversies.len());

    buttons
        .item(1)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    assert_eq!(expanded("false"), ARTICLE.controversies.len());
    container.remove();
}
