//! The Share button under a chart: it gives the link to the view the reader is looking at — through the
//! system's share sheet where the browser has one, else by copying it — and says what it did in a status
//! line that screen readers announce.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::address::page_beside;
use crate::chart::catalog::ChartId;
use crate::state::url::view_address;
use crate::state::ChartState;
use trade_model::text::{chart_text, ChartText};
use trade_model::Lang;

/// "Share" and its status line. `title` names the chart in the share sheet and in the button's name. The
/// status is written straight into its element, which costs less WebAssembly than a reactive view.
#[component]
pub fn ShareButton(
    chart: ChartId,
    state: RwSignal<ChartState>,
    bounds: Option<(u16, u16)>,
    title: Memo<String>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let text = chart_text(lang);
    let status = NodeRef::<html::Span>::new();
    let share = move |_| {
        let Some(status) = status.get_untracked() else {
            return;
        };
        let address = view_address(&page_beside(""), chart, bounds, &state.get_untracked());
        share_or_copy(&title.get_untracked(), address, status.into(), text);
    };
    view! {
        <button type="button" class="button chart__share" on:click=share>
            {text.share}<span class="visually-hidden">{text.name_gap} {move || title.get()}</span>
        </button>
        <span class="chart__share-status" role="status" node_ref=status></span>
    }
}

/// Opens the share sheet with `address`, or copies it; where neither is allowed, shows it to copy by hand.
/// The status is emptied first, so the same words said again are announced again.
fn share_or_copy(
    title: &str,
    address: String,
    status: web_sys::HtmlElement,
    text: &'static ChartText,
) {
    status.set_text_content(None);
    let navigator = window().navigator();
    let share_sheet = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share) = share_sheet {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &address.as_str().into());
        // Whatever the call returns is taken as a promise of this page's own (a promise from another realm,
        // such as a test's stub in Firefox, is no `instanceof Promise` here).
        if let Some(sheet) = share
            .call1(&navigator, &data)
            .ok()
            .map(|returned| js_sys::Promise::resolve(&returned))
        {
            let shared = Closure::<dyn FnMut(JsValue)>::new({
                let status = status.clone();
                move |_| status.set_text_content(Some(text.shared))
            });
            // A reader who closes the sheet has chosen not to share; a sheet that is not allowed here
            // (a frame without the permission, say) falls back to copying.
            let not_shared = Closure::<dyn FnMut(JsValue)>::new(move |error: JsValue| {
                let name = js_sys::Reflect::get(&error, &"name".into()).ok();
                if name.and_then(|n| n.as_string()).as_deref() != Some("AbortError") {
                    copy(address.clone(), status.clone(), text);
                }
            });
            let _ = sheet.then2(&shared, &not_shared);
            shared.forget();
            not_shared.forget();
            return;
        }
    }
    copy(address, status, text);
}

/// Copies `address`, saying so in `status`; where copying is not allowed, shows it to copy by hand.
fn copy(address: String, status: web_sys::HtmlElement, text: &'static ChartText) {
    let navigator = window().navigator();
    // The clipboard is missing outside secure pages and in some browsers' frames.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| clipboard.is_object());
    if !has_clipboard {
        status.set_text_content(Some(&(text.copy_this_link)(&address)));
        return;
    }
    let copying = navigator.clipboard().write_text(&address);
    let copied = Closure::<dyn FnMut(JsValue)>::new({
        let status = status.clone();
        move |_| status.set_text_content(Some(text.copied))
    });
    let refused = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        status.set_text_content(Some(&(text.copy_refused)(&address)))
    });
    let _ = copying.then2(&copied, &refused);
    copied.forget();
    refused.forget();
}
