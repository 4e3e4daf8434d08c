//! Presenter mode's effects: full screen where the browser allows it, and
//! the elapsed-time clock for the notes.

use yew::prelude::*;

/// Enters full screen when presenter mode starts and leaves it when it ends;
/// returns the seconds since it started (0 when off), ticking each second.
#[hook]
pub fn use_presenter(on: bool) -> u64 {
    let elapsed = use_state(|| 0u64);
    {
        let elapsed = elapsed.clone();
        use_effect_with(on, move |&on| {
            let document = gloo::utils::document();
            let mut ticker = None;
            if on {
                if let Some(root) = document.document_element() {
                    // Refused without a user gesture or inside some frames:
                    // presenter mode works without it.
                    let _ = root.request_fullscreen();
                }
                let started = js_sys::Date::now();
                elapsed.set(0);
                ticker = Some(gloo::timers::callback::Interval::new(1_000, move || {
                    elapsed.set(((js_sys::Date::now() - started) / 1_000.0) as u64);
                }));
            } else if document.fullscreen_element().is_some() {
                document.exit_fullscreen();
            }
            move || drop(ticker)
        });
    }
    *elapsed
}
