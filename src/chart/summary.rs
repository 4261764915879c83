//! A text equivalent of each chart, computed from exactly what it shows.

use super::spec::{ChartSpec, Mark};

/// One or two sentences saying what the chart shows, for its caption and for screen readers.
pub fn summarize(spec: &ChartSpec) -> String {
    let mut sentences = Vec::new();
    for panel in &spec.panels {
        for series in &panel.series {
            let present: Vec<(&str, f64)> = spec
                .rows
                .iter()
                .zip(&series.values)
                .filter_map(|(row, value)| value.map(|v| (row.label.as_str(), v)))
                .collect();
            let (Some(first), Some(last)) = (present.first(), present.last()) else {
                sentences.push(format!("{}: no data for the rows shown.", series.label));
                continue;
            };
            let lowest = present
                .iter()
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap_or(first);
            let highest = present
                .iter()
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap_or(first);
            let missing = series.values.len() - present.len();
            let mut sentence = if present.len() == 1 {
                format!(
                    "{}: {} in {}",
                    series.label,
                    panel.format.readout(Some(first.1)),
                    first.0
                )
            } else if series.key == "balance" && present.iter().all(|(_, v)| *v < 0.0) {
                format!(
                    "{}: a deficit in every year shown, largest in {} at {}; {} in {}",
                    series.label,
                    lowest.0,
                    panel.format.readout(Some(lowest.1)),
                    panel.format.readout(Some(last.1)),
                    last.0
                )
            } else if series.mark == Mark::Points || spec.row_heading != "Year" {
                let listed: Vec<String> = present
                    .iter()
                    .map(|(label, v)| format!("{} in {label}", panel.format.readout(Some(*v))))
                    .collect();
                format!("{}: {}", series.label, listed.join(", "))
            } else {
                format!(
                    "{}: {} in {}, {} in {}; lowest {} in {}, highest {} in {}",
                    series.label,
                    panel.format.readout(Some(first.1)),
                    first.0,
                    panel.format.readout(Some(last.1)),
                    last.0,
                    panel.format.readout(Some(lowest.1)),
                    lowest.0,
                    panel.format.readout(Some(highest.1)),
                    highest.0
                )
            };
            if missing > 0 && series.mark != Mark::Points {
                sentence.push_str(&format!(
                    " (no data for {missing} of {} rows)",
                    series.values.len()
                ));
            }
            sentence.push('.');
            sentences.push(sentence);
        }
    }
    let written: Vec<&str> = spec
        .annotations
        .iter()
        .filter(|a| a.x >= spec.x_domain.0 && a.x <= spec.x_domain.1)
        .map(|a| a.title.as_str())
        .collect();
    if !written.is_empty() {
        sentences.push(format!("Marked on the chart: {}.", written.join("; ")));
    }
    sentences.join(" ")
}
