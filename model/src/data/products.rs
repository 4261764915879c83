//! Single product lines over time: vehicles and semiconductors, each row labelled with its source and measure.

use crate::Text;

/// The source key of USITC DataWeb vehicle rows (Census customs value, the basis of goods_trade.csv).
pub const DATAWEB_VEHICLES: &str = "dataweb-aftermaxq";
/// The source key of the UN Comtrade rows (vehicles with units; semiconductor imports by HS-4 heading).
pub const COMTRADE_VEHICLES: &str = "comtrade-aftermaxq";
/// The source key of the second, independent UN Comtrade vehicle download (a cross-check).
pub const COMTRADE_VEHICLES_CHECK: &str = "comtrade-chaossora";
/// The source key of US domestic exports of integrated circuits (USITC DataWeb, f.a.s.).
pub const DATAWEB_CHIP_EXPORTS: &str = "dataweb-star1sakura-exports";
/// The sources of semiconductor rows the article knows.
pub const CHIP_SOURCES: &[&str] = &[
    COMTRADE_VEHICLES,
    DATAWEB_CHIP_EXPORTS,
    "dataweb-star1sakura-imports",
    "comtrade-star1sakura-imports",
    "comtrade-star1sakura-exports",
];

/// One measure of US imports of one vehicle heading from Japan in one year.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct VehicleImportYear {
    pub year: u16,
    /// `8703` (passenger vehicles) or `8704` (goods vehicles).
    pub hs4: Text,
    pub product: Text,
    /// What the value is, e.g. `USITC DataWeb (Census) US general imports from Japan, customs value`.
    pub measure: Text,
    pub value_usd: Option<f64>,
    pub quantity: Option<f64>,
    pub quantity_unit: Text,
    pub source: Text,
}

impl VehicleImportYear {
    /// Whether this row is a CIF value (freight and insurance included), UN Comtrade's first download.
    pub fn is_comtrade_cif(&self) -> bool {
        self.source == COMTRADE_VEHICLES && self.measure.ends_with("CIF value")
    }

    /// Whether this row is the Census customs value (USITC DataWeb).
    pub fn is_customs_value(&self) -> bool {
        self.source == DATAWEB_VEHICLES
    }
}

/// One measure of semiconductor trade between the US and Japan in one year and HS line.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "build", derive(serde::Deserialize))]
pub struct SemiconductorYear {
    pub year: u16,
    pub hs_code: Text,
    pub product: Text,
    /// `us_imports_from_japan` or `us_exports_to_japan`.
    pub direction: Text,
    pub measure: Text,
    pub value_usd: Option<f64>,
    pub source: Text,
}

impl SemiconductorYear {
    /// Whether the value is CIF (freight and insurance included).
    pub fn is_cif(&self) -> bool {
        self.measure.ends_with("CIF value")
    }
}
