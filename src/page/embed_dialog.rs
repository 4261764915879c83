//! The Embed dialog's markup, in the page once; every chart's "Embed" button fills and opens it
//! (`ui::embed_dialog`).

use leptos::prelude::*;

use crate::figure::names::embed_dialog::{CLOSE, CODE, COPY, DIALOG, HELP, PREVIEW, STATUS, TITLE};
use trade_model::text::chart_text;
use trade_model::Lang;

/// A modal with the code that shows a chart on another site, a copy button that confirms, and a preview,
/// in the page's language (English when not given).
#[component]
pub fn EmbedDialog(lang: Lang) -> impl IntoView {
    let text = chart_text(lang);
    view! {
        <dialog class="embed-dialog" id=DIALOG aria-labelledby=TITLE aria-describedby=HELP>
            <h2 id=TITLE>{text.embed_title}</h2>
            <p id=HELP>{text.embed_help}</p>
            <label class="embed-dialog__label">{text.embed_code}<textarea class="embed-dialog__code" id=CODE readonly rows="7"></textarea></label>
            <div class="embed-dialog__actions">
                <button type="button" class="button" id=COPY>{text.embed_copy}</button>
                <span class="embed-dialog__status" id=STATUS role="status"></span>
                <button type="button" class="button" id=CLOSE>{text.embed_close}</button>
            </div>
            <p class="embed-dialog__preview-label">{text.embed_preview}</p>
            <iframe class="embed-dialog__preview" id=PREVIEW title=text.embed_preview></iframe>
        </dialog>
    }
}
