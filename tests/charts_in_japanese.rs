//! The charts in Japanese (issue #15): every chart's words are Japanese (no English word left behind but
//! the codes and names a Japanese chart also writes in Latin letters), figures are in 億ドル / 兆円 / 円, the
//! dollar axis is scaled to 億ドル with ticks on round 億, and downloads keep their English CSV headings.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use japan_us_trade::chart::catalog::{chart_spec, ChartId};
use japan_us_trade::chart::layout::{tick_label, ChartLayout};
use japan_us_trade::chart::palette::Theme;
use japan_us_trade::chart::spec::ChartSpec;
use japan_us_trade::chart::summary::summarize;
use japan_us_trade::chart::svg::chart_svg;
use japan_us_trade::chart::units::Units;
use japan_us_trade::content::DATASET;
use japan_us_trade::page::{render_html, StaticFigure};
use japan_us_trade::state::ChartState;
use japan_us_trade::ui::article_footer::article_footer;
use japan_us_trade::ui::chart_figure::ChartFigure;
use leptos::prelude::*;
use trade_model::text::{ChartText, EN, JA};
use trade_model::Lang;

/// Codes and proper names a Japanese chart writes in Latin letters too.
const ALLOWED: &[&str] = &[
    "HS", "CPI", "FOB", "G5", "BSE", "CIF", "USITC", "IEEPA", "TPP", "WTO", "CSV", "SVG", "PNG",
    "US", "G7", "U", "fas", "f.a.s", "DataWeb", "UN", "Comtrade", "FRED", "AEXJPUS", "BEA", "USTR",
    "ITA", "FRB", "Home", "End", "Esc", "Ctrl", "C",
];

fn spec(chart: ChartId, units: Units, lang: Lang) -> ChartSpec {
    let state = ChartState::default_for(chart.year_bounds(&DATASET)).with_units(chart, units);
    chart_spec(chart, &state, &DATASET, lang)
}

/// Runs of ASCII letters and digits (with dots inside, as in f.a.s.) that hold a letter, in `text`.
fn ascii_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .map(str::to_string)
        .collect()
}

/// Every word a reader sees of a chart: title, source, notes, axes, series, table, read-out, summary,
/// markers and annotations.
fn words(spec: &ChartSpec) -> Vec<String> {
    let mut all = vec![
        spec.title.clone(),
        spec.source.clone(),
        spec.row_heading.clone(),
    ];
    all.extend(spec.notes.iter().cloned());
    for panel in &spec.panels {
        all.push(panel.axis_title.clone());
        for series in &panel.series {
            all.push(series.label.clone());
            all.push(series.short.to_string());
        }
    }
    all.extend(spec.table_headings());
    for (label, cells) in spec.table_rows() {
        all.push(label);
        all.extend(cells);
    }
    all.extend((0..spec.rows.len()).map(|i| spec.readout_sentence(i)));
    all.push(summarize(spec));
    for marker in &spec.markers {
        all.extend(marker.titles.iter().cloned());
    }
    for annotation in &spec.annotations {
        all.push(annotation.label.clone());
        all.push(annotation.title.clone());
    }
    all
}

/// The interface's fixed strings in a table.
fn interface(text: &ChartText) -> Vec<String> {
    [
        text.missing,
        text.year_heading,
        text.month_heading,
        text.usd_axis,
        text.yen_axis,
        text.rate_axis,
        text.vehicles_axis,
        text.duty_rate_axis,
        text.imports_mix_axis,
        text.exports_mix_axis,
        text.years_shown,
        text.from,
        text.to,
        text.units,
        text.unit_nominal,
        text.unit_yen,
        text.reset,
        text.reset_to,
        text.series_shown,
        text.readout_hint,
        text.failed_in_article,
        text.failed_in_widget,
        text.chart_role,
        text.keys_hint,
        text.markers,
        text.to_timeline,
        text.to_article_timeline,
        text.table,
        text.actions,
        text.share,
        text.shared,
        text.copied,
        text.embed,
        text.in_article,
        text.new_tab,
        text.embed_title,
        text.embed_help,
        text.embed_code,
        text.embed_copy,
        text.embed_close,
        text.embed_preview,
        text.embed_copied,
        text.embed_select,
        text.mirror_in_yen,
        text.csv_source,
        text.csv_note,
    ]
    .into_iter()
    .map(str::to_string)
    .chain([
        (text.unit_real)(2025),
        (text.real_usd_axis)(2025),
        (text.partial_year)(2026, 3),
        (text.chart_named)("題"),
        (text.copy_refused)("題"),
        (text.embed_named)("題"),
    ])
    .collect()
}

