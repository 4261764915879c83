//! The article's second inline script: it marks, in the contents, the link to the section being read
//! (`aria-current="location"`), which the wide layout's side column shows. It runs as soon as the page is
//! parsed, long before the WebAssembly (which loads only when a chart nears), and it changes one attribute:
//! no element moves, so it cannot shift the layout.

use super::contents::CONTENTS_LIST_CLASS;

/// The value of `aria-current` on the marked link: the reader's location in the page.
pub const CURRENT: &str = "location";

/// How far down the viewport the reading line is, in % of its height: the section being read is the last
/// one whose top has passed it. About a third down is where the eye rests on a page being read, so a
/// section counts as being read once its heading has moved into the upper part of the screen.
pub const READING_LINE_PERCENT: u32 = 30;

/// The script (without its `<script>` tags). An IntersectionObserver watches each section crossing the
/// reading line (its root is the band above the line), and on every crossing the script finds the last
/// section whose top is above the line; the link to it is marked and every other one unmarked, so exactly
/// one link (or none, in the lead above the first section) carries `aria-current`. It reads layout only
/// when a section crosses, never on every scroll event, and scrolls nothing. Without IntersectionObserver
/// nothing is marked, and the contents work as plain links.
pub fn current_section_source() -> String {
    let band = format!("0px 0px -{}% 0px", 100 - READING_LINE_PERCENT);
    format!(
        "(() => {{\n\
         const links = new Map([...document.querySelectorAll('.{CONTENTS_LIST_CLASS} > li > a')].map(a => [a.hash.slice(1), a]));\n\
         const sections = [...document.querySelectorAll('main section[id]')].filter(s => links.has(s.id));\n\
         if (!self.IntersectionObserver || !sections.length) return;\n\
         let marked = null;\n\
         const mark = () => {{\n  \
         const line = innerHeight * {READING_LINE_PERCENT} / 100;\n  \
         const read = sections.filter(s => s.getBoundingClientRect().top <= line).pop();\n  \
         const link = read ? links.get(read.id) : null;\n  \
         if (link === marked) return;\n  \
         marked?.removeAttribute('aria-current');\n  \
         link?.setAttribute('aria-current', '{CURRENT}');\n  \
         marked = link;\n\
         }};\n\
         const crossing = new IntersectionObserver(mark, {{ rootMargin: '{band}' }});\n\
         sections.forEach(s => crossing.observe(s));\n\
         }})();"
    )
}

/// The `<script>` element for the end of the article page's body.
pub fn current_section_script() -> String {
    format!("<script>\n{}\n</script>", current_section_source())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_watches_the_band_above_the_reading_line() {
        let source = current_section_source();
        assert!(
            source.contains("rootMargin: '0px 0px -70% 0px'"),
            "{source}"
        );
        assert!(source.contains("const line = innerHeight * 30 / 100;"));
    }

    #[test]
    fn the_script_marks_one_contents_link_and_unmarks_the_last() {
        let source = current_section_source();
        assert_eq!(source.matches("setAttribute(").count(), 1, "{source}");
        assert!(source.contains("marked?.removeAttribute('aria-current');"));
        assert!(source.contains("link?.setAttribute('aria-current', 'location');"));
        assert!(source.contains("document.querySelectorAll('.toc__list > li > a')"));
    }

    #[test]
    fn the_script_scrolls_nothing_and_cannot_end_its_element() {
        let source = current_section_source();
        assert!(!source.contains("scroll"), "{source}");
        assert!(!source.contains("</"), "{source}");
        let script = current_section_script();
        assert!(script.starts_with("<script>\n(() => {"));
        assert!(script.ends_with("})();\n</script>"));
    }

    #[test]
    fn the_section_and_contents_markup_the_script_relies_on_is_on_the_page() {
        use crate::content::{ARTICLE, DATASET};
        let html = crate::page::article_html(&ARTICLE, &DATASET);
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
