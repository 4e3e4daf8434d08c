use story::Units;
use yew::prelude::*;

use crate::components::handout_view::handout_page;
use crate::edge::link::TEACHER_BUILD;

/// The two readings of one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReadingOrder {
    #[default]
    AsItHappened,
    AsReported,
    /// Not readings: the glossary and who's who, and the quiz, in the same place.
    Glossary,
    Quiz,
    /// Only in the teacher's build (the single offline file): the site's
    /// handout and worksheet are pages of their own.
    Handout,
    Worksheet,
}

/// Switches between the story in time order and the report's own order.
pub fn reading_switch(
    chosen: ReadingOrder,
    units: Units,
    on_change: &Callback<ReadingOrder>,
) -> Html {
    let button = |reading: ReadingOrder, label: &'static str| {
        let on_change = on_change.clone();
        html! {
            <button type="button" class="switch__button" aria-pressed={(chosen == reading).to_string()}
                onclick={Callback::from(move |_: MouseEvent| on_change.emit(reading))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="switch" role="group" aria-label="Ways to read the story">
            { button(ReadingOrder::AsItHappened, "As it happened") }
            { button(ReadingOrder::AsReported, "As it was reported") }
            { button(ReadingOrder::Glossary, "Glossary") }
            { button(ReadingOrder::Quiz, "Quiz") }
            // A link to the site's handout page (in the reader's units); the
            // teacher's build, with no page beside it, shows it here instead.
            <a class="switch__button" href={handout_page(units)}
                aria-current={matches!(chosen, ReadingOrder::Handout | ReadingOrder::Worksheet).then_some("true")}
                onclick={TEACHER_BUILD.then(|| {
                    let on_change = on_change.clone();
                    Callback::from(move |event: MouseEvent| {
                        event.prevent_default();
                        on_change.emit(ReadingOrder::Handout);
                    })
                })}>
                { "Handout" }
            </a>
        </div>
    }
}
