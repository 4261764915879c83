//! The words on the charts themselves, natively: the events each chart writes on its plot come from
//! content (events.csv's `annotate_on`), and direct labels and annotations keep clear of one another and
//! of the chart's edges on a phone and on a desktop. (The placement itself is property-tested in
//! `src/chart/label_placement.rs`.)

#![cfg(not(target_arch = "wasm32"))]

use japan_us_trade::chart::catalog::{chart_spec, ChartId};
use japan_us_trade::chart::layout::{ChartLayout, LABEL_SIZE};
use japan_us_trade::chart::plot_labels::{label_text_x, text_width, LINE_HEIGHT};
use japan_us_trade::chart::spec::ChartSpec;
use japan_us_trade::chart::summary::summarize;
use japan_us_trade::content::DATASET;
use japan_us_trade::page::STATIC_SIZES;
use japan_us_trade::state::ChartState;
use trade_model::Lang;

// Shared with charts.rs, which uses the rest of its readers; this file only reads rows.
#[allow(dead_code)]
mod csv_figures;
use csv_figures::csv_rows;

/// Every size a chart is drawn at ahead of time (320 px phones to desktops), and a live canvas's.
fn sizes() -> Vec<(f64, f64)> {
    STATIC_SIZES
        .iter()
        .map(|s| (f64::from(s.width), f64::from(s.height)))
        .chain([(343.0, 400.0)])
        .collect()
}

fn default_spec(chart: ChartId) -> ChartSpec {
    chart_spec(
        chart,
        &ChartState::default_for(chart.year_bounds(&DATASET)),
        &DATASET,
        Lang::En,
    )
}

/// The labels of the events the CSV asks `chart` to write, for the rows the chart shows, in file order.
fn annotations_in_csv(chart: ChartId, spec: &ChartSpec) -> Vec<String> {
    let shown: Vec<&str> = spec.rows.iter().map(|r| r.label.as_str()).collect();
    csv_rows("events.csv")
        .into_iter()
        .filter(|row| {
            row["annotate_on"]
                .split_whitespace()
                .any(|k| k == chart.key())
        })
        .filter(|row| {
            let date = &row["date"];
            let year = &date[..4];
            match chart {
                // Monthly rows are labelled "Apr 2025": the event's month must be one of them.
                ChartId::DutiesMonthly => {
                    let month: usize = date[5..7].parse().unwrap();
                    let names = [
                        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec",
                    ];
                    shown.contains(&format!("{} {year}", names[month - 1]).as_str())
                }
                _ => shown.contains(&year),
            }
        })
        .map(|row| row["annotation"].clone())
        .collect()
}

#[test]
fn each_chart_writes_the_events_content_chose_for_it_and_says_so_in_its_text() {
    let mut written = 0;
    for chart in ChartId::ALL {
        let spec = default_spec(chart);
        let labels: Vec<String> = spec.annotations.iter().map(|a| a.label.clone()).collect();
        assert_eq!(labels, annotations_in_csv(chart, &spec), "{}", chart.key());
        let summary = summarize(&spec);
        for annotation in &spec.annotations {
            assert!(
                summary.contains(&annotation.title),
                "{}: the text equivalent leaves out {}",
                chart.key(),
                annotation.title
            );
        }
        // Every chart, over the years it shows first, writes the two to four events content chose for it.
        assert!(
            (2..=4).contains(&labels.len()),
            "{} writes {} events",
            chart.key(),
            labels.len()
        );
        written += labels.len();
    }
    assert!(written > 0, "no chart writes an event on its plot");
}

#[test]
fn a_narrower_range_drops_the_annotations_outside_it() {
    let bounds = ChartId::GoodsTrade.year_bounds(&DATASET);
    let (low, _) = bounds.unwrap();
    let state = ChartState::default_for(bounds).with_range(bounds, low, low + 9);
    let spec = chart_spec(ChartId::GoodsTrade, &state, &DATASET, Lang::En);
    assert_eq!(
        spec.annotations
            .iter()
            .map(|a| a.label.clone())
            .collect::<Vec<_>>(),
        annotations_in_csv(ChartId::GoodsTrade, &spec)
    );
    assert!(spec
        .annotations
        .iter()
        .all(|a| a.x >= f64::from(low) && a.x <= f64::from(low + 9)));
}

