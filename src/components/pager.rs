use story::nav::{Action, Position};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    pub position: Position,
    pub on_move: Callback<Action>,
}

/// Previous and Next. At either end the button is marked unavailable with
/// `aria-disabled` instead of `disabled`, so it keeps keyboard focus and the
/// reader is not dropped back to the top of the page.
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let button = |action: Action, label: &'static str, at_end: bool, class: &'static str| {
        let on_move = props.on_move.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if !at_end {
                on_move.emit(action);
            }
        });
        html! {
            <button type="button" class={classes!("pager__button", class)} aria-disabled={at_end.to_string()} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <nav class="pager" aria-label="Previous and next step">
            { button(Action::Prev, "← Previous", props.position.is_first(), "pager__prev") }
            <span class="pager__counter">{ props.position.counter() }</span>
            { button(Action::Next, "Next →", props.position.is_last(), "pager__next") }
        </nav>
    }
}
