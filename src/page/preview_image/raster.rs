//! Drawing the preview picture: SVG rasterised by resvg with the two DejaVu Sans faces committed under
//! `fonts/` and no others (not the machine's), with `sans-serif`, which the chart's SVG asks for, mapped to
//! them: every build machine draws the same pixels.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use super::compose::{Weight, FAMILY};

static REGULAR: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../fonts/DejaVuSans-Bold.ttf");

/// An SVG document and where it goes in the picture.
pub struct Layer<'a> {
    pub svg: &'a str,
    pub transform: Transform,
}

/// The fonts, loaded once, and what is drawn or measured with them.
pub struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Rasteriser {
    pub fn new() -> Rasteriser {
        let mut options = usvg::Options {
            font_family: FAMILY.to_string(),
            ..usvg::Options::default()
        };
        let fonts = options.fontdb_mut();
        fonts.load_font_data(REGULAR.to_vec());
        fonts.load_font_data(BOLD.to_vec());
        // Whatever generic family an SVG names, it gets the committed face.
        fonts.set_sans_serif_family(FAMILY);
        fonts.set_serif_family(FAMILY);
        fonts.set_monospace_family(FAMILY);
        fonts.set_cursive_family(FAMILY);
        fonts.set_fantasy_family(FAMILY);
        Rasteriser { options }
    }

    /// The width in px of `text` set on one line at `size` px.
    pub fn text_width(&self, text: &str, size: f64, weight: Weight) -> f64 {
        let weight = match weight {
            Weight::Regular => "normal",
            Weight::Bold => "bold",
        };
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\
             <text x=\"0\" y=\"100\" font-family=\"{FAMILY}\" font-size=\"{size}\" font-weight=\"{weight}\">{}</text></svg>",
            html_escape::encode_text(text)
        );
        usvg::Tree::from_str(&svg, &self.options)
            .map(|tree| f64::from(tree.root().abs_bounding_box().width()))
            .unwrap_or(0.0)
    }

    /// `layers`, in order, drawn on a `width`×`height` picture, as PNG.
    pub fn png(&self, width: u32, height: u32, layers: &[Layer]) -> Result<Vec<u8>, String> {
        let mut pixmap = Pixmap::new(width, height)
            .ok_or_else(|| format!("a {width}×{height} picture cannot be made"))?;
        for layer in layers {
            let tree = usvg::Tree::from_str(layer.svg, &self.options)
                .map_err(|e| format!("the preview's SVG: {e}"))?;
            resvg::render(&tree, layer.transform, &mut pixmap.as_mut());
        }
        pixmap
            .encode_png()
            .map_err(|e| format!("the preview's PNG: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_fonts_measure_text_by_size_and_weight() {
        let fonts = Rasteriser::new();
        let regular = fonts.text_width("US goods trade", 20.0, Weight::Regular);
        // DejaVu Sans sets this at about 0.6 em a character.
        assert!((100.0..200.0).contains(&regular), "{regular}");
        let twice = fonts.text_width("US goods trade", 40.0, Weight::Regular);
        assert!((twice / regular - 2.0).abs() < 0.05, "{regular} {twice}");
        assert!(fonts.text_width("US goods trade", 20.0, Weight::Bold) > regular);
        assert!(
            fonts.text_width("a b", 20.0, Weight::Regular)
                > fonts.text_width("ab", 20.0, Weight::Regular)
        );
    }
}
