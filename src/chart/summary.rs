//! A text equivalent of each chart, computed from exactly what it shows, in the chart's language.

use trade_model::text::Extremes;

use super::spec::{ChartSpec, Mark};

/// One or two sentences saying what the chart shows, for its caption and for screen readers.
pub fn summarize(spec: &ChartSpec) -> String {
    let text = spec.text();
    let over_years = spec.csv_row_heading == "Year";
    let mut sentences = Vec::new();
    for panel in &spec.panels {
        let read = |v: f64| panel.format.readout(text, Some(v));
        for series in &panel.series {
            let present: Vec<(&str, f64)> = spec
                .rows
                .iter()
                .zip(&series.values)
                .filter_map(|(row, value)| value.map(|v| (row.label.as_str(), v)))
                .collect();
            let (Some(first), Some(last)) = (present.first(), present.last()) else {
                sentences.push((text.no_data)(&series.label));
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
                (text.one_value)(&series.label, &read(first.1), first.0)
            } else if series.key == "balance" && present.iter().all(|(_, v)| *v < 0.0) {
                (text.deficit)(
                    &series.label,
                    (lowest.0, &read(lowest.1)),
                    (last.0, &read(last.1)),
                )
            } else if series.mark == Mark::Points || !over_years {
                let listed: Vec<(String, String)> = present
                    .iter()
                    .map(|(label, v)| (read(*v), label.to_string()))
                    .collect();
                (text.listed)(&series.label, &listed)
            } else {
                let (first_v, last_v, low_v, high_v) =
                    (read(first.1), read(last.1), read(lowest.1), read(highest.1));
                (text.trend)(&Extremes {
                    label: &series.label,
                    first: (first.0, &first_v),
                    last: (last.0, &last_v),
                    lowest: (lowest.0, &low_v),
                    highest: (highest.0, &high_v),
                })
            };
            if missing > 0 && series.mark != Mark::Points {
                sentence.push_str(&(text.gaps)(missing, series.values.len()));
            }
            sentence.push_str(text.full_stop);
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
        sentences.push((text.marked)(&written));
    }
    sentences.join(text.sentence_gap)
}
