//! A chart's static figure: title, text summary, a static SVG, source, notes and the data table — the
//! same figure the live chart replaces, so it reads the same without scripts and in print.

use std::fmt::Write;

use super::html::escape;
use super::static_chart_path;
use crate::chart::catalog::{chart_spec, ChartId};
use crate::chart::spec::ChartSpec;
use crate::chart::summary::summarize;
use crate::state::ChartState;
use trade_model::data::Dataset;

/// The island the live chart mounts into, holding the static figure until it does.
/// `takeaway` is the sentence written for the chart, shown under its title (the live chart reads it from here).
pub fn chart_shell(chart: ChartId, takeaway: &str, dataset: &Dataset) -> String {
    let spec = chart_spec(
        chart,
        &ChartState::default_for(chart.year_bounds(dataset)),
        dataset,
    );
    let id = chart.element_id();
    let mut out = String::new();
    let _ = write!(
        out,
        "<div class=\"chart-island\" data-chart=\"{key}\"><figure class=\"chart\" id=\"{id}\" aria-labelledby=\"{id}-title\">\
         <figcaption class=\"chart__caption\"><span class=\"chart__title\" id=\"{id}-title\">{title}</span>\
         <span class=\"chart__takeaway\">{takeaway}</span>\
         <span class=\"chart__summary visually-hidden\" id=\"{id}-summary\">{summary}</span></figcaption>\
         <picture><source media=\"(prefers-color-scheme: dark)\" srcset=\"{dark}\">\
         <img class=\"chart__static\" src=\"{src}\" alt=\"{alt}\" loading=\"lazy\" width=\"960\" height=\"480\"></picture>\
         <p class=\"chart__source\">Source: {source}.</p>",
        key = chart.key(),
        title = escape(&spec.title),
        takeaway = escape(takeaway),
        summary = escape(&summarize(&spec)),
        src = static_chart_path(chart.key()),
        dark = static_chart_path(chart.key()).replace(".svg", "-dark.svg"),
        alt = escape(&format!("Chart: {}", spec.title)),
        source = escape(chart.source()),
    );
    for note in &spec.notes {
        let _ = write!(out, "<p class=\"chart__note\">{}</p>", escape(note));
    }
    out.push_str(
        "<div class=\"chart__actions\"><details class=\"chart__table\"><summary>Table</summary>",
    );
    out.push_str(&table(&spec));
    out.push_str("</details></div></figure></div>");
    out
}

fn table(spec: &ChartSpec) -> String {
    let mut out = format!(
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table>",
        escape(&format!("Data table: {}", spec.title))
    );
    let _ = write!(
        out,
        "<caption>{}<span class=\"table__summary\">{}</span></caption><thead><tr><th scope=\"col\">{}</th>",
        escape(&spec.title),
        escape(&summarize(spec)),
        escape(&spec.row_heading)
    );
    for heading in spec.table_headings() {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&heading));
    }
    out.push_str("</tr></thead><tbody>");
    for (label, cells) in spec.table_rows() {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(&label));
        for cell in cells {
            let _ = write!(out, "<td>{}</td>", escape(&cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}
