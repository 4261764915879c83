//! "Embed": one dialog for the whole article (written into the static page), filled with the code that
//! puts a chart, in its current view, on another site; a copy button that confirms, and a live preview.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::address::page_beside;
use crate::chart::catalog::ChartId;
use crate::content::DATASET;
use crate::embed::options::{EmbedOptions, ThemeChoice};
use crate::embed::protocol::{frame_height, SOURCE};
use crate::embed::snippet::embed_snippet;
use crate::figure::names::embed_dialog::{CLOSE, CODE, COPY, DIALOG, PREVIEW, STATUS, TITLE};
use crate::state::url::query_with_state;
use crate::state::ChartState;
use trade_model::text::chart_text;
use trade_model::Lang;

/// The widget's address for `chart` in `state`, in `lang` (`&lang=ja` on the Japanese page): `embed.html`
/// beside the English page, on its origin.
pub fn embed_url(chart: ChartId, state: &ChartState, lang: Lang) -> String {
    let options = EmbedOptions {
        chart,
        theme: ThemeChoice::Auto,
        controls: true,
        title: true,
        lang,
    };
    let query = query_with_state(
        &options.to_query(),
        chart,
        chart.year_bounds(&DATASET),
        state,
    );
    // The Japanese page is one folder down (`/ja/`); the widget is served once, beside the English page.
    let folder = page_beside("");
    let root = folder
        .strip_suffix(lang.folder())
        .unwrap_or(folder.as_str());
    format!("{root}embed.html{query}")
}

fn by_id<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// Fills the dialog for `chart` and opens it (focus moves into it; Escape closes it).
pub fn open_embed_dialog(chart: ChartId, state: &ChartState, title: &str, lang: Lang) {
    let text = chart_text(lang);
    let url = embed_url(chart, state, lang);
    let (Some(dialog), Some(code), Some(preview)) = (
        by_id::<web_sys::HtmlDialogElement>(DIALOG),
        by_id::<web_sys::HtmlTextAreaElement>(CODE),
        by_id::<web_sys::HtmlIFrameElement>(PREVIEW),
    ) else {
        return;
    };
    if let Some(heading) = document().get_element_by_id(TITLE) {
        heading.set_text_content(Some(&(text.embed_named)(title)));
    }
    code.set_value(&embed_snippet(&url, title));
    preview.set_title(&(text.embed_preview_named)(title));
    preview.set_src(&url);
    set_status("");
    let _ = dialog.show_modal();
}

fn set_status(text: &str) {
    if let Some(status) = document().get_element_by_id(STATUS) {
        status.set_text_content(Some(text));
    }
}

/// Makes the dialog's Copy and Close buttons work.
pub fn enhance_embed_dialog() {
    let listen = |id: &str, handler: Box<dyn Fn()>| {
        if let Some(button) = document().get_element_by_id(id) {
            let closure = Closure::<dyn Fn()>::new(handler);
            let _ =
                button.add_event_listener_with_callback("click", closure.as_ref().unchecked_ref());
            closure.forget();
        }
    };
    listen(
        CLOSE,
        Box::new(|| {
            if let Some(dialog) = by_id::<web_sys::HtmlDialogElement>(DIALOG) {
                dialog.close();
            }
        }),
    );
    listen(COPY, Box::new(copy_code));
    size_the_preview_to_its_content();
}

/// Sizes the preview to the widget's content from the widget's `size` messages, as the embed code's script
/// does on a host page, so the preview shows what an embedder will get.
fn size_the_preview_to_its_content() {
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            let Some(preview) = by_id::<web_sys::HtmlIFrameElement>(PREVIEW) else {
                return;
            };
            let from_preview = match (event.source(), preview.content_window()) {
                (Some(source), Some(frame)) => js_sys::Object::is(&source.into(), &frame.into()),
                _ => false,
            };
            let data = event.data();
            let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
            let is_size = field("source").and_then(|v| v.as_string()).as_deref() == Some(SOURCE)
                && field("type").and_then(|v| v.as_string()).as_deref() == Some("size");
            let height = field("height")
                .and_then(|v| v.as_f64())
                .and_then(frame_height);
            if let (true, true, Some(height)) = (from_preview, is_size, height) {
                let _ = web_sys::HtmlElement::style(&preview)
                    .set_property("height", &format!("{height}px"));
            }
        });
    let _ =
        window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

fn copy_code() {
    let Some(code) = by_id::<web_sys::HtmlTextAreaElement>(CODE) else {
        return;
    };
    let words = chart_text(super::page_lang::page_lang());
    let text = code.value();
    let select_for_the_reader = move || {
        let _ = code.focus();
        code.select();
        set_status(words.embed_select);
    };
    // The clipboard is missing outside secure pages and in some browsers' frames.
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| clipboard.is_object());
    if !has_clipboard {
        select_for_the_reader();
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    let copied = Closure::<dyn FnMut(JsValue)>::new(move |_| set_status(words.embed_copied));
    let refused = Closure::<dyn FnMut(JsValue)>::new(move |_| select_for_the_reader());
    let _ = promise.then2(&copied, &refused);
    copied.forget();
    refused.forget();
}
