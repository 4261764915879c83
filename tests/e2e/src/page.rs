//! The article served from `dist/` and opened in a fresh browser, ready for a test.

use crate::browser::{Browser, Launch};
use crate::static_server::{Serving, StaticServer};

/// Script text defining `frame()` (waits for a frame and a task) and `readToTheEnd(step)` (scrolls down by
/// `step` px a frame at a time until the page's end, as a reader would, so the charts come to life).
pub const READ_TO_THE_END: &str =
    "const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)));
     const readToTheEnd = async (step) => {
       while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
         scrollBy({ top: step, behavior: 'instant' });
         await frame();
       }
       await frame();
     };";

/// Reads the whole page down a frame at a time, as a reader would, waits until every chart has come to
/// life, and returns to the top.
pub fn bring_every_chart_to_life(browser: &Browser) {
    browser.eval_async(
        &format!(
            "const done = arguments[arguments.length - 1];
             {READ_TO_THE_END}
             readToTheEnd(400).then(() => {{ scrollTo({{ top: 0, behavior: 'instant' }}); done(true); }});"
        ),
        vec![],
    );
    browser.wait_for(
        "every chart to come to life",
        "const islands = document.querySelectorAll('.chart-island');
         return islands.length > 0 && document.querySelectorAll('.chart-island[data-live]').length === islands.length",
    );
}

/// Waits until the page has stopped scrolling (its scroll position unchanged over five frames, as after a
/// followed link's smooth scroll) and returns where it is.
pub fn scroll_position_once_settled(browser: &Browser) -> f64 {
    browser
        .eval_async(
            "const done = arguments[arguments.length - 1];
             let last = NaN, still = 0;
             const deadline = performance.now() + 20000;
             const check = () => {
               still = Math.abs(scrollY - last) < 0.5 ? still + 1 : 0;
               last = scrollY;
               if (still >= 5 || performance.now() > deadline) done(scrollY); else requestAnimationFrame(check);
             };
             requestAnimationFrame(check);",
            vec![],
        )
        .as_f64()
        .expect("a scroll position")
}

/// Characters per line of the history section's first paragraph: its width over the average width of its
/// own characters, measured on one unwrapped line.
pub fn characters_per_line(browser: &Browser) -> f64 {
    browser
        .eval(
            "const p = document.querySelector('#history p');
             const sample = p.textContent.slice(0, 300);
             const probe = document.createElement('span');
             probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
             probe.textContent = sample;
             p.appendChild(probe);
             const perChar = probe.getBoundingClientRect().width / sample.length;
             probe.remove();
             return p.getBoundingClientRect().width / perChar;",
            vec![],
        )
        .as_f64()
        .expect("a number")
}

/// A served article in a browser; the browser is dropped (and quit) before the server.
pub struct OpenArticle {
    pub browser: Browser,
    pub server: StaticServer,
}

impl OpenArticle {
    /// Serves `dist/`, opens `/{suffix}` (e.g. `#currency`) and waits until the app has rendered the page.
    pub fn open(launch: Launch, suffix: &str) -> OpenArticle {
        let server = StaticServer::start(&crate::dist_dir());
        let browser = Browser::launch(launch);
        browser.goto(&format!("{}/{suffix}", server.origin));
        browser.wait_for(
            "the article to render",
            "return document.querySelectorAll('main section h2').length > 0",
        );
        OpenArticle { browser, server }
    }

    /// Like [`OpenArticle::open`], running `instrument` in the page before its own scripts (the server puts it
    /// first into every page).
    pub fn open_instrumented(launch: Launch, suffix: &str, instrument: &str) -> OpenArticle {
        OpenArticle::open_served(launch, suffix, Serving::default().instrument(instrument))
    }

    /// Like [`OpenArticle::open`], with the server answering as `serving` says (stalling or losing the
    /// bundle, say), once the page has loaded.
    pub fn open_served(launch: Launch, suffix: &str, serving: Serving) -> OpenArticle {
        let server = StaticServer::serve(&crate::dist_dir(), serving);
        let browser = Browser::launch(launch);
        browser.goto(&format!("{}/{suffix}", server.origin));
        browser.wait_for("the article", "return document.readyState === 'complete' && document.querySelectorAll('main section h2').length > 0");
        OpenArticle { browser, server }
    }

    /// Serves `dist/` and opens the embedded widget at `/{query}`, waiting until its chart is drawn.
    pub fn open_embed(launch: Launch, query: &str) -> OpenArticle {
        let server = StaticServer::start(&crate::dist_dir());
        let browser = Browser::launch(launch);
        browser.goto(&format!("{}/embed.html{query}", server.origin));
        browser.wait_for(
            "the widget",
            "return document.querySelector('#embed-root canvas')?.width > 10",
        );
        OpenArticle { browser, server }
    }

    /// Scrolls down to the debates a viewport at a time, as a reader would, and waits until the page's
    /// scripts have started there: the debates' "Expand all" controls, hidden without scripts, show.
    pub fn read_to_the_debates(&self) {
        self.browser.wait_for(
            "the debates' controls",
            "const debates = document.querySelector('.controversies');
             if (debates.getBoundingClientRect().top > innerHeight / 2) scrollBy({ top: innerHeight, behavior: 'instant' });
             return !debates.querySelector('.controversies__controls').hidden;",
        );
    }

    /// Waits until the goods-trade canvas has been sized and drawn, and returns its pixel width.
    pub fn wait_for_chart(&self) -> u64 {
        self.browser
            .wait_for(
                "the chart to be drawn",
                "const figure = document.getElementById('goods-trade-chart');
                 const c = figure.querySelector('canvas');
                 if (!c) { figure.scrollIntoView({ block: 'center', behavior: 'instant' }); return 0; }
                 if (c.width < 2) return 0;
                 const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                 let inked = 0;
                 for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i+1] !== d[1] || d[i+2] !== d[2]) inked++;
                 return inked > 0.01 * c.width * c.height ? c.width : 0;",
            )
            .as_u64()
            .expect("a width")
    }
}
