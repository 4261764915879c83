//! Money units a reader can choose: nominal dollars, real dollars of the latest CPI year, or yen at the
//! annual average rate. Conversions return `None` where an input is missing, never a guess.

use crate::data::{ConsumerPricesYear, ExchangeRateYear};

/// How money values are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Units {
    /// US dollars of each year, as published.
    #[default]
    Nominal,
    /// US dollars of the base year, deflated with CPI-U.
    Real,
    /// Yen, converted at each year's annual average rate.
    Yen,
}

impl Units {
    pub const ALL: [Units; 3] = [Units::Nominal, Units::Real, Units::Yen];

    /// The word used in addresses and file names.
    pub fn token(self) -> &'static str {
        match self {
            Units::Nominal => "nominal",
            Units::Real => "real",
            Units::Yen => "yen",
        }
    }

    pub fn from_token(token: &str) -> Option<Units> {
        Units::ALL.into_iter().find(|u| u.token() == token)
    }
}

/// Converts millions of nominal dollars into the chosen units.
#[derive(Debug, Clone, Copy)]
pub struct UnitConverter<'a> {
    consumer_prices: &'a [ConsumerPricesYear],
    exchange_rates: &'a [ExchangeRateYear],
    /// The year whose dollars real values are expressed in: the latest year with a CPI value.
    pub base_year: u16,
}

impl<'a> UnitConverter<'a> {
    pub fn new(
        consumer_prices: &'a [ConsumerPricesYear],
        exchange_rates: &'a [ExchangeRateYear],
    ) -> Self {
        let base_year = consumer_prices
            .iter()
            .rev()
            .find(|c| c.cpi_u.is_some())
            .map_or(0, |c| c.year);
        UnitConverter {
            consumer_prices,
            exchange_rates,
            base_year,
        }
    }

    fn cpi(&self, year: u16) -> Option<f64> {
        self.consumer_prices.iter().find(|c| c.year == year)?.cpi_u
    }

    /// Yen per dollar in `year`, if published.
    pub fn yen_per_dollar(&self, year: u16) -> Option<f64> {
        self.exchange_rates
            .iter()
            .find(|r| r.year == year)?
            .jpy_per_usd
    }

    /// `musd` of `year` in `units`: $ millions (nominal or real) or ¥ millions.
    pub fn convert(&self, musd: Option<f64>, year: u16, units: Units) -> Option<f64> {
        let musd = musd?;
        match units {
            Units::Nominal => Some(musd),
            Units::Real => Some(musd * self.cpi(self.base_year)? / self.cpi(year)?),
            Units::Yen => Some(musd * self.yen_per_dollar(year)?),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cpi(year: u16, value: Option<f64>) -> ConsumerPricesYear {
        ConsumerPricesYear { year, cpi_u: value }
    }

    fn rate(year: u16, value: f64) -> ExchangeRateYear {
        ExchangeRateYear {
            year,
            jpy_per_usd: Some(value),
        }
    }

    #[test]
    fn real_value_is_nominal_times_base_cpi_over_the_year_cpi() {
        let prices = [cpi(1985, Some(107.6)), cpi(2025, Some(321.943))];
        let converter = UnitConverter::new(&prices, &[]);
        assert_eq!(converter.base_year, 2025);
        let real = converter
            .convert(Some(22_630.9), 1985, Units::Real)
            .unwrap();
        assert!((real - 22_630.9 * 321.943 / 107.6).abs() < 1e-9);
        assert_eq!(converter.convert(Some(5.0), 2025, Units::Real), Some(5.0));
    }

    #[test]
    fn yen_value_is_dollars_times_the_annual_average_rate() {
        let rates = [rate(2024, 151.4551)];
        let converter = UnitConverter::new(&[], &rates);
        let yen = converter.convert(Some(1000.0), 2024, Units::Yen).unwrap();
        assert!((yen - 151_455.1).abs() < 1e-6, "{yen}");
    }

    #[test]
    fn a_missing_input_gives_no_value_rather_than_a_guess() {
        let prices = [cpi(1985, None), cpi(2025, Some(321.943))];
        let converter = UnitConverter::new(&prices, &[]);
        assert_eq!(converter.convert(Some(1.0), 1985, Units::Real), None);
        assert_eq!(converter.convert(Some(1.0), 1990, Units::Yen), None);
        assert_eq!(converter.convert(None, 2025, Units::Nominal), None);
    }
}
