//! The Embed dialog's markup, in the page once; every chart's "Embed" button fills and opens it
//! (`ui::embed_dialog`).

use leptos::prelude::*;

use crate::figure::names::embed_dialog::{CLOSE, CODE, COPY, DIALOG, HELP, PREVIEW, STATUS, TITLE};

/// A modal with the code that shows a chart on another site, a copy button that confirms, and a preview.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    view! {
        <dialog class="embed-dialog" id=DIALOG aria-labelledby=TITLE aria-describedby=HELP>
            <h2 id=TITLE>"Embed this chart"</h2>
            <p id=HELP>
                "Paste this code into your page. The chart sizes itself to its content and follows the reader’s light or dark setting."
            </p>
            <label class="embed-dialog__label">"Code"<textarea class="embed-dialog__code" id=CODE readonly rows="7"></textarea></label>
            <div class="embed-dialog__actions">
                <button type="button" class="button" id=COPY>"Copy code"</button>
                <span class="embed-dialog__status" id=STATUS role="status"></span>
                <button type="button" class="button" id=CLOSE>"Close"</button>
            </div>
            <p class="embed-dialog__preview-label">"Preview"</p>
            <iframe class="embed-dialog__preview" id=PREVIEW title="Preview"></iframe>
        </dialog>
    }
}
