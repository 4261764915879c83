//! The charts' and the widget's interface strings ([`ChartText`]) and the English table ([`EN`]); the
//! Japanese one is in `chart_text_ja`. Each page picks its table once, by its language.

use crate::format::{
    axis_number, billions_usd, count, month_and_year, percent, trillions_yen, yen_per_dollar,
};
use crate::Lang;

/// A value with its row, as a summary sentence reads it: `(row label, value as read)`.
pub type Reading<'a> = (&'a str, &'a str);

/// A series' first, last, lowest and highest values with their rows, for a summary sentence.
#[derive(Debug, Clone, Copy)]
pub struct Extremes<'a> {
    pub label: &'a str,
    pub first: Reading<'a>,
    pub last: Reading<'a>,
    pub lowest: Reading<'a>,
    pub highest: Reading<'a>,
}

/// Every string the charts, their controls, their text equivalents, downloads and the widget show, and
/// how figures are written in them. One field per string: a language without one does not compile.
#[derive(Debug, Clone, Copy)]
pub struct ChartText {
    // Numbers, as the read-out, the table and the summaries write them.
    /// Shown where the source has no value.
    pub missing: &'static str,
    /// Millions of dollars as a reader reads them: `$147.1 bn`, `1,471億ドル`.
    pub usd: fn(f64) -> String,
    /// Millions of yen: `¥22.3 tn`, `22.3兆円`.
    pub yen: fn(f64) -> String,
    /// Yen per dollar: `¥151.46`, `151.46円`.
    pub yen_per_dollar: fn(f64) -> String,
    /// A percentage: `1.5%`.
    pub percent: fn(f64) -> String,
    /// A number of vehicles: `1.39 million`, `138万8330台`.
    pub vehicles: fn(f64) -> String,
    /// What a dollar axis's ticks count, in millions of dollars (a billion; 一億).
    pub usd_axis_unit: f64,
    /// A dollar axis tick from millions of dollars, without the unit: `150`, `1,500`.
    pub usd_tick: fn(f64) -> String,
    /// What a vehicle axis's ticks count (a million; 一万).
    pub vehicles_axis_unit: f64,
    /// Any other axis tick, already in the axis's unit.
    pub tick: fn(f64) -> String,

    // Rows and axes.
    /// A year where a reader reads it (read-out, table rows, year menus): `2024`, `2024年`.
    pub year: fn(u16) -> String,
    /// A month: `Apr 2025`, `2025年4月`.
    pub month: fn(u8, u16) -> String,
    /// The table's heading of a column of years.
    pub year_heading: &'static str,
    /// The table's heading of a column of months.
    pub month_heading: &'static str,
    /// A dollar axis's title.
    pub usd_axis: &'static str,
    /// A real-dollar axis's title for a base year.
    pub real_usd_axis: fn(u16) -> String,
    /// A yen axis's title (dollars converted at each year's rate).
    pub yen_axis: &'static str,
    pub rate_axis: &'static str,
    pub vehicles_axis: &'static str,
    pub duty_rate_axis: &'static str,
    pub imports_mix_axis: &'static str,
    pub exports_mix_axis: &'static str,
    /// Units of table columns.
    pub usd_table_unit: &'static str,
    pub real_usd_table_unit: fn(u16) -> String,
    pub yen_table_unit: &'static str,
    pub rate_table_unit: &'static str,
    pub percent_table_unit: &'static str,
    pub vehicles_table_unit: &'static str,
    /// A table heading: a series' label and its unit.
    pub heading: fn(&str, &str) -> String,

    // Notes that depend on the view.
    /// The annual duties chart leaves out a partial year with this many months.
    pub partial_year: fn(u16, u8) -> String,
    /// The mirror chart in yen.
    pub mirror_in_yen: &'static str,

