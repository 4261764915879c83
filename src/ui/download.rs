//! Saving a file the page made (CSV, SVG, PNG) through a temporary download link.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A `data:` address holding `text` with the given media type. (Rendered natively, where the structure
/// test draws the live figure without a browser, the address is left empty of data: there is no browser
/// to encode it, and nothing to download.)
pub fn data_url(media_type: &str, text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let encoded = String::from(js_sys::encode_uri_component(text));
    #[cfg(not(target_arch = "wasm32"))]
    let encoded = {
        let _ = text;
        String::new()
    };
    format!("data:{media_type};charset=utf-8,{encoded}")
}

/// Asks the browser to save `href` as `file_name`.
pub fn save(href: &str, file_name: &str) {
    let Ok(link) = document().create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("download", file_name);
    if let Some(body) = document().body() {
        let _ = body.append_child(&link);
        if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
            link.click();
        }
        link.remove();
    }
}
