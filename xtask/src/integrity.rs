//! Subresource integrity for the app's own script and wasm. Trunk already
//! puts `integrity` on the stylesheets and on its preload links, but its
//! loader then imports the glue and fetches the wasm without any: a preload
//! alone does not bind the later request. So the loader is rewritten to ask
//! for both with their SHA-384 digests (an import map for the glue module, a
//! `fetch` with `integrity` for the wasm), and a changed file is refused.

use std::ops::Range;
use std::path::Path;

use crate::markup::{between, element, without_tags};

use sha2::{Digest, Sha384};

/// The glue script and wasm file that Trunk's loader in `html` names.
pub struct LoaderFiles<'a> {
    pub glue: &'a str,
    pub wasm: &'a str,
}

/// Finds Trunk's loader (`<script type="module">`) and the two files it
/// loads: the glue it imports, and the wasm it names (or, once `apply` has
/// run, the wasm the early fetch before it names).
pub fn loader_files(html: &str) -> Result<LoaderFiles<'_>, String> {
    let loader = &html[loader(html)?];
    let glue = between(loader, "from './", "'").ok_or("the loader names no glue script")?;
    let wasm_end = html.find(".wasm'").ok_or("the loader names no wasm file")?;
    let wasm_start = html[..wasm_end]
        .rfind("'./")
        .ok_or("the loader's wasm path does not start with ./")?
        + "'./".len();
    Ok(LoaderFiles {
        glue,
        wasm: &html[wasm_start..wasm_end + ".wasm".len()],
    })
}

/// The start of the classic script that fetches the wasm early.
pub const EARLY_FETCH: &str = "<script>window.explainerWasm = fetch(";

/// Where Trunk's loader script is in `html`, `<script>` to `</script>`.
pub fn loader(html: &str) -> Result<Range<usize>, String> {
    element(html, "<script type=\"module\">", "</script>")?
        .ok_or_else(|| "no Trunk loader script in index.html".to_owned())
}

/// `sha384-…` as the `integrity` attribute wants it.
pub fn digest(bytes: &[u8]) -> String {
    format!("sha384-{}", crate::offline::base64(&Sha384::digest(bytes)))
}

/// `html` with the loader asking for the glue and the wasm by their digests.
pub fn apply(html: &str, dist: &Path) -> Result<String, String> {
    let files = loader_files(html)?;
    let read = |name: &str| {
        std::fs::read(dist.join(name)).map_err(|e| format!("cannot read dist/{name}: {e}"))
    };
    let (glue_digest, wasm_digest) = (digest(&read(files.glue)?), digest(&read(files.wasm)?));
    let plain = format!("module_or_path: './{}'", files.wasm);
    if !html.contains(&format!("init({{ {plain} }})")) {
        return Err(format!("the loader does not call init({{ {plain} }})"));
    }
    // A failed load is also handed to index.html's failure note directly:
    // not every engine reports a rejected top-level await as an error event
    // (WebKit does not).
    let plain = format!("init({{ {plain} }})");
    // The wasm is fetched by a classic script as soon as the parser reaches
    // it, beside the glue's download, and not after the glue module has
    // been fetched and run (modules wait for the whole page): on a slow
    // network that is a round trip and more sooner. The loader then hands
    // that response to `init`, which compiles it as it streams in.
    let early = format!(
        "{EARLY_FETCH}'./{}', {{ integrity: '{wasm_digest}' }});</script>\n",
        files.wasm
    );
    let checked = "init({ module_or_path: window.explainerWasm })\n  \
         .catch(function (error) { if (window.explainerFailed) window.explainerFailed(error); throw error; })";
    // An import map must come before the first module script.
    let import_map = format!(
        "<script type=\"importmap\">{{\"integrity\": {{\"./{}\": \"{glue_digest}\"}}}}</script>\n",
        files.glue
    );
    let html = html.replacen(&plain, checked, 1).replacen(
        "<script type=\"module\">",
        &format!("{early}{import_map}<script type=\"module\">"),
        1,
    );
    let html = with_glue_preload_digest(&html, files.glue, &glue_digest)?;
    without_wasm_preload(&html, files.wasm)
}

