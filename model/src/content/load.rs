//! Reads `content/article/*.md` and `content/controversies/*.md` into an [`Article`] and checks it whole.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::figures::{expand, Figure};
use super::markdown::{
    anchor_links, chart_link, front_matter_key_line, parse_body, parse_front_matter,
    section_blocks, split_front_matter, Document, Heading, Piece,
};
use super::{
    debate_headings, Article, Block, Controversy, Inline, Insert, Section, SourceNote, Statement,
    Takeaway, TimelinePeriod, LEAD_ID,
};
use crate::charts::ChartId;
use crate::data::Dataset;
use crate::problem::{ContentProblem, Problems};
use crate::Lang;

const QUESTION_MAX_CHARS: usize = 140;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionFrontMatter {
    id: String,
    title: String,
    description: Option<String>,
    insert: Option<InsertNames>,
    /// One sentence per chart inserted, keyed by the insert's name.
    takeaways: Option<std::collections::BTreeMap<String, String>>,
    /// The timeline's periods (only with `insert = "timeline"`).
    periods: Option<Vec<PeriodFrontMatter>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodFrontMatter {
    from: u16,
    title: String,
}

/// `insert = "name"` or `insert = ["name", "name"]`.
#[derive(Deserialize)]
#[serde(untagged)]
enum InsertNames {
    One(String),
    Many(Vec<String>),
}

impl InsertNames {
    fn names(&self) -> Vec<&str> {
        match self {
            InsertNames::One(name) => vec![name.as_str()],
            InsertNames::Many(names) => names.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ControversyFrontMatter {
    id: String,
    title: String,
    question: String,
    headline: String,
}

/// Reads the article in `lang` from `content_dir` (English from `article/` and `controversies/`, Japanese
/// from `ja/article/` and `ja/controversies/`), filling placeholders from `dataset` in that language's
/// units (its timeline events are also anchors prose may link to).
pub fn load_article(
    content_dir: &Path,
    lang: Lang,
    dataset: &Dataset,
) -> Result<Article, Problems> {
    let text_dir = content_dir.join(lang.folder());
    let headings = debate_headings(lang);
    let mut problems = Problems::default();
    let mut ids = IdRegistry::default();
    for id in dataset.events.iter().map(|e| e.anchor_id()) {
        ids.claim(&id, &content_dir.join("data/events.csv"), 0, &mut problems);
    }
    for chart in ChartId::ALL {
        ids.claim(chart.element_id(), Path::new("(a chart)"), 0, &mut problems);
    }
    let mut links: Vec<(PathBuf, usize, String)> = Vec::new();

    let mut lead = None;
    let mut sections = Vec::new();
    let mut timeline_periods = Vec::new();
    for (path, text) in markdown_files(&text_dir.join("article"), &mut problems) {
        let Some(document) = document(&path, &text, &mut problems) else {
            continue;
        };
        let Ok(front) = parse_front_matter::<SectionFrontMatter>(&path, &document)
            .map_err(|p| problems.push(p))
        else {
            continue;
        };
        links.extend(
            anchor_links(document.body, document.body_line)
                .into_iter()
                .map(|(l, h)| (path.clone(), l, h)),
        );
        let pieces = parse_body(
            &path,
            document.body,
            document.body_line,
            dataset,
            lang,
            &mut problems,
        );
        let blocks = section_blocks(&path, pieces, &mut problems);
        if front.id == LEAD_ID {
            if lead.is_some() {
                problems.push(ContentProblem::new(
                    &path,
                    2,
                    "a second file has id \"lead\"",
                ));
            }
            match front.description {
                Some(description) if !description.trim().is_empty() => {
                    lead = Some((front.title, description, blocks));
                }
                _ => problems.push(ContentProblem::new(
                    &path,
                    2,
                    "front matter: missing field `description`",
                )),
            }
            continue;
        }
        if front.description.is_some() {
            let line = front_matter_key_line(&document, "description");
            problems.push(ContentProblem::new(
                &path,
                line,
                "only the lead (id = \"lead\") takes a description",
            ));
        }
        check_id(&front.id, &path, &document, &mut ids, &mut problems);
        check_title(&front.title, &path, &document, &mut problems);
        for block in &blocks {
            if let Block::Subheading { id, .. } = block {
                ids.claim(id, &path, document.body_line, &mut problems);
            }
        }
        let names = front
            .insert
            .as_ref()
            .map(InsertNames::names)
            .unwrap_or_default();
        let inserts: Vec<Insert> = names
            .into_iter()
            .filter_map(|name| {
                let insert = Insert::from_name(name);
                if insert.is_none() {
                    let known: Vec<&str> = Insert::ALL.iter().map(|i| i.name()).collect();
                    problems.push(ContentProblem::new(
                        &path,
                        front_matter_key_line(&document, "insert"),
                        format!("unknown insert `{name}`; known: {}", known.join(", ")),
                    ));
                }
                insert
            })
            .collect();
        let takeaways = takeaways(
            &path,
            &document,
            &inserts,
            front.takeaways.unwrap_or_default(),
            dataset,
            lang,
            &mut problems,
        );
        match (front.periods, inserts.contains(&Insert::Timeline)) {
            (Some(list), true) => {
                timeline_periods = periods(&path, &document, list, dataset, &mut problems)
            }
            (None, true) => problems.push(ContentProblem::new(
                &path,
                front_matter_key_line(&document, "insert"),
                "the timeline needs its periods: `[[periods]]` tables with `from` and `title`",
            )),
            (Some(_), false) => problems.push(ContentProblem::new(
                &path,
                front_matter_key_line(&document, "periods"),
                "only the section with `insert = \"timeline\"` takes periods",
            )),
            (None, false) => {}
        }
        sections.push(Section {
            id: front.id.into(),
            title: front.title.into(),
            blocks: blocks.into(),
            inserts: inserts.into(),
            takeaways: takeaways.into(),
        });
    }

    let mut controversies = Vec::new();
    for (path, text) in markdown_files(&text_dir.join("controversies"), &mut problems) {
        let Some(document) = document(&path, &text, &mut problems) else {
            continue;
        };
        let Ok(front) = parse_front_matter::<ControversyFrontMatter>(&path, &document)
            .map_err(|p| problems.push(p))
        else {
            continue;
        };
        check_id(&front.id, &path, &document, &mut ids, &mut problems);
        check_title(&front.title, &path, &document, &mut problems);
        let question_line = front_matter_key_line(&document, "question");
        if !front.question.trim_end().ends_with(['?', '？'])
            || front.question.chars().count() > QUESTION_MAX_CHARS
        {
            problems.push(ContentProblem::new(
                &path,
                question_line,
                format!("question must be one line of at most {QUESTION_MAX_CHARS} characters ending with `?`"),
            ));
        }
        links.extend(
            anchor_links(document.body, document.body_line)
                .into_iter()
                .map(|(l, h)| (path.clone(), l, h)),
        );
        let pieces = parse_body(
            &path,
            document.body,
            document.body_line,
            dataset,
            lang,
            &mut problems,
        );
        let headline_line = front_matter_key_line(&document, "headline");
        let (headline, _, failures) = expand(&front.headline, dataset, lang);
        for failure in failures {
            problems.push(ContentProblem::new(
                &path,
                headline_line,
                format!("headline: {failure}"),
            ));
        }
        if let Some([critics_case, response, evidence, settle]) =
            controversy_parts(&path, &document, pieces, headings, &mut problems)
        {
            controversies.push(Controversy {
                id: front.id.into(),
                title: front.title.into(),
                question: front.question.into(),
                headline: headline.into(),
                critics_case: blocks_of(critics_case).into(),
                response: blocks_of(response).into(),
                evidence: statements(&path, &document, evidence, headings[2], &mut problems).into(),
                settle: blocks_of(settle).into(),
            });
        }
    }

    for (path, line, target) in links {
        if !ids.contains(&target) {
            problems.push(ContentProblem::new(
                &path,
                line,
                format!(
                    "link to `#{target}`, which no section, subheading, controversy or event has"
                ),
            ));
        }
    }
    let wants_controversies = sections
        .iter()
        .any(|s| s.inserts.contains(&Insert::Controversies));
    if !controversies.is_empty() && !wants_controversies {
        problems.push(ContentProblem::new(
            &text_dir.join("article"),
            0,
            "there are controversies but no section has `insert = \"controversies\"`",
        ));
    }
    let Some((headline, description, lead)) = lead else {
        problems.push(ContentProblem::new(
            &text_dir.join("article"),
            0,
            "no file has id = \"lead\"",
        ));
        return Err(problems);
    };
    problems.into_result(Article {
        headline: headline.into(),
        description: description.into(),
        lead: lead.into(),
        sections: sections.into(),
        controversies: controversies.into(),
        timeline_periods: timeline_periods.into(),
    })
}

/// Checks that every chart the section inserts has a takeaway and no other key is given; fills placeholders.
fn takeaways(
    path: &Path,
    document: &Document,
    inserts: &[Insert],
    given: std::collections::BTreeMap<String, String>,
    dataset: &Dataset,
    lang: Lang,
    problems: &mut Problems,
) -> Vec<Takeaway> {
    let mut out = Vec::new();
    for (name, text) in &given {
        let line = front_matter_key_line(document, name);
        let chart = Insert::from_name(name)
            .filter(|i| inserts.contains(i))
            .and_then(Insert::chart);
        match chart {
            None => problems.push(ContentProblem::new(
                path,
                line,
                format!("takeaway for `{name}`, which is not a chart this section inserts"),
            )),
            Some(chart) => {
                let (text, _, failures) = expand(text.trim(), dataset, lang);
                for failure in failures {
                    problems.push(ContentProblem::new(
                        path,
                        line,
                        format!("takeaway: {failure}"),
                    ));
                }
                if text.is_empty() {
                    problems.push(ContentProblem::new(path, line, "takeaway is empty"));
                }
                out.push(Takeaway {
                    chart,
                    text: text.into(),
                });
            }
        }
    }
    for chart in inserts.iter().filter_map(|i| i.chart()) {
        if !given.contains_key(chart.insert_name()) {
            problems.push(ContentProblem::new(
                path,
                front_matter_key_line(document, "insert"),
                format!(
                    "chart `{}` needs a one-sentence takeaway: add `{} = \"…\"` under `[takeaways]`",
                    chart.insert_name(),
                    chart.insert_name()
                ),
            ));
        }
    }
    out.sort_by_key(|t| inserts.iter().position(|i| *i == Insert::Chart(t.chart)));
    out
}

/// Checks the timeline's periods: titles present, `from` rising, the first at or before the first event.
/// Each problem points at its own period's `from` line.
fn periods(
    path: &Path,
    document: &Document,
    list: Vec<PeriodFrontMatter>,
    dataset: &Dataset,
    problems: &mut Problems,
) -> Vec<TimelinePeriod> {
    let from_lines: Vec<usize> = document
        .front_matter
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("from"))
        .map(|(i, _)| document.front_matter_line + i)
        .collect();
    let line_of = |n: usize| {
        from_lines
            .get(n)
            .copied()
            .unwrap_or(document.front_matter_line)
    };
    let line = line_of(0);
    if list.is_empty() {
        problems.push(ContentProblem::new(path, line, "periods: none given"));
    }
    let first_event = dataset.events.iter().map(|e| e.year()).min();
    if let (Some(first), Some(event)) = (list.first(), first_event) {
        if first.from > event {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "the first period starts in {}, after the first event ({event})",
                    first.from
                ),
            ));
        }
    }
    for (n, pair) in list.windows(2).enumerate() {
        if pair[1].from <= pair[0].from {
            problems.push(ContentProblem::new(
                path,
                line_of(n + 1),
                format!(
                    "periods must start in rising years: {} follows {}",
                    pair[1].from, pair[0].from
                ),
            ));
        }
    }
    for (n, period) in list.iter().enumerate() {
        if period.title.trim().is_empty() {
            problems.push(ContentProblem::new(
                path,
                line_of(n),
                "a period has no title",
            ));
        }
    }
    list.into_iter()
        .map(|p| TimelinePeriod {
            from: p.from,
            title: p.title.into(),
        })
        .collect()
}

