//! An SVG snapshot of every chart in its default view: a change to the drawing shows as a line diff, and is
//! reviewed before the snapshots are refreshed.

#![cfg(not(target_arch = "wasm32"))]

use japan_us_trade::chart::catalog::{chart_spec, ChartId};
use japan_us_trade::chart::palette::Theme;
use japan_us_trade::chart::svg::chart_svg;
use japan_us_trade::content::DATASET;
use japan_us_trade::state::ChartState;
use trade_model::Lang;

mod line_diff;

fn default_state(chart: ChartId) -> ChartState {
    ChartState::default_for(chart.year_bounds(&DATASET))
}

/// The command that rewrites the snapshots from the charts as they are now.
const REFRESH_SNAPSHOTS: &str = "UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshots";

/// Changed lines a failing snapshot shows; the rest are counted.
const SNAPSHOT_DIFF_LINES: usize = 40;

#[test]
fn every_chart_matches_its_svg_snapshot() {
    let mut differing = Vec::new();
    for chart in ChartId::ALL {
        let spec = chart_spec(chart, &default_state(chart), &DATASET, Lang::En);
        let svg = chart_svg(&spec, 960, 480, Theme::Light);
        assert!(
            svg.starts_with("<svg") && svg.contains("</svg>"),
            "{} is not SVG",
            chart.key()
        );
        let path = format!(
            "{}/tests/snapshots/{}.svg",
            env!("CARGO_MANIFEST_DIR"),
            chart.key()
        );
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&path, &svg).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!("{path} is missing: run `{REFRESH_SNAPSHOTS}` and review the file")
        });
        if svg != expected {
            differing.push((chart, path, expected, svg));
        }
    }
    // The first differing chart's diff in full (up to the limit), the others by name: one change to the
    // drawing usually moves every chart the same way.
    let mut report = String::new();
    for (i, (chart, path, expected, svg)) in differing.iter().enumerate() {
        if i == 0 {
            report.push_str(&format!(
                "{} differs from {path} (- snapshot, + now):\n{}",
                chart.key(),
                line_diff::line_diff(expected, svg, SNAPSHOT_DIFF_LINES)
            ));
        } else {
            report.push_str(&format!(
                "{} also differs from {path} ({} changed lines)\n",
                chart.key(),
                line_diff::changed_lines(expected, svg)
            ));
        }
    }
    assert!(
        differing.is_empty(),
        "{report}If the change is intended, refresh the snapshots with `{REFRESH_SNAPSHOTS}` and review \
         `git diff tests/snapshots`."
    );
}
