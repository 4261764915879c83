//! Messages between an embedded chart and its host page. Everything the widget sends holds only numbers and
//! ids under `source: "japan-us-trade"`; everything it receives is checked strictly (types, ranges, sizes;
//! unknown fields ignored) before it is used.
//!
//! Host → widget: `{type: "set-state", state: {from?, to?, units?, series?}}` and `{type: "get-state"}`.
//! Widget → host: `{source, type: "size", chart, height}`, `{source, type: "state", chart, from, to, units,
//! series}`, `{source, type: "readout", chart, year}` (year `null` when the read-out is hidden; the monthly
//! duties chart sends `item`, the month as `2025-04`, instead of `year`, and `from`/`to` `null`).

use trade_model::data::Dataset;

use crate::chart::catalog::ChartId;
use crate::chart::specs::shown_months;
use crate::chart::units::Units;
use crate::state::ChartState;

/// The `source` of every message the widget sends.
pub const SOURCE: &str = "japan-us-trade";
/// The longest string and the longest list read from a message; longer ones reject the message.
pub const MAX_TEXT: usize = 64;
pub const MAX_LIST: usize = 16;

/// The tallest height a `size` message may give, in CSS px; the embed code ignores anything taller.
pub const MAX_HEIGHT: f64 = 10_000.0;

/// The iframe height for a `size` message's `height`: whole pixels, or `None` when it is not a sane height.
pub fn frame_height(height: f64) -> Option<f64> {
    (height > 0.0 && height < MAX_HEIGHT).then(|| height.ceil())
}

/// A message as received, reduced to plain values (the browser glue builds it, with depth and size limits).
#[derive(Debug, Clone, PartialEq)]
pub enum Received {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Received>),
    Fields(Vec<(String, Received)>),
    /// Anything else (functions, too deep, too large).
    Other,
}

impl Received {
    fn field(&self, name: &str) -> Option<&Received> {
        match self {
            Received::Fields(fields) => fields.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// What a host may ask.
#[derive(Debug, Clone, PartialEq)]
pub enum HostRequest {
    SetState(StateChange),
    GetState,
}

/// A change of view; fields left out stay as they are.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateChange {
    pub from: Option<u16>,
    pub to: Option<u16>,
    pub units: Option<Units>,
    pub series: Option<Vec<String>>,
}

/// Reads a host message, or says why it was not acceptable.
pub fn read_host_message(message: &Received) -> Result<HostRequest, &'static str> {
    let Some(Received::Text(kind)) = message.field("type") else {
        return Err("no type");
    };
    match kind.as_str() {
        "get-state" => Ok(HostRequest::GetState),
        "set-state" => {
            let Some(state @ Received::Fields(_)) = message.field("state") else {
                return Err("no state object");
            };
            let year = |name: &str| -> Result<Option<u16>, &'static str> {
                match state.field(name) {
                    None => Ok(None),
                    Some(Received::Number(n))
                        if n.fract() == 0.0 && (1900.0..=2100.0).contains(n) =>
                    {
                        Ok(Some(*n as u16))
                    }
                    Some(_) => Err("a year must be a whole number between 1900 and 2100"),
                }
            };
            let units = match state.field("units") {
                None => None,
                Some(Received::Text(t)) if t.len() <= MAX_TEXT => {
                    Some(Units::from_token(t).ok_or("unknown units")?)
                }
                Some(_) => return Err("units must be a short string"),
            };
            let series = match state.field("series") {
                None => None,
                Some(Received::List(items)) if items.len() <= MAX_LIST => Some(
                    items
                        .iter()
                        .map(|item| match item {
                            Received::Text(t) if t.len() <= MAX_TEXT => Ok(t.clone()),
                            _ => Err("series must be short strings"),
                        })
                        .collect::<Result<Vec<_>, _>>()?,
                ),
                Some(_) => return Err("series must be a short list"),
            };
            Ok(HostRequest::SetState(StateChange {
                from: year("from")?,
                to: year("to")?,
                units,
                series,
            }))
        }
        _ => Err("unknown type"),
    }
}

