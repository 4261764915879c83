//! The article's HTML: masthead, contents, sections with their prose and inserts, controversies as native
//! disclosures (they open and close without scripts), the timeline and the colophon.

use std::fmt::Write;

use trade_model::content::{
    Article, Block, Controversy, Inline, Insert, Section, Statement, TimelinePeriod,
    CRITICS_HEADING, EVIDENCE_HEADING, RESPONSE_HEADING, SETTLE_HEADING,
};
use trade_model::data::{publisher_of, Dataset, Event};

use super::chart_shell::chart_shell;
use super::html::escape;
use crate::content::TIMELINE;

/// The dialog every chart's "Embed" button fills and opens.
const EMBED_DIALOG: &str = "<dialog class=\"embed-dialog\" id=\"embed-dialog\" aria-labelledby=\"embed-dialog-title\" aria-describedby=\"embed-dialog-help\">\
<h2 id=\"embed-dialog-title\">Embed this chart</h2>\
<p id=\"embed-dialog-help\">Paste this code into your page. The chart sizes itself to its content and follows the reader’s light or dark setting.</p>\
<label class=\"embed-dialog__label\">Code<textarea class=\"embed-dialog__code\" id=\"embed-code\" readonly rows=\"7\"></textarea></label>\
<div class=\"embed-dialog__actions\"><button type=\"button\" class=\"button\" id=\"embed-copy\">Copy code</button>\
<span class=\"embed-dialog__status\" id=\"embed-status\" role=\"status\"></span>\
<button type=\"button\" class=\"button\" id=\"embed-close\">Close</button></div>\
<p class=\"embed-dialog__preview-label\">Preview</p><iframe class=\"embed-dialog__preview\" id=\"embed-preview\" title=\"Preview\"></iframe>\
</dialog>";

/// The page's body content.
pub fn article_html(article: &Article, dataset: &Dataset) -> String {
    let mut out = String::new();
    out.push_str("<a class=\"skip-link\" href=\"#article-start\">Skip to the article</a>");
    let _ = write!(
        out,
        "<header class=\"masthead\"><h1 class=\"masthead__headline\">{}</h1><div class=\"masthead__lead\">{}</div></header>",
        escape(&article.headline),
        blocks(&article.lead, 3)
    );
    out.push_str(&contents(&article.sections));
    out.push_str("<main class=\"article\" id=\"article-start\" tabindex=\"-1\">");
    for section in article.sections.iter() {
        out.push_str(&section_html(section, article, dataset));
    }
    out.push_str(EMBED_DIALOG);
    out.push_str(
        "</main><footer class=\"colophon\"><p>Figures are built into this page from the files listed under \
         <a href=\"#sources\">Sources and methodology</a>; an empty cell in a source is shown as “no data”, never \
         estimated.</p></footer>",
    );
    out
}

fn contents(sections: &[Section]) -> String {
    let mut out = String::from(
        "<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 class=\"toc__title\" id=\"toc-title\">Contents</h2><ol class=\"toc__list\">",
    );
    for section in sections {
        let _ = write!(
            out,
            "<li><a href=\"#{}\">{}</a>",
            escape(&section.id),
            escape(&section.title)
        );
        let subheadings: Vec<_> = Article::subheadings(section).collect();
        if !subheadings.is_empty() {
            out.push_str("<ol class=\"toc__sublist\">");
            for (id, text) in subheadings {
                let _ = write!(
                    out,
                    "<li><a href=\"#{}\">{}</a></li>",
                    escape(id),
                    escape(text)
                );
            }
            out.push_str("</ol>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></nav>");
    out
}

fn section_html(section: &Section, article: &Article, dataset: &Dataset) -> String {
    let mut out = format!(
        "<section class=\"section\" id=\"{id}\" aria-labelledby=\"{id}-heading\"><h2 id=\"{id}-heading\">{title}</h2>{body}",
        id = escape(&section.id),
        title = escape(&section.title),
        body = blocks(&section.blocks, 3),
    );
    for insert in section.inserts.iter() {
        match insert {
            Insert::Controversies => out.push_str(&controversies(&article.controversies)),
            Insert::Timeline => out.push_str(&timeline(&TIMELINE, &article.timeline_periods)),
            Insert::Chart(chart) => {
                let takeaway = section
                    .takeaways
                    .iter()
                    .find(|t| t.chart == *chart)
                    .map_or("", |t| &*t.text);
                out.push_str(&chart_shell(*chart, takeaway, dataset));
            }
        }
    }
    out.push_str("</section>");
    out
}

/// Paragraphs, subheadings (at `level`) and bullet lists.
pub fn blocks(blocks: &[Block], level: u8) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Subheading { id, text } => {
                let _ = write!(
                    out,
                    "<h{level} id=\"{}\">{}</h{level}>",
                    escape(id),
                    escape(text)
                );
            }
            Block::Paragraph(run) => {
                let _ = write!(out, "<p>{}</p>", inlines(run));
            }
            Block::BulletList(items) => {
                out.push_str("<ul>");
                for item in items.iter() {
                    let _ = write!(out, "<li>{}</li>", inlines(item));
                }
                out.push_str("</ul>");
            }
        }
    }
    out
}

