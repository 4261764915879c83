//! Reads and checks `content/` (Markdown and CSV) and embeds it as static Rust data.
//! A problem in the content fails the build with `file:line: what is wrong`.

use std::path::Path;

use trade_model::bake::to_rust;
use trade_model::content::load::load_article;
use trade_model::data::parse::load_dataset;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let content = Path::new("content");
    let fail = |problems: trade_model::problem::Problems| -> ! {
        eprintln!("The content has problems; fix these and build again:");
        eprint!("{}", problems.report());
        std::process::exit(1);
    };
    let dataset = load_dataset(&content.join("data")).unwrap_or_else(|p| fail(p));
    let article = load_article(content, &dataset).unwrap_or_else(|p| fail(p));
    // The timeline's text goes into the static page only: the charts need each event's date and title.
    let timeline = dataset.events.clone();
    // The tables behind the prose alone stay at build time: the bundle carries what the charts draw.
    let dataset = dataset.slimmed_for_charts();
    let source = format!(
        "/// The dataset, read from content/data at build time (events with their dates and titles only).\n\
         pub static DATASET: ::trade_model::data::Dataset = {};\n\
         /// Every event with its description, source and verification, for the static timeline.\n\
         pub static TIMELINE: ::std::borrow::Cow<'static, [::trade_model::data::Event]> = {};\n\
         /// The article, read from content/article and content/controversies at build time.\n\
         pub static ARTICLE: ::trade_model::content::Article = {};\n",
        to_rust(&dataset),
        to_rust(&timeline),
        to_rust(&article),
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(&out, source).expect("OUT_DIR is writable");
}
