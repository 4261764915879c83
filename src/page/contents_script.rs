//! The contents' inline script, at the end of the article page: it runs as soon as the page is parsed, long
//! before the WebAssembly (which loads only when a chart nears), and does two things.
//! - On a wide screen it opens the contents' disclosure. The stylesheet already shows the list there, even
//!   without scripts (style/layout.css), so nothing moves; the disclosure's state then says what a reader
//!   sees ("expanded"), for assistive technology and for tools that skip a closed disclosure's content.
//! - It marks the link to the section being read (`aria-current="location"`), which the wide layout's side
//!   column shows by colour alone: no element moves, so marking cannot shift the layout.

use super::contents::{CONTENTS_FOLD_CLASS, CONTENTS_LIST_CLASS};

/// The value of `aria-current` on the marked link: the reader's location in the page.
pub const CURRENT: &str = "location";

/// From this width (CSS px) the contents are a side column, always open (style/layout.css, where the same
/// number sets the breakpoint; a test checks they agree).
pub const WIDE_LAYOUT_PX: u32 = 1100;

/// How far down the viewport the reading line is, in % of its height: the section being read is the last
/// one whose top has passed it. About a third down is where the eye rests on a page being read, so a
/// section counts as being read once its heading has moved into the upper part of the screen.
pub const READING_LINE_PERCENT: u32 = 30;

/// How far below the reading line (CSS px) a section's top may still be when the crossing is reported: the
/// observer and the layout read round the line's position differently by a fraction of a pixel, and a
/// section whose crossing was reported must count as read.
pub const LINE_TOLERANCE_PX: u32 = 2;

/// Where a browser has no `scrollend` event (WebKit), a scroll counts as ended once no scroll event came for
/// this long (ms).
pub const SCROLL_PAUSE_MS: u32 = 150;

/// The script (without its `<script>` tags).
///
/// The disclosure is open exactly while the wide layout applies (on load and when the window crosses the
/// breakpoint). An IntersectionObserver watches each section crossing the reading line (its root is the
/// band above the line), and on every crossing the script finds the last section whose top is above the
/// line; the link to it is marked and the one marked before unmarked, so exactly one link (or none, in the
/// lead above the first section) carries `aria-current`. It reads layout only when a section crosses and
/// once more when a scroll ends (a smooth scroll to a followed link can end with its last crossing seen
/// mid-way; without a `scrollend` event, when scrolling pauses), never on every scroll event, and scrolls nothing. Without IntersectionObserver nothing is marked, and the
/// contents work as plain links.
pub fn contents_script_source() -> String {
    let band = format!("0px 0px -{}% 0px", 100 - READING_LINE_PERCENT);
    format!(
        "(() => {{\n\
         const fold = document.querySelector('.{CONTENTS_FOLD_CLASS}');\n\
         const wide = matchMedia('(min-width: {WIDE_LAYOUT_PX}px)');\n\
         const fit = () => {{ fold.open = wide.matches; }};\n\
         fit();\n\
         wide.addEventListener('change', fit);\n\
         const links = new Map([...fold.querySelectorAll('.{CONTENTS_LIST_CLASS} > li > a')].map(a => [a.hash.slice(1), a]));\n\
         const sections = [...document.querySelectorAll('main section[id]')].filter(s => links.has(s.id));\n\
         if (!self.IntersectionObserver) return;\n\
         let marked = null;\n\
         const mark = () => {{\n  \
         const line = innerHeight * {READING_LINE_PERCENT} / 100 + {LINE_TOLERANCE_PX};\n  \
         const read = sections.filter(s => s.getBoundingClientRect().top <= line).pop();\n  \
         const link = read ? links.get(read.id) : null;\n  \
         if (link === marked) return;\n  \
         marked?.removeAttribute('aria-current');\n  \
         link?.setAttribute('aria-current', '{CURRENT}');\n  \
         marked = link;\n\
         }};\n\
         const crossing = new IntersectionObserver(mark, {{ rootMargin: '{band}' }});\n\
         sections.forEach(s => crossing.observe(s));\n\
         if ('onscrollend' in self) addEventListener('scrollend', mark, {{ passive: true }});\n\
         else {{ let pause; addEventListener('scroll', () => {{ clearTimeout(pause); pause = setTimeout(mark, {SCROLL_PAUSE_MS}); }}, {{ passive: true }}); }}\n\
         }})();"
    )
}