/// Text with emphasis, code and links; links leaving the page carry `rel="noopener noreferrer"`.
pub fn inlines(run: &[Inline]) -> String {
    let mut out = String::new();
    for inline in run {
        match inline {
            Inline::Text(t) => out.push_str(&escape(t)),
            Inline::Emphasis(t) => {
                let _ = write!(out, "<em>{}</em>", escape(t));
            }
            Inline::Strong(t) => {
                let _ = write!(out, "<strong>{}</strong>", escape(t));
            }
            Inline::Code(t) => {
                let _ = write!(out, "<code>{}</code>", escape(t));
            }
            Inline::Link { href, text } if href.starts_with("https://") => {
                let _ = write!(
                    out,
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    escape(href),
                    escape(text)
                );
            }
            Inline::Link { href, text } => {
                let _ = write!(out, "<a href=\"{}\">{}</a>", escape(href), escape(text));
            }
        }
    }
    out
}

fn controversies(list: &[Controversy]) -> String {
    let mut out = String::from(
        "<div class=\"controversies\"><div class=\"controversies__controls\" role=\"group\" aria-label=\"All controversies\" hidden>\
         <button type=\"button\" class=\"button\" data-action=\"expand-all\">Expand all</button>\
         <button type=\"button\" class=\"button\" data-action=\"collapse-all\">Collapse all</button></div>",
    );
    for controversy in list {
        let id = escape(&controversy.id);
        let _ = write!(
            out,
            "<details class=\"controversy\" id=\"{id}\"><summary class=\"controversy__toggle\">\
             <h3 class=\"controversy__title\">{title}</h3><span class=\"controversy__question\">{question}</span>\
             <span class=\"controversy__figure\">{figure}</span></summary><div class=\"controversy__arguments\">\
             <div class=\"controversy__side controversy__side--critics\"><h4>{critics_heading}</h4>{critics}</div>\
             <div class=\"controversy__side controversy__side--response\"><h4>{response_heading}</h4>{response}</div>\
             <div class=\"controversy__side controversy__side--evidence\"><h4>{evidence_heading}</h4><ul class=\"evidence\">",
            title = escape(&controversy.title),
            question = escape(&controversy.question),
            figure = escape(&controversy.headline),
            critics_heading = CRITICS_HEADING,
            critics = blocks(&controversy.critics_case, 4),
            response_heading = RESPONSE_HEADING,
            response = blocks(&controversy.response, 4),
            evidence_heading = EVIDENCE_HEADING,
        );
        for (index, statement) in controversy.evidence.iter().enumerate() {
            out.push_str(&statement_html(&controversy.id, index, statement));
        }
        let _ = write!(
            out,
            "</ul></div><div class=\"controversy__side controversy__side--settle\"><h4>{SETTLE_HEADING}</h4>{}</div></div></details>",
            blocks(&controversy.settle, 4)
        );
    }
    out.push_str("</div>");
    out
}

