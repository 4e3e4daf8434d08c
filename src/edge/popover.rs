//! Keeps an open popover (a glossary definition, a label's meaning) inside
//! the viewport: on a 360 px phone a 22rem box opened at its word's left
//! edge ran up to 170 px past the screen and widened the page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Space kept between a popover and the edge of the screen, in CSS pixels.
const MARGIN: f64 = 8.0;

/// Places the popover inside `anchor` (the element that holds the trigger
/// and its `.popover__tip`): shifted sideways until it is inside the
/// screen's width, and above its word when there is room there, so it does
/// not cover the rest of the statement and its label below. Does nothing
/// while the popover is hidden.
pub fn place(anchor: &Element) {
    let Some(tip) = anchor
        .query_selector(".popover__tip")
        .ok()
        .flatten()
        .and_then(|tip| tip.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    // Measure from the natural place: below the word, at its left edge,
    // and no wider than the page leaves (100vw in the stylesheet would
    // include a scroll bar).
    let width = f64::from(gloo::utils::document_element().client_width());
    let style = tip.style();
    let _ = style.remove_property("--shift");
    // Whole pixels, formatted as integers: float formatting would pull
    // core's float printer (about 10 KB gzip) into the wasm.
    let _ = style.set_property("max-width", &px(width - 2.0 * MARGIN));
    let _ = tip.class_list().remove_1("is-above");
    let natural = tip.get_bounding_client_rect();
    if natural.width() == 0.0 {
        return;
    }
    let mut shift = 0.0;
    if natural.right() > width - MARGIN {
        shift = width - MARGIN - natural.right();
    }
    if natural.left() + shift < MARGIN {
        shift = MARGIN - natural.left();
    }
    let _ = style.set_property("--shift", &px(shift));
    let word = anchor.get_bounding_client_rect();
    if word.top() - natural.height() - MARGIN > 0.0 {
        let _ = tip.class_list().add_1("is-above");
    }
}

/// `12px` for 12.3: a CSS length in whole pixels.
fn px(length: f64) -> String {
    format!("{}px", length.round() as i32)
}