#[test]
fn every_japanese_chart_text_is_japanese() {
    let mut english: BTreeSet<String> =
        interface(&EN).iter().flat_map(|t| ascii_words(t)).collect();
    let mut japanese = interface(&JA);
    for chart in ChartId::ALL {
        for units in [Units::Nominal, Units::Real, Units::Yen] {
            let en = spec(chart, units, Lang::En);
            english.extend(words(&en).iter().flat_map(|t| ascii_words(t)));
            let ja = spec(chart, units, Lang::Ja);
            assert_eq!(ja.lang, Lang::Ja);
            for (i, text) in words(&ja).into_iter().enumerate() {
                assert!(
                    !text.trim().is_empty(),
                    "{}: text {i} is empty",
                    chart.key()
                );
                japanese.push(text);
            }
        }
        for series in chart.series() {
            assert!(!series.label_ja.is_empty() && !series.short_ja.is_empty());
        }
    }
    let mut left_in_english = BTreeSet::new();
    for text in &japanese {
        assert!(!text.trim().is_empty());
        for word in ascii_words(text) {
            if english.contains(&word) && !ALLOWED.contains(&word.as_str()) {
                left_in_english.insert(format!("{word:?} in {text}"));
            }
        }
    }
    assert!(
        left_in_english.is_empty(),
        "English words in Japanese text:\n{}",
        left_in_english.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_japanese_dollar_axis_is_in_oku_with_ticks_on_round_oku() {
    let ja = spec(ChartId::GoodsTrade, Units::Nominal, Lang::Ja);
    assert_eq!(ja.panels[0].axis_title, "億ドル");
    let layout = ChartLayout::new(&ja, 960.0, 480.0);
    let ticks = layout.panels[0].axis.ticks();
    assert!(ticks.len() >= 3, "{ticks:?}");
    let labels: Vec<String> = ticks
        .iter()
        .map(|&t| tick_label(t, ja.panels[0].format, ja.text()))
        .collect();
    for (tick, label) in ticks.iter().zip(&labels) {
        let oku = tick / 100.0;
        assert!((oku - oku.round()).abs() < 1e-9, "{tick} is not a whole 億");
        assert_eq!(label, &trade_model::format_ja::axis_oku(*tick));
    }
    // Billions relabelled would read 150, not 1,500: the labels count 億.
    assert!(labels.iter().any(|l| l.contains(',')), "{labels:?}");
    let largest = ticks.iter().cloned().fold(f64::MIN, f64::max);
    assert_eq!(
        labels.last().unwrap(),
        &trade_model::format_ja::axis_oku(largest)
    );
}

#[test]
fn japanese_figures_read_in_oku_cho_and_yen() {
    let goods = spec(ChartId::GoodsTrade, Units::Nominal, Lang::Ja);
    let last = goods.rows.len() - 1;
    let (row, values) = goods.readout(last).unwrap();
    assert!(row.ends_with('年'), "{row}");
    assert!(
        values.iter().all(|(_, v)| v.ends_with("億ドル")),
        "{values:?}"
    );
    let yen = spec(ChartId::GoodsTrade, Units::Yen, Lang::Ja);
    let (_, values) = yen.readout(last).unwrap();
    assert!(
        values.iter().all(|(_, v)| v.ends_with("兆円")),
        "{values:?}"
    );
    let rate = spec(ChartId::YenAndBalance, Units::Nominal, Lang::Ja);
    let (_, values) = rate.readout(last).unwrap();
    assert!(
        values[1].1.ends_with('円') && !values[1].1.contains('兆'),
        "{values:?}"
    );
    // Sparse sources say データなし where the source is silent.
    let ownership = spec(ChartId::Ownership, Units::Nominal, Lang::Ja);
    assert!(ownership
        .table_rows()
        .iter()
        .any(|(_, cells)| cells.iter().any(|c| c == "データなし")));
}

#[test]
fn downloads_keep_english_csv_headings_and_draw_japanese_pictures() {
    for chart in ChartId::ALL {
        let en = spec(chart, Units::Nominal, Lang::En).to_csv();
        let ja = spec(chart, Units::Nominal, Lang::Ja).to_csv();
        let table = |csv: &str| -> Vec<String> {
            csv.lines()
                .filter(|l| !l.starts_with('#'))
                .map(str::to_string)
                .collect()
        };
        assert_eq!(table(&en), table(&ja), "{}", chart.key());
        assert!(ja.starts_with("# ") && ja.contains("# 出所："), "{ja}");
        let svg = chart_svg(
            &spec(chart, Units::Nominal, Lang::Ja),
            960,
            480,
            Theme::Light,
        );
        assert!(svg.contains("Hiragino Sans"), "{}", chart.key());
        let english_svg = chart_svg(
            &spec(chart, Units::Nominal, Lang::En),
            960,
            480,
            Theme::Light,
        );
        assert!(!english_svg.contains("Hiragino"));
    }
}

#[test]
fn the_static_and_the_live_figure_speak_japanese_on_the_japanese_page() {
    let chart = ChartId::GoodsTrade;
    let static_figure = render_html(move || {
        view! { <StaticFigure chart takeaway="日本との貿易。" dataset=&DATASET lang=Lang::Ja /> }
    });
    let state = RwSignal::new(ChartState::default_for(chart.year_bounds(&DATASET)));
    let live = render_html(move || {
        view! { <ChartFigure chart state footer=article_footer takeaway="日本との貿易。" lang=Lang::Ja /> }
    });
    for html in [&static_figure, &live] {
        for words in [
            "米国の対日財貿易（",
            "出所：米国勢調査局",
            "データ表：",
            ">データ表</summary>",
            "億ドル",
        ] {
            assert!(html.contains(words), "{words} missing from {html}");
        }
        assert!(
            !html.contains("Source:") && !html.contains(">Table<"),
            "{html}"
        );
    }
    assert!(
        static_figure.contains("alt=\"グラフ：米国の対日財貿易"),
        "{static_figure}"
    );
    for words in [
        "リセット",
        "表示する期間",
        "単位",
        "共有",
        "埋め込む",
        "2024年</option>",
    ] {
        assert!(live.contains(words), "{words} missing from {live}");
    }
}
