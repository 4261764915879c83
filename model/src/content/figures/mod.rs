//! Figures computed from the dataset at build time for prose placeholders such as `{balance:2025}`,
//! `{deepest-deficit-year}` or `{rate-change:1985..1988}`, each with the source rows it comes from.
//! A data update therefore updates the prose; an unknown name or a missing value is a build error.

mod commodities;
mod duties;
mod finance;
mod goods;
mod japan;
mod partners;
mod products;
mod quantity;

pub use quantity::Quantity;

use crate::data::Dataset;
use crate::Lang;

/// A resolved placeholder: the text to show and where the figure comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The value, written in each language by [`Quantity::text`].
    pub value: Quantity,
    /// The data file, e.g. `goods_trade.csv`.
    pub file: &'static str,
    /// The rows used, e.g. `2025` or `1985–2025`.
    pub rows: String,
}

/// Every placeholder name, with what it takes, for error messages and the README.
pub const PLACEHOLDERS: &[&str] = &[
    "exports:YEAR",
    "imports:YEAR",
    "balance:YEAR",
    "deficit:YEAR",
    "total-trade:YEAR",
    "coverage:YEAR",
    "real-exports:YEAR",
    "real-imports:YEAR",
    "real-deficit:YEAR",
    "real-total-trade:YEAR",
    "real-base-year",
    "change:exports|imports|total-trade:FROM..TO",
    "real-change:exports|imports|total-trade:FROM..TO",
    "peak:exports|imports",
    "peak-year:exports|imports",
    "real-peak:exports|imports",
    "real-peak-year:exports|imports",
    "deepest-deficit",
    "deepest-deficit-year",
    "real-deepest-deficit",
    "real-deepest-deficit-year",
    "deficit-years",
    "share:PARTNER:exports|imports|trade:YEAR",
    "partner-trade:PARTNER:exports|imports|trade:YEAR",
    "rate:YEAR",
    "rate-change:FROM..TO",
    "strongest-yen",
    "strongest-yen-year",
    "jp-exports:YEAR",
    "jp-imports:YEAR",
    "jp-exports-yen:YEAR",
    "jp-imports-yen:YEAR",
    "jp-surplus-yen:YEAR",
    "mof:exports|imports:COMMODITY:YEAR",
    "mof-share:exports|imports:COMMODITY:YEAR",
    "mof-change:exports|imports:COMMODITY:FROM..TO",
    "hs:CHAPTERS:YEAR",
    "hs-share:CHAPTERS:YEAR",
    "usitc:SECTOR:YEAR",
    "usitc-share:SECTOR:YEAR",
    "car-imports:YEAR",
    "car-units:YEAR",
    "car-share:YEAR",
    "chip-imports:YEAR",
    "ic-exports:YEAR",
    "vehicle-value:CODE",
    "vehicle-share:CODE",
    "duties:YEAR",
    "duty-rate:YEAR",
    "duties-to-date:YEAR",
    "duty-rate-to-date:YEAR",
    "duty-months:YEAR",
    "duties-month:YYYY-MM",
    "duty-rate-month:YYYY-MM",
    "treasuries:YEAR",
    "treasuries-share:YEAR",
    "treasuries-peak",
    "treasuries-peak-year",
    "fdi-japan:YEAR",
    "fdi-us:YEAR",
    "services-exports:YEAR",
    "services-imports:YEAR",
];

/// Resolves the inside of one placeholder (without braces).
pub fn resolve(placeholder: &str, dataset: &Dataset) -> Result<Figure, String> {
    let args = Args::new(placeholder);
    let families = [
        goods::resolve,
        partners::resolve,
        japan::resolve,
        commodities::resolve,
        products::resolve,
        duties::resolve,
        finance::resolve,
    ];
    for family in families {
        if let Some(result) = family(&args, dataset) {
            return result;
        }
    }
    Err(format!(
        "unknown placeholder `{{{placeholder}}}`; known: {}",
        PLACEHOLDERS.join(", ")
    ))
}

/// A placeholder split at its colons: `share:jpn:trade:2025` → name `share`, parts `jpn`, `trade`, `2025`.
pub(crate) struct Args<'a> {
    pub whole: &'a str,
    pub name: &'a str,
    pub parts: Vec<&'a str>,
}

impl<'a> Args<'a> {
    fn new(placeholder: &'a str) -> Self {
        let mut split = placeholder.split(':');
        let name = split.next().unwrap_or_default();
        Args {
            whole: placeholder,
            name,
            parts: split.collect(),
        }
    }

    /// The `i`th part after the name, or a message saying what the placeholder takes.
    pub fn part(&self, i: usize, takes: &str) -> Result<&'a str, String> {
        self.parts
            .get(i)
            .copied()
            .filter(|p| !p.is_empty())
            .ok_or_else(|| self.takes(takes))
    }

    /// A message saying what the placeholder takes, e.g. `` `{share}` takes `share:PARTNER:FLOW:YEAR` ``.
    pub fn takes(&self, takes: &str) -> String {
        format!("`{{{}}}` takes `{}:{takes}`", self.whole, self.name)
    }

    /// The `i`th part as a year.
    pub fn year(&self, i: usize, takes: &str) -> Result<u16, String> {
        self.part(i, takes)?
            .parse::<u16>()
            .map_err(|_| self.takes(takes))
    }

    /// The `i`th part as a range of years `FROM..TO`.
    pub fn range(&self, i: usize, takes: &str) -> Result<(u16, u16), String> {
        self.part(i, takes)?
            .split_once("..")
            .and_then(|(a, b)| Some((a.parse::<u16>().ok()?, b.parse::<u16>().ok()?)))
            .ok_or_else(|| self.takes(takes))
    }

    /// A message that `what` has no value in the data.
    pub fn missing(&self, what: &str) -> String {
        format!("`{}`: {what} has no value in the data", self.whole)
    }

    /// Fails unless exactly `n` parts follow the name.
    pub fn exactly(&self, n: usize, takes: &str) -> Result<(), String> {
        if self.parts.len() == n {
            Ok(())
        } else {
            Err(self.takes(takes))
        }
    }
}

/// A figure with its text, file and rows.
pub(crate) fn figure(
    value: Quantity,
    file: &'static str,
    rows: impl Into<String>,
) -> Result<Figure, String> {
    Ok(Figure {
        value,
        file,
        rows: rows.into(),
    })
}

/// The first and last year of a table, as `1985–2025`.
pub(crate) fn span(years: impl Iterator<Item = u16>) -> String {
    let years: Vec<u16> = years.collect();
    match (years.iter().min(), years.iter().max()) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => String::new(),
    }
}

/// The percentage change from `start` to `end`.
pub(crate) fn change(start: f64, end: f64) -> f64 {
    (end - start) / start * 100.0
}

/// Replaces every `{…}` in `text` with its figure written in `lang`; each problem names the placeholder.
/// Returns the text and the figures used.
pub fn expand(text: &str, dataset: &Dataset, lang: Lang) -> (String, Vec<Figure>, Vec<String>) {
    let (mut out, mut figures, mut problems) = (String::new(), Vec::new(), Vec::new());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            problems.push("a `{` without its closing `}`".to_string());
            out.push_str(&rest[open..]);
            return (out, figures, problems);
        };
        let inside = &rest[open + 1..open + close];
        match resolve(inside, dataset) {
            Ok(figure) => {
                out.push_str(&figure.value.text(lang));
                figures.push(figure);
            }
            Err(problem) => problems.push(problem),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    (out, figures, problems)
}
