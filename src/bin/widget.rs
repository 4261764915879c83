//! The embed widget's entry point in the browser (`embed.html`): a bundle of its own, holding only what one
//! embedded chart needs, so an embed loads less than the article.

fn main() {
    std::panic::set_hook(Box::new(|panic| {
        web_sys::console::error_1(&format!("The chart failed: {panic}").into());
    }));
    japan_us_trade::ui::embed::start();
}
