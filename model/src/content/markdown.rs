//! Markdown with TOML front matter (`+++` fences) → the article's blocks, with `file:line` on every problem.

use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::de::DeserializeOwned;

use super::figures::{expand, Figure};
use super::{slug, Block, ChartLink, Inline};
use crate::charts::ChartId;
use crate::data::Dataset;
use crate::problem::{ContentProblem, Problems};
use crate::{Lang, Text};

/// A content file split into its front matter and its Markdown body, with where each starts.
pub struct Document<'a> {
    pub front_matter: &'a str,
    /// 1-based line of the first front-matter line.
    pub front_matter_line: usize,
    pub body: &'a str,
    /// 1-based line of the first body line.
    pub body_line: usize,
}

/// Splits `+++\n<toml>\n+++\n<markdown>`.
pub fn split_front_matter<'a>(path: &Path, text: &'a str) -> Result<Document<'a>, ContentProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
    else {
        return Err(ContentProblem::new(
            path,
            1,
            "must start with a `+++` line opening the front matter",
        ));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front_matter = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let front_lines = front_matter.matches('\n').count();
            return Ok(Document {
                front_matter,
                front_matter_line: 2,
                body,
                body_line: front_lines + 3,
            });
        }
        offset += line.len();
    }
    Err(ContentProblem::new(
        path,
        1,
        "front matter is not closed by a second `+++` line",
    ))
}

/// Reads the front matter into `T`, rejecting unknown and missing keys with the line they concern.
pub fn parse_front_matter<T: DeserializeOwned>(
    path: &Path,
    document: &Document,
) -> Result<T, ContentProblem> {
    toml::from_str(document.front_matter).map_err(|e| {
        let line = e
            .span()
            .map(|span| {
                document.front_matter_line
                    + document.front_matter[..span.start].matches('\n').count()
            })
            .unwrap_or(document.front_matter_line);
        ContentProblem::new(path, line, format!("front matter: {}", e.message()))
    })
}

/// The 1-based line in the file of the first front-matter line starting with `key`.
pub fn front_matter_key_line(document: &Document, key: &str) -> usize {
    document
        .front_matter
        .lines()
        .position(|l| l.trim_start().starts_with(key))
        .map_or(document.front_matter_line, |i| {
            document.front_matter_line + i
        })
}

/// A heading met in a body, left for the caller to interpret (subheading, or a part of a controversy).
#[derive(Debug)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub line: usize,
    /// The id written after the heading (`### 措置の経緯 {#the-measures-step-by-step}`), if any.
    pub id: Option<String>,
}

/// A bullet list being read: its items and, for each, the figures its placeholders used.
type OpenList = (Vec<crate::List<Inline>>, Vec<Vec<Figure>>);

/// What a body holds, in order.
#[derive(Debug)]
pub enum Piece {
    Heading(Heading),
    /// A block and the data figures its placeholders used: one list for a paragraph, one per list item.
    Block(Block, Vec<Vec<Figure>>),
}