/// The blocks and figures of one `##` part of a controversy.
type Part = Vec<(Block, Vec<Vec<Figure>>)>;

fn blocks_of(part: Part) -> Vec<Block> {
    part.into_iter().map(|(block, _)| block).collect()
}

/// Splits a controversy body into its four `##` parts: the critics' case, the response, what the data show
/// and what would settle it.
fn controversy_parts(
    path: &Path,
    document: &Document,
    pieces: Vec<Piece>,
    headings: [&str; 4],
    problems: &mut Problems,
) -> Option<[Part; 4]> {
    let [critics, response, evidence, settle] = headings;
    let mut parts: Vec<(String, usize, Part)> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Heading(Heading { level: 2, text, line, .. }) => parts.push((text, line, Vec::new())),
            Piece::Heading(Heading { line, level, .. }) => problems.push(ContentProblem::new(
                path,
                line,
                format!("heading level {level} is not allowed in a controversy; use the four `##` parts"),
            )),
            Piece::Block(block, figures) => match parts.last_mut() {
                Some((_, _, blocks)) => blocks.push((block, figures)),
                None => problems.push(ContentProblem::new(
                    path,
                    document.body_line,
                    format!("text before `## {critics}`; the body is four `##` parts"),
                )),
            },
        }
    }
    let titles: Vec<&str> = parts.iter().map(|(t, _, _)| t.as_str()).collect();
    if titles != headings {
        let line = parts.first().map_or(document.body_line, |p| p.1);
        problems.push(ContentProblem::new(
            path,
            line,
            format!(
                "the body must have exactly `## {critics}`, `## {response}`, \
                 `## {evidence}` and `## {settle}`; found {titles:?}"
            ),
        ));
        return None;
    }
    for (title, line, blocks) in &parts {
        if blocks.is_empty() {
            problems.push(ContentProblem::new(
                path,
                *line,
                format!("`## {title}` has no text"),
            ));
        }
    }
    let mut parts = parts.into_iter().map(|(_, _, blocks)| blocks);
    Some([parts.next()?, parts.next()?, parts.next()?, parts.next()?])
}

