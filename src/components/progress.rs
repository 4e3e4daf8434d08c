use story::nav::Position;
use yew::prelude::*;

/// A bar showing how far through the story the reader is. Hidden from screen
/// readers: the pager's "Step 3 of 15" already says it in words. A native
/// `<progress>` needs no inline style, which a strict CSP would block.
pub fn progress(position: Position) -> Html {
    html! {
        <progress
            class="progress"
            aria-hidden="true"
            max={position.step_count().to_string()}
            value={(position.index() + 1).to_string()}
        />
    }
}
