//! The article's structure: lead, sections, controversies, and the text blocks inside them.

#[cfg(feature = "build")]
pub mod figures;
#[cfg(feature = "build")]
pub mod load;
#[cfg(feature = "build")]
pub mod markdown;
#[cfg(feature = "build")]
pub mod parity;

use crate::charts::ChartId;
use crate::{List, Text};

/// The id of the article file that holds the headline, description and lead paragraphs.
pub const LEAD_ID: &str = "lead";
/// The heading of a controversy's first part.
pub const CRITICS_HEADING: &str = "The critics’ case";
/// The heading of a controversy's second part.
pub const RESPONSE_HEADING: &str = "The response";
/// The heading of a controversy's third part: statements computed from the data.
pub const EVIDENCE_HEADING: &str = "What the data show";
/// The heading of a controversy's closing part: the evidence that would decide it, so neither side has
/// the last word.
pub const SETTLE_HEADING: &str = "What would settle it";

/// The four parts of a debate, headed in `lang`: the critics' case, the response, what the data show and
/// what would settle it.
pub fn debate_headings(lang: crate::Lang) -> [&'static str; 4] {
    match lang.available() {
        crate::Lang::En => [
            CRITICS_HEADING,
            RESPONSE_HEADING,
            EVIDENCE_HEADING,
            SETTLE_HEADING,
        ],
        crate::Lang::Ja => [
            "批判する側の主張",
            "反論",
            "データが示すこと",
            "決着をつけるには",
        ],
    }
}

/// The whole article, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The page's headline (also its `<title>`).
    pub headline: Text,
    /// One or two sentences for the meta description and link previews.
    pub description: Text,
    /// The paragraphs under the headline.
    pub lead: List<Block>,
    pub sections: List<Section>,
    /// The expandable debates shown where a section asks for them.
    pub controversies: List<Controversy>,
    /// The periods the timeline is grouped by, oldest first.
    pub timeline_periods: List<TimelinePeriod>,
}

/// A stretch of years in the timeline, under its own heading; it runs until the next period starts.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelinePeriod {
    /// The first year of the period.
    pub from: u16,
    pub title: Text,
}

/// The one sentence under a chart's title saying what it shows, written in content.
#[derive(Debug, Clone, PartialEq)]
pub struct Takeaway {
    pub chart: ChartId,
    /// Placeholders already filled.
    pub text: Text,
}

/// A top-level section of the article, with a stable anchor id.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: Text,
    pub title: Text,
    pub blocks: List<Block>,
    /// Generated material shown after the section's text, in order.
    pub inserts: List<Insert>,
    /// One takeaway for each chart the section inserts.
    pub takeaways: List<Takeaway>,
}

/// Material a section shows after its prose that is generated from the data rather than written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Insert {
    /// One of the live charts.
    Chart(ChartId),
    /// The expandable controversies.
    Controversies,
    /// The dated events from `events.csv`.
    Timeline,
}

impl Insert {
    /// Every insert: each chart, then the controversies and the timeline.
    pub const ALL: [Insert; ChartId::ALL.len() + 2] = {
        let mut all = [Insert::Controversies; ChartId::ALL.len() + 2];
        let mut i = 0;
        while i < ChartId::ALL.len() {
            all[i] = Insert::Chart(ChartId::ALL[i]);
            i += 1;
        }
        all[i] = Insert::Controversies;
        all[i + 1] = Insert::Timeline;
        all
    };

    /// The name a maintainer writes in front matter (`insert = "…"`); a chart's is its
    /// [insert name](ChartId::insert_name).
    pub fn name(self) -> &'static str {
        match self {
            Insert::Chart(chart) => chart.insert_name(),
            Insert::Controversies => "controversies",
            Insert::Timeline => "timeline",
        }
    }

    /// The insert a front-matter name places, if any.
    pub fn from_name(name: &str) -> Option<Insert> {
        Insert::ALL.into_iter().find(|i| i.name() == name)
    }

    /// The chart, if the insert is one (and so needs a takeaway).
    pub fn chart(self) -> Option<ChartId> {
        match self {
            Insert::Chart(chart) => Some(chart),
            Insert::Controversies | Insert::Timeline => None,
        }
    }

    /// Whether the insert is a chart (and so needs a takeaway).
    pub fn is_chart(self) -> bool {
        self.chart().is_some()
    }
}

