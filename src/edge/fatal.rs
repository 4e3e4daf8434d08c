//! When something goes wrong the reader sees a sentence, never a blank page.
//! index.html holds an empty `#fatal` alert; its inline script fills it if the
//! wasm fails to load, and when the running app traps (a panic ends in a
//! trap: in the release build at once, with no message, in a development
//! build after the hook below has logged it).

use wasm_bindgen::JsCast;

/// Shows `problem` in the page's alert box, above whatever is left of the app.
pub fn show(problem: &str) {
    let document = gloo::utils::document();
    let Some(alert) = document.get_element_by_id("fatal") else {
        return;
    };
    alert.set_text_content(Some(&format!(
        "Sorry, the explainer stopped working: {problem} Reloading the page usually helps; \
         if it does not, please tell your teacher or the site's maintainers."
    )));
    if let Ok(alert) = alert.dyn_into::<web_sys::HtmlElement>() {
        alert.set_hidden(false);
    }
}

/// Development builds: a panic's message goes to the console for
/// developers; the trap that follows reaches index.html, which tells the
/// reader. The release build has no panic messages (`-C
/// panic=immediate-abort`), so it installs nothing.
pub fn install_panic_hook() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
    }));
}

/// Tells index.html's load watcher that the app is running, so later errors
/// from elsewhere (extensions, say) do not replace the story with a message.
pub fn mark_started() {
    let document = gloo::utils::document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-app", "started");
    }
    // The app runs, so no load problem the page noticed before was fatal.
    if let Some(alert) = document.get_element_by_id("fatal") {
        if let Ok(alert) = alert.dyn_into::<web_sys::HtmlElement>() {
            alert.set_hidden(true);
        }
    }
    // The moment the app is live, for the benchmark: content must have been
    // painted before it.
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("explainer-started");
    }
}
