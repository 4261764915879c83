//! Checks that every edition mirrors the English one file by file: the same files, ids, inserts and
//! timeline periods in the front matter; the same headings (with the same anchor ids), paragraphs and list
//! items in the same order; and in each of them the same placeholders and link targets, in any order (a
//! sentence may need its figures in another order in Japanese). Each problem names the translated file and
//! line, so a missing or extra section, statement or figure fails the build where it is.

use std::collections::BTreeMap;
use std::path::Path;

use super::markdown::{front_matter_key_line, split_front_matter, Document};
use crate::problem::{ContentProblem, Problems};
use crate::Lang;

/// The folders whose files must correspond one to one.
const FOLDERS: [&str; 2] = ["article", "controversies"];

/// Compares `content/<lang>/` with the English content under `content_dir`.
pub fn check_parity(content_dir: &Path, lang: Lang) -> Result<(), Problems> {
    let mut problems = Problems::default();
    if lang == Lang::En {
        return Ok(());
    }
    for folder in FOLDERS {
        let english_dir = content_dir.join(folder);
        let translated_dir = content_dir.join(lang.folder()).join(folder);
        let english = markdown_names(&english_dir, &mut problems);
        let translated = markdown_names(&translated_dir, &mut problems);
        for name in &english {
            if !translated.contains(name) {
                problems.push(ContentProblem::new(
                    &translated_dir.join(name),
                    0,
                    format!(
                        "missing: every file of {} needs its counterpart here",
                        english_dir.display()
                    ),
                ));
            }
        }
        for name in &translated {
            let path = translated_dir.join(name);
            if !english.contains(name) {
                problems.push(ContentProblem::new(
                    &path,
                    1,
                    format!(
                        "has no English counterpart {}",
                        english_dir.join(name).display()
                    ),
                ));
                continue;
            }
            compare_files(&english_dir.join(name), &path, &mut problems);
        }
    }
    problems.into_result(())
}

fn markdown_names(dir: &Path, problems: &mut Problems) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".md"))
            .collect(),
        Err(e) => {
            problems.push(ContentProblem::new(dir, 0, format!("cannot be read: {e}")));
            Vec::new()
        }
    };
    names.sort();
    names
}

fn compare_files(english_path: &Path, path: &Path, problems: &mut Problems) {
    let read = |path: &Path, problems: &mut Problems| {
        std::fs::read_to_string(path)
            .map_err(|e| {
                problems.push(ContentProblem::new(path, 0, format!("cannot be read: {e}")))
            })
            .ok()
    };
    let (Some(english_text), Some(text)) = (read(english_path, problems), read(path, problems))
    else {
        return;
    };
    // A file that does not split is reported by the loader.
    let (Ok(english), Ok(document)) = (
        split_front_matter(english_path, &english_text),
        split_front_matter(path, &text),
    ) else {
        return;
    };
    compare_front_matter(english_path, &english, path, &document, problems);
    compare_bodies(english_path, &english, path, &document, problems);
}

/// The front matter as flat `key → value` pairs (`takeaways.goods-chart`, `periods.2.from`).
fn flat_front_matter(document: &Document) -> BTreeMap<String, toml::Value> {
    fn flatten(prefix: &str, value: toml::Value, out: &mut BTreeMap<String, toml::Value>) {
        match value {
            toml::Value::Table(table) => {
                for (key, value) in table {
                    flatten(&join(prefix, &key), value, out);
                }
            }
            toml::Value::Array(items) if items.iter().any(toml::Value::is_table) => {
                for (i, item) in items.into_iter().enumerate() {
                    flatten(&join(prefix, &i.to_string()), item, out);
                }
            }
            other => {
                out.insert(prefix.to_string(), other);
            }
        }
    }
    fn join(prefix: &str, key: &str) -> String {
        if prefix.is_empty() {
            key.to_string()
        } else {
            format!("{prefix}.{key}")
        }
    }
    let mut out = BTreeMap::new();
    if let Ok(table) = document.front_matter.parse::<toml::Table>() {
        flatten("", toml::Value::Table(table), &mut out);
    }
    out
}

fn compare_front_matter(
    english_path: &Path,
    english: &Document,
    path: &Path,
    document: &Document,
    problems: &mut Problems,
) {
    let (theirs, ours) = (flat_front_matter(english), flat_front_matter(document));
    let line_of =
        |key: &str| front_matter_key_line(document, key.rsplit('.').next().unwrap_or(key));
    for key in theirs.keys().filter(|k| !ours.contains_key(*k)) {
        problems.push(ContentProblem::new(
            path,
            document.front_matter_line,
            format!(
                "front matter: `{key}` is missing; {} has it",
                english_path.display()
            ),
        ));
    }
    for (key, value) in &ours {
        let Some(english_value) = theirs.get(key) else {
            problems.push(ContentProblem::new(
                path,
                line_of(key),
                format!("front matter: `{key}` is not in {}", english_path.display()),
            ));
            continue;
        };
        match (english_value, value) {
            // Words are translated; their figures are the same.
            (toml::Value::String(a), toml::Value::String(b)) if is_prose_key(key) => compare_marks(
                &format!("front matter `{key}`"),
                &Marks::of(a),
                &Marks::of(b),
                path,
                line_of(key),
                problems,
            ),
            // Ids, inserts and the years periods start are not translated.
            (a, b) if a != b => problems.push(ContentProblem::new(
                path,
                line_of(key),
                format!(
                    "front matter: `{key}` is {b:?}, but {} has {a:?}",
                    english_path.display()
                ),
            )),
            _ => {}
        }
    }
}

