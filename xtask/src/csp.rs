//! The page's Content-Security-Policy, as a meta tag a static host can
//! carry: scripts only from the page's own origin or inline scripts whose
//! SHA-256 hashes are listed (never 'unsafe-inline' for scripts), wasm
//! compilation allowed, nothing from any other origin.

use sha2::{Digest, Sha256};

/// `html` with a CSP meta tag after `<meta charset="utf-8" />`, listing the
/// hash of every inline script it holds.
pub fn apply(html: &str) -> Result<String, String> {
    let hashes: Vec<String> = inline_scripts(html)
        .into_iter()
        .map(|body| {
            format!(
                "'sha256-{}'",
                crate::offline::base64(&Sha256::digest(body.as_bytes()))
            )
        })
        .collect();
    // A page with no inline script (the whole-story page) runs no script at all.
    let scripts = if hashes.is_empty() {
        "'none'".to_owned()
    } else {
        format!("'self' 'wasm-unsafe-eval' {}", hashes.join(" "))
    };
    let policy = format!(
        "default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'none'"
    );
    let anchor = "<meta charset=\"utf-8\" />";
    if !html.contains(anchor) {
        return Err("index.html has no <meta charset=\"utf-8\" /> to put the policy after".into());
    }
    let meta = format!(
        "{anchor}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />"
    );
    Ok(html.replacen(anchor, &meta, 1))
}

/// The text of every `<script>` without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|at| start + at + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</script>").map(|at| open_end + at) else {
            break;
        };
        if !rest[start..open_end].contains(" src=") {
            found.push(&rest[open_end..close]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_the_hash_of_each_inline_script_and_no_unsafe_inline_script() {
        let html = "<head><meta charset=\"utf-8\" /><script>alert(1)</script><script src=\"x.js\"></script><script type=\"module\">go()</script></head>";
        let out = apply(html).unwrap();
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert!(
            out.contains("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"),
            "{out}"
        );
        assert_eq!(
            out.matches("'sha256-").count(),
            2,
            "two inline scripts, the src one skipped"
        );
        let script_src = out
            .split("script-src")
            .nth(1)
            .unwrap()
            .split(';')
            .next()
            .unwrap();
        assert!(!script_src.contains("unsafe-inline"));
    }
}
