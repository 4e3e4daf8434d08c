use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    pub message: String,
}

/// A polite live region: screen readers speak its new text after each move.
#[component]
pub fn Announcer(props: &AnnouncerProps) -> Html {
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">
            { &props.message }
        </div>
    }
}
