//! Where focus and scroll go after a move.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::state::{Origin, Reading};

/// After a jump from the step list, focus moves to the new step's heading so
/// a screen reader reads it next. After any move, the step's top is brought
/// to the top of the screen if the reader had scrolled past it, or if the
/// step's first statement would start below the screen (a phone, where the
/// header, the date and the map come first): a step opens with its words in
/// sight. Never in presenter mode, where nothing scrolls.
#[hook]
pub fn use_step_focus(reading: &Reading, heading: NodeRef) {
    use_effect_with(
        (reading.position.index(), reading.origin, reading.presenting),
        move |&(_, origin, presenting)| {
            let Some(heading) = heading.cast::<HtmlElement>() else {
                return;
            };
            if origin == Origin::List {
                let _ = heading.focus();
            }
            if origin == Origin::Start || presenting {
                return;
            }
            let top = heading.get_bounding_client_rect().top();
            if top < 0.0 || first_statement_below_screen() {
                // This page's own window only: `scrollIntoView` would also
                // scroll every page that frames this one, and the embed must
                // never move its host's page. The default behaviour follows
                // the stylesheet: smooth, or instant under reduced motion.
                gloo::utils::window().scroll_by_with_x_and_y(0.0, top - HEADING_MARGIN);
            }
        },
    );
}

/// The space left above a step's title brought to the top: its
/// `scroll-margin-top` in step.css (1rem).
const HEADING_MARGIN: f64 = 16.0;

/// Whether the step's first statement starts below the part of the screen
/// the sticky pager leaves free.
fn first_statement_below_screen() -> bool {
    let document = gloo::utils::document();
    let top_of = |selector: &str| {
        document
            .query_selector(selector)
            .ok()
            .flatten()
            .map(|element| element.get_bounding_client_rect().top())
    };
    let Some(statement) = top_of(".step .statement") else {
        return false;
    };
    let screen = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(f64::MAX);
    let free = top_of(".pager").map_or(screen, |pager| pager.min(screen));
    // A statement whose first line (about 3 rem) is not in sight.
    statement + 48.0 > free
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

/// Brings a part of the page into view and moves focus to it (its heading
/// has `tabindex="-1"`), for buttons that lead to a panel further down,
/// such as the key to the labels on a phone.
pub fn go_to(id: &str) {
    let Some(target) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Auto);
    options.set_block(ScrollLogicalPosition::Start);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = target.focus();
}