/// "What the data show" is one bullet list: each item a statement, optionally ending with a chart link
/// (`[Show in chart](?goods=1985..2025~balance)`), with figures from placeholders.
fn statements(
    path: &Path,
    document: &Document,
    part: Part,
    evidence_heading: &str,
    problems: &mut Problems,
) -> Vec<Statement> {
    let line = front_matter_key_line(document, "id");
    let mut statements = Vec::new();
    for (block, figures) in part {
        let Block::BulletList(items) = block else {
            problems.push(ContentProblem::new(
                path,
                line,
                format!("`## {evidence_heading}` holds only a bullet list of statements"),
            ));
            continue;
        };
        for (item, figures) in items.iter().zip(figures) {
            let mut chart = None;
            let text: Vec<Inline> = item
                .iter()
                .filter(|inline| match inline {
                    Inline::Link { href, .. } if href.starts_with('?') => {
                        chart = chart_link(href);
                        false
                    }
                    _ => true,
                })
                .cloned()
                .collect();
            if figures.is_empty() {
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!("a statement under `## {evidence_heading}` has no figure from the data: {:?}", plain(&text)),
                ));
            }
            let mut sources: Vec<SourceNote> = Vec::new();
            for figure in figures {
                let note = SourceNote {
                    file: figure.file.into(),
                    rows: figure.rows.into(),
                };
                if !sources.contains(&note) {
                    sources.push(note);
                }
            }
            statements.push(Statement {
                text: text.into(),
                chart,
                sources: sources.into(),
            });
        }
    }
    statements
}