/// Where the reader's read-out is, as the host is told it: the row's year, or on the monthly chart the
/// row's month (`2025-04`).
#[derive(Debug, Clone, PartialEq)]
pub enum ReadoutAt {
    Year(u16),
    Item(String),
}

/// The read-out's place for the row at `x` of a chart: a year where the chart has years (`bounds`),
/// otherwise (the monthly duties) the month of the row at index `x`, as `2025-04`.
pub fn readout_at(bounds: Option<(u16, u16)>, dataset: &Dataset, x: f64) -> Option<ReadoutAt> {
    if bounds.is_some() {
        return Some(ReadoutAt::Year(x as u16));
    }
    let index = usize::try_from(x as i64).ok()?;
    shown_months(dataset)
        .get(index)
        .map(|m| ReadoutAt::Item(format!("{}-{:02}", m.year, m.month)))
}

/// The view `change` gives `current`, applied whole or not at all. A range (`from`, `to`, either taken from
/// `current` when left out) must lie inside the chart's years (`bounds`; a chart without years takes none)
/// and cover at least [`crate::state::MIN_YEARS`] years; `units` must be ones the chart offers; `series` must name at
/// least one of the chart's series (other names are ignored), and the ones it names are shown.
pub fn apply_change(
    chart: ChartId,
    bounds: Option<(u16, u16)>,
    current: ChartState,
    change: &StateChange,
) -> Result<ChartState, &'static str> {
    // The state's own constructors keep it valid; a change they do not take as asked is refused.
    let mut next = current;
    if change.from.is_some() || change.to.is_some() {
        let from = change.from.unwrap_or(current.from);
        let to = change.to.unwrap_or(current.to);
        next = next.with_range(bounds, from, to);
        if bounds.is_none() || (next.from, next.to) != (from, to) {
            return Err("the range is outside the chart's years or too short");
        }
    }
    if let Some(units) = change.units {
        next = next.with_units(chart, units);
        if next.units != units {
            return Err("this chart has no other units");
        }
    }
    if let Some(wanted) = &change.series {
        let keys = chart.series().iter().map(|s| s.key);
        if !keys.clone().any(|k| wanted.iter().any(|w| w == k)) {
            return Err("no series of this chart is named");
        }
        let hidden: Vec<&str> = keys.filter(|k| !wanted.iter().any(|w| w == k)).collect();
        next = next.with_hidden(chart, &hidden);
    }
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: Vec<(&str, Received)>) -> Received {
        Received::Fields(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    #[test]
    fn a_set_state_message_is_read_and_unknown_fields_are_ignored() {
        let message = fields(vec![
            ("type", Received::Text("set-state".into())),
            ("extra", Received::Number(1.0)),
            (
                "state",
                fields(vec![
                    ("from", Received::Number(2000.0)),
                    ("units", Received::Text("real".into())),
                    (
                        "series",
                        Received::List(vec![Received::Text("imports".into())]),
                    ),
                    (
                        "__proto__",
                        fields(vec![("polluted", Received::Bool(true))]),
                    ),
                ]),
            ),
        ]);
        assert_eq!(
            read_host_message(&message),
            Ok(HostRequest::SetState(StateChange {
                from: Some(2000),
                to: None,
                units: Some(Units::Real),
                series: Some(vec!["imports".into()])
            }))
        );
    }

    #[test]
    fn wrong_types_and_sizes_are_rejected() {
        let set = |state: Received| {
            fields(vec![
                ("type", Received::Text("set-state".into())),
                ("state", state),
            ])
        };
        assert!(read_host_message(&Received::Text("set-state".into())).is_err());
        assert!(
            read_host_message(&fields(vec![("type", Received::Text("reload".into()))])).is_err()
        );
        assert!(
            read_host_message(&set(fields(vec![("from", Received::Text("2000".into()))]))).is_err()
        );
        assert!(read_host_message(&set(fields(vec![("from", Received::Number(2000.5))]))).is_err());
        assert!(read_host_message(&set(fields(vec![(
            "units",
            Received::Text("x".repeat(65))
        )])))
        .is_err());
        let many = Received::List(vec![Received::Text("imports".into()); 17]);
        assert!(read_host_message(&set(fields(vec![("series", many)]))).is_err());
        assert!(read_host_message(&set(Received::Null)).is_err());
    }

    #[test]
    fn only_sane_heights_size_a_frame() {
        assert_eq!(frame_height(546.2), Some(547.0));
        for bad in [0.0, -3.0, f64::NAN, f64::INFINITY, 1e9] {
            assert_eq!(frame_height(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_read_out_is_told_as_a_year_or_a_month() {
        use crate::content::DATASET;
        assert_eq!(
            readout_at(Some((1985, 2025)), &DATASET, 1990.0),
            Some(ReadoutAt::Year(1990))
        );
        let codes: Vec<String> = shown_months(&DATASET)
            .iter()
            .map(|m| format!("{}-{:02}", m.year, m.month))
            .collect();
        assert!(codes.len() >= 2, "{codes:?}");
        assert_eq!(
            readout_at(None, &DATASET, 1.0),
            Some(ReadoutAt::Item(codes[1].clone()))
        );
        assert_eq!(readout_at(None, &DATASET, codes.len() as f64), None);
        assert_eq!(readout_at(None, &DATASET, -1.0), None);
    }

    fn goods() -> (ChartId, Option<(u16, u16)>, ChartState) {
        let bounds = Some((1985, 2025));
        (ChartId::GoodsTrade, bounds, ChartState::default_for(bounds))
    }

    #[test]
    fn a_valid_change_is_applied_whole() {
        let (chart, bounds, current) = goods();
        let change = StateChange {
            from: Some(2000),
            to: None,
            units: Some(Units::Real),
            series: Some(vec!["imports".into(), "rice".into()]),
        };
        let next = apply_change(chart, bounds, current, &change).unwrap();
        assert_eq!((next.from, next.to, next.units), (2000, 2025, Units::Real));
        assert!(next.shows(chart, "imports") && !next.shows(chart, "exports"));
        assert!(!next.shows(chart, "balance"));
    }

    #[test]
    fn an_invalid_part_rejects_the_whole_change() {
        let (chart, bounds, current) = goods();
        let with_units = |from, to| StateChange {
            from,
            to,
            units: Some(Units::Yen),
            series: None,
        };
        for (from, to) in [
            (Some(1950), None),
            (None, Some(2030)),
            (Some(2010), Some(2011)),
            (Some(2011), Some(2005)),
        ] {
            assert!(apply_change(chart, bounds, current, &with_units(from, to)).is_err());
        }
        let no_known_series = StateChange {
            series: Some(vec!["rice".into()]),
            units: Some(Units::Yen),
            ..StateChange::default()
        };
        assert!(apply_change(chart, bounds, current, &no_known_series).is_err());
        assert!(apply_change(
            chart,
            bounds,
            current,
            &StateChange {
                series: Some(Vec::new()),
                ..StateChange::default()
            }
        )
        .is_err());
    }

    #[test]
    fn a_chart_without_years_or_units_refuses_them() {
        let vehicles = ChartId::DutiesMonthly;
        let current = ChartState::default_for(None);
        let range = StateChange {
            from: Some(2000),
            to: Some(2010),
            ..StateChange::default()
        };
        assert!(apply_change(vehicles, None, current, &range).is_err());
        let yen = StateChange {
            units: Some(Units::Yen),
            ..StateChange::default()
        };
        assert!(apply_change(vehicles, None, current, &yen).is_err());
        let nominal = StateChange {
            units: Some(Units::Nominal),
            series: Some(vec!["duties".into(), "rate".into()]),
            ..StateChange::default()
        };
        assert_eq!(apply_change(vehicles, None, current, &nominal), Ok(current));
    }
}
