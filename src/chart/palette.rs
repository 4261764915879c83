//! Chart colours for the light and dark themes: Okabe–Ito hues (distinguishable with the common forms of
//! colour blindness), each at least 3:1 against its background.

use plotters::style::RGBColor;

use super::spec::Hue;

/// The page's colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// The colours a chart is drawn with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartPalette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    pub exports: RGBColor,
    pub imports: RGBColor,
    pub balance: RGBColor,
    pub green: RGBColor,
    pub orange: RGBColor,
    pub pink: RGBColor,
    pub grey: RGBColor,
}

impl ChartPalette {
    pub fn for_theme(theme: Theme) -> ChartPalette {
        match theme {
            Theme::Light => ChartPalette {
                background: RGBColor(0xff, 0xff, 0xff),
                text: RGBColor(0x33, 0x33, 0x33),
                grid: RGBColor(0xe3, 0xe3, 0xe3),
                axis: RGBColor(0x6b, 0x6b, 0x6b),
                exports: RGBColor(0x00, 0x72, 0xb2),
                imports: RGBColor(0xc2, 0x4e, 0x00),
                balance: RGBColor(0x7e, 0x5a, 0xa0),
                green: RGBColor(0x00, 0x7a, 0x5a),
                orange: RGBColor(0xa8, 0x64, 0x00),
                pink: RGBColor(0xb8, 0x3a, 0x7c),
                grey: RGBColor(0x6b, 0x6b, 0x6b),
            },
            Theme::Dark => ChartPalette {
                background: RGBColor(0x16, 0x18, 0x1d),
                text: RGBColor(0xdd, 0xdd, 0xdd),
                grid: RGBColor(0x33, 0x36, 0x3d),
                axis: RGBColor(0x9a, 0x9a, 0x9a),
                exports: RGBColor(0x56, 0xb4, 0xe9),
                imports: RGBColor(0xe6, 0x9f, 0x00),
                balance: RGBColor(0xc3, 0x9b, 0xd9),
                green: RGBColor(0x3c, 0xc2, 0x9a),
                orange: RGBColor(0xf0, 0xc0, 0x50),
                pink: RGBColor(0xf0, 0x8c, 0xc0),
                grey: RGBColor(0xa0, 0xa0, 0xa0),
            },
        }
    }

    /// The colour of a series hue in this theme.
    pub fn hue(&self, hue: Hue) -> RGBColor {
        match hue {
            Hue::Blue => self.exports,
            Hue::Vermillion => self.imports,
            Hue::Purple => self.balance,
            Hue::Green => self.green,
            Hue::Orange => self.orange,
            Hue::Pink => self.pink,
            Hue::Grey => self.grey,
        }
    }

    /// Every data colour, for checking contrast.
    pub fn series_colours(&self) -> [RGBColor; 7] {
        [
            Hue::Blue,
            Hue::Vermillion,
            Hue::Purple,
            Hue::Green,
            Hue::Orange,
            Hue::Pink,
            Hue::Grey,
        ]
        .map(|h| self.hue(h))
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn relative_luminance(colour: RGBColor) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.0) + 0.7152 * channel(colour.1) + 0.0722 * channel(colour.2)
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast_ratio(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_series_colour_has_at_least_three_to_one_contrast_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let palette = ChartPalette::for_theme(theme);
            for colour in palette.series_colours() {
                let ratio = contrast_ratio(colour, palette.background);
                assert!(ratio >= 3.0, "{theme:?} {colour:?} has contrast {ratio:.2}");
            }
            assert!(contrast_ratio(palette.text, palette.background) >= 4.5);
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_twenty_one() {
        let ratio = contrast_ratio(RGBColor(0, 0, 0), RGBColor(255, 255, 255));
        assert!((ratio - 21.0).abs() < 1e-9);
    }
}
