//! The Japanese page's article bundle (`/ja/`): the article's entry point (src/main.rs), built with the
//! `japanese` feature, so that only this bundle carries the Japanese words.

fn main() {
    std::panic::set_hook(Box::new(|panic| {
        web_sys::console::error_1(&format!("The article failed: {panic}").into());
    }));
    japan_us_trade::ui::islands::start();
}
