//! The Share panel's two contacts with the browser: the page's own address,
//! and the clipboard.

use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlInputElement, HtmlTextAreaElement};

use crate::ui::label;

/// The height the embed snippet asks for before the host script (or the
/// LMS) fits the frame to the story: a step with its map on a laptop.
const EMBED_HEIGHT: u32 = 720;

/// What the Share panel offers for one step.
pub struct Shared {
    /// This page, open on the step.
    pub link: String,
    /// An `<iframe>` of embed.html open on the step, and the host script
    /// that fits the frame to its content.
    pub snippet: String,
    /// How to use them: the host script, and, for a page that is a file
    /// on this computer, that others cannot open these addresses.
    pub hint: &'static str,
}

/// The link and the embed code for `step_id`, from this page's address.
pub fn addresses(step_id: &str) -> Shared {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let page = href.split(['#', '?']).next().unwrap_or_default();
    let folder = &page[..page.rfind('/').map_or(0, |slash| slash + 1)];
    let hash = story::hash::for_step(step_id);
    let snippet = format!(
        "<iframe src=\"{folder}embed.html{hash}\" title=\"{title}\" \
         width=\"100%\" height=\"{EMBED_HEIGHT}\" style=\"border:0;width:100%\" loading=\"lazy\" allow=\"fullscreen\"></iframe>\n\
         <script src=\"{folder}embed.js\" async></script>",
        title = label!(share_embed_title)
    );
    Shared {
        link: format!("{page}{hash}"),
        snippet,
        hint: if page.starts_with("http") {
            label!(share_hint_web)
        } else {
            label!(share_hint_file)
        },
    }
}

/// Selects the text of the field `field` (so the reader sees what is meant,
/// and can copy it by hand) and copies it; false if the browser refused. `execCommand("copy")`, not the
/// Clipboard API: it answers at once, inside the click, and also works where
/// the page is not a secure context (a file, a classroom's LAN address),
/// which the Clipboard API refuses.
pub fn copy(field: &str) -> bool {
    let document = gloo::utils::document();
    let Some(element) = document.get_element_by_id(field) else {
        return false;
    };
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.select();
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.select();
    }
    document
        .dyn_ref::<HtmlDocument>()
        .and_then(|html| html.exec_command("copy").ok())
        .unwrap_or(false)
}