/// A statement with its "Show in chart" link (a plain link to the chart without scripts; with them it sets
/// the chart's view) and its source note.
fn statement_html(controversy: &str, index: usize, statement: &Statement) -> String {
    let mut out = format!(
        "<li class=\"evidence__statement\"><p class=\"evidence__text\">{}</p><div class=\"evidence__actions\">",
        inlines(&statement.text)
    );
    if let Some(link) = &statement.chart {
        let anchor = link.chart.element_id();
        let query = if link.state.is_empty() {
            String::new()
        } else {
            format!("?{}={}", link.chart.key(), link.state)
        };
        let _ = write!(
            out,
            "<a class=\"button evidence__show\" href=\"{href}\" data-chart=\"{chart}\" data-state=\"{state}\">Show in chart</a>",
            href = escape(&format!("{query}#{anchor}")),
            chart = escape(link.chart.key()),
            state = escape(&link.state),
        );
    }
    let _ = write!(
        out,
        "<details class=\"evidence__source\" id=\"{controversy}-source-{index}\"><summary class=\"button evidence__source-toggle\">Source</summary><div class=\"evidence__note\"><ul>",
        controversy = escape(controversy),
    );
    for note in statement.sources.iter() {
        let _ = write!(
            out,
            "<li><code>{}</code>, {}: {}.</li>",
            escape(&note.file),
            escape(&note.rows),
            escape(publisher_of(&note.file))
        );
    }
    out.push_str("</ul><p><a href=\"#sources\">About the data</a></p></div></details></div></li>");
    out
}

/// The events grouped by period, each period under its own heading with its years.
fn timeline(events: &[Event], periods: &[TimelinePeriod]) -> String {
    let mut out = String::from("<div class=\"timeline\">");
    for (index, period) in periods.iter().enumerate() {
        let next = periods.get(index + 1).map(|p| p.from);
        let in_period: Vec<&Event> = events
            .iter()
            .filter(|e| e.year() >= period.from && next.is_none_or(|n| e.year() < n))
            .collect();
        let (Some(first), Some(last)) = (in_period.first(), in_period.last()) else {
            continue;
        };
        let years = if first.year() == last.year() {
            first.year().to_string()
        } else {
            format!("{}–{}", first.year(), last.year())
        };
        let id = format!("timeline-{}", period.from);
        let _ = write!(
            out,
            "<section class=\"timeline__period\" aria-labelledby=\"{id}\"><h3 class=\"timeline__period-title\" id=\"{id}\">{title} <span class=\"timeline__years\">{years}</span></h3><ol class=\"timeline__events\">",
            title = escape(&period.title),
        );
        for event in in_period {
            out.push_str(&event_html(event));
        }
        out.push_str("</ol></section>");
    }
    out.push_str("</div>");
    out
}

fn event_html(event: &Event) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<li class=\"timeline__event\" id=\"{anchor}\"><time class=\"timeline__date\" datetime=\"{date}\">{display}</time>\
         <h4 class=\"timeline__title\">{title}</h4><p>{description}</p><p class=\"timeline__source\">Source: {source}</p>",
        anchor = escape(&event.anchor_id()),
        date = escape(&event.date),
        display = escape(&event.display_date()),
        title = escape(&event.title),
        description = escape(&event.description),
        source = escape(&event.source),
    );
    if !event.is_fully_verified() {
        let _ = write!(
            out,
            "<p class=\"timeline__verification\">Verification: {}</p>",
            escape(&event.verification)
        );
    }
    out.push_str("</li>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::catalog::ChartId;
    use crate::content::{ARTICLE, DATASET, TIMELINE};

    #[test]
    fn the_static_article_holds_every_section_controversy_chart_and_event() {
        let html = article_html(&ARTICLE, &DATASET);
        for section in ARTICLE.sections.iter() {
            assert!(
                html.contains(&format!(">{}</h2>", escape(&section.title))),
                "{}",
                section.title
            );
        }
        for controversy in ARTICLE.controversies.iter() {
            assert!(html.contains(&format!(
                "<details class=\"controversy\" id=\"{}\">",
                controversy.id
            )));
        }
        for chart in ChartId::ALL {
            assert!(html.contains(&format!("id=\"{}\"", chart.element_id())));
        }
        assert_eq!(
            html.matches("class=\"timeline__event\"").count(),
            TIMELINE.len()
        );
        assert!(!html.contains("<script"));
    }
}
