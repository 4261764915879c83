//! Reads and checks `content/` (Markdown and CSV, English and Japanese) and embeds it as static Rust data.
//! A problem in the content fails the build with `file:line: what is wrong`.

use std::path::Path;

use trade_model::bake::to_rust;
use trade_model::content::load::load_article;
use trade_model::content::parity::check_parity;
use trade_model::data::events_ja::join_events_ja;
use trade_model::data::parse::load_dataset;
use trade_model::problem::Problems;
use trade_model::Lang;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let content = Path::new("content");
    let fail = |problems: Problems| -> ! {
        eprintln!("The content has problems; fix these and build again:");
        eprint!("{}", problems.report());
        std::process::exit(1);
    };
    let mut dataset = load_dataset(&content.join("data")).unwrap_or_else(|p| fail(p));
    let events_ja = content.join("ja/data/events_ja.csv");
    let mut problems = Problems::default();
    match std::fs::read_to_string(&events_ja) {
        Ok(text) => join_events_ja(
            dataset.events.to_mut(),
            &content.join("data/events.csv"),
            &events_ja,
            &text,
            &mut problems,
        ),
        Err(e) => problems.push(trade_model::problem::ContentProblem::new(
            &events_ja,
            0,
            format!("cannot be read: {e}"),
        )),
    }
    problems.into_result(()).unwrap_or_else(|p| fail(p));
    check_parity(content, Lang::Ja).unwrap_or_else(|p| fail(p));
    let article = load_article(content, Lang::En, &dataset).unwrap_or_else(|p| fail(p));
    let article_ja = load_article(content, Lang::Ja, &dataset).unwrap_or_else(|p| fail(p));
    // The timeline's text goes into the static page only: the charts need each event's date and title.
    let timeline = dataset.events.clone();
    // The tables behind the prose alone stay at build time: the bundle carries what the charts draw.
    let mut dataset = dataset.slimmed_for_charts();
    // A WebAssembly bundle without the `japanese` feature shows no Japanese (`trade_model::JAPANESE`), so
    // its events carry none of the Japanese titles and chart labels either.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_JAPANESE").is_none() {
        for event in dataset.events.to_mut() {
            event.title_ja = Default::default();
            event.annotation_ja = Default::default();
        }
    }
    let source = format!(
        "/// The dataset, read from content/data at build time (events with their dates and titles only).\n\
         pub static DATASET: ::trade_model::data::Dataset = {};\n\
         /// Every event with its description, source and verification, for the static timeline.\n\
         pub static TIMELINE: ::std::borrow::Cow<'static, [::trade_model::data::Event]> = {};\n\
         /// The article, read from content/article and content/controversies at build time.\n\
         pub static ARTICLE: ::trade_model::content::Article = {};\n\
         /// The Japanese edition, read from content/ja/ at build time.\n\
         pub static ARTICLE_JA: ::trade_model::content::Article = {};\n",
        to_rust(&dataset),
        to_rust(&timeline),
        to_rust(&article),
        to_rust(&article_ja),
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(&out, source).expect("OUT_DIR is writable");
}
