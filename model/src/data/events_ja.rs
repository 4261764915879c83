//! Joins the Japanese edition's event texts (`content/ja/data/events_ja.csv`) to the events of
//! `events.csv`: one row per event, in the same order, keyed by the English date and title, so a missing,
//! extra or stale row fails the build at its line.

use std::path::Path;

use serde::Deserialize;

use super::parse::read_rows;
use super::Event;
use crate::problem::{ContentProblem, Problems};

/// The columns of `events_ja.csv`.
pub const EVENT_JA_COLUMNS: &[&str] = &[
    "date",
    "title",
    "title_ja",
    "description_ja",
    "verification_ja",
    "annotation_ja",
];

/// The longest Japanese annotation: Japanese characters are about twice as wide as Latin letters, so
/// this fits where the English limit does.
pub const ANNOTATION_JA_MAX_CHARS: usize = 12;

#[derive(Deserialize)]
struct Row {
    date: String,
    title: String,
    title_ja: String,
    description_ja: String,
    verification_ja: String,
    annotation_ja: String,
}

/// Adds the Japanese texts in `text` (read from `path`) to `events`, checking that the file follows
/// `events.csv` (at `events_path`) row for row.
pub fn join_events_ja(
    events: &mut [Event],
    events_path: &Path,
    path: &Path,
    text: &str,
    problems: &mut Problems,
) {
    let rows: Vec<(usize, Row)> = read_rows(path, text, EVENT_JA_COLUMNS, problems);
    // The English file's header is line 1 and each event one line (no field spans lines).
    let english_line = |i: usize| i + 2;
    for (i, (line, row)) in rows.iter().enumerate() {
        let Some(event) = events.get_mut(i) else {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!(
                    "extra row `{} {}`: {} has only {} events",
                    row.date,
                    row.title,
                    events_path.display(),
                    i
                ),
            ));
            continue;
        };
        if row.date != *event.date || row.title != *event.title {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!(
                    "row `{} {}` does not match {}:{} (`{} {}`): rows follow events.csv one to one, \
                     with its date and title copied exactly",
                    row.date,
                    row.title,
                    events_path.display(),
                    english_line(i),
                    event.date,
                    event.title
                ),
            ));
            continue;
        }
        let mut require = |column: &str, value: &str, wanted: bool| {
            if value.trim().is_empty() == wanted {
                let what = if wanted {
                    "is empty"
                } else {
                    "is set, but the English is empty"
                };
                problems.push(ContentProblem::new(path, *line, format!("{column} {what}")));
            }
        };
        require("title_ja", &row.title_ja, true);
        require("description_ja", &row.description_ja, true);
        require(
            "verification_ja",
            &row.verification_ja,
            !event.verification.trim().is_empty(),
        );
        require(
            "annotation_ja",
            &row.annotation_ja,
            !event.annotation.trim().is_empty(),
        );
        if row.annotation_ja.chars().count() > ANNOTATION_JA_MAX_CHARS {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!(
                    "annotation_ja `{}` is longer than {ANNOTATION_JA_MAX_CHARS} characters",
                    row.annotation_ja
                ),
            ));
        }
        event.title_ja = row.title_ja.clone().into();
        event.description_ja = row.description_ja.clone().into();
        event.verification_ja = row.verification_ja.clone().into();
        event.annotation_ja = row.annotation_ja.clone().into();
    }
    if rows.len() < events.len() {
        let line = rows.last().map_or(2, |(line, _)| line + 1);
        for (i, event) in events.iter().enumerate().skip(rows.len()) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "missing the row for {}:{} (`{} {}`)",
                    events_path.display(),
                    english_line(i),
                    event.date,
                    event.title
                ),
            ));
        }
    }
}
