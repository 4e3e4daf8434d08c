//! embed.html, the explainer for another site's frame (a blog, Moodle,
//! Canvas, Google Sites), and embed.js, the few lines a host page adds so the
//! frame fits the story's height.
//!
//! embed.html is the class's page with its own pre-rendered first screen
//! (the step, its map and the pager under one line of chrome, drawn by the
//! app with `embed`), the same app, stylesheet and story: readable before the
//! wasm arrives, like the front page. Its root says `data-embed`, which is
//! how the app knows it is the embed.

use std::fs;
use std::path::Path;

pub const EMBED_PAGE: &str = "embed.html";

/// The host page's script, shipped as written (it is short, and a teacher
/// or a school's web team may want to read what they add to their page).
pub const HOST_SCRIPT: &str = "host/embed.js";

/// The root the embed's app draws in: the mark tells it to draw the embed.
const EMBED_ROOT: &str = "<div id=\"app\" data-embed>";

/// `index` (the front page with its first screen in place, before subresource
/// integrity and the CSP) with the embed's first screen instead of the front
/// page's; the caller finishes it like index.html.
pub fn page(index: &str, first_screen: &str, embed_screen: &str) -> Result<String, String> {
    let front = format!("<div id=\"app\">{first_screen}</div>");
    if !index.contains(&front) {
        return Err("index.html has no pre-rendered first screen to replace".to_owned());
    }
    Ok(index.replace(&front, &format!("{EMBED_ROOT}{embed_screen}</div>")))
}

/// Copies the host script into `dist/`.
pub fn write_host_script(dist: &Path) -> Result<(), String> {
    let name = Path::new(HOST_SCRIPT)
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    fs::copy(HOST_SCRIPT, dist.join(&*name))
        .map(|_| ())
        .map_err(|e| format!("cannot copy {HOST_SCRIPT} into dist/: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_page_has_the_embeds_screen_in_a_marked_root() {
        let index = "<body><div id=\"app\"><article>front</article></div></body>";
        let embed = page(
            index,
            "<article>front</article>",
            "<article>embed</article>",
        )
        .unwrap();
        assert_eq!(
            embed,
            "<body><div id=\"app\" data-embed><article>embed</article></div></body>"
        );
    }

    #[test]
    fn a_page_without_its_first_screen_is_refused() {
        let error = page("<div id=\"app\"></div>", "<article>front</article>", "x").unwrap_err();
        assert!(error.contains("first screen"), "{error}");
    }
}
