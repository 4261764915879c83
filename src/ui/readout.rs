//! The read-out line above a chart ("2020 · US exports: $x · US imports: $y", or a hint when nothing is
//! focused), written straight into its element: it changes on every pointer move, and a few DOM calls cost
//! less, in time and in the WebAssembly's size, than a view rebuilt each time. (Measured: the same read-out
//! as a Leptos view made each bundle 3.1–3.2 KB larger, brotli.)

use leptos::prelude::document;
use trade_model::text::ChartText;

/// Replaces `line`'s content with the focused row (`label` and each series' name and value) or the hint
/// (what the read-out shows before a reader points at or steps to a year), in the words of `text`.
pub fn write_readout(
    line: &web_sys::Element,
    row: Option<(String, Vec<(String, String)>)>,
    text: &ChartText,
) {
    line.set_text_content(None);
    let append = |parent: &web_sys::Element, tag: &str, class: Option<&str>, text: &str| {
        let element = document().create_element(tag).ok()?;
        if let Some(class) = class {
            element.set_class_name(class);
        }
        if !text.is_empty() {
            element.set_text_content(Some(text));
        }
        parent.append_child(&element).ok()?;
        Some(element)
    };
    match row {
        Some((label, values)) => {
            append(line, "strong", None, &label);
            for (name, value) in values {
                if let Some(item) = append(
                    line,
                    "span",
                    Some("chart__value"),
                    &format!("{name}{}", text.name_gap),
                ) {
                    append(&item, "b", None, &value);
                }
            }
        }
        None => {
            append(line, "span", Some("chart__hint"), text.readout_hint);
        }
    }
}
