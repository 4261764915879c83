//! The live charts take over from the static page without moving what the reader sees.

use e2e_tests::browser::Launch;
use e2e_tests::page::OpenArticle;

#[test]
fn no_layout_shift_while_reading_down_the_page_as_the_charts_come_to_life() {
    for launch in [
        Launch::default(),
        Launch {
            width: 375,
            height: 812,
            ..Launch::default()
        },
    ] {
        for edition in ["", "ja/"] {
            let page = OpenArticle::open(launch.clone(), edition);
            // Layout shift as Chromium measures it (Firefox and WebKit do not report it), and in every engine
            // the distance the text at the middle of the view moved between one frame and the next without
            // the reader scrolling.
            let shift = page.browser.eval_async(
                "const done = arguments[arguments.length - 1];
                 let total = 0;
                 const measured = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
                 if (measured) new PerformanceObserver(list => {
                   for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
                 }).observe({ type: 'layout-shift', buffered: true });
                 const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)));
                 const middle = () => document.elementFromPoint(innerWidth / 2, innerHeight / 2);
                 let moved = 0;
                 const moves = [];
                 (async () => {
                   while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
                     scrollBy({ top: 150, behavior: 'instant' });
                     const y = scrollY, seen = middle(), top = seen?.getBoundingClientRect().top;
                     await frame();
                     if (seen && scrollY === y) {
                       const by = Math.abs(seen.getBoundingClientRect().top - top);
                       if (by > 0.5) { moved += by; moves.push([Math.round(y), seen.tagName, Math.round(by)]); }
                     }
                   }
                   await frame();
                   done([total, document.querySelectorAll('.chart-island[data-live]').length,
                         document.querySelectorAll('.chart-island').length, measured, moved, moves.slice(0, 5)]);
                 })();",
                vec![],
            );
            assert!(
                shift[2].as_u64().unwrap() > 0 && shift[1] == shift[2],
                "not every chart came to life: {shift}"
            );
            assert_eq!(
                shift[0].as_f64(),
                Some(0.0),
                "cumulative layout shift {shift} on /{edition}"
            );
            assert_eq!(
                shift[4].as_f64(),
                Some(0.0),
                "the text in view moved without scrolling on /{edition}: {shift}"
            );
        }
    }
}
