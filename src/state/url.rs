//! The chart state in the address: one query parameter per chart, e.g. `?goods=1990..2025~real~exports~imports`.
//!
//! Tokens are separated by `~` (which social sites leave alone): a year range `from..to`, a unit
//! (`nominal`, `real`, `yen`) and the keys of the shown series. Defaults are left out, and a chart in its
//! default state has no parameter. Anything invalid is ignored token by token, so a damaged link still
//! opens the chart, with defaults where the link was wrong.

use trade_model::charts::ChartId;
use trade_model::units::Units;

use super::ChartState;

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
        |v| decode(chart, bounds, &v),
    )
}

/// The value of parameter `key` in a query string, percent-decoded as browsers and `URLSearchParams`
/// write it (`%7E` or `%7e` for `~`, `+` or `%20` for a space).
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(k) == key).then(|| percent_decode(v))
    })
}

/// Undoes percent-encoding (either case of hex digit) and `+` for a space; a `%` not followed by two hex
/// digits is kept as written, and bytes that are not UTF-8 become U+FFFD.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) => hex(h).zip(hex(l)).map(|(h, l)| (h * 16 + l) as u8),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The query string with `chart`'s parameter describing `state`; other parameters are kept as they were.
/// The parameter is rewritten only when it describes another view: one the reader chose by other means
/// stays as written, and so does one that could not be read while the view is still the default (a view
/// is never erased just because it was not understood). Returns `""` or `?…`.
pub fn query_with_state(
    query: &str,
    chart: ChartId,
    bounds: Option<(u16, u16)>,
    state: &ChartState,
) -> String {
    let key = chart.key();
    let unchanged = query_value(query, key).is_some_and(|v| decode(chart, bounds, &v) == *state);
    let mut pairs: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| unchanged || percent_decode(pair.split('=').next().unwrap_or("")) != key)
        .map(str::to_string)
        .collect();
    if !unchanged {
        if let Some(value) = encode(chart, bounds, state) {
            pairs.push(format!("{key}={value}"));
        }
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// The address that opens `page` at `chart` showing `state`, and nothing else of the reader's: the chart's
/// parameter (none for its default view) and its figure's anchor. What the Share button gives.
pub fn view_address(
    page: &str,
    chart: ChartId,
    bounds: Option<(u16, u16)>,
    state: &ChartState,
) -> String {
    let query = encode(chart, bounds, state)
        .map(|value| format!("?{}={value}", chart.key()))
        .unwrap_or_default();
    format!("{page}{query}#{}", chart.element_id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_view_names_only_its_chart_and_opens_at_its_figure() {
        let page = "https://example.org/trade/";
        let default = ChartState::default_for(BOUNDS);
        assert_eq!(
            view_address(page, ChartId::GoodsTrade, BOUNDS, &default),
            "https://example.org/trade/#goods-trade-chart"
        );
        let chosen = default.with_range(BOUNDS, 1990, 2000);
        let address = view_address(page, ChartId::GoodsTrade, BOUNDS, &chosen);
        let query = &address[page.len()..address.find('#').unwrap()];
        assert_eq!(
            state_from_query(query, ChartId::GoodsTrade, BOUNDS),
            chosen,
            "{address}"
        );
        assert!(address.ends_with("#goods-trade-chart"));
    }

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
    fn an_address_written_by_url_search_params_is_read_and_kept() {
        let written = "?goods=1990..2010%7Ereal";
        let state = state_from_query(written, ChartId::GoodsTrade, BOUNDS);
        assert_eq!(
            (state.from, state.to, state.units),
            (1990, 2010, Units::Real)
        );
        assert_eq!(
            query_with_state(written, ChartId::GoodsTrade, BOUNDS, &state),
            written
        );
        // A new choice rewrites the parameter in the short form.
        let changed = state.with_units(ChartId::GoodsTrade, Units::Yen);
        assert_eq!(
            query_with_state(written, ChartId::GoodsTrade, BOUNDS, &changed),
            "?goods=1990..2010~yen"
        );
    }

    #[test]
    fn a_parameter_that_cannot_be_read_is_not_erased() {
        for unreadable in ["?goods=%ZZ", "?goods=rice&x=1", "?go%6Fds=%"] {
            let state = state_from_query(unreadable, ChartId::GoodsTrade, BOUNDS);
            assert_eq!(state, ChartState::default_for(BOUNDS));
            assert_eq!(
                query_with_state(unreadable, ChartId::GoodsTrade, BOUNDS, &state),
                unreadable
            );
        }
    }

    #[test]
    fn percent_decoding_takes_either_case_and_plus_for_space() {
        assert_eq!(
            percent_decode("1990..2010%7ereal%7Eimports"),
            "1990..2010~real~imports"
        );
        assert_eq!(percent_decode("a+b%20c"), "a b c");
        assert_eq!(percent_decode("%E2%80%93"), "–");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
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
