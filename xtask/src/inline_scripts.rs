//! The page's own inline scripts (the failure note, the CSP violation log,
//! the hidden first screen of a shared link) minified by terser, as the glue
//! is: index.html keeps them readable, with comments that say why; the
//! reader's browser gets them without. Before the Content-Security-Policy
//! step, which hashes the scripts as they are finally written.

use std::path::Path;

/// `html` with each plain `<script>` (no attributes: not Trunk's module
/// loader, not an import map) minified by `minify`, which rewrites the
/// file it is given in place.
pub fn minify(
    html: &str,
    scratch: &Path,
    minify: impl Fn(&Path) -> Result<(), String>,
) -> Result<String, String> {
    const OPEN: &str = "<script>";
    const CLOSE: &str = "</script>";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        let body_start = start + OPEN.len();
        let body_end = body_start
            + rest[body_start..]
                .find(CLOSE)
                .ok_or("an inline <script> without </script>")?;
        std::fs::write(scratch, &rest[body_start..body_end])
            .map_err(|e| format!("cannot write {}: {e}", scratch.display()))?;
        minify(scratch)?;
        let small = std::fs::read_to_string(scratch)
            .map_err(|e| format!("cannot read {}: {e}", scratch.display()))?;
        out.push_str(&rest[..body_start]);
        out.push_str(small.trim_end());
        rest = &rest[body_end..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only plain scripts are handed over, each once, and put back where
    /// they were.
    #[test]
    fn minifies_plain_scripts_only() {
        let scratch = std::env::temp_dir().join(format!("inline-{}.js", std::process::id()));
        let html = "<head><script>// why\nvar a = 1;</script><script type=\"module\">import x from './x.js';</script></head><body><script>  b()  </script></body>";
        let out = minify(html, &scratch, |file| {
            let text = std::fs::read_to_string(file).unwrap();
            std::fs::write(file, format!("[{}]\n", text.trim())).unwrap();
            Ok(())
        })
        .unwrap();
        assert_eq!(
            out,
            "<head><script>[// why\nvar a = 1;]</script><script type=\"module\">import x from './x.js';</script></head><body><script>[b()]</script></body>"
        );
        let _ = std::fs::remove_file(scratch);
    }
}
