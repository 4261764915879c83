//! The article's entry point in the browser: report panics to the console, then mount the page.

fn main() {
    std::panic::set_hook(Box::new(|panic| {
        web_sys::console::error_1(&format!("The article failed: {panic}").into());
    }));
    leptos::mount::mount_to_body(japan_us_trade::App);
}
