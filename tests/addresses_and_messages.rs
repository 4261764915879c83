//! The address codec and the host message reader, property-tested: any correct encoding of a view reads as
//! that view, and random addresses and messages give valid states or are rejected, never a panic.

#![cfg(not(target_arch = "wasm32"))]

use japan_us_trade::chart::catalog::{chart_spec, ChartId};
use japan_us_trade::chart::units::Units;
use japan_us_trade::content::DATASET;
use japan_us_trade::embed::options::EmbedOptions;
use japan_us_trade::embed::protocol::{read_host_message, HostRequest, Received};
use japan_us_trade::state::url::{decode, encode, query_with_state, state_from_query};
use japan_us_trade::state::ChartState;
use proptest::prelude::*;
use trade_model::Lang;

/// Random addresses: arbitrary text, or `&`-joined pairs of known and unknown keys with structured junk.
const ADDRESS_FUZZ: &str = "(.{0,300}|\\??((goods|yen|mirror|vehicles|ownership|imports-mix|exports-mix|duties|duties-monthly|embed|theme|controls|title|[a-z%]{1,6})=[0-9a-z.~%\\-]{0,40}&?){0,8})";

/// The view each chart reads from `query`, checked to be valid for it: years within the chart's bounds and
/// at least three of them, and at least one series shown.
fn every_charts_state(query: &str) -> Result<Vec<(ChartId, ChartState)>, TestCaseError> {
    let mut states = Vec::new();
    for chart in ChartId::ALL {
        let bounds = chart.year_bounds(&DATASET);
        let state = state_from_query(query, chart, bounds);
        if let Some((low, high)) = bounds {
            prop_assert!(low <= state.from && state.to <= high && state.to >= state.from + 2);
        }
        prop_assert!(chart.series().iter().any(|s| state.shows(chart, s.key)));
        states.push((chart, state));
    }
    Ok(states)
}

/// A chart and the view a reader chose of it: the years between `years` (however ordered), the units
/// numbered `units`, and the series `hidden` marks, as the setters keep them valid.
fn chosen_view(
    chart_index: usize,
    years: (u16, u16),
    units: usize,
    hidden: &[bool],
) -> (ChartId, Option<(u16, u16)>, ChartState) {
    let chart = ChartId::ALL[chart_index];
    let bounds = chart.year_bounds(&DATASET);
    let keys: Vec<&str> = chart
        .series()
        .iter()
        .zip(hidden)
        .filter(|(_, h)| **h)
        .map(|(s, _)| s.key)
        .collect();
    let (a, b) = years;
    let state = ChartState::default_for(bounds)
        .with_range(bounds, a.min(b), a.max(b))
        .with_units(chart, Units::ALL[units])
        .with_hidden(chart, &keys);
    (chart, bounds, state)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn decoding_an_encoded_state_gives_it_back(
        chart_index in 0usize..ChartId::ALL.len(),
        a in 1980u16..2030,
        b in 1980u16..2030,
        units in 0usize..3,
        hidden in proptest::collection::vec(any::<bool>(), 7),
    ) {
        let (chart, bounds, state) = chosen_view(chart_index, (a, b), units, &hidden);
        let decoded = match encode(chart, bounds, &state) {
            Some(value) => decode(chart, bounds, &value),
            None => ChartState::default_for(bounds),
        };
        prop_assert_eq!(decoded, state);
        let query = query_with_state("?other=1", chart, bounds, &state);
        prop_assert_eq!(state_from_query(&query, chart, bounds), state);
    }

    #[test]
    fn any_correct_encoding_of_a_view_is_read_as_that_view_and_kept(
        chart_index in 0usize..ChartId::ALL.len(),
        a in 1980u16..2030,
        b in 1980u16..2030,
        units in 0usize..3,
        hidden in proptest::collection::vec(any::<bool>(), 7),
        escapes in proptest::collection::vec(0u8..4, 64),
    ) {
        let (chart, bounds, state) = chosen_view(chart_index, (a, b), units, &hidden);
        let Some(value) = encode(chart, bounds, &state) else { return Ok(()); };
        // Each character as written, or escaped with upper- or lower-case hex (as `URLSearchParams`,
        // `encodeURIComponent` or a hand-typed address may have it).
        let written: String = value
            .chars()
            .zip(escapes.iter().cycle())
            .map(|(c, e)| match e {
                0 | 1 => c.to_string(),
                2 => format!("%{:02X}", c as u32),
                _ => format!("%{:02x}", c as u32),
            })
            .collect();
        let query = format!("?x=1&{}={written}", chart.key());
        prop_assert_eq!(state_from_query(&query, chart, bounds), state);
        // The page's address keeps the view as written: nothing to rewrite.
        prop_assert_eq!(query_with_state(&query, chart, bounds, &state), query);
    }

    #[test]
    fn any_address_gives_a_valid_state_without_panicking(query in ADDRESS_FUZZ) {
        for (chart, state) in every_charts_state(&query)? {
            let _ = chart_spec(chart, &state, &DATASET, Lang::En);
        }
    }

    #[test]
    fn structured_junk_in_a_parameter_is_survived(value in "[0-9a-z.~\\-]{0,60}") {
        for chart in ChartId::ALL {
            let bounds = chart.year_bounds(&DATASET);
            let state = decode(chart, bounds, &value);
            prop_assert!(chart.series().iter().any(|s| state.shows(chart, s.key)));
        }
    }
}

/// A random message as the widget's glue would receive it.
fn any_received() -> impl Strategy<Value = Received> {
    let leaf = prop_oneof![
        Just(Received::Null),
        any::<bool>().prop_map(Received::Bool),
        any::<f64>().prop_map(Received::Number),
        (1900u16..2100).prop_map(|y| Received::Number(f64::from(y))),
        prop_oneof![
            Just("set-state".to_string()),
            Just("get-state".to_string()),
            Just("real".to_string()),
            Just("imports".to_string()),
            Just("__proto__".to_string()),
            ".{0,80}"
        ]
        .prop_map(Received::Text),
        Just(Received::Other),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..20).prop_map(Received::List),
            proptest::collection::vec(
                (
                    prop_oneof![
                        Just("type".to_string()),
                        Just("state".to_string()),
                        Just("from".to_string()),
                        Just("to".to_string()),
                        Just("units".to_string()),
                        Just("series".to_string()),
                        Just("__proto__".to_string()),
                        "[a-z]{1,8}"
                    ],
                    inner
                ),
                0..8
            )
            .prop_map(Received::Fields),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn ten_thousand_random_addresses_give_valid_states_and_embed_options(query in ADDRESS_FUZZ) {
        every_charts_state(&query)?;
        if let Some(options) = EmbedOptions::from_query(&query) {
            prop_assert_eq!(EmbedOptions::from_query(&options.to_query()), Some(options));
        }
    }

    #[test]
    fn random_host_messages_are_read_or_rejected_without_panicking(message in any_received()) {
        if let Ok(HostRequest::SetState(change)) = read_host_message(&message) {
            prop_assert!(change.from.is_none_or(|y| (1900..=2100).contains(&y)));
            prop_assert!(change.series.is_none_or(|s| s.len() <= 16));
        }
    }
}
