//! The ids, classes and data attributes that the page's HTML (written at build time) and the browser code
//! (which finds and fills it) both rely on, named once.

use crate::chart::catalog::ChartId;

/// The class of the element a chart's static figure sits in, and the live chart replaces it in.
pub const ISLAND_CLASS: &str = "chart-island";
/// The data attribute naming a chart by its key (on an island, a "Show in chart" link, a widget takeaway).
pub const DATA_CHART: &str = "data-chart";
/// Set on an island once its live chart is mounted.
pub const DATA_LIVE: &str = "data-live";
/// Set on an island by "Show in chart": its event markers are related to the statement (styled apart).
pub const DATA_RELATED_EVENTS: &str = "data-related-events";
/// The data attribute holding a "Show in chart" link's chart view, as in the address.
pub const DATA_STATE: &str = "data-state";
/// The data attribute naming what a control button does (see [`EXPAND_ALL`]).
pub const DATA_ACTION: &str = "data-action";
/// The `data-action` of the button that opens every controversy.
pub const EXPAND_ALL: &str = "expand-all";
/// The `data-action` of the button that closes every controversy.
pub const COLLAPSE_ALL: &str = "collapse-all";
/// The class of the sentence written for a chart, under its title.
pub const TAKEAWAY_CLASS: &str = "chart__takeaway";
/// The class of a chart's title.
pub const TITLE_CLASS: &str = "chart__title";
/// The hidden list, on the widget's page, of the sentence written for each chart.
pub const TAKEAWAYS_ID: &str = "chart-takeaways";
/// The class of the block holding every controversy.
pub const CONTROVERSIES_CLASS: &str = "controversies";
/// The class of a controversy's disclosure.
pub const CONTROVERSY_CLASS: &str = "controversy";
/// The class of the group holding "Expand all" and "Collapse all", hidden until scripts run them.
pub const CONTROVERSY_CONTROLS_CLASS: &str = "controversies__controls";
/// The class of a statement's source note (a disclosure that Escape closes).
pub const EVIDENCE_SOURCE_CLASS: &str = "evidence__source";
/// The class of a controversy's "Show in chart" link.
pub const SHOW_IN_CHART_CLASS: &str = "evidence__show";

/// The Embed dialog and its parts.
pub mod embed_dialog {
    pub const DIALOG: &str = "embed-dialog";
    pub const TITLE: &str = "embed-dialog-title";
    pub const HELP: &str = "embed-dialog-help";
    pub const CODE: &str = "embed-code";
    pub const COPY: &str = "embed-copy";
    pub const STATUS: &str = "embed-status";
    pub const CLOSE: &str = "embed-close";
    pub const PREVIEW: &str = "embed-preview";
}

/// A selector for every chart island.
pub fn island_selector() -> String {
    format!(".{ISLAND_CLASS}[{DATA_CHART}]")
}

/// The id of a chart's title, which names its figure.
pub fn title_id(chart: ChartId) -> String {
    format!("{}-title", chart.element_id())
}

/// The id of a chart's computed summary, which describes its canvas.
pub fn summary_id(chart: ChartId) -> String {
    format!("{}-summary", chart.element_id())
}

/// Whether `chart`'s plot is drawn taller than the others (two panels stacked): its canvas, and the frame its
/// static picture stands in, then take the `--tall` class.
pub const fn has_tall_plot(chart: ChartId) -> bool {
    matches!(chart, ChartId::YenAndBalance)
}