/// One debate: collapsed it shows its title, question and a headline figure; expanded, both sides, each
/// attributed, then what the data show.
#[derive(Debug, Clone, PartialEq)]
pub struct Controversy {
    pub id: Text,
    pub title: Text,
    pub question: Text,
    /// One figure from the data, shown even when collapsed.
    pub headline: Text,
    /// "The critics’ case".
    pub critics_case: List<Block>,
    /// "The response".
    pub response: List<Block>,
    /// "What the data show".
    pub evidence: List<Statement>,
    /// "What would settle it".
    pub settle: List<Block>,
}

/// A statement whose figures were computed from the dataset at build time.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub text: List<Inline>,
    /// The chart view that shows the evidence.
    pub chart: Option<ChartLink>,
    /// The data rows the figures come from.
    pub sources: List<SourceNote>,
}

/// A chart and the state (as in the address, e.g. `1985..2025~balance`) to show it in.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLink {
    /// The chart, written in prose by its [key](ChartId::key), e.g. `?goods=…`.
    pub chart: ChartId,
    pub state: Text,
}

/// Where a computed figure comes from: a data file and the rows used.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceNote {
    pub file: Text,
    pub rows: Text,
}

/// A block of prose.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A subheading inside a section, with its own anchor id.
    Subheading {
        id: Text,
        text: Text,
    },
    Paragraph(List<Inline>),
    BulletList(List<List<Inline>>),
}

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(Text),
    Emphasis(Text),
    Strong(Text),
    Code(Text),
    /// A link; `href` is an in-page anchor (`#id`) or an absolute `https://` address.
    Link {
        href: Text,
        text: Text,
    },
}

impl Inline {
    /// The visible text of this run.
    pub fn text(&self) -> &str {
        match self {
            Inline::Text(t) | Inline::Emphasis(t) | Inline::Strong(t) | Inline::Code(t) => t,
            Inline::Link { text, .. } => text,
        }
    }
}

impl Article {
    /// The takeaway written for a chart, wherever the chart is inserted.
    pub fn takeaway(&self, chart: ChartId) -> Option<&str> {
        self.sections
            .iter()
            .flat_map(|s| s.takeaways.iter())
            .find(|t| t.chart == chart)
            .map(|t| &*t.text)
    }

    /// Every subheading of a section, for the table of contents.
    pub fn subheadings(section: &Section) -> impl Iterator<Item = (&str, &str)> {
        section.blocks.iter().filter_map(|b| match b {
            Block::Subheading { id, text } => Some((&**id, &**text)),
            _ => None,
        })
    }
}

/// Turns a heading into an anchor id: lower case ASCII letters and digits joined by single hyphens.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') && !matches!(c, '’' | '\'') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_insert_name_is_unique_and_leads_back_to_its_insert() {
        for (i, insert) in Insert::ALL.into_iter().enumerate() {
            assert_eq!(Insert::from_name(insert.name()), Some(insert));
            assert!(
                Insert::ALL[..i]
                    .iter()
                    .all(|other| *other != insert && other.name() != insert.name()),
                "{} is listed or named twice",
                insert.name()
            );
        }
        for chart in ChartId::ALL {
            let insert = Insert::Chart(chart);
            assert!(
                Insert::ALL.contains(&insert),
                "{chart:?} cannot be inserted"
            );
            assert_eq!(insert.chart(), Some(chart));
            assert_eq!(
                insert.name(),
                chart.element_id(),
                "a chart is placed by its figure's id"
            );
        }
        assert!(!Insert::Controversies.is_chart() && !Insert::Timeline.is_chart());
    }
}