/// Keys whose value is prose, written in each language.
fn is_prose_key(key: &str) -> bool {
    key.starts_with("takeaways.")
        || key.ends_with("title")
        || matches!(key, "description" | "question" | "headline")
}

/// The placeholders and link targets of a piece of text, sorted so order does not matter.
#[derive(Debug, PartialEq)]
struct Marks {
    placeholders: Vec<String>,
    links: Vec<String>,
}

impl Marks {
    fn of(text: &str) -> Marks {
        let mut placeholders = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let inside = &rest[open + 1..open + close];
            // `{#id}` after a heading is its anchor, not a figure.
            if !inside.starts_with('#') {
                placeholders.push(inside.to_string());
            }
            rest = &rest[open + close + 1..];
        }
        let mut links = Vec::new();
        let mut rest = text;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            let target = &after[..end];
            if target.starts_with('#') || target.starts_with('?') {
                links.push(target.to_string());
            }
            rest = &after[end..];
        }
        placeholders.sort();
        links.sort();
        Marks {
            placeholders,
            links,
        }
    }
}

fn compare_marks(
    what: &str,
    english: &Marks,
    ours: &Marks,
    path: &Path,
    line: usize,
    problems: &mut Problems,
) {
    let differ = |kind: &str, theirs: &[String], ours: &[String], problems: &mut Problems| {
        let missing: Vec<&String> = theirs.iter().filter(|p| !ours.contains(p)).collect();
        let extra: Vec<&String> = ours.iter().filter(|p| !theirs.contains(p)).collect();
        if theirs.len() != ours.len() || !missing.is_empty() || !extra.is_empty() {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "{what}: its {kind} differ from the English (missing {missing:?}, extra {extra:?}, \
                     {} against {})",
                    ours.len(),
                    theirs.len()
                ),
            ));
        }
    };
    differ(
        "placeholders",
        &english.placeholders,
        &ours.placeholders,
        problems,
    );
    differ("links", &english.links, &ours.links, problems);
}

/// One unit of a body: a heading, a paragraph or a list item, with its first line.
#[derive(Debug)]
struct Unit {
    kind: UnitKind,
    line: usize,
    text: String,
}

#[derive(Debug, PartialEq)]
enum UnitKind {
    /// A heading of this level, with its anchor id for `###` (written `{#id}`, or made from the text).
    Heading(usize, Option<String>),
    Paragraph,
    Item,
}

impl UnitKind {
    fn describe(&self) -> String {
        match self {
            UnitKind::Heading(level, Some(id)) => format!("a level-{level} heading with id `{id}`"),
            UnitKind::Heading(level, None) => format!("a level-{level} heading"),
            UnitKind::Paragraph => "a paragraph".to_string(),
            UnitKind::Item => "a list item".to_string(),
        }
    }
}

/// Splits a body into headings, paragraphs and list items (blank lines separate; `- ` starts an item).
fn units(document: &Document) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut open = false;
    for (i, line) in document.body.lines().enumerate() {
        let number = document.body_line + i;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            open = false;
        } else if let Some(level) = heading_level(trimmed) {
            let text = trimmed[level..].trim();
            let id = match text.rfind("{#") {
                Some(at) if text.ends_with('}') => Some(text[at + 2..text.len() - 1].to_string()),
                _ if level == 3 => Some(super::slug(text)),
                _ => None,
            };
            units.push(Unit {
                kind: UnitKind::Heading(level, id),
                line: number,
                text: text.to_string(),
            });
            open = false;
        } else if trimmed.starts_with("- ") || trimmed.starts_with("* ") {
            units.push(Unit {
                kind: UnitKind::Item,
                line: number,
                text: trimmed.to_string(),
            });
            open = true;
        } else if open {
            if let Some(unit) = units.last_mut() {
                unit.text.push(' ');
                unit.text.push_str(trimmed);
            }
        } else {
            units.push(Unit {
                kind: UnitKind::Paragraph,
                line: number,
                text: trimmed.to_string(),
            });
            open = true;
        }
    }
    units
}

fn heading_level(line: &str) -> Option<usize> {
    let level = line.chars().take_while(|c| *c == '#').count();
    (level > 0 && line[level..].starts_with(' ')).then_some(level)
}

fn compare_bodies(
    english_path: &Path,
    english: &Document,
    path: &Path,
    document: &Document,
    problems: &mut Problems,
) {
    let (theirs, ours) = (units(english), units(document));
    for (n, (their, our)) in theirs.iter().zip(&ours).enumerate() {
        if their.kind != our.kind {
            problems.push(ContentProblem::new(
                path,
                our.line,
                format!(
                    "block {} is {}, but in {}:{} it is {}; every heading, paragraph and list item needs \
                     its counterpart, in the same order",
                    n + 1,
                    our.kind.describe(),
                    english_path.display(),
                    their.line,
                    their.kind.describe()
                ),
            ));
            return;
        }
        compare_marks(
            &format!(
                "{} (matching {}:{})",
                our.kind.describe(),
                english_path.display(),
                their.line
            ),
            &Marks::of(&their.text),
            &Marks::of(&our.text),
            path,
            our.line,
            problems,
        );
    }
    if theirs.len() != ours.len() {
        let line = ours
            .get(theirs.len())
            .map_or(document.body_line + document.body.lines().count(), |u| {
                u.line
            });
        problems.push(ContentProblem::new(
            path,
            line,
            format!(
                "has {} headings, paragraphs and list items; {} has {}",
                ours.len(),
                english_path.display(),
                theirs.len()
            ),
        ));
    }
}
