//! The article's entry point in the browser: report panics to the console, then mount the page.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(japan_us_trade::App);
}
