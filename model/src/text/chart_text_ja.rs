//! The charts' and the widget's interface in Japanese, in the words and units of the Japanese press's trade
//! charts (米国の対日輸出, 財収支, 億ドル, 円ドル相場).

use super::chart_text::{ChartText, Extremes};
use crate::format::{axis_number, grouped};
use crate::format_ja;

fn listed(label: &str, values: &[(String, String)]) -> String {
    let listed: Vec<String> = values
        .iter()
        .map(|(v, row)| format!("{row}は{v}"))
        .collect();
    format!("{label}：{}", listed.join("、"))
}

fn trend(e: &Extremes) -> String {
    format!(
        "{}：{}の{}から{}の{}へ。最低は{}の{}、最高は{}の{}",
        e.label,
        e.first.0,
        e.first.1,
        e.last.0,
        e.last.1,
        e.lowest.0,
        e.lowest.1,
        e.highest.0,
        e.highest.1
    )
}

fn readout(row: &str, values: &[(String, String)]) -> String {
    let parts: Vec<String> = values
        .iter()
        .map(|(name, value)| format!("{name}は{value}"))
        .collect();
    format!("{row}：{}。", parts.join("、"))
}

/// Millions of yen as 兆円 with one decimal, for axis-scaled reading as the press writes trade totals.
fn yen(million_jpy: f64) -> String {
    format_ja::yen(million_jpy)
}

/// Japanese.
pub const JA: ChartText = ChartText {
    missing: format_ja::MISSING,
    usd: format_ja::usd,
    yen,
    yen_per_dollar: format_ja::yen_per_dollar,
    percent: |v| format!("{v:.1}%"),
    vehicles: |v| format!("{}台", format_ja::count(v)),
    usd_axis_unit: 100.0,
    usd_tick: format_ja::axis_oku,
    vehicles_axis_unit: 10_000.0,
    tick: |v| {
        if (v - v.round()).abs() < 1e-9 && v.abs() >= 1_000.0 {
            let text = grouped(v.abs().round(), 0);
            if v < 0.0 {
                format!("−{text}")
            } else {
                text
            }
        } else {
            axis_number(v)
        }
    },

    year: |y| format!("{y}年"),
    month: format_ja::month_and_year,
    year_heading: "年",
    month_heading: "年月",
    usd_axis: "億ドル",
    real_usd_axis: |base| format!("億ドル（{base}年基準の実質ドル、CPI-U）"),
    yen_axis: "兆円（各年の平均相場で換算）",
    rate_axis: "円ドル相場（年平均、1ドル当たり円）",
    vehicles_axis: "万台",
    duty_rate_axis: "平均関税率（%）",
    imports_mix_axis: "兆円（財務省公表値）",
    exports_mix_axis: "億ドル（米国勢調査局の記録）",
    usd_table_unit: "100万ドル",
    real_usd_table_unit: |base| format!("100万ドル、{base}年基準の実質ドル、CPI-U"),
    yen_table_unit: "100万円",
    rate_table_unit: "1ドル当たり円",
    percent_table_unit: "%",
    vehicles_table_unit: "台",
    // A label that already ends in brackets takes the unit inside them: 「平均関税率（関税額÷輸入額、%）」.
    heading: |label, unit| match label.strip_suffix('）') {
        Some(head) => format!("{head}、{unit}）"),
        None => format!("{label}（{unit}）"),
    },

    partial_year: |year, months| {
        format!("{year}年は現時点で{months}か月分のデータしかないため除いている（月次のグラフを参照）。")
    },
    mirror_in_yen: "円表示では日本側の数値は公表値のまま、米国側の数値を米連邦準備制度理事会（FRB）の年平均相場で円に換算している。",

    dated: |title, date| format!("{title}（{date}）"),
    no_data: |label| format!("{label}：表示中の期間にデータなし。"),
    one_value: |label, value, row| format!("{label}：{row}は{value}"),
    deficit: |label, (low_row, low), (last_row, last)| {
        format!("{label}：表示中のすべての年で赤字。赤字が最も大きかったのは{low_row}（{low}）、{last_row}は{last}")
    },
    listed,
    trend,
    gaps: |missing, rows| format!("（{rows}時点のうち{missing}時点はデータなし）"),
    full_stop: "。",
    sentence_gap: "",
    marked: |titles| format!("グラフ上の出来事：{}。", titles.join("／")),
    readout_sentence: readout,
    list_gap: "／",
    csv_source: "出所：",
    csv_note: "注：",

    years_shown: "表示する期間",
    from: "開始 ",
    to: " 終了 ",
    units: "単位",
    unit_nominal: "名目ドル",
    unit_real: |base| format!("実質ドル（{base}年基準）"),
    unit_yen: "円",
    reset: "リセット",
    reset_to: "（最初の表示に戻す）：",
    series_shown: "表示する系列",
    name_gap: "：",

    readout_hint: "グラフにカーソルを合わせるかタップすると、数値が表示されます。キーボードでは、グラフを選んで ← → Home End キーで操作できます。",
    failed_in_article: "このグラフを描画できませんでした。データ表は下にあります。",
    failed_in_widget: "このグラフを描画できませんでした。データ表は記事にあります。",
    chart_role: "操作できるグラフ",
    chart_named: |title| format!("グラフ：{title}"),
    keys_hint: "左右の矢印キーで数値を順にたどり、Escキーで非表示にします。",
    markers: "時間軸上の出来事",
    to_timeline: "年表へ移動",
    to_article_timeline: "記事の年表を新しいタブで開く",
    marker_named: |names, where_to| format!("{names}（{where_to}）"),
    source_line: |source| format!("出所：{source}。"),
    table: "データ表",
    data_table: |title| format!("データ表：{title}"),
    actions: "共有・ダウンロード・埋め込み",
    share: "共有",
    shared: "この表示へのリンクを共有しました。",
    copied: "この表示へのリンクをコピーしました。",
    copy_this_link: |address| format!("このリンクをコピーしてください：{address}"),
    copy_refused: |address| format!("ここではコピーできません。リンク：{address}"),
    embed: "埋め込む",
    in_article: "記事で見る",
    new_tab: "（新しいタブで開く）",

    embed_title: "このグラフを埋め込む",
    embed_named: |title| format!("埋め込み：{title}"),
    embed_help: "このコードをページに貼り付けると、グラフを埋め込める。グラフの高さは内容に合わせて自動で調整され、配色は閲覧者のライト／ダークモードの設定に従う。",
    embed_code: "埋め込みコード",
    embed_copy: "コードをコピー",
    embed_close: "閉じる",
    embed_preview: "プレビュー",
    embed_preview_named: |title| format!("プレビュー：{title}"),
    embed_copied: "クリップボードにコピーしました。",
    embed_select: "ここではコピーできません。コードを選択した状態にしたので、Ctrl+C（Macは⌘C）でコピーしてください。",
};
