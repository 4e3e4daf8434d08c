//! The whole story as one static page, `dist/story.html`: every step with
//! its statements, sources and statuses, pre-rendered by Yew's SSR. It is
//! for readers without JavaScript or WebAssembly (the front page's notes
//! link to it) and for search engines; keeping it off the front page keeps
//! the first view small. It has no script at all.

use std::path::Path;

pub const STORY_PAGE: &str = "story.html";

/// Writes `dist/story.html` with the stylesheets `index` links to.
pub fn write(dist: &Path, index: &str, full_text: &str) -> Result<(), String> {
    let body = format!(
        "    <main class=\"story-page\">
      <h1 class=\"story-page__title\">Putin and Kim meet at Vostochny, 13 September 2023</h1>
      <p class=\"story-page__back\"><a href=\"./\">Open the interactive explainer</a> (it needs JavaScript and WebAssembly).</p>
{full_text}
    </main>"
    );
    let page = static_page(
        index,
        &Head {
            title: "The whole story: Putin and Kim meet at Vostochny, 13 September 2023",
            description: "Every step of the classroom explainer of the 13 September 2023 Putin–Kim summit at Vostochny as one page, each statement with who said it and how sure it is.",
            color_scheme: "light dark",
            extra: "",
        },
        &body,
    )?;
    std::fs::write(dist.join(STORY_PAGE), page)
        .map_err(|e| format!("cannot write dist/{STORY_PAGE}: {e}"))
}

/// What a script-free page of the site says about itself.
pub struct Head<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub color_scheme: &'a str,
    /// More of the head, after the stylesheets (a page's own `<style>`).
    pub extra: &'a str,
}

/// A static page of the site (the whole story, the worksheet): the
/// stylesheets `index` links to, no script, and the Content-Security-Policy
/// every page carries.
pub fn static_page(index: &str, head: &Head<'_>, body: &str) -> Result<String, String> {
    let mut stylesheets = String::new();
    for link in crate::markup::tags(index, "<link rel=\"stylesheet\"")? {
        stylesheets.push_str("    ");
        stylesheets.push_str(&index[link]);
        stylesheets.push('\n');
    }
    if stylesheets.is_empty() {
        return Err("index.html links no stylesheet".into());
    }
    let Head {
        title,
        description,
        color_scheme,
        extra,
    } = head;
    let page = format!(
        "<!doctype html>
<html lang=\"en\">
  <head>
    <meta charset=\"utf-8\" />
    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />
    <meta name=\"color-scheme\" content=\"{color_scheme}\" />
    <link rel=\"icon\" href=\"data:,\" />
    <title>{title}</title>
    <meta name=\"description\" content=\"{description}\" />
{stylesheets}{extra}  </head>
  <body>
{body}
  </body>
</html>
"
    );
    crate::csp::apply(&page)
}