    // Text equivalents.
    /// An event's title with its date.
    pub dated: fn(&str, &str) -> String,
    /// A series with no value in the rows shown.
    pub no_data: fn(&str) -> String,
    /// A series with one value: label, value, row.
    pub one_value: fn(&str, &str, &str) -> String,
    /// A balance in deficit throughout: label, (row, value) of the largest deficit, (row, value) last.
    pub deficit: fn(&str, Reading<'_>, Reading<'_>) -> String,
    /// A series read as a list: label, then `(value, row)` pairs.
    pub listed: fn(&str, &[(String, String)]) -> String,
    /// A series over years: first, last, lowest and highest.
    pub trend: fn(&Extremes) -> String,
    /// Appended when some rows lack a value: missing, of rows.
    pub gaps: fn(usize, usize) -> String,
    /// Ends a sentence.
    pub full_stop: &'static str,
    /// Between sentences.
    pub sentence_gap: &'static str,
    /// The events written on the plot.
    pub marked: fn(&[&str]) -> String,
    /// The read-out as one sentence: row, then `(series, value)`.
    pub readout_sentence: fn(&str, &[(String, String)]) -> String,
    /// Between the names of events grouped in one marker.
    pub list_gap: &'static str,
    /// Before the source in a download's comment line.
    pub csv_source: &'static str,
    /// Before a note in a download's comment line.
    pub csv_note: &'static str,

    // Controls.
    pub years_shown: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub units: &'static str,
    pub unit_nominal: &'static str,
    pub unit_real: fn(u16) -> String,
    pub unit_yen: &'static str,
    pub reset: &'static str,
    /// After "Reset", for screen readers, before the chart's title.
    pub reset_to: &'static str,
    pub series_shown: &'static str,
    /// Between a button's word and the chart's title, for screen readers (`Share: …`).
    pub name_gap: &'static str,

    // The figure.
    pub readout_hint: &'static str,
    pub failed_in_article: &'static str,
    pub failed_in_widget: &'static str,
    pub chart_role: &'static str,
    /// The canvas's name from the chart's title.
    pub chart_named: fn(&str) -> String,
    pub keys_hint: &'static str,
    pub markers: &'static str,
    pub to_timeline: &'static str,
    pub to_article_timeline: &'static str,
    /// A marker's name: the events' names and where it goes.
    pub marker_named: fn(&str, &str) -> String,
    /// The source line from the source.
    pub source_line: fn(&str) -> String,
    pub table: &'static str,
    /// The table's region name from the chart's title.
    pub data_table: fn(&str) -> String,
    pub actions: &'static str,
    pub share: &'static str,
    pub shared: &'static str,
    pub copied: &'static str,
    pub copy_this_link: fn(&str) -> String,
    pub copy_refused: fn(&str) -> String,
    pub embed: &'static str,
    pub in_article: &'static str,
    pub new_tab: &'static str,

    // The Embed dialog.
    pub embed_title: &'static str,
    pub embed_named: fn(&str) -> String,
    pub embed_help: &'static str,
    pub embed_code: &'static str,
    pub embed_copy: &'static str,
    pub embed_close: &'static str,
    pub embed_preview: &'static str,
    pub embed_preview_named: fn(&str) -> String,
    pub embed_copied: &'static str,
    pub embed_select: &'static str,
}

/// The table for `lang`.
pub fn chart_text(lang: Lang) -> &'static ChartText {
    match lang.available() {
        Lang::En => &EN,
        Lang::Ja => &super::JA,
    }
}

fn en_listed(label: &str, values: &[(String, String)]) -> String {
    let listed: Vec<String> = values
        .iter()
        .map(|(v, row)| format!("{v} in {row}"))
        .collect();
    format!("{label}: {}", listed.join(", "))
}

fn en_trend(e: &Extremes) -> String {
    format!(
        "{}: {} in {}, {} in {}; lowest {} in {}, highest {} in {}",
        e.label,
        e.first.1,
        e.first.0,
        e.last.1,
        e.last.0,
        e.lowest.1,
        e.lowest.0,
        e.highest.1,
        e.highest.0
    )
}

fn en_readout(row: &str, values: &[(String, String)]) -> String {
    let parts: Vec<String> = values
        .iter()
        .map(|(name, value)| format!("{name} {value}"))
        .collect();
    format!("{row}: {}.", parts.join("; "))
}

