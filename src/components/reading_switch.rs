use story::Units;
use yew::prelude::*;

use crate::components::handout_view::handout_page;
use crate::edge::link::TEACHER_BUILD;
use crate::ui::label;

/// The two readings of one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReadingOrder {
    #[default]
    AsItHappened,
    AsReported,
    /// Not readings: the glossary and who's who, and the quiz, in the same place.
    Glossary,
    /// Only in the teacher's build (quiz.html and the single offline file),
    /// like the handout and worksheet: the site's are pages of their own.
    Quiz,
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
        <div class="switch" role="group" aria-label={label!(reading_label)}>
            { button(ReadingOrder::AsItHappened, label!(reading_as_it_happened)) }
            { button(ReadingOrder::AsReported, label!(reading_as_reported)) }
            { button(ReadingOrder::Glossary, label!(reading_glossary)) }
            { page(QUIZ_PAGE, label!(reading_quiz), chosen == ReadingOrder::Quiz, ReadingOrder::Quiz, on_change) }
            { page(handout_page(units), label!(reading_handout),
                matches!(chosen, ReadingOrder::Handout | ReadingOrder::Worksheet), ReadingOrder::Handout, on_change) }
        </div>
    }
}

/// The site's quiz page: the teacher's build, opened on the quiz.
pub const QUIZ_PAGE: &str = "./quiz.html?quiz";

/// A link to a page of the site's own (the quiz, the handout in the reader's
/// units); the teacher's build, which has no page beside it in the offline
/// file, shows the view here instead.
fn page(
    href: &'static str,
    label: &'static str,
    current: bool,
    reading: ReadingOrder,
    on_change: &Callback<ReadingOrder>,
) -> Html {
    html! {
        <a class="switch__button" {href} aria-current={current.then_some("true")}
            onclick={TEACHER_BUILD.then(|| {
                let on_change = on_change.clone();
                Callback::from(move |event: MouseEvent| {
                    event.prevent_default();
                    on_change.emit(reading);
                })
            })}>
            { label }
        </a>
    }
}
