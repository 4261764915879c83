//! The Japanese edition (`content/ja/`) mirrors the English one: it loads, it has every section, subheading,
//! debate and statement with the same ids, its figures come from the same placeholders in Japanese units,
//! and each kind of divergence fails with the translated file's path and line.

use std::path::{Path, PathBuf};

use trade_model::content::load::load_article;
use trade_model::content::parity::check_parity;
use trade_model::content::{Article, Block};
use trade_model::data::events_ja::join_events_ja;
use trade_model::data::parse::load_dataset;
use trade_model::problem::Problems;
use trade_model::{format_ja, Lang};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn article(lang: Lang) -> Article {
    let content = content_dir();
    let dataset = load_dataset(&content.join("data")).expect("valid data");
    load_article(&content, lang, &dataset).unwrap_or_else(|p| panic!("{lang:?}: {p}"))
}

fn subheading_ids(article: &Article) -> Vec<String> {
    article
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter_map(|b| match b {
            Block::Subheading { id, .. } => Some(id.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_japanese_edition_has_every_section_subheading_debate_and_statement_of_the_english() {
    let (english, japanese) = (article(Lang::En), article(Lang::Ja));
    let ids = |a: &Article| {
        a.sections
            .iter()
            .map(|s| s.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&japanese), ids(&english));
    assert_eq!(subheading_ids(&japanese), subheading_ids(&english));
    assert_eq!(japanese.controversies.len(), english.controversies.len());
    for (ja, en) in japanese
        .controversies
        .iter()
        .zip(english.controversies.iter())
    {
        assert_eq!(ja.id, en.id);
        assert_eq!(ja.evidence.len(), en.evidence.len(), "{}", en.id);
        for (a, b) in ja.evidence.iter().zip(en.evidence.iter()) {
            assert_eq!(a.chart, b.chart, "{}", en.id);
            let sorted = |s: &trade_model::content::Statement| {
                let mut notes: Vec<String> = s
                    .sources
                    .iter()
                    .map(|n| format!("{} {}", n.file, n.rows))
                    .collect();
                notes.sort();
                notes
            };
            assert_eq!(sorted(a), sorted(b), "{}", en.id);
        }
        assert!(ja.question.ends_with('？'), "{}", ja.question);
    }
    for (ja, en) in japanese.sections.iter().zip(english.sections.iter()) {
        assert_eq!(ja.inserts, en.inserts);
        let charts = |s: &trade_model::content::Section| {
            s.takeaways.iter().map(|t| t.chart).collect::<Vec<_>>()
        };
        assert_eq!(charts(ja), charts(en));
    }
    assert_eq!(
        japanese
            .timeline_periods
            .iter()
            .map(|p| p.from)
            .collect::<Vec<_>>(),
        english
            .timeline_periods
            .iter()
            .map(|p| p.from)
            .collect::<Vec<_>>()
    );
    // Japanese prose, not English left in place.
    assert_ne!(japanese.headline, english.headline);
    assert!(japanese
        .headline
        .chars()
        .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)));
}

#[test]
fn japanese_figures_are_written_in_japanese_units_from_the_same_rows() {
    let japanese = article(Lang::Ja);
    let dataset = load_dataset(&content_dir().join("data")).unwrap();
    // The lead's takeaway-free text holds figures in 億ドル; the goods table's last year, read from the CSV.
    let text = std::fs::read_to_string(content_dir().join("data/goods_trade.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let row = rows.iter().find(|r| &r[col("year")] == "2024").unwrap();
    let imports: f64 = row[col("us_imports_musd")].parse().unwrap();
    let expected = format_ja::usd(imports);
    let (expanded, _, problems) =
        trade_model::content::figures::expand("{imports:2024}", &dataset, Lang::Ja);
    assert!(problems.is_empty());
    assert_eq!(expanded, expected);
    assert!(expected.ends_with("億ドル"), "{expected}");
    // No placeholder is left unexpanded and no English unit is printed in the Japanese prose.
    let all: String = japanese
        .sections
        .iter()
        .flat_map(|s| s.takeaways.iter().map(|t| t.text.to_string()))
        .collect();
    assert!(!all.contains(" bn") && !all.contains('{'), "{all}");
}

#[test]
fn no_placeholder_is_left_unfilled_in_either_edition_not_even_in_a_link() {
    for lang in Lang::ALL {
        let article = article(lang);
        let mut runs: Vec<String> = Vec::new();
        let mut blocks: Vec<&Block> = article.lead.iter().collect();
        for section in article.sections.iter() {
            blocks.extend(section.blocks.iter());
        }
        for debate in article.controversies.iter() {
            blocks.extend(
                debate
                    .critics_case
                    .iter()
                    .chain(debate.response.iter())
                    .chain(debate.settle.iter()),
            );
            for statement in debate.evidence.iter() {
                runs.extend(statement.text.iter().map(|i| i.text().to_string()));
            }
        }
        for block in blocks {
            match block {
                Block::Paragraph(run) => runs.extend(run.iter().map(|i| i.text().to_string())),
                Block::BulletList(items) => {
                    for item in items.iter() {
                        runs.extend(item.iter().map(|i| i.text().to_string()));
                    }
                }
                Block::Subheading { text, .. } => runs.push(text.to_string()),
            }
        }
        assert!(runs.len() > 100, "{lang:?}");
        for run in runs {
            assert!(!run.contains('{') && !run.contains('}'), "{lang:?}: {run}");
        }
    }
}

/// A private copy of the real content with one file edited (or removed, when `edit` returns `None`), and
/// what the parity check and both loaders report.
fn problems_after(file: &str, edit: impl FnOnce(String) -> Option<String>) -> String {
    static SCRATCH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SCRATCH.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let scratch = std::env::temp_dir().join(format!("ja-test-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    copy_dir(&content_dir(), &scratch);
    let target = scratch.join(file);
    match edit(std::fs::read_to_string(&target).unwrap_or_default()) {
        Some(text) => std::fs::write(&target, text).unwrap(),
        None => std::fs::remove_file(&target).unwrap(),
    }
    let mut report = String::new();
    if let Err(problems) = check_parity(&scratch, Lang::Ja) {
        report.push_str(&problems.report());
    }
    let mut dataset = load_dataset(&scratch.join("data")).unwrap();
    let events_ja = scratch.join("ja/data/events_ja.csv");
    let mut problems = Problems::default();
    join_events_ja(
        dataset.events.to_mut(),
        &scratch.join("data/events.csv"),
        &events_ja,
        &std::fs::read_to_string(&events_ja).unwrap_or_default(),
        &mut problems,
    );
    if let Err(problems) = problems.into_result(()) {
        report.push_str(&problems.report());
    }
    if let Err(problems) = load_article(&scratch, Lang::Ja, &dataset) {
        report.push_str(&problems.report());
    }
    let _ = std::fs::remove_dir_all(&scratch);
    report
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn the_shipped_japanese_edition_passes_every_check() {
    assert_eq!(problems_after("ja/README.md", Some), "");
}

#[test]
fn a_missing_or_extra_japanese_file_is_named() {
    let report = problems_after("ja/controversies/03-currency.md", |_| None);
    assert!(
        report.contains("ja/controversies/03-currency.md: missing"),
        "{report}"
    );
    let report = problems_after("ja/article/09-extra.md", |_| {
        Some("+++\nid = \"extra\"\ntitle = \"余分\"\n+++\n\n本文。\n".to_string())
    });
    assert!(
        report.contains("ja/article/09-extra.md:1: has no English counterpart"),
        "{report}"
    );
}

#[test]
fn a_placeholder_missing_from_a_japanese_paragraph_is_reported_at_its_line() {
    let path = "ja/article/04-tariffs-2025-2026.md";
    let text = std::fs::read_to_string(content_dir().join(path)).unwrap();
    // The first body line (after the front matter's closing `+++`) with the placeholder.
    let body_start = text.match_indices("+++").nth(1).unwrap().0;
    let at = body_start + text[body_start..].find("{duty-rate:2025}").unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let report = problems_after(path, |t| {
        Some(format!(
            "{}大幅な水準{}",
            &t[..at],
            &t[at + "{duty-rate:2025}".len()..]
        ))
    });
    assert!(
        report.contains(&format!("{path}:{line}:")) && report.contains("duty-rate:2025"),
        "{report}"
    );
}

#[test]
fn a_japanese_heading_with_another_id_or_a_dropped_paragraph_is_reported() {
    let path = "ja/article/03-what-is-traded.md";
    let report = problems_after(path, |t| {
        Some(t.replace("{#farm-goods-and-food}", "{#farm-goods}"))
    });
    assert!(
        report.contains(path) && report.contains("farm-goods-and-food"),
        "{report}"
    );
    let report = problems_after(path, |t| {
        let mut paragraphs: Vec<&str> = t.split("\n\n").collect();
        paragraphs.remove(paragraphs.len() - 1);
        Some(paragraphs.join("\n\n") + "\n")
    });
    assert!(
        report.contains(path) && report.contains("list items"),
        "{report}"
    );
}

#[test]
fn a_japanese_event_row_that_is_missing_stale_or_empty_is_reported_at_its_line() {
    let path = "ja/data/events_ja.csv";
    let report = problems_after(path, |t| {
        let mut lines: Vec<&str> = t.lines().collect();
        lines.pop();
        Some(lines.join("\n") + "\n")
    });
    assert!(
        report.contains(path) && report.contains("missing the row for"),
        "{report}"
    );
    let report = problems_after(path, |t| {
        Some(t.replacen("Plaza Accord", "Plaza accord", 1))
    });
    assert!(
        report.contains(path) && report.contains("does not match"),
        "{report}"
    );
    let report = problems_after(path, |t| {
        let mut lines: Vec<String> = t.lines().map(String::from).collect();
        let mut fields: Vec<String> = {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(lines[3].as_bytes());
            reader
                .records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(String::from)
                .collect()
        };
        fields[2] = String::new();
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(&fields).unwrap();
        lines[3] = String::from_utf8(writer.into_inner().unwrap())
            .unwrap()
            .trim_end()
            .to_string();
        Some(lines.join("\n") + "\n")
    });
    assert!(
        report.contains(&format!("{path}:4: title_ja is empty")),
        "{report}"
    );
}
