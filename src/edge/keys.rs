//! Keyboard and clicker control for the whole page.

use story::nav::Action;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::state::PresenterCommand;

/// Whether the key belongs to the focused element rather than to the story:
/// typing in a field, or Space on a button (which presses the button).
fn focused_element_wants(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    let tag = target.tag_name().to_ascii_lowercase();
    let typing = matches!(tag.as_str(), "input" | "textarea" | "select")
        || target.closest("[contenteditable]").ok().flatten().is_some();
    let presses = event.key() == " " && matches!(tag.as_str(), "button" | "a" | "summary");
    typing || presses
}

/// Listens for navigation and presenter keys anywhere on the page, and
/// hands them to the window's own handlers: the audience window applies
/// them, the speaker window sends them to the audience window.
#[hook]
pub fn use_navigation_keys(on_action: Callback<Action>, on_command: Callback<PresenterCommand>) {
    use_effect_with((), move |_| {
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let document = gloo::utils::document();
        let listener = gloo::events::EventListener::new_with_options(
            &document,
            "keydown",
            options,
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.default_prevented()
                    || event.alt_key()
                    || event.ctrl_key()
                    || event.meta_key()
                {
                    return;
                }
                if focused_element_wants(event) {
                    return;
                }
                if let Some(action) = Action::for_key(&event.key(), event.shift_key()) {
                    // Stop the browser scrolling the page as these keys normally do.
                    event.prevent_default();
                    on_action.emit(action);
                } else if let Some(command) = PresenterCommand::for_key(&event.key()) {
                    event.prevent_default();
                    on_command.emit(command);
                }
            },
        );
        move || drop(listener)
    });
}
