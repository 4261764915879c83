//! The article's structure: lead, sections, controversies, and the text blocks inside them.

#[cfg(feature = "build")]
pub mod figures;
#[cfg(feature = "build")]
pub mod load;
#[cfg(feature = "build")]
pub mod markdown;

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

/// The charts prose can link to with `?<key>=<state>`, and the insert that places each one.
pub const CHART_KEYS: &[(&str, Insert)] = &[
    ("goods", Insert::GoodsTradeChart),
    ("yen", Insert::YenChart),
    ("mirror", Insert::MirrorChart),
    ("vehicles", Insert::VehiclesChart),
    ("ownership", Insert::OwnershipChart),
    ("imports-mix", Insert::ImportsMixChart),
    ("exports-mix", Insert::ExportsMixChart),
    ("duties", Insert::DutiesChart),
    ("duties-monthly", Insert::DutiesMonthlyChart),
];

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
    pub chart: Insert,
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
    /// The live chart of US goods trade with Japan.
    GoodsTradeChart,
    /// The yen–dollar rate under the goods balance (small multiples).
    YenChart,
    /// US- and Japan-reported figures for the same trade.
    MirrorChart,
    /// Vehicles in 2024 US imports from Japan.
    VehiclesChart,
    /// Direct investment positions and services trade, sourced years only.
    OwnershipChart,
    /// What the US buys from Japan: Japan's exports to the US by commodity group (MOF, yen).
    ImportsMixChart,
    /// What the US sells to Japan: US exports by HS chapter group (Census).
    ExportsMixChart,
    /// Duties the US calculated on imports from Japan and the average rate, by year.
    DutiesChart,
    /// The same by month, with the 2025–2026 measures marked.
    DutiesMonthlyChart,
    /// The six expandable controversies.
    Controversies,
    /// The dated events from `events.csv`.
    Timeline,
}

impl Insert {
    pub const ALL: [Insert; 11] = [
        Insert::GoodsTradeChart,
        Insert::YenChart,
        Insert::MirrorChart,
        Insert::VehiclesChart,
        Insert::OwnershipChart,
        Insert::ImportsMixChart,
        Insert::ExportsMixChart,
        Insert::DutiesChart,
        Insert::DutiesMonthlyChart,
        Insert::Controversies,
        Insert::Timeline,
    ];

    /// The name a maintainer writes in front matter (`insert = "…"`).
    pub fn name(self) -> &'static str {
        match self {
            Insert::GoodsTradeChart => "goods-trade-chart",
            Insert::YenChart => "yen-chart",
            Insert::MirrorChart => "mirror-chart",
            Insert::VehiclesChart => "vehicles-chart",
            Insert::OwnershipChart => "ownership-chart",
            Insert::ImportsMixChart => "imports-mix-chart",
            Insert::ExportsMixChart => "exports-mix-chart",
            Insert::DutiesChart => "duties-chart",
            Insert::DutiesMonthlyChart => "duties-monthly-chart",
            Insert::Controversies => "controversies",
            Insert::Timeline => "timeline",
        }
    }

    pub fn from_name(name: &str) -> Option<Insert> {
        Insert::ALL.into_iter().find(|i| i.name() == name)
    }

    /// Whether the insert is a chart (and so needs a takeaway).
    pub fn is_chart(self) -> bool {
        !matches!(self, Insert::Controversies | Insert::Timeline)
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
    /// The chart's key, e.g. `goods`.
    pub chart: Text,
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
    pub fn takeaway(&self, chart: Insert) -> Option<&str> {
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
