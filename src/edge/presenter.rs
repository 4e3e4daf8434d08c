//! Presenter mode's effects: full screen where the browser allows it, and
//! the elapsed-time clock for the notes.

use yew::prelude::*;

use crate::state::{Change, Presenter, PresenterCommand, Reading};

/// Keeps presenter mode and the reading state together, both ways: P (or
/// the button) tells the reading that steps may now build; an address with
/// a build (`#/khasan/3`) opens presenter mode. Call it before the hash
/// hook, so the first render's "not presenting" is settled before the
/// address is read.
#[hook]
pub fn use_presenter_sync(
    reading: &UseReducerHandle<Reading>,
    presenter: &UseReducerHandle<Presenter>,
) {
    let to_reading = reading.dispatcher();
    use_effect_with(presenter.on, move |&on| {
        to_reading.dispatch(Change::Present(on))
    });
    let to_presenter = presenter.dispatcher();
    use_effect_with(reading.presenting, move |&presenting| {
        if presenting {
            to_presenter.dispatch(PresenterCommand::Start);
        }
    });
}

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
