//! Numbers written with a fixed count of decimals, for SVG coordinates and
//! the `data-km` figures the page carries.
//!
//! Rust's own `{:.1}` brings its whole float formatter (about 12 KB of code
//! and tables) into the wasm; this writes the same text with integer
//! formatting only. Halves round away from zero, where `{:.1}` rounds to
//! even: the two can differ in the last digit, never by more.

use std::fmt;

/// `value` to `places` decimals (at most 9), as `{:.N}` would write it.
pub fn fixed(value: f64, places: u8) -> Fixed {
    Fixed { value, places }
}

/// See [`fixed`].
#[derive(Clone, Copy, Debug)]
pub struct Fixed {
    value: f64,
    places: u8,
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let places = u32::from(self.places.min(9));
        let scale = 10_u64.pow(places);
        // `as` saturates, and a NaN becomes 0: a stray value draws at the
        // edge rather than failing the page.
        let scaled = (self.value * scale as f64).round() as i64;
        let sign = if scaled < 0 { "-" } else { "" };
        let magnitude = scaled.unsigned_abs();
        let (whole, fraction) = (magnitude / scale, magnitude % scale);
        if places == 0 {
            write!(f, "{sign}{whole}")
        } else {
            let width = places as usize;
            write!(f, "{sign}{whole}.{fraction:0width$}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn writes_what_rusts_float_formatting_writes() {
        let cases = [
            (0.0, 1, "0.0"),
            (12.34, 1, "12.3"),
            (12.36, 1, "12.4"),
            (-5.678, 2, "-5.68"),
            (0.005_01, 2, "0.01"),
            (1234.5678, 4, "1234.5678"),
            (43.0, 4, "43.0000"),
            (-0.07, 1, "-0.1"),
            (99.96, 1, "100.0"),
            (7.6, 0, "8"),
        ];
        for (value, places, written) in cases {
            assert_eq!(
                fixed(value, places).to_string(),
                written,
                "{value} to {places}"
            );
            let rust = format!("{value:.*}", usize::from(places));
            assert_eq!(written, rust, "the case itself agrees with {{:.N}}");
        }
    }

    #[test]
    fn stays_within_half_a_last_digit_of_the_value() {
        let mut value = -2000.0_f64;
        while value < 2000.0 {
            for places in 0..=5_u8 {
                let written = fixed(value, places).to_string();
                let back: f64 = written.parse().expect("a plain decimal");
                let half = 0.5 / 10_f64.powi(i32::from(places));
                assert!(
                    (back - value).abs() <= half + 1e-9,
                    "{value} to {places}: {written}"
                );
                match written.split_once('.') {
                    Some((_, decimals)) => assert_eq!(decimals.len(), usize::from(places)),
                    None => assert_eq!(places, 0),
                }
            }
            value += 1.234_567;
        }
    }

    #[test]
    fn a_value_that_is_not_a_number_writes_zero() {
        assert_eq!(fixed(f64::NAN, 1).to_string(), "0.0");
    }
}