#[test]
fn annotations_stay_on_the_plot_and_clear_of_each_other_at_every_width() {
    for chart in ChartId::ALL {
        let spec = default_spec(chart);
        for (width, height) in sizes() {
            let layout = ChartLayout::new(&spec, width, height);
            // Every annotation at the desktop width; down to a 375 px phone at least one, and on a phone
            // two rows at most. One that cannot sit beside its rule without crossing another is left to its
            // marker and the text equivalent (on a 320 px phone that may be all of them).
            if width >= 960.0 {
                assert_eq!(
                    layout.annotations.len(),
                    spec.annotations.len(),
                    "{}",
                    chart.key()
                );
            }
            assert!(
                width < 343.0 || layout.annotations.len() >= spec.annotations.len().min(1),
                "{} at {width}: {:?}",
                chart.key(),
                layout.annotations
            );
            if layout.compact {
                assert!(layout.annotations.iter().all(|a| a.row < 2));
            }
            for (i, a) in layout.annotations.iter().enumerate() {
                let end = a.start + text_width(&a.label);
                assert!(
                    a.start >= layout.left - 1e-9 && end <= layout.right + 1e-9,
                    "{} at {width}: `{}` leaves the plot",
                    chart.key(),
                    a.label
                );
                // Beside its own rule, never over it.
                assert!(
                    a.x <= a.start || a.x >= end,
                    "{} at {width}: `{}`",
                    chart.key(),
                    a.label
                );
                for b in &layout.annotations[i + 1..] {
                    let b_end = b.start + text_width(&b.label);
                    assert!(
                        a.row != b.row || end <= b.start || b_end <= a.start,
                        "{} at {width}: `{}` covers `{}`",
                        chart.key(),
                        a.label,
                        b.label
                    );
                    // A rule runs from its label down to the axis, so never through a label below.
                    let (upper, lower, lower_end) = if a.row < b.row {
                        (a, b, b_end)
                    } else {
                        (b, a, end)
                    };
                    assert!(
                        a.row == b.row || upper.x < lower.start || upper.x > lower_end,
                        "{} at {width}: the rule of `{}` runs through `{}`",
                        chart.key(),
                        upper.label,
                        lower.label
                    );
                }
            }
        }
    }
}

#[test]
fn every_shown_series_is_named_beside_the_plot_without_overlap_or_overflow() {
    for chart in ChartId::ALL {
        let spec = default_spec(chart);
        let with_values = spec
            .panels
            .iter()
            .flat_map(|p| &p.series)
            .filter(|s| s.values.iter().any(Option::is_some))
            .count();
        for (width, height) in sizes() {
            let layout = ChartLayout::new(&spec, width, height);
            let labels = &layout.direct_labels;
            // Inside their panel's band whenever they fit there together.
            for band in &layout.panels {
                let inside: Vec<_> = labels
                    .iter()
                    .filter(|l| l.end.1 >= band.top - 1e-6 && l.end.1 <= band.bottom + 1e-6)
                    .collect();
                let needed: f64 = inside.iter().map(|l| l.height() + 2.0).sum();
                if needed <= band.bottom - band.top {
                    for l in inside {
                        assert!(
                            l.centre_y - l.height() / 2.0 >= band.top - 1e-6
                                && l.centre_y + l.height() / 2.0 <= band.bottom + 1e-6,
                            "{} at {width}×{height}: {:?} leaves its panel",
                            chart.key(),
                            l.lines
                        );
                    }
                }
            }
            assert_eq!(labels.len(), with_values, "{} at {width}", chart.key());
            for (i, a) in labels.iter().enumerate() {
                let widest = a.lines.iter().map(|l| text_width(l)).fold(0.0, f64::max);
                assert!(
                    label_text_x(layout.right) + widest <= width + 1.0,
                    "{} at {width}: {:?} runs past the canvas",
                    chart.key(),
                    a.lines
                );
                for b in &labels[i + 1..] {
                    let (a_top, b_top) =
                        (a.centre_y - a.height() / 2.0, b.centre_y - b.height() / 2.0);
                    assert!(
                        a_top + a.height() <= b_top + 1e-6 || b_top + b.height() <= a_top + 1e-6,
                        "{} at {width}: {:?} covers {:?}",
                        chart.key(),
                        a.lines,
                        b.lines
                    );
                }
            }
        }
    }
    // Chart text is never drawn below 12 CSS px (the floor), and lines of a label never touch.
    const { assert!(LABEL_SIZE >= 12.0 && LINE_HEIGHT > LABEL_SIZE) };
}

#[test]
fn a_hidden_series_loses_its_direct_label() {
    let chart = ChartId::GoodsTrade;
    let state = ChartState::default_for(chart.year_bounds(&DATASET)).toggled(chart, "balance");
    let spec = chart_spec(chart, &state, &DATASET, Lang::En);
    let layout = ChartLayout::new(&spec, 960.0, 400.0);
    let named: Vec<String> = layout
        .direct_labels
        .iter()
        .map(|l| l.lines.join(" "))
        .collect();
    let balance = chart.series().iter().find(|s| s.key == "balance").unwrap();
    assert!(!named.contains(&balance.short.to_string()), "{named:?}");
    assert_eq!(named.len(), chart.series().len() - 1);
}

#[test]
fn the_svg_drawings_write_their_text_at_twelve_pixels_or_more() {
    use japan_us_trade::chart::palette::Theme;
    use japan_us_trade::chart::svg::chart_svg;
    for chart in ChartId::ALL {
        let svg = chart_svg(&default_spec(chart), 600, 300, Theme::Light);
        let sizes: Vec<f64> = svg
            .split("font-size=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap().parse().unwrap())
            .collect();
        assert!(!sizes.is_empty(), "{}: no text", chart.key());
        for size in sizes {
            assert!(size >= 12.0 - 1e-6, "{}: text at {size} px", chart.key());
        }
    }
}
