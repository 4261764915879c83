//! The Japanese widget's bundle (`embed.html?…&lang=ja`): the widget's entry point (src/bin/widget.rs), built
//! with the `japanese` feature, so that only this bundle carries the Japanese words.

fn main() {
    std::panic::set_hook(Box::new(|panic| {
        web_sys::console::error_1(&format!("The chart failed: {panic}").into());
    }));
    japan_us_trade::ui::embed::start();
}
