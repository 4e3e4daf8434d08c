use yew::prelude::*;

/// A polite live region: screen readers speak its new text after each move.
pub fn announcer(message: &str) -> Html {
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">
            { message }
        </div>
    }
}
