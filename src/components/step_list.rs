use story::Story;
use yew::prelude::*;

use crate::ui::label;

pub struct StepListProps {
    pub story: &'static Story,
    pub current: usize,
    pub on_jump: Callback<usize>,
}

/// Every step by title; the current one is marked, and any can be opened.
pub fn step_list(props: &StepListProps) -> Html {
    html! {
        <nav class="step-list" aria-labelledby="step-list-title">
            <h2 id="step-list-title" class="step-list__title">{ label!(step_list_title) }</h2>
            <ol class="step-list__items">
                { for props.story.steps.iter().enumerate().map(|(index, step)| {
                    let current = index == props.current;
                    let on_jump = props.on_jump.clone();
                    html! {
                        <li>
                            <button
                                type="button"
                                class={classes!("step-list__button", current.then_some("is-current"))}
                                aria-current={current.then_some("step")}
                                onclick={Callback::from(move |_: MouseEvent| on_jump.emit(index))}
                            >
                                <span class="step-list__number">{ index + 1 }</span>
                                <span class="step-list__label">{ step.title }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
