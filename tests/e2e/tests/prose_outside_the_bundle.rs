//! The takeaways written for the charts reach the reader from the pages, not from the WebAssembly: each
//! sentence's longest run of plain words (between placeholders) is in the page and in no `.wasm` file.

use e2e_tests::{dist_dir, workspace_root};

/// Every `… -chart = "…"` line under `[takeaways]` in content/article, as written (placeholders included).
fn takeaways() -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(workspace_root().join("content/article")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let mut in_table = false;
        for line in text.lines() {
            if line.starts_with('[') {
                in_table = line == "[takeaways]";
            } else if line == "+++" {
                in_table = false;
            } else if in_table {
                if let Some((_, value)) = line.split_once(" = \"") {
                    found.push(value.trim_end_matches('"').to_string());
                }
            }
        }
    }
    found
}

/// The longest stretch of a sentence between placeholders.
fn longest_plain_run(sentence: &str) -> String {
    sentence
        .split(['{', '}'])
        .step_by(2)
        .map(str::trim)
        .max_by_key(|run| run.len())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn chart_takeaways_are_in_the_pages_and_not_in_the_webassembly() {
    let sentences = takeaways();
    assert!(
        !sentences.is_empty(),
        "no takeaways found in content/article"
    );
    let dist = dist_dir();
    let wasm: Vec<Vec<u8>> = std::fs::read_dir(&dist)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "wasm"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(!wasm.is_empty(), "no .wasm in {}", dist.display());
    let article = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let widget = std::fs::read_to_string(dist.join("embed.html")).unwrap();
    for sentence in sentences {
        let run = longest_plain_run(&sentence);
        assert!(run.len() >= 20, "too short to search for: {run:?}");
        // The pages escape `&`, `<` and `>` only; the runs searched for hold none of them.
        let in_html = run.replace('&', "&amp;");
        assert!(article.contains(&in_html), "the article lacks {run:?}");
        assert!(widget.contains(&in_html), "the widget's page lacks {run:?}");
        for bundle in &wasm {
            assert!(
                !bundle.windows(run.len()).any(|w| w == run.as_bytes()),
                "a .wasm file holds {run:?}"
            );
        }
    }
}

/// The plain text of every paragraph and list item in the built article.
fn article_sentences(html: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    for block in html.split("<p>").skip(1).chain(html.split("<li>").skip(1)) {
        let end = block
            .find("</p>")
            .or_else(|| block.find("</li>"))
            .unwrap_or(block.len());
        // Tags out, the few entities the page writes back.
        let mut text = String::new();
        let mut in_tag = false;
        for c in block[..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        let text = text
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'");
        sentences.extend(
            text.split(". ")
                .map(str::trim)
                .filter(|s| s.len() >= 40)
                .map(str::to_string),
        );
    }
    sentences
}

#[test]
fn no_sentence_of_the_article_is_in_the_webassembly() {
    let dist = dist_dir();
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let sentences = article_sentences(&html);
    assert!(
        sentences.len() > 100,
        "only {} sentences found in the article",
        sentences.len()
    );
    for path in std::fs::read_dir(&dist)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "wasm"))
    {
        let bundle = std::fs::read(&path).unwrap();
        for sentence in &sentences {
            let needle = sentence.as_bytes();
            assert!(
                !bundle.windows(needle.len()).any(|w| w == needle),
                "{} holds “{sentence}”",
                path.display()
            );
        }
    }
}
