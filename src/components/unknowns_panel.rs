use story::{Status, Story};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnknownsPanelProps {
    pub story: &'static Story,
    pub on_jump: Callback<usize>,
}

/// "What we don't know": every statement marked not yet known, with the step
/// that tells it.
#[component]
pub fn UnknownsPanel(props: &UnknownsPanelProps) -> Html {
    let story = props.story;
    let unknowns = story.steps.iter().enumerate().flat_map(|(index, step)| {
        step.statements
            .iter()
            .filter(|s| s.status == Status::Unknown)
            .map(move |s| (index, s))
    });
    html! {
        <aside class="unknowns" aria-labelledby="unknowns-title">
            <h2 id="unknowns-title" class="unknowns__title">{ "What we don't know" }</h2>
            <ul class="unknowns__list">
                { for unknowns.map(|(index, statement)| {
                    let on_jump = props.on_jump.clone();
                    html! {
                        <li>
                            { statement.text }{ " " }
                            <button type="button" class="unknowns__step"
                                onclick={Callback::from(move |_: MouseEvent| on_jump.emit(index))}>
                                { format!("Step {}", index + 1) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </aside>
    }
}
