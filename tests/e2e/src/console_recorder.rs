//! A recorder of a page's console errors, for engines whose driver keeps no console log (Firefox, WebKit).
//! The test server puts it first into every page it serves, as a script from the page's own origin (which the
//! pages' Content-Security-Policy allows); it notes what Chromium's log would show as errors — `console.error`,
//! uncaught exceptions, unhandled rejections, resources that failed to load and Content-Security-Policy
//! violations — and `console.warn`, each with its level. The notes live in the tab's session storage, so they
//! survive a navigation within the site, and `drain` takes them out.

/// Where the server serves the recorder.
pub const RECORDER_PATH: &str = "/__e2e__/console-recorder.js";

/// The recorder script.
pub const RECORDER: &str = r#"(() => {
  const key = '__e2eConsole';
  const kept = self.__e2eConsole = self.__e2eConsole || [];
  const note = (level, message) => {
    const entry = [level, String(message)];
    try {
      const stored = JSON.parse(sessionStorage.getItem(key) || '[]');
      stored.push(entry);
      sessionStorage.setItem(key, JSON.stringify(stored));
    } catch (e) { kept.push(entry); }
  };
  const text = (args) => args.map(a => a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'object' ? (() => { try { return JSON.stringify(a); } catch (e) { return String(a); } })() : String(a)).join(' ');
  const error = console.error.bind(console), warn = console.warn.bind(console);
  console.error = (...args) => { note('SEVERE', location.href + ' console.error: ' + text(args)); error(...args); };
  console.warn = (...args) => { note('WARNING', location.href + ' console.warn: ' + text(args)); warn(...args); };
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== self && (target.src || target.href)) {
      note('SEVERE', `${location.href} failed to load ${target.src || target.href}`);
    } else {
      note('SEVERE', `${event.filename || location.href}:${event.lineno || 0} Uncaught ${event.message}`);
    }
  }, true);
  addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    note('SEVERE', `${location.href} Uncaught (in promise) ${reason instanceof Error ? reason.name + ': ' + reason.message : String(reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    note('SEVERE', `${location.href} Content-Security-Policy: refused ${event.blockedURI || 'inline'} (${event.violatedDirective})`);
  });
})();"#;

/// A script (for WebDriver's execute) returning the notes made in the current frame since the last drain,
/// or `null` when the frame has no recorder (a page the test server did not serve).
pub const DRAIN: &str = "const key = '__e2eConsole';
  if (!self.__e2eConsole) return null;
  let stored = [];
  try { stored = JSON.parse(sessionStorage.getItem(key) || '[]'); sessionStorage.removeItem(key); } catch (e) {}
  return stored.concat(self.__e2eConsole.splice(0));";

/// `html` with the recorder's `<script>` first in its `<head>` (or first in the document when it has none).
pub fn with_recorder(html: &str, scripts: &[String]) -> String {
    let tags: String = scripts
        .iter()
        .map(|src| format!("<script src=\"{src}\"></script>"))
        .collect();
    let lower = html.to_ascii_lowercase();
    let at = match lower.find("<head") {
        Some(start) => lower[start..].find('>').map_or(0, |end| start + end + 1),
        None => lower
            .find("<!doctype")
            .and_then(|start| lower[start..].find('>').map(|end| start + end + 1))
            .unwrap_or(0),
    };
    format!("{}{tags}{}", &html[..at], &html[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scripts_go_first_into_the_head_or_after_the_doctype() {
        let scripts = vec![RECORDER_PATH.to_string()];
        let tag = format!("<script src=\"{RECORDER_PATH}\"></script>");
        assert_eq!(
            with_recorder(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"></head>",
                &scripts
            ),
            format!("<!doctype html><html lang=\"en\"><head>{tag}<meta charset=\"utf-8\"></head>")
        );
        assert_eq!(
            with_recorder("<!doctype html><p>hi", &scripts),
            format!("<!doctype html>{tag}<p>hi")
        );
        assert_eq!(with_recorder("<p>hi", &scripts), format!("{tag}<p>hi"));
    }
}
