//! Where focus and scroll go after a move.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::state::{Origin, Reading};

/// After a jump from the step list, focus moves to the new step's heading so
/// a screen reader reads it next; after any move, the step's top is brought
/// into view if the reader had scrolled past it.
#[hook]
pub fn use_step_focus(reading: &Reading, heading: NodeRef) {
    use_effect_with(
        (reading.position.index(), reading.origin),
        move |&(_, origin)| {
            let Some(heading) = heading.cast::<HtmlElement>() else {
                return;
            };
            if origin == Origin::List {
                let _ = heading.focus();
            }
            if origin != Origin::Start && heading.get_bounding_client_rect().top() < 0.0 {
                let options = ScrollIntoViewOptions::new();
                // Auto follows the stylesheet: smooth, or instant under reduced motion.
                options.set_behavior(ScrollBehavior::Auto);
                options.set_block(ScrollLogicalPosition::Start);
                heading.scroll_into_view_with_scroll_into_view_options(&options);
            }
        },
    );
}

/// Moves focus into a place card when it opens, and back to the element that
/// opened it when it closes, so keyboard users never lose their place.
#[hook]
pub fn use_card_focus(opener: Option<String>) {
    let previous = use_mut_ref(|| None::<String>);
    use_effect_with(opener, move |opener| {
        let document = gloo::utils::document();
        let focus = |id: &str| {
            let Some(element) = document.get_element_by_id(id) else {
                return;
            };
            // Markers are SVG elements, the rest HTML: both can take focus.
            let _ = match element.dyn_ref::<HtmlElement>() {
                Some(html) => html.focus(),
                None => element.unchecked_ref::<web_sys::SvgElement>().focus(),
            };
        };
        match opener {
            Some(_) => focus("place-card-title"),
            None => {
                if let Some(back) = previous.borrow().as_deref() {
                    focus(back);
                }
            }
        }
        *previous.borrow_mut() = opener.clone();
    });
}