/// `html` with Trunk's `<link rel="modulepreload">` of the glue asking for
/// the glue's final digest. Trunk wrote the digest of the glue as it built
/// it; terser has rewritten the glue since. A first visit got away with the
/// stale one (the preload failed, quietly, and the import fetched the glue
/// again under the import map's digest), but on the next visit with the glue
/// in the HTTP cache (GitHub Pages caches for 10 minutes) Chromium reused
/// the failed preload for the import and the app could not start: back from
/// the handout, or the embed beside the front page.
fn with_glue_preload_digest(html: &str, glue: &str, digest: &str) -> Result<String, String> {
    let link = format!("<link rel=\"modulepreload\" href=\"./{glue}\"");
    let Some(start) = html.find(&link) else {
        return Ok(html.to_owned());
    };
    let end = start
        + html[start..]
            .find('>')
            .ok_or("the glue's modulepreload link is not closed")?;
    let tag = &html[start..end];
    let Some(at) = tag.find("integrity=\"") else {
        return Ok(html.to_owned());
    };
    let value = start + at + "integrity=\"".len();
    let value_end = value
        + html[value..end]
            .find('"')
            .ok_or("the glue's modulepreload integrity is not closed")?;
    Ok(format!("{}{digest}{}", &html[..value], &html[value_end..]))
}

/// `html` without Trunk's `<link rel="preload">` of the wasm. Firefox ESR
/// does not match that preload to the loader's `fetch` (with or without
/// `integrity` on the link) and downloads the wasm twice, about a second
/// more on a slow network. Without it Chromium starts the app about 0.1 s
/// later on Slow 4G (measured with `cargo xtask bench`), as the wasm request
/// then waits for the small glue script.
fn without_wasm_preload(html: &str, wasm: &str) -> Result<String, String> {
    without_tags(html, &format!("<link rel=\"preload\" href=\"./{wasm}\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    // As Trunk writes it: the glue's preload with the digest of the glue
    // before terser rewrote it.
    const LOADER: &str =
        "<head><link rel=\"modulepreload\" href=\"./app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-stale\">\n\
        <link rel=\"preload\" href=\"./app-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\n\
        <script type=\"module\">\nimport init, * as bindings from './app-1.js';\n\
        const wasm = await init({ module_or_path: './app-1_bg.wasm' });\n</script></head>";

    #[test]
    fn finds_the_files_before_and_after_the_rewrite() {
        let dir = std::env::temp_dir().join(format!("xtask-sri-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("app-1.js"), "export default 1;").unwrap();
        std::fs::write(dir.join("app-1_bg.wasm"), b"\0asm").unwrap();
        let checked = apply(LOADER, &dir).unwrap();
        for html in [LOADER, checked.as_str()] {
            let files = loader_files(html).unwrap();
            assert_eq!((files.glue, files.wasm), ("app-1.js", "app-1_bg.wasm"));
        }
        let wasm_digest = digest(b"\0asm");
        let early = checked
            .find(&format!(
                "<script>window.explainerWasm = fetch('./app-1_bg.wasm', {{ integrity: '{wasm_digest}' }});</script>"
            ))
            .expect("the wasm is fetched early, with its digest");
        assert!(early < checked.find("<script type=\"module\">").unwrap());
        assert!(checked.contains("init({ module_or_path: window.explainerWasm })"));
        assert!(checked.contains("window.explainerFailed(error)"));
        let glue_digest = digest(b"export default 1;");
        let map = checked.find("<script type=\"importmap\">").unwrap();
        assert!(map < checked.find("<script type=\"module\">").unwrap());
        assert!(checked.contains(&format!("\"./app-1.js\": \"{glue_digest}\"")));
        assert!(
            checked.contains(&format!(
                "<link rel=\"modulepreload\" href=\"./app-1.js\" crossorigin=\"anonymous\" integrity=\"{glue_digest}\">"
            )),
            "the glue's preload asks for the final glue: {checked}"
        );
        assert!(!checked.contains("sha384-stale"));
        assert!(
            !checked.contains("rel=\"preload\""),
            "the wasm preload is gone"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn digest_is_standard_sha384() {
        // Known answer: SHA-384 of "abc" (FIPS 180-2), in base64.
        assert_eq!(
            digest(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
