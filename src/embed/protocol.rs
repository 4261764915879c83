//! Messages between an embedded chart and its host page. Everything the widget sends holds only numbers and
//! ids under `source: "japan-us-trade"`; everything it receives is checked strictly (types, ranges, sizes;
//! unknown fields ignored) before it is used.
//!
//! Host → widget: `{type: "set-state", state: {from?, to?, units?, series?}}` and `{type: "get-state"}`.
//! Widget → host: `{source, type: "size", chart, height}`, `{source, type: "state", chart, from, to, units,
//! series}`, `{source, type: "readout", chart, year}` (year `null` when the read-out is hidden).

use crate::chart::units::Units;

/// The `source` of every message the widget sends.
pub const SOURCE: &str = "japan-us-trade";
/// The longest string and the longest list read from a message; longer ones reject the message.
pub const MAX_TEXT: usize = 64;
pub const MAX_LIST: usize = 16;

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
}
