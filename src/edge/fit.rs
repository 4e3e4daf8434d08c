//! Presenter mode never scrolls: a step whose statements do not fit the
//! screen builds statement by statement (see `state::Build`). This effect
//! measures the step after each render; it only reads the layout and marks
//! what does not fit, so the stylesheet decides every size.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::state::{Change, Reading};

/// Shows every rendered statement again. The list's items are reused from
/// step to step, so a mark from the last step must not linger.
fn clear_marks(list: &HtmlElement) {
    let items = list.children();
    for at in 0..items.length() {
        if let Some(item) = items.item(at) {
            let _ = item.remove_attribute("data-past");
        }
    }
}

/// Whether the statement list is taller than the room the presenter
/// layout gives it.
fn overflows(list: &HtmlElement) -> bool {
    list.scroll_height() > list.client_height() + 1
}

/// On a building step, the newest statements stay in view: the oldest
/// shown ones step aside (`data-past`, not displayed) until the rest fit,
/// always keeping the newest.
fn keep_newest_in_view(list: &HtmlElement) {
    let items = list.children();
    let count = items.length();
    let mut first = 0;
    while overflows(list) && first + 1 < count {
        if let Some(item) = items.item(first) {
            let _ = item.set_attribute("data-past", "");
        }
        first += 1;
    }
}

fn statement_list() -> Option<HtmlElement> {
    gloo::utils::document()
        .query_selector(".is-presenting .step .statements")
        .ok()
        .flatten()
        .and_then(|list: Element| list.dyn_into::<HtmlElement>().ok())
}

/// After every render in presenter mode: a whole step that overflows starts
/// building; a building step keeps its newest statements in view. When the
/// room changes (the window, or the notes panel shown or hidden: `notes`),
/// the step is measured again from whole, keeping its build.
#[hook]
pub fn use_fit(reading: &UseReducerHandle<Reading>, notes: bool) {
    let key = (
        reading.position.index(),
        reading.shown(),
        reading.presenting,
    );
    let measure = {
        let dispatcher = reading.dispatcher();
        move |shown: Option<usize>| {
            let Some(list) = statement_list() else {
                return;
            };
            clear_marks(&list);
            match shown {
                None if overflows(&list) => dispatcher.dispatch(Change::DoesNotFit),
                None => {}
                Some(_) => keep_newest_in_view(&list),
            }
        }
    };
    use_effect_with(key, move |&(_, shown, presenting)| {
        if presenting {
            measure(shown);
        }
    });
    let refit = reading.dispatcher();
    {
        let refit = refit.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(notes, move |_| {
            // Not on the first render: nothing has changed yet.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                refit.dispatch(Change::Refit);
            }
        });
    }
    use_effect_with(reading.presenting, move |&presenting| {
        let listener = presenting.then(|| {
            gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                refit.dispatch(Change::Refit)
            })
        });
        move || drop(listener)
    });
}