/// Parses a Markdown body. Supported: paragraphs, `##`/`###` headings, bullet lists, emphasis, strong,
/// inline code, links to `#anchors`, `https://` addresses or chart views (`?goods=1985..2025`), and
/// placeholders such as `{balance:2025}`, filled from `dataset`. Anything else is a problem.
pub fn parse_body(
    path: &Path,
    body: &str,
    body_line: usize,
    dataset: &Dataset,
    lang: Lang,
    problems: &mut Problems,
) -> Vec<Piece> {
    let line_of = |offset: usize| body_line + body[..offset.min(body.len())].matches('\n').count();
    let mut pieces = Vec::new();
    let mut inlines: Vec<Inline> = Vec::new();
    let mut styled: Option<(Style, String)> = None;
    let mut list: Option<OpenList> = None;
    let mut heading: Option<(u8, usize, Option<String>)> = None;
    let mut run_line = body_line;
    let finish = |run: Vec<Inline>, line: usize, problems: &mut Problems| {
        let mut figures = Vec::new();
        let run = run
            .into_iter()
            .map(|inline| {
                let expand =
                    |text: &Text, figures: &mut Vec<Figure>, problems: &mut Problems| -> Text {
                        if !text.contains('{') {
                            return text.clone();
                        }
                        let (expanded, used, failures) = expand(text, dataset, lang);
                        figures.extend(used);
                        for failure in failures {
                            problems.push(ContentProblem::new(path, line, failure));
                        }
                        expanded.into()
                    };
                match &inline {
                    Inline::Text(t) => Inline::Text(expand(t, &mut figures, problems)),
                    Inline::Emphasis(t) => Inline::Emphasis(expand(t, &mut figures, problems)),
                    Inline::Strong(t) => Inline::Strong(expand(t, &mut figures, problems)),
                    // A link's words may hold a figure too (`[In {real-base-year} dollars](?goods=real)`).
                    Inline::Link { href, text } => Inline::Link {
                        href: href.clone(),
                        text: expand(text, &mut figures, problems),
                    },
                    Inline::Code(_) => inline,
                }
            })
            .collect::<Vec<_>>();
        (run, figures)
    };

    for (event, range) in Parser::new_ext(
        body,
        Options::ENABLE_SMART_PUNCTUATION | Options::ENABLE_HEADING_ATTRIBUTES,
    )
    .into_offset_iter()
    {
        let line = line_of(range.start);
        match event {
            Event::Start(Tag::Paragraph)
            | Event::Start(Tag::Item)
            | Event::Start(Tag::Heading { .. }) => {
                run_line = line;
                match event {
                    Event::Start(Tag::Heading { level, id, .. }) => {
                        heading = Some((heading_number(level), line, id.map(|id| id.to_string())))
                    }
                    Event::Start(Tag::Item) => {
                        if let Some((items, item_figures)) = list.as_mut() {
                            items.push(Vec::new().into());
                            item_figures.push(Vec::new());
                        }
                    }
                    _ => {}
                }
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Item) => {
                let (run, figures) = finish(std::mem::take(&mut inlines), run_line, problems);
                match list.as_mut() {
                    Some((items, item_figures)) => {
                        if let (Some(item), Some(used)) =
                            (items.last_mut(), item_figures.last_mut())
                        {
                            item.to_mut().extend(run);
                            used.extend(figures);
                        }
                    }
                    None if !run.is_empty() => {
                        pieces.push(Piece::Block(Block::Paragraph(run.into()), vec![figures]))
                    }
                    None => {}
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let (run, _) = finish(std::mem::take(&mut inlines), run_line, problems);
                let text: String = run.iter().map(Inline::text).collect();
                if let Some((level, line, id)) = heading.take() {
                    pieces.push(Piece::Heading(Heading {
                        level,
                        text,
                        line,
                        id,
                    }));
                }
            }
            Event::Start(Tag::List(None)) => {
                if list.is_some() {
                    problems.push(ContentProblem::new(
                        path,
                        line,
                        "nested lists are not supported",
                    ));
                }
                list = Some((Vec::new(), Vec::new()));
            }
            Event::Start(Tag::List(Some(_))) => {
                problems.push(ContentProblem::new(
                    path,
                    line,
                    "numbered lists are not supported; use `-` bullets",
                ));
                list = Some((Vec::new(), Vec::new()));
            }
            Event::End(TagEnd::List(_)) => {
                if let Some((items, figures)) = list.take() {
                    pieces.push(Piece::Block(Block::BulletList(items.into()), figures));
                }
            }
            Event::Start(Tag::Emphasis) => open_style(&mut styled, Style::Emphasis),
            Event::Start(Tag::Strong) => open_style(&mut styled, Style::Strong),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let href = dest_url.to_string();
                let in_page = href.starts_with('#') && href.len() > 1;
                let chart_view = chart_link(&href);
                if !in_page && !href.starts_with("https://") && chart_view.is_none() {
                    problems.push(ContentProblem::new(
                        path,
                        line,
                        format!(
                            "link `{href}` must be an in-page `#anchor`, an `https://` address or a chart view \
                             `?<chart>=<state>` (charts: {})",
                            ChartId::ALL.map(ChartId::key).join(", ")
                        ),
                    ));
                }
                open_style(&mut styled, Style::Link(href));
            }
            Event::End(TagEnd::Emphasis)
            | Event::End(TagEnd::Strong)
            | Event::End(TagEnd::Link) => {
                if let Some((style, text)) = styled.take() {
                    inlines.push(style.into_inline(text));
                }
            }
            Event::Text(text) => push_text(&mut inlines, &mut styled, &text),
            Event::SoftBreak | Event::HardBreak => push_text(&mut inlines, &mut styled, " "),
            Event::Code(code) => match styled.as_mut() {
                Some((_, buffer)) => buffer.push_str(&code),
                None => inlines.push(Inline::Code(code.to_string().into())),
            },
            other => problems.push(ContentProblem::new(
                path,
                line,
                format!("{} is not supported", describe(&other)),
            )),
        }
    }
    pieces
}

