//! The live charts take over from the static page without moving what the reader sees.

use e2e_tests::browser::{Browser, Launch};
use e2e_tests::page::{bring_every_chart_to_life, OpenArticle};
use e2e_tests::static_server::Serving;
use serde_json::{json, Value};

fn phone() -> Launch {
    Launch {
        width: 375,
        height: 812,
        ..Launch::default()
    }
}

/// Each chart's island not yet live, by chart, with its height.
fn heights_of_static_charts(browser: &Browser) -> Value {
    browser.eval(
        "return Object.fromEntries([...document.querySelectorAll('.chart-island:not([data-live])')]
           .map(island => [island.dataset.chart, island.getBoundingClientRect().height]))",
        vec![],
    )
}

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

/// A chart that comes to life above the view must not push the text being read down: not every engine keeps
/// it in place (WebKit has no scroll anchoring). So the static figure keeps the room of the live chart's
/// controls, read-out, plot and buttons, and each chart has the same height before and after.
#[test]
fn every_chart_keeps_its_height_when_it_comes_to_life() {
    let side_column = Launch {
        width: 1100,
        height: 900,
        ..Launch::default()
    };
    // A narrow tablet too: there the 440 × 250 picture is shown, the tallest for its width.
    let narrow = Launch {
        width: 520,
        height: 900,
        ..Launch::default()
    };
    for launch in [Launch::default(), side_column, narrow, phone()] {
        for edition in ["", "ja/"] {
            let page = OpenArticle::open(launch.clone(), edition);
            let b = &page.browser;
            let before = heights_of_static_charts(b);
            // The room kept is never seen, and nothing in it takes focus.
            let unseen = b.eval(
                "const awaiting = [...document.querySelectorAll('.chart__awaiting')];
                 const controls = [...document.querySelectorAll('.chart__awaiting button, .chart__awaiting select')];
                 return [awaiting.length > 0, awaiting.every(e => getComputedStyle(e).visibility === 'hidden'),
                         controls.length > 0, controls.every(c => { c.focus(); return document.activeElement !== c && !!c.closest('[inert][aria-hidden=true]'); })]",
                vec![],
            );
            assert_eq!(
                unseen,
                json!([true, true, true, true]),
                "[kept, unseen, controls, none focusable] on /{edition}"
            );
            // The frame each picture waits in holds it whole, to within a pixel (at 375 px the 343 × 258 picture
            // is 0.75 px taller than the 4:3 canvas: part of its bottom margin).
            let cut = b.eval(
                "return [...document.querySelectorAll('.chart__frame')].filter(f =>
                   f.querySelector('img').getBoundingClientRect().height > f.getBoundingClientRect().height + 1)
                   .map(f => f.closest('figure').id)",
                vec![],
            );
            assert_eq!(
                cut,
                json!([]),
                "pictures cut by their frame on /{edition} at {} px",
                launch.width
            );
            let islands = b.eval(
                "return document.querySelectorAll('.chart-island').length",
                vec![],
            );
            let before = before.as_object().unwrap();
            // At the top of the page, at most the first chart may be near enough to have come to life.
            assert!(
                before.len() as u64 + 1 >= islands.as_u64().unwrap() && before.len() > 1,
                "{} of {islands} charts still static at the top of /{edition}",
                before.len()
            );
            bring_every_chart_to_life(b);
            let after = b.eval(
                "return Object.fromEntries([...document.querySelectorAll('.chart-island')]
                   .map(island => [island.dataset.chart, island.getBoundingClientRect().height]))",
                vec![],
            );
            for (chart, height) in before {
                let live = &after[chart.as_str()];
                assert!(
                    (live.as_f64().unwrap() - height.as_f64().unwrap()).abs() < 1.0,
                    "{chart} on /{edition} at {} px: {height} px static, {live} px live",
                    launch.width
                );
            }
        }
    }
}

/// When the bundle cannot be had, the charts stay pictures and tables, without the room kept for controls
/// that will not come, and the pictures at their own height.
#[test]
fn when_the_charts_bundle_cannot_load_no_room_is_kept_for_its_controls() {
    let page = OpenArticle::open_served(
        Launch::default(),
        "",
        Serving::default().without("japan-us-trade"),
    );
    let browser = &page.browser;
    // The first chart's approach starts the bundle, which fails.
    browser.eval(
        "document.querySelector('.chart-island').scrollIntoView({ block: 'start', behavior: 'instant' })",
        vec![],
    );
    browser.wait_for(
        "the page to know the charts are unavailable",
        "return document.documentElement.getAttribute('data-charts') === 'unavailable'",
    );
    let kept = browser.eval(
        "const awaiting = [...document.querySelectorAll('.chart__awaiting')];
         const frames = [...document.querySelectorAll('.chart__frame')];
         return [awaiting.length > 0, awaiting.filter(e => getComputedStyle(e).display !== 'none').length,
                 frames.length > 0, frames.filter(f => getComputedStyle(f).overflow !== 'visible'
                   || getComputedStyle(f).minHeight !== '0px' || getComputedStyle(f).aspectRatio !== 'auto').length,
                 document.querySelectorAll('.chart-island[data-live]').length]",
        vec![],
    );
    assert_eq!(
        kept,
        json!([true, 0, true, 0, 0]),
        "[kept rooms, shown, frames, frames still sized as a canvas, live charts]"
    );
}
