//! The chart state in the address: one query parameter per chart, e.g. `?goods=1990..2025~real~exports~imports`.
//!
//! Tokens are separated by `~` (which social sites leave alone): a year range `from..to`, a unit
//! (`nominal`, `real`, `yen`) and the keys of the shown series. Defaults are left out, and a chart in its
//! default state has no parameter. Anything invalid is ignored token by token, so a damaged link still
//! opens the chart, with defaults where the link was wrong.

use super::ChartState;
use crate::chart::catalog::ChartId;
use crate::chart::units::Units;

/// The longest parameter value read; longer values are ignored whole.
const MAX_VALUE_LEN: usize = 200;

/// The parameter value for `state`, or `None` when it is the default.
pub fn encode(chart: ChartId, bounds: Option<(u16, u16)>, state: &ChartState) -> Option<String> {
    let default = ChartState::default_for(bounds);
    let mut tokens = Vec::new();
    if (state.from, state.to) != (default.from, default.to) {
        tokens.push(format!("{}..{}", state.from, state.to));
    }
    if state.units != default.units {
        tokens.push(state.units.token().to_string());
    }
    let hidden = state.hidden_keys(chart);
    if !hidden.is_empty() {
        tokens.extend(
            chart
                .series()
                .iter()
                .filter(|s| !hidden.contains(&s.key))
                .map(|s| s.key.to_string()),
        );
    }
    (!tokens.is_empty()).then(|| tokens.join("~"))
}

/// The state a parameter value describes, with defaults for whatever is missing or invalid.
pub fn decode(chart: ChartId, bounds: Option<(u16, u16)>, value: &str) -> ChartState {
    let mut state = ChartState::default_for(bounds);
    if value.len() > MAX_VALUE_LEN {
        return state;
    }
    let mut shown: Vec<&str> = Vec::new();
    for token in value.split('~') {
        if let Some((from, to)) = token.split_once("..") {
            if let (Ok(from), Ok(to)) = (from.parse::<u16>(), to.parse::<u16>()) {
                state = state.with_range(bounds, from, to);
            }
        } else if let Some(units) = Units::from_token(token) {
            state = state.with_units(chart, units);
        } else if chart.series().iter().any(|s| s.key == token) {
            shown.push(token);
        }
    }
    if !shown.is_empty() {
        let hidden: Vec<&str> = chart
            .series()
            .iter()
            .map(|s| s.key)
            .filter(|k| !shown.contains(k))
            .collect();
        state = state.with_hidden(chart, &hidden);
    }
    state
}

/// The state of `chart` in a query string (with or without the leading `?`).
pub fn state_from_query(query: &str, chart: ChartId, bounds: Option<(u16, u16)>) -> ChartState {
    query_value(query, chart.key()).map_or_else(
        || ChartState::default_for(bounds),
        |v| decode(chart, bounds, v),
    )
}

/// The value of parameter `key` in a query string.
pub fn query_value<'q>(query: &'q str, key: &str) -> Option<&'q str> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then_some(v)
    })
}

/// The query string with `chart`'s parameter set for `state` (or removed when default); other parameters
/// are kept as they were. Returns `""` or `?…`.
pub fn query_with_state(
    query: &str,
    chart: ChartId,
    bounds: Option<(u16, u16)>,
    state: &ChartState,
) -> String {
    let key = chart.key();
    let mut pairs: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(key))
        .map(str::to_string)
        .collect();
    if let Some(value) = encode(chart, bounds, state) {
        pairs.push(format!("{key}={value}"));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: Option<(u16, u16)> = Some((1985, 2025));

    #[test]
    fn the_default_state_has_no_parameter() {
        assert_eq!(
            encode(
                ChartId::GoodsTrade,
                BOUNDS,
                &ChartState::default_for(BOUNDS)
            ),
            None
        );
        assert_eq!(
            query_with_state(
                "?x=1",
                ChartId::GoodsTrade,
                BOUNDS,
                &ChartState::default_for(BOUNDS)
            ),
            "?x=1"
        );
    }

    #[test]
    fn a_full_state_round_trips_through_its_parameter() {
        let state = ChartState::default_for(BOUNDS)
            .with_range(BOUNDS, 1990, 2020)
            .with_units(ChartId::GoodsTrade, Units::Real)
            .toggled(ChartId::GoodsTrade, "balance");
        let value = encode(ChartId::GoodsTrade, BOUNDS, &state).unwrap();
        assert_eq!(value, "1990..2020~real~exports~imports");
        assert_eq!(decode(ChartId::GoodsTrade, BOUNDS, &value), state);
    }

    #[test]
    fn invalid_tokens_fall_back_to_defaults_one_by_one() {
        let state = decode(ChartId::GoodsTrade, BOUNDS, "1900..2100~yen~bogus~<script>");
        assert_eq!((state.from, state.to), (1985, 2025));
        assert_eq!(state.units, Units::Yen);
        assert!(state.shows(ChartId::GoodsTrade, "balance"));
        let too_short = decode(ChartId::GoodsTrade, BOUNDS, "2000..2001");
        assert_eq!((too_short.from, too_short.to), (1985, 2025));
        let huge = decode(ChartId::GoodsTrade, BOUNDS, "65535..2000~0..65535");
        assert_eq!((huge.from, huge.to), (1985, 2025));
        let reversed = decode(ChartId::GoodsTrade, BOUNDS, "2010..2000");
        assert_eq!((reversed.from, reversed.to), (1985, 2025));
    }

    #[test]
    fn other_parameters_are_kept() {
        let state = ChartState::default_for(BOUNDS).with_units(ChartId::GoodsTrade, Units::Yen);
        let query = query_with_state(
            "?embed=goods&goods=real&theme=dark",
            ChartId::GoodsTrade,
            BOUNDS,
            &state,
        );
        assert_eq!(query, "?embed=goods&theme=dark&goods=yen");
        assert_eq!(state_from_query(&query, ChartId::GoodsTrade, BOUNDS), state);
    }
}
