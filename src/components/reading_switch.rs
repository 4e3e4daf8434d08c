use yew::prelude::*;

/// The two readings of one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReadingOrder {
    #[default]
    AsItHappened,
    AsReported,
    /// Not readings: the glossary and who's who, and the quiz, in the same place.
    Glossary,
    Quiz,
    Handout,
}

/// Switches between the story in time order and the report's own order.
pub fn reading_switch(chosen: ReadingOrder, on_change: &Callback<ReadingOrder>) -> Html {
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
            { button(ReadingOrder::Handout, "Handout") }
        </div>
    }
}
