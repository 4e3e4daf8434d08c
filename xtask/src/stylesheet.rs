//! One minified stylesheet for the built site. The source keeps its seven
//! files (tokens, base, layout, …) for people editing them; a reader's
//! browser gets one file, with comments and spaces gone: about 4.6 KB less
//! gzip, and one render-blocking request before the first paint instead of
//! seven.

use std::path::Path;

use crate::markup::{attribute, tags, without_tags};
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

const LINK: &str = "<link rel=\"stylesheet\" href=\"./";

/// Replaces Trunk's stylesheet links in `html` with one link to a bundled,
/// minified file in `dist`, and deletes the files it replaced.
pub fn bundle(html: &str, dist: &Path) -> Result<String, String> {
    let links = tags(html, LINK)?;
    let at = links.first().ok_or("index.html links no stylesheet")?.start;
    let (mut css, mut replaced) = (String::new(), Vec::new());
    for link in &links {
        let name = attribute(&html[link.clone()], "href")
            .ok_or("a stylesheet <link> without href")?
            .trim_start_matches("./");
        let text = std::fs::read_to_string(dist.join(name))
            .map_err(|e| format!("cannot read dist/{name}: {e}"))?;
        css.push_str(&minify(&text, &source_name(name))?);
        replaced.push(name);
    }
    let mut html = without_tags(html, LINK)?;
    let name = format!("explainer-{}.css", short_hash(css.as_bytes()));
    std::fs::write(dist.join(&name), &css).map_err(|e| format!("cannot write dist/{name}: {e}"))?;
    for old in replaced.iter().filter(|old| **old != name) {
        std::fs::remove_file(dist.join(old))
            .map_err(|e| format!("cannot remove dist/{old}: {e}"))?;
    }
    let link = format!(
        "{LINK}{name}\" integrity=\"{}\"/>",
        crate::integrity::digest(css.as_bytes())
    );
    html.insert_str(at, &link);
    Ok(html)
}

/// The files `html`'s stylesheet links name, in order (without `./`).
pub fn linked(html: &str) -> Result<Vec<String>, String> {
    tags(html, LINK)?
        .into_iter()
        .map(|link| {
            attribute(&html[link], "href")
                .map(|href| href.trim_start_matches("./").to_owned())
                .ok_or_else(|| "a stylesheet <link> without href".to_owned())
        })
        .collect()
}

/// A stylesheet of the project (`styles/…`) minified, as a `<style>` for a
/// page's head: the pages that carry their own styles inline.
pub fn inline(file: &str) -> Result<String, String> {
    let css = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    Ok(format!("    <style>{}</style>\n", minify(&css, file)?))
}

/// `css` minified; a parse error names the file and the line.
pub fn minify(css: &str, name: &str) -> Result<String, String> {
    let options = ParserOptions {
        filename: name.to_owned(),
        ..ParserOptions::default()
    };
    let mut sheet = StyleSheet::parse(css, options).map_err(|e| match &e.loc {
        Some(at) => format!("{name} line {}: {}", at.line + 1, e.kind),
        None => format!("{name}: {}", e.kind),
    })?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|e| format!("cannot minify the stylesheets: {e}"))?;
    let printed = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_err(|e| format!("cannot print the stylesheet: {e}"))?;
    Ok(printed.code)
}

/// `styles/map.css` for Trunk's `map-9db0ba21e6c23753.css`.
fn source_name(built: &str) -> String {
    let stem = built.trim_end_matches(".css");
    let stem = stem.rsplit_once('-').map_or(stem, |(stem, _hash)| stem);
    format!("styles/{stem}.css")
}

/// Sixteen hex digits of the content's SHA-384, like Trunk's file names, so a
/// changed stylesheet gets a new name and no cache serves the old one.
fn short_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha384};
    Sha384::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minifying_keeps_every_rule_and_drops_comments_and_spaces() {
        let css = "/* tokens */\n:root { --ink: #111; }\n\n@media (prefers-reduced-motion: reduce) {\n  .map { transition: none; }\n}\n@media (forced-colors: active) { .map__land { fill: Canvas; } }\n";
        let out = minify(css, "x.css").unwrap();
        assert!(!out.contains("tokens") && !out.contains('\n'), "{out}");
        for kept in [
            "--ink:#111",
            "prefers-reduced-motion:reduce",
            "transition:none",
            "forced-colors:active",
            "fill:canvas",
        ] {
            assert!(out.contains(kept), "{kept} is in {out}");
        }
        assert!(out.len() < css.len());
    }

    #[test]
    fn a_broken_stylesheet_fails_the_build_instead_of_losing_rules() {
        let error = minify(".ok { color: red; }\n.a[ { color: blue; }", "map-1.css").unwrap_err();
        assert!(error.starts_with("map-1.css line 2: "), "{error}");
        assert_eq!(source_name("map-9db0ba21e6c23753.css"), "styles/map.css");
    }

    #[test]
    fn the_links_become_one_and_the_old_files_go() {
        let dist = std::env::temp_dir().join(format!("xtask-css-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("a-1.css"), "/* a */ .a { color: red; }").unwrap();
        std::fs::write(dist.join("b-2.css"), ".b { color: blue; }").unwrap();
        let html = "<head>\n<link rel=\"stylesheet\" href=\"./a-1.css\" integrity=\"x\"/>\n<link rel=\"stylesheet\" href=\"./b-2.css\" integrity=\"y\"/>\n</head>";
        let out = bundle(html, &dist).unwrap();
        assert_eq!(out.matches("rel=\"stylesheet\"").count(), 1, "{out}");
        let name = crate::markup::between(&out, "href=\"./", "\"").unwrap();
        let css = std::fs::read_to_string(dist.join(name)).unwrap();
        assert!(
            css.contains(".a{color:red}") && css.contains(".b{color:#00f}"),
            "{css}"
        );
        assert!(
            css.find(".a{").unwrap() < css.find(".b{").unwrap(),
            "source order kept"
        );
        assert!(out.contains(&crate::integrity::digest(css.as_bytes())));
        assert!(!dist.join("a-1.css").exists() && !dist.join("b-2.css").exists());
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
