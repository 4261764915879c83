//! The live charts take over from the static page without moving what the reader sees.

use e2e_tests::browser::Launch;
use e2e_tests::page::{OpenArticle, READ_TO_THE_END};

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
            let shift = page.browser.eval_async(
            &format!(
                "const done = arguments[arguments.length - 1];
                 let total = 0; const seen = [];
                 new PerformanceObserver(list => {{
                   for (const e of list.getEntries()) if (!e.hadRecentInput) {{ total += e.value; seen.push(e.value); }}
                 }}).observe({{ type: 'layout-shift', buffered: true }});
                 {READ_TO_THE_END}
                 readToTheEnd(150).then(() => done([total, document.querySelectorAll('.chart-island[data-live]').length,
                   document.querySelectorAll('.chart-island').length]));"
            ),
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
        }
    }
}
