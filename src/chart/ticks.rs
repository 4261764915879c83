//! "Nice" axis bounds and steps: 1, 2, 2.5 or 5 times a power of ten.

/// Axis bounds that enclose the data and land on whole steps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NiceAxis {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

impl NiceAxis {
    /// Bounds enclosing `low..=high` with about `target_ticks` intervals.
    pub fn enclosing(low: f64, high: f64, target_ticks: usize) -> NiceAxis {
        let (low, high) = if low <= high {
            (low, high)
        } else {
            (high, low)
        };
        let span = if high - low > 0.0 {
            high - low
        } else {
            low.abs().max(1.0)
        };
        let step = nice_step(span / target_ticks.max(1) as f64);
        let min = (low / step).floor() * step;
        let mut max = (high / step).ceil() * step;
        if max <= min {
            max = min + step;
        }
        NiceAxis { min, max, step }
    }

    /// The tick values from `min` to `max` inclusive.
    pub fn ticks(&self) -> Vec<f64> {
        let count = ((self.max - self.min) / self.step).round() as usize;
        (0..=count)
            .map(|i| self.min + i as f64 * self.step)
            .collect()
    }
}

/// The smallest nice number ≥ `raw` (for a positive `raw`).
pub fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    // The power of ten at or below `raw`, found without libm (smaller WebAssembly).
    let mut magnitude = 1.0;
    while magnitude > raw {
        magnitude /= 10.0;
    }
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    let normalised = raw / magnitude;
    let nice = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|&n| normalised <= n + 1e-9)
        .unwrap_or(10.0);
    nice * magnitude
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_two_and_a_half_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(13.0), 20.0);
        assert_eq!(nice_step(21.0), 25.0);
        assert_eq!(nice_step(40_000.0), 50_000.0);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(nice_step(f64::NAN), 1.0);
    }

    #[test]
    fn bounds_enclose_the_data_on_whole_steps() {
        let axis = NiceAxis::enclosing(-89_721.8, 148_180.8, 5);
        assert_eq!(axis.step, 50_000.0);
        assert_eq!((axis.min, axis.max), (-100_000.0, 150_000.0));
        assert_eq!(axis.ticks().len(), 6);
        assert!(axis.ticks().contains(&0.0));
    }

    #[test]
    fn a_flat_series_still_gets_a_usable_axis() {
        let axis = NiceAxis::enclosing(5.0, 5.0, 4);
        assert!(axis.min <= 5.0 && axis.max > axis.min);
    }
}
