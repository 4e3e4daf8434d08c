use yew::prelude::*;

use crate::state::{Presenter, PresenterCommand};
use crate::ui::label;

/// The presenter's controls: start or leave presenter mode, blank the
/// screen, show the notes. Each names its key.
pub fn presenter_bar(presenter: Presenter, on_command: &Callback<PresenterCommand>) -> Html {
    let button = |command: PresenterCommand, label: &'static str, pressed: bool| {
        let on_command = on_command.clone();
        html! {
            <button type="button" class="presenter-bar__button" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_: MouseEvent| on_command.emit(command))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="presenter-bar" role="group" aria-label={label!(presenter_label)}>
            { button(PresenterCommand::Toggle, if presenter.on { label!(presenter_leave) } else { label!(presenter_present) }, presenter.on) }
            if presenter.on {
                { button(PresenterCommand::Notes, label!(presenter_notes), presenter.notes) }
                { button(PresenterCommand::Blank, label!(presenter_blank), presenter.blank) }
            }
        </div>
    }
}