/// English.
pub const EN: ChartText = ChartText {
    missing: crate::format::MISSING,
    usd: billions_usd,
    yen: trillions_yen,
    yen_per_dollar,
    percent,
    vehicles: count,
    usd_axis_unit: 1_000.0,
    usd_tick: |musd| axis_number(musd / 1_000.0),
    vehicles_axis_unit: 1_000_000.0,
    tick: axis_number,

    year: |y| y.to_string(),
    month: month_and_year,
    year_heading: "Year",
    month_heading: "Month",
    usd_axis: "$ billions",
    real_usd_axis: |base| format!("$ billions, {base} dollars (CPI-U)"),
    yen_axis: "¥ trillions, at each year’s average rate",
    rate_axis: "Yen per US dollar (annual average)",
    vehicles_axis: "Millions of vehicles",
    duty_rate_axis: "Average duty rate, %",
    imports_mix_axis: "¥ trillions, as published by Japan’s Ministry of Finance",
    exports_mix_axis: "$ billions, as recorded by the US Census Bureau",
    usd_table_unit: "$ millions",
    real_usd_table_unit: |base| format!("$ millions of {base}, CPI-U"),
    yen_table_unit: "¥ millions",
    rate_table_unit: "yen per dollar",
    percent_table_unit: "%",
    vehicles_table_unit: "vehicles",
    heading: |label, unit| format!("{label} ({unit})"),

    partial_year: |year, months| {
        format!("{year} is left out: it has {months} months of data so far (see the monthly chart).")
    },
    mirror_in_yen: "In yen, Japan’s figures are shown as published and the US figures are converted at the \
                    Federal Reserve annual average rate.",

    dated: |title, date| format!("{title}, {date}"),
    no_data: |label| format!("{label}: no data for the rows shown."),
    one_value: |label, value, row| format!("{label}: {value} in {row}"),
    deficit: |label, (low_row, low), (last_row, last)| {
        format!("{label}: a deficit in every year shown, largest in {low_row} at {low}; {last} in {last_row}")
    },
    listed: en_listed,
    trend: en_trend,
    gaps: |missing, rows| format!(" (no data for {missing} of {rows} rows)"),
    full_stop: ".",
    sentence_gap: " ",
    marked: |titles| format!("Marked on the chart: {}.", titles.join("; ")),
    readout_sentence: en_readout,
    list_gap: "; ",
    csv_source: "Source: ",
    csv_note: "Note: ",

    years_shown: "Years shown",
    from: "From ",
    to: " to ",
    units: "Units",
    unit_nominal: "Dollars",
    unit_real: |base| format!("{base} dollars"),
    unit_yen: "Yen",
    reset: "Reset",
    reset_to: " to the first view: ",
    series_shown: "Series shown",
    name_gap: ": ",

    readout_hint: "Hover or tap the chart for values; or focus it and use ← → Home End.",
    failed_in_article: "This chart could not be drawn — the data table is below.",
    failed_in_widget: "This chart could not be drawn — its data table is in the article.",
    chart_role: "interactive chart",
    chart_named: |title| format!("Chart: {title}"),
    keys_hint: "Use the left and right arrow keys to step through the values; Escape hides them.",
    markers: "Events on the time axis",
    to_timeline: "go to the timeline",
    to_article_timeline: "the timeline in the article, in a new tab",
    marker_named: |names, where_to| format!("{names} ({where_to})"),
    source_line: |source| format!("Source: {source}."),
    table: "Table",
    data_table: |title| format!("Data table: {title}"),
    actions: "Share, download or embed",
    share: "Share",
    shared: "Link to this view shared.",
    copied: "Link to this view copied.",
    copy_this_link: |address| format!("Copy this link: {address}"),
    copy_refused: |address| format!("Copying is not allowed here. The link: {address}"),
    embed: "Embed",
    in_article: "View in the article",
    new_tab: " (opens in a new tab)",

    embed_title: "Embed this chart",
    embed_named: |title| format!("Embed: {title}"),
    embed_help: "Paste this code into your page. The chart sizes itself to its content and follows the reader’s light or dark setting.",
    embed_code: "Code",
    embed_copy: "Copy code",
    embed_close: "Close",
    embed_preview: "Preview",
    embed_preview_named: |title| format!("Preview: {title}"),
    embed_copied: "Copied to the clipboard.",
    embed_select: "Copying is not allowed here; the code is selected: press Ctrl+C (⌘C).",
};