fn plain(inlines: &[Inline]) -> String {
    inlines.iter().map(Inline::text).collect()
}

/// The `.md` files of a folder in name order (their reading order).
fn markdown_files(dir: &Path, problems: &mut Problems) -> Vec<(PathBuf, String)> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(ContentProblem::new(dir, 0, format!("cannot be read: {e}")));
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| match std::fs::read_to_string(&path) {
            Ok(text) => Some((path, text)),
            Err(e) => {
                problems.push(ContentProblem::new(
                    &path,
                    0,
                    format!("cannot be read: {e}"),
                ));
                None
            }
        })
        .collect()
}

fn document<'a>(path: &Path, text: &'a str, problems: &mut Problems) -> Option<Document<'a>> {
    split_front_matter(path, text)
        .map_err(|p| problems.push(p))
        .ok()
}

fn check_id(
    id: &str,
    path: &Path,
    document: &Document,
    ids: &mut IdRegistry,
    problems: &mut Problems,
) {
    let line = front_matter_key_line(document, "id");
    let well_formed = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-');
    if !well_formed {
        problems.push(ContentProblem::new(
            path,
            line,
            format!("id `{id}` must be lower-case letters, digits and hyphens"),
        ));
    }
    ids.claim(id, path, line, problems);
}

fn check_title(title: &str, path: &Path, document: &Document, problems: &mut Problems) {
    if title.trim().is_empty() {
        problems.push(ContentProblem::new(
            path,
            front_matter_key_line(document, "title"),
            "title is empty",
        ));
    }
}

/// Anchor ids must be unique on the page.
#[derive(Default)]
struct IdRegistry(HashMap<String, (PathBuf, usize)>);

impl IdRegistry {
    fn claim(&mut self, id: &str, path: &Path, line: usize, problems: &mut Problems) {
        if let Some((first_path, first_line)) = self.0.get(id) {
            problems.push(ContentProblem::new(
                path,
                line,
                format!(
                    "id `{id}` is already used by {}:{first_line}",
                    first_path.display()
                ),
            ));
        } else {
            self.0.insert(id.to_string(), (path.to_path_buf(), line));
        }
    }

    fn contains(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }
}
