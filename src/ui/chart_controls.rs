//! The controls above a chart: years (from–to), money units, series toggles and Reset.

use leptos::prelude::*;

use crate::chart::catalog::ChartId;
use crate::chart::spec::ChartSpec;
use crate::chart::units::Units;
use crate::state::{ChartState, MIN_YEARS};
use trade_model::text::{chart_text, ChartText};
use trade_model::Lang;

/// Native selects and radio buttons (keyboard-operable as they are) and toggle buttons with `aria-pressed`.
#[component]
pub fn ChartControls(
    chart: ChartId,
    state: RwSignal<ChartState>,
    bounds: Option<(u16, u16)>,
    base_year: u16,
    /// The chart as drawn: Reset's name gives its title, as Share's and Embed's do.
    spec: Memo<ChartSpec>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let text = chart_text(lang);
    let key = chart.key();
    let range = bounds
        .filter(|(low, high)| high - low >= MIN_YEARS - 1)
        .map(|(low, high)| {
            let years = move || (low..=high).collect::<Vec<u16>>();
            view! {
                <div class="chart__range" role="group" aria-label=text.years_shown>
                    <label>
                        {text.from}
                        <select
                            name=format!("{key}-from")
                            on:change=move |ev| {
                                if let Ok(year) = event_target_value(&ev).parse::<u16>() {
                                    state.update(|s| *s = s.with_from(bounds, year));
                                }
                            }
                            prop:value=move || state.get().from.to_string()
                        >
                            {years()
                                .into_iter()
                                .filter(|y| *y + (MIN_YEARS - 1) <= high)
                                .map(|y| view! { <option value=y.to_string()>{(text.year)(y)}</option> })
                                .collect_view()}
                        </select>
                    </label>
                    <label>
                        {text.to}
                        <select
                            name=format!("{key}-to")
                            on:change=move |ev| {
                                if let Ok(year) = event_target_value(&ev).parse::<u16>() {
                                    state.update(|s| *s = s.with_to(bounds, year));
                                }
                            }
                            prop:value=move || state.get().to.to_string()
                        >
                            {years()
                                .into_iter()
                                .filter(|y| *y >= low + (MIN_YEARS - 1))
                                .map(|y| view! { <option value=y.to_string()>{(text.year)(y)}</option> })
                                .collect_view()}
                        </select>
                    </label>
                </div>
            }
        });
    let units = chart.has_units().then(|| {
        view! {
            <fieldset class="chart__units">
                <legend>{text.units}</legend>
                {Units::ALL
                    .into_iter()
                    .map(|units| {
                        let label = unit_label(text, units, base_year);
                        view! {
                            <label class="chart__unit">
                                <input
                                    type="radio"
                                    name=format!("{key}-units")
                                    value=units.token()
                                    prop:checked=move || state.get().units == units
                                    on:change=move |_| state.update(|s| *s = s.with_units(chart, units))
                                />
                                {label}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
    });
    // Reset stays in its place and focusable (a reader who used it does not lose focus), marked unavailable
    // while the chart shows its default view.
    let default = ChartState::default_for(bounds);
    let at_default = move || state.with(|s| *s == default);
    let reset = view! {
        <button
            type="button"
            class="button chart__reset"
            aria-disabled=move || at_default().then_some("true")
            on:click=move |_| {
                if !at_default() {
                    state.set(default);
                }
            }
        >
            {text.reset}<span class="visually-hidden">{text.reset_to} {move || spec.with(|s| s.title.clone())}</span>
        </button>
    };
    view! {
        <div class="chart__controls">
            {range}
            {units}
            {reset}
            <div class="chart__series" role="group" aria-label=text.series_shown>
                {chart
                    .series()
                    .iter()
                    .map(|series| {
                        let series_key = series.key;
                        view! {
                            <button
                                type="button"
                                class=format!("chart__toggle chart__toggle--{}", series.hue.css_name())
                                aria-pressed=move || if state.get().shows(chart, series_key) { "true" } else { "false" }
                                aria-disabled=move || {
                                    let s = state.get();
                                    let shown = chart.series().iter().filter(|d| s.shows(chart, d.key)).count();
                                    (shown == 1 && s.shows(chart, series_key)).then_some("true")
                                }
                                data-series=series_key
                                on:click=move |_| state.update(|s| *s = s.toggled(chart, series_key))
                            >
                                <span class="chart__swatch" aria-hidden="true"></span>
                                {series.label_in(lang)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}

/// The name of a choice of money units, as the controls give it (real dollars name their base year).
pub fn unit_label(text: &ChartText, units: Units, base_year: u16) -> String {
    match units {
        Units::Nominal => text.unit_nominal.to_string(),
        Units::Real => (text.unit_real)(base_year),
        Units::Yen => text.unit_yen.to_string(),
    }
}
