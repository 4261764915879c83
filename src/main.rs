//! The article's entry point in the browser: report panics to the console, then bring the static page to life.

fn main() {
    std::panic::set_hook(Box::new(|panic| {
        web_sys::console::error_1(&format!("The article failed: {panic}").into());
    }));
    japan_us_trade::ui::islands::start();
}
