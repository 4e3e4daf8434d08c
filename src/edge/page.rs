//! Which page of the teacher's build this is: its file name and query
//! (`quiz.html?quiz`, `speaker.html`, the offline file's name). Each
//! language's build has the same pages, and the language switch opens this
//! one there. Read once at start (main.rs), so render code never asks the
//! browser.

use std::sync::OnceLock;

static PAGE: OnceLock<String> = OnceLock::new();

/// Reads the page's file name and query from the address (the folder's
/// index.html is the folder itself, `./`).
pub fn remember() {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or_default();
    let file = if file == "index.html" { "" } else { file };
    let _ = PAGE.set(format!("{file}{}", location.search().unwrap_or_default()));
}

/// The page as remembered: empty before `remember` (and in the pre-render).
pub fn this() -> &'static str {
    PAGE.get().map_or("", String::as_str)
}
