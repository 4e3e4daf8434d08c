use story::nav::Position;
use story::Step;
use yew::prelude::*;

use crate::state::Presenter;
use crate::ui::{fill, label};

pub struct NotesPanelProps {
    pub step: &'static Step,
    pub position: Position,
    /// Seconds since presenter mode began.
    pub elapsed: u64,
    /// Minutes suggested for the steps before and including this one.
    pub planned_minutes: u32,
}

/// What only the presenter sees: the teacher's note, a question for the
/// class, and time spent against the plan.
pub fn notes_panel(props: &NotesPanelProps) -> Html {
    let step = props.step;
    html! {
        // Focusable: in presenter mode the panel keeps to its band of the
        // screen and scrolls inside it, which keyboard users must reach too.
        <aside class="notes-panel" aria-label={label!(notes_label)} id="notes-panel" tabindex="0">
            <p class="notes-panel__time">
                <span>{ crate::ui::position(props.position) }</span>
                <span>{ fill(label!(notes_elapsed), &[("time", &Presenter::clock(props.elapsed))]) }</span>
                <span>{ fill(label!(notes_plan), &[("minutes", &props.planned_minutes.to_string())]) }</span>
            </p>
            if let Some(note) = step.note {
                <p class="notes-panel__notes">{ note.notes }</p>
                <p class="notes-panel__question"><strong>{ label!(notes_ask) }</strong>{ note.question }</p>
            }
        </aside>
    }
}