/// The chart view a `?<chart>=<state>` link names, if the chart exists.
pub fn chart_link(href: &str) -> Option<ChartLink> {
    let (chart, state) = href
        .strip_prefix('?')?
        .split_once('=')
        .unwrap_or((href.strip_prefix('?')?, ""));
    ChartId::from_key(chart).map(|chart| ChartLink {
        chart,
        state: state.to_string().into(),
    })
}

#[derive(Debug)]
enum Style {
    Emphasis,
    Strong,
    Link(String),
}

impl Style {
    fn into_inline(self, text: String) -> Inline {
        match self {
            Style::Emphasis => Inline::Emphasis(text.into()),
            Style::Strong => Inline::Strong(text.into()),
            Style::Link(href) => Inline::Link {
                href: href.into(),
                text: text.into(),
            },
        }
    }
}

/// Formatting inside formatting is flattened into the outer run.
fn open_style(styled: &mut Option<(Style, String)>, style: Style) {
    if styled.is_none() {
        *styled = Some((style, String::new()));
    }
}

fn push_text(inlines: &mut Vec<Inline>, styled: &mut Option<(Style, String)>, text: &str) {
    if let Some((_, buffer)) = styled.as_mut() {
        buffer.push_str(text);
        return;
    }
    if let Some(Inline::Text(last)) = inlines.last_mut() {
        last.to_mut().push_str(text);
    } else {
        inlines.push(Inline::Text(text.to_string().into()));
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn describe(event: &Event) -> &'static str {
    match event {
        Event::Html(_) | Event::InlineHtml(_) => "raw HTML",
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => "an image",
        Event::Start(Tag::BlockQuote(_)) | Event::End(TagEnd::BlockQuote(_)) => "a block quote",
        Event::Start(Tag::CodeBlock(_)) | Event::End(TagEnd::CodeBlock) => "a code block",
        Event::Rule => "a horizontal rule",
        _ => "this Markdown construct",
    }
}

/// Turns the pieces of an article section into blocks: `###` headings become subheadings with anchor ids.
pub fn section_blocks(path: &Path, pieces: Vec<Piece>, problems: &mut Problems) -> Vec<Block> {
    pieces
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Block(block, _) => Some(block),
            Piece::Heading(Heading {
                level: 3,
                text,
                id,
                line,
            }) => {
                let id = id.unwrap_or_else(|| slug(&text));
                if id.is_empty() {
                    problems.push(ContentProblem::new(
                        path,
                        line,
                        format!(
                            "subheading `{text}` makes no anchor id; write one after it: `### {text} {{#its-id}}`"
                        ),
                    ));
                }
                Some(Block::Subheading {
                    id: id.into(),
                    text: text.into(),
                })
            }
            Piece::Heading(Heading { level, line, .. }) => {
                problems.push(ContentProblem::new(
                    path,
                    line,
                    format!(
                        "heading level {level} is not allowed in a section; use `###` subheadings"
                    ),
                ));
                None
            }
        })
        .collect()
}

/// Every in-page link (`#anchor`) in a body, with its line, so anchors can be checked once all ids are known.
pub fn anchor_links(body: &str, body_line: usize) -> Vec<(usize, String)> {
    Parser::new_ext(body, Options::empty())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.starts_with('#') => Some((
                body_line + body[..range.start].matches('\n').count(),
                dest_url[1..].to_string(),
            )),
            _ => None,
        })
        .collect()
}
