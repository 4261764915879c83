//! Money units a reader can choose and their conversion, from the model (the prose's real-dollar figures use
//! the same converter, so the charts and the text agree).

pub use trade_model::units::{UnitConverter, Units};
