//! The room a live chart's controls will take, kept in its static figure while the page waits for the
//! charts' bundle. The live chart has controls, a read-out line and buttons the static figure does not; were
//! their room not kept, a chart coming to life above the view would push the text being read down by
//! 140–300 px, in every engine without scroll anchoring (WebKit). These copies are never seen
//! (`visibility: hidden`, `aria-hidden`) and their controls never reached (`inert`). Without scripts, in
//! print, or when the bundle could not be loaded, they take no room at all (`style/chart.css`). They mirror
//! the controls (`crate::ui::chart_controls`), the read-out's hint (`crate::ui::readout`), Share
//! (`crate::ui::share`) and the downloads and Embed (`crate::ui::article_footer`):
//! `tests/e2e/tests/layout_stability.rs` measures that a chart keeps its height when it comes to life.

use leptos::prelude::*;
use trade_model::text::chart_text;
use trade_model::Lang;

use crate::chart::catalog::ChartId;
use crate::chart::units::Units;
use crate::state::{ChartState, MIN_YEARS};
use crate::ui::chart_controls::unit_label;

/// The class of every element kept for a control still to come.
pub const AWAITING_CLASS: &str = "chart__awaiting";

/// The room of the controls above the plot and of the read-out line with its hint: the years (one option
/// each, which sizes a select as the full list does, since the years' digits are tabular), the units, Reset
/// and the series toggles.
#[component]
pub fn AwaitingControls(
    chart: ChartId,
    bounds: Option<(u16, u16)>,
    base_year: u16,
    lang: Lang,
) -> impl IntoView {
    let text = chart_text(lang);
    let state = ChartState::default_for(bounds);
    let range = bounds
        .filter(|(low, high)| high - low >= MIN_YEARS - 1)
        .map(|_| {
            view! {
                <div class="chart__range">
                    <label>{text.from}<select><option>{(text.year)(state.from)}</option></select></label>
                    <label>{text.to}<select><option>{(text.year)(state.to)}</option></select></label>
                </div>
            }
        });
    let units = chart.has_units().then(|| {
        let labels = Units::ALL.map(|units| unit_label(text, units, base_year));
        view! {
            <fieldset class="chart__units">
                <legend>{text.units}</legend>
                {labels
                    .into_iter()
                    .map(|label| view! { <label class="chart__unit"><input type="radio" />{label}</label> })
                    .collect_view()}
            </fieldset>
        }
    });
    let series = chart
        .series()
        .iter()
        .map(|series| {
            view! {
                <button type="button" class=format!("chart__toggle chart__toggle--{}", series.hue.css_name())>
                    <span class="chart__swatch"></span>
                    {series.label_in(lang)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class=format!("chart__controls {AWAITING_CLASS}") aria-hidden="true" inert>
            {range}
            {units}
            <button type="button" class="button chart__reset">{text.reset}</button>
            <div class="chart__series">{series}</div>
        </div>
        <p class=format!("chart__readout {AWAITING_CLASS}") aria-hidden="true">
            <span class="chart__hint">{text.readout_hint}</span>
        </p>
    }
}

/// The room of the buttons beside the table: Share (and its status line), the downloads and Embed.
#[component]
pub fn AwaitingDownloads(lang: Lang) -> impl IntoView {
    let text = chart_text(lang);
    view! {
        <div class=format!("chart__downloads {AWAITING_CLASS}") aria-hidden="true" inert>
            <button type="button" class="button chart__share">{text.share}</button>
            <span class="chart__share-status"></span>
            <a class="button">"CSV"</a>
            <button type="button" class="button">"SVG"</button>
            <button type="button" class="button">"PNG"</button>
            <button type="button" class="button chart__embed">{text.embed}</button>
        </div>
    }
}
