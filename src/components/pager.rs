use story::nav::{Action, Position};
use yew::prelude::*;

use crate::edge::link::SpeakerLink;
use crate::ui::label;

pub struct PagerProps {
    pub position: Position,
    pub on_move: Callback<Action>,
    /// Whether Previous and Next lead anywhere (a build or a step).
    pub can_go_back: bool,
    pub can_go_on: bool,
    /// ", statement 2 of 4" while a step builds in presenter mode.
    pub build: Option<String>,
    pub presenting: bool,
    /// Leave presenter mode (its toolbar is hidden from the class).
    pub on_leave: Callback<()>,
    /// Whether the speaker notes are shown, and the button that shows them
    /// (N), in presenter mode; they start hidden, as the class sees this.
    pub notes: bool,
    pub on_notes: Callback<()>,
    /// The speaker view (S): a second window with the notes, for the
    /// teacher's screen.
    pub speaker: SpeakerLink,
    pub on_speaker: Callback<()>,
}

/// Previous and Next. At either end the button is marked unavailable with
/// `aria-disabled` instead of `disabled`, so it keeps keyboard focus and the
/// reader is not dropped back to the top of the page.
pub fn pager(props: &PagerProps) -> Html {
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
        <nav class="pager" aria-label={label!(pager_label)}>
            { button(Action::Prev, label!(pager_previous), !props.can_go_back, "pager__prev") }
            <span class="pager__counter">
                { crate::ui::position(props.position) }
                if let Some(build) = &props.build {
                    <span class="pager__build">{ build }</span>
                }
                if props.presenting {
                    { " " }
                    <button type="button" class="pager__leave" onclick={props.on_leave.reform(|_: MouseEvent| ())}>
                        { label!(pager_leave) }
                    </button>
                    <button type="button" class="pager__leave" aria-pressed={props.notes.to_string()}
                        onclick={props.on_notes.reform(|_: MouseEvent| ())}>
                        { label!(pager_notes) }
                    </button>
                    <button type="button" class="pager__leave" aria-pressed={(props.speaker == SpeakerLink::Open).to_string()}
                        onclick={props.on_speaker.reform(|_: MouseEvent| ())}>
                        { label!(pager_speaker) }
                    </button>
                }
            </span>
            if props.speaker == SpeakerLink::Blocked {
                <p class="pager__blocked" role="status">
                    { label!(pager_blocked) }
                </p>
            }
            { button(Action::Next, label!(pager_next), !props.can_go_on, "pager__next") }
        </nav>
    }
}