/// The `<script>` element for the end of the article page's body.
pub fn contents_script() -> String {
    format!("<script>\n{}\n</script>", contents_script_source())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_watches_the_band_above_the_reading_line() {
        let source = contents_script_source();
        assert!(
            source.contains("rootMargin: '0px 0px -70% 0px'"),
            "{source}"
        );
        assert!(source.contains("const line = innerHeight * 30 / 100 + 2;"));
    }

    #[test]
    fn the_script_marks_one_contents_link_and_unmarks_the_last() {
        let source = contents_script_source();
        assert_eq!(source.matches("setAttribute(").count(), 1, "{source}");
        assert!(source.contains("marked?.removeAttribute('aria-current');"));
        assert!(source.contains("link?.setAttribute('aria-current', 'location');"));
        assert!(source.contains("fold.querySelectorAll('.toc__list > li > a')"));
    }

    #[test]
    fn the_disclosure_is_open_exactly_at_the_widths_the_stylesheet_shows_it_open() {
        let source = contents_script_source();
        assert!(source.contains("document.querySelector('.toc__fold')"));
        assert!(source.contains("const wide = matchMedia('(min-width: 1100px)');"));
        assert!(source.contains("const fit = () => { fold.open = wide.matches; };"));
        assert!(source.contains("wide.addEventListener('change', fit);"));
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/layout.css"))
            .expect("style/layout.css");
        let wide = format!("(min-width: {WIDE_LAYOUT_PX}px)");
        let narrow = format!("(max-width: {}.98px)", WIDE_LAYOUT_PX - 1);
        let breakpoints: Vec<&str> = css
            .lines()
            .filter(|line| line.trim_start().starts_with("@media"))
            .collect();
        assert!(breakpoints.iter().any(|line| line.contains(&wide)));
        for line in breakpoints {
            assert!(
                line.contains(&wide) || line.contains(&narrow),
                "layout.css breaks elsewhere than at {WIDE_LAYOUT_PX} px: {line}"
            );
        }
    }

    #[test]
    fn the_script_scrolls_nothing_and_cannot_end_its_element() {
        let source = contents_script_source();
        // It listens for the end of a scroll, and moves nothing.
        for moving in [
            "scrollTo",
            "scrollBy",
            "scrollIntoView",
            "scrollTop",
            "scroll(",
        ] {
            assert!(!source.contains(moving), "{moving} in {source}");
        }
        assert!(!source.contains("</"), "{source}");
        let script = contents_script();
        assert!(script.starts_with("<script>\n(() => {"));
        assert!(script.ends_with("})();\n</script>"));
    }

    #[test]
    fn the_section_and_contents_markup_the_script_relies_on_is_on_the_page() {
        use crate::content::{ARTICLE, DATASET};
        let html = crate::page::article_html(&ARTICLE, &DATASET, trade_model::Lang::En);
        assert_eq!(
            html.matches(&format!("class=\"{CONTENTS_FOLD_CLASS}\""))
                .count(),
            1
        );
        assert!(html.contains(&format!("<ol class=\"{CONTENTS_LIST_CLASS}\">")));
        let main = &html[html.find("<main ").expect("a <main>")..];
        for section in ARTICLE.sections.iter() {
            let id = format!(" id=\"{}\"", section.id);
            assert!(
                main.split("<section ").skip(1).any(|tag| format!(
                    " {}",
                    &tag[..tag.find('>').unwrap()]
                )
                .contains(&id)),
                "no <section{id}> in <main>"
            );
            assert!(html.contains(&format!("<li><a href=\"#{}\">", section.id)));
        }
    }
}
