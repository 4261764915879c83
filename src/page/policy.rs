//! The pages' Content-Security-Policy: everything from their own origin, WebAssembly allowed, and the
//! pages' inline scripts (each page's loader, and the article's embed redirect and contents script; all
//! written by the build) allowed by their hashes. No `unsafe-inline`, no `unsafe-eval`.

/// The inline `<script>` elements' contents, in order.
pub fn inline_scripts(page: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        let tail = &rest[start..];
        let Some(open_end) = tail.find('>') else {
            break;
        };
        let opening = &tail[..open_end];
        let Some(close) = tail.find("</script>") else {
            break;
        };
        if !opening.contains(" src=") {
            scripts.push(&tail[open_end + 1..close]);
        }
        rest = &tail[close + "</script>".len()..];
    }
    scripts
}

/// The policy allowing scripts whose hashes (`sha256-…`) are given.
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|h| format!(" '{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inline_scripts_are_found_and_the_policy_allows_just_them() {
        let page = "<script src=\"/a.js\"></script><script type=\"module\">import init from '/a.js';</script>";
        assert_eq!(inline_scripts(page), ["import init from '/a.js';"]);
        let policy = content_security_policy(&["sha256-abc".to_string()]);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        assert!(policy.contains("object-src 'none'") && policy.contains("base-uri 'self'"));
    }
}
