//! Every event's source in `content/data/events.csv` reads as short linked citations: no address is lost,
//! no label is empty, long or made of an address, and every word of a label is the source's own. A source
//! that cannot be read fails the build with its file and line.

use std::path::Path;

use trade_model::data::citation::{host, references, Part, LABEL_LIMIT};
use trade_model::data::parse::{parse_events, EVENT_COLUMNS};
use trade_model::data::Event;
use trade_model::problem::Problems;

fn shipped_events() -> Vec<Event> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/data/events.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut problems = Problems::default();
    let events = parse_events(&path, &text, &mut problems);
    assert!(problems.is_empty(), "{problems}");
    assert!(events.len() > 50, "{} events", events.len());
    events
}

/// The `http(s)://` addresses of a text as its words show them, with whatever punctuation follows
/// (`…html,` or `…p=5)`): read here word by word, independently of the parser.
fn addresses_in_words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter_map(|word| {
            let at = word.find("https://").or_else(|| word.find("http://"))?;
            Some(&word[at..])
        })
        .collect()
}

#[test]
fn every_address_in_every_source_becomes_one_citation_link() {
    for event in shipped_events() {
        let references = references(&event.source).unwrap();
        let linked: Vec<&str> = references
            .iter()
            .flat_map(|r| &r.citations)
            .filter_map(|c| c.url)
            .collect();
        let written = addresses_in_words(&event.source);
        assert_eq!(linked.len(), written.len(), "{}: {linked:#?}", event.date);
        for (url, word) in linked.iter().zip(&written) {
            // The link is the written address less only the punctuation of the sentence around it.
            let rest = word.strip_prefix(url).unwrap_or_else(|| {
                panic!(
                    "{}: `{word}` is not linked as written (got `{url}`)",
                    event.date
                )
            });
            assert!(
                rest.chars().all(|c| ".,;:')]".contains(c)),
                "{}: `{word}` lost `{rest}`",
                event.date
            );
        }
    }
}

#[test]
fn labels_are_short_plain_names_in_the_sources_own_words() {
    let mut longest = (0, String::new());
    for event in shipped_events() {
        for reference in references(&event.source).unwrap() {
            let note: String = reference
                .note
                .iter()
                .map(|part| match part {
                    Part::Text(text) | Part::Address(text) => *text,
                })
                .collect();
            for citation in &reference.citations {
                let label = &citation.label;
                let at = format!("{}: `{label}`", event.date);
                assert!(!label.trim().is_empty(), "{at}: empty label");
                assert!(!label.contains("http") && !label.contains("://"), "{at}");
                // No address without `http` either (`whitehouse.gov/fact-sheets/…`).
                assert!(
                    !label
                        .split_whitespace()
                        .any(|w| w.contains('/') && w.contains('.')),
                    "{at}: an address in the label"
                );
                assert!(label.chars().count() <= LABEL_LIMIT, "{at}: too long");
                // Faithful: the label is the host of its address, or every word of it is in the
                // reference (a shortened name ends in "…").
                let is_host = citation.url.is_some_and(|url| host(url) == label);
                for word in label.split_whitespace() {
                    let word = word.trim_end_matches([',', '…']);
                    assert!(
                        is_host || note.contains(word),
                        "{at}: `{word}` is not in the reference"
                    );
                }
                if label.chars().count() > longest.0 {
                    longest = (label.chars().count(), label.clone());
                }
            }
        }
    }
    assert!(
        longest.0 > 20,
        "labels this short say too little: {longest:?}"
    );
}

#[test]
fn the_notes_keep_every_word_of_the_source() {
    for event in shipped_events() {
        let references = references(&event.source).unwrap();
        let notes: String = references
            .iter()
            .flat_map(|r| &r.note)
            .map(|part| match part {
                Part::Text(text) | Part::Address(text) => *text,
            })
            .collect();
        // Only the separators between references (and the spaces around them) are left out.
        let letters = |text: &str| -> String {
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != ';')
                .collect()
        };
        assert_eq!(letters(&notes), letters(&event.source), "{}", event.date);
    }
}

/// A CSV row of `events.csv` with this date and source, every other column filled as a valid row would
/// be (whatever columns the file has).
fn event_row(date: &str, source: &str) -> String {
    let cells: Vec<String> = EVENT_COLUMNS
        .iter()
        .map(|column| match *column {
            "date" => date.to_string(),
            "title" | "description" => "An event".to_string(),
            "source" => format!("\"{source}\""),
            "verification" => "verified".to_string(),
            _ => String::new(),
        })
        .collect();
    format!("{}\n", cells.join(","))
}

#[test]
fn a_source_that_cannot_be_read_fails_with_its_file_and_line() {
    let header = format!("{}\n", EVENT_COLUMNS.join(","));
    let rows = [
        event_row("1990-01", "USTR https://ustr.gov/a"),
        event_row("1990-02", "MOFA (letter of 1995 ; Kyodo https://kyodo.jp/a"),
        event_row("1990-03", ""),
        event_row("1990-04", "USTR https://ustr.gov/a ; ; MOFA"),
    ]
    .concat();
    let mut problems = Problems::default();
    parse_events(
        Path::new("content/data/events.csv"),
        &format!("{header}{rows}"),
        &mut problems,
    );
    let report = problems.report();
    assert_eq!(problems.0.len(), 3, "{report}");
    assert!(
        report.contains("events.csv:3: source: reference 1 opens `(` and never closes it"),
        "{report}"
    );
    assert!(report.contains("events.csv:4: source is empty"), "{report}");
    assert!(
        report.contains("events.csv:5: source: reference 2 is empty"),
        "{report}"
    );
}
