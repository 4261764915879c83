//! The reader's colour scheme (`prefers-color-scheme`), as a signal that follows system changes.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::chart::palette::Theme;

/// The current theme; updates when the reader's system switches between light and dark.
pub fn use_preferred_theme() -> ReadSignal<Theme> {
    // Rendered natively (the structure test, without a browser) there is no reader's setting to follow.
    if cfg!(not(target_arch = "wasm32")) {
        return signal(Theme::Light).0;
    }
    let query = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten();
    let theme_of = |dark: bool| if dark { Theme::Dark } else { Theme::Light };
    let (theme, set_theme) = signal(theme_of(query.as_ref().is_some_and(|q| q.matches())));
    if let Some(query) = query {
        let listener = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |event: web_sys::MediaQueryListEvent| {
                set_theme.set(theme_of(event.matches()));
            },
        );
        let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        let subscription = StoredValue::new_local((query, listener));
        on_cleanup(move || {
            subscription.with_value(|(query, listener)| {
                let _ = query.remove_event_listener_with_callback(
                    "change",
                    listener.as_ref().unchecked_ref(),
                );
            });
        });
    }
    theme
}
