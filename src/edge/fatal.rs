//! When something goes wrong the reader sees a sentence, never a blank page.
//! index.html holds an empty `#fatal` alert; its inline script fills it if the
//! wasm fails to load, and when the running app traps. A panic ends in a
//! trap: in the build `cargo xtask dist` makes at once, with no message; in
//! the one `cargo xtask serve` makes after Yew's own panic hook
//! (console_error_panic_hook, which Yew installs when it renders) has
//! logged the message to the console.

use wasm_bindgen::JsCast;

/// Shows `problem` in the page's alert box, above whatever is left of the app.
pub fn show(problem: &str) {
    let document = gloo::utils::document();
    let Some(alert) = document.get_element_by_id("fatal") else {
        return;
    };
    alert.set_text_content(Some(&crate::ui::fill(
        crate::label!(fatal_message),
        &[("problem", problem)],
    )));
    if let Ok(alert) = alert.dyn_into::<web_sys::HtmlElement>() {
        alert.set_hidden(false);
    }
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
