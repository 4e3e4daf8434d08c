use story::{Statement, Status, Story};
use yew::prelude::*;

use crate::ui::{count, label};

/// "What we don't know": the questions the report leaves open to its end,
/// then those open at one point of the story that a later step answers, each
/// with the step that asks it and, for the second kind, the step that
/// answers it.
pub fn unknowns_panel(story: &'static Story, on_jump: &Callback<usize>) -> Html {
    let with_status = |status: Status| -> Vec<(usize, &'static Statement)> {
        story
            .steps
            .iter()
            .enumerate()
            .flat_map(|(index, step)| {
                step.statements
                    .iter()
                    .filter(move |s| s.status == status)
                    .map(move |s| (index, s))
            })
            .collect()
    };
    let jump = |index: usize, words: String| {
        let on_jump = on_jump.clone();
        html! {
            <button type="button" class="unknowns__step"
                onclick={Callback::from(move |_: MouseEvent| on_jump.emit(index))}>
                { words }
            </button>
        }
    };
    let step = |index: usize| count(label!(unknowns_step), "n", index + 1);
    html! {
        <aside class="unknowns" aria-labelledby="unknowns-title">
            <h2 id="unknowns-title" class="unknowns__title">{ label!(unknowns_title) }</h2>
            <h3 class="unknowns__subtitle">{ label!(unknowns_open) }</h3>
            <ul class="unknowns__list unknowns__list--open">
                { for with_status(Status::Open).into_iter().map(|(index, statement)| html! {
                    <li>{ statement.text }{ " " }{ jump(index, step(index)) }</li>
                }) }
            </ul>
            <h3 class="unknowns__subtitle">{ label!(unknowns_answered_later) }</h3>
            <ul class="unknowns__list unknowns__list--answered">
                { for with_status(Status::Unknown).into_iter().map(|(index, statement)| {
                    let answer = statement.answered_in.map(usize::from);
                    html! {
                        <li>
                            { statement.text }{ " " }{ jump(index, step(index)) }
                            if let Some(answer) = answer {
                                { " " }{ jump(answer, count(label!(unknowns_answered), "n", answer + 1)) }
                            }
                        </li>
                    }
                }) }
            </ul>
        </aside>
    }
}
