//! The single offline file: `dist/vostochny-explainer-offline.html`, with the
//! stylesheets, the JavaScript glue and the wasm (as base64) inside, so a
//! teacher can open it from a USB stick or an e-mail with no network.

use std::fs;
use std::path::{Path, PathBuf};

use crate::markup::{attribute, element, tag, without_tags};

pub const OFFLINE_FILE: &str = "vostochny-explainer-offline.html";

/// Writes the offline file next to `dist/index.html` and returns its path.
/// `page` is the finished index.html naming the files to inline (from
/// `dist/`). `full_text` is the whole story: the site keeps it on its own
/// page, this file in a section shown without JavaScript or when the app
/// cannot start.
pub fn write(dist: &Path, page: &str, full_text: &str) -> Result<PathBuf, String> {
    let read = |name: &str| {
        fs::read_to_string(dist.join(name)).map_err(|e| format!("cannot read dist/{name}: {e}"))
    };
    let mut html = page.to_owned();

    // The site's policy lists the site's inline scripts; this file gets its own.
    html = without_tags(&html, "<meta http-equiv=\"Content-Security-Policy\"")?;
    // Stylesheets: each <link rel="stylesheet" href="./x.css" …/> becomes a <style>.
    while let Some(range) = tag(&html, "<link rel=\"stylesheet\" href=\"./")? {
        let href =
            attribute(&html[range.clone()], "href").ok_or("a stylesheet link without href")?;
        let css = read(href.trim_start_matches("./"))?;
        html.replace_range(range, &format!("<style>\n{css}\n</style>"));
    }
    // Preloads of the script and wasm are not needed when both are inline.
    html = without_tags(&html, "<link rel=\"modulepreload\"")?;
    html = without_tags(&html, "<link rel=\"preload\"")?;

    // Trunk's loader imports the glue and fetches the wasm; instead, inline the
    // glue and instantiate the wasm from bytes with wasm-bindgen's initSync.
    let files = crate::integrity::loader_files(&html)?;
    let (glue_name, wasm_name) = (files.glue.to_owned(), files.wasm.to_owned());
    // The import map only carries the glue's digest, and the glue is inline
    // here; the wasm is inline too, so nothing fetches it early.
    if let Some(map) = element(&html, "<script type=\"importmap\">", "</script>")? {
        html.replace_range(map, "");
    }
    if let Some(early) = element(&html, crate::integrity::EARLY_FETCH, "</script>")? {
        html.replace_range(early, "");
    }
    let loader = crate::integrity::loader(&html)?;
    let glue = read(&glue_name)?;
    let wasm = fs::read(dist.join(&wasm_name))
        .map_err(|e| format!("cannot read dist/{wasm_name}: {e}"))?;
    let inline = format!(
        "<script type=\"module\">\n{glue}\n\
         const bytes = Uint8Array.from(atob(\"{}\"), function (c) {{ return c.charCodeAt(0); }});\n\
         initSync({{ module: bytes }});\n\
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\"));\n</script>",
        base64(&wasm)
    );
    html.replace_range(loader, &inline);

    // The whole story and the pre-rendered first screen are two renders of
    // the same components, so their ids would meet here (`tip-kim` in step
    // 1 of each): the whole story's get a prefix of their own.
    let full_text = crate::markup::prefix_ids(full_text, "whole-story-");
    let whole_story = format!("<section id=\"whole-story\" hidden>{full_text}</section>\n</body>");
    // Without JavaScript the section shows. The rule sits in the head: a
    // <style> in the body may only style what comes after its parent (HTML's
    // rule, which the Nu Html Checker enforces), and the section comes before.
    let show_without_script =
        "  <noscript><style>#whole-story { display: block; }</style></noscript>\n  </head>";
    if !html.contains("</head>") {
        return Err("index.html has no </head>".into());
    }
    let html = html
        .replace(
            &format!("href=\"./{}\"", crate::story_page::STORY_PAGE),
            "href=\"#whole-story\"",
        )
        .replacen("</head>", show_without_script, 1)
        .replacen("</body>", &whole_story, 1);
    let html = crate::csp::apply(&html)?;
    let path = dist.join(OFFLINE_FILE);
    fs::write(&path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0, 255, 16]), "AP8Q");
    }
}
