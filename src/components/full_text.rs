use story::Units;
use yew::prelude::*;

use crate::components::{
    statement_item::statement_item, statement_item::StatementItemProps, status_key::status_key,
};
use crate::data::STORY;
use crate::ui::{label, numbered};

/// The whole story as plain text, every step with its statements, sources
/// and statuses, for readers without JavaScript. Pre-rendered into a
/// `<noscript>` at build time; the app itself never shows it. Without the
/// app there is no units switch: distances are in kilometres.
#[component]
pub fn FullText() -> Html {
    let story = &STORY;
    html! {
        <section class="full-text" aria-labelledby="full-text-title">
            <h2 id="full-text-title">{ label!(full_text_title) }</h2>
            // The labels' meanings before the statements that carry them.
            { status_key("full-text-key-title") }
            { for story.steps.iter().enumerate().map(|(index, step)| html! {
                <article class="full-text__step" id={format!("step-{}", step.id)}>
                    <h3>{ numbered(label!(full_text_step), index + 1, step.title) }</h3>
                    if let Some(when) = step.when {
                        <p class="step__when">{ when.label }</p>
                    }
                    <ul class="statements">
                        { for step.statements.iter().enumerate().map(|(at, statement)| html! {
                            { statement_item(&StatementItemProps { story, statement, picked: None, on_page: true, scope: format!("full-{}-{at}", step.id).into(), units: Units::Km }) }
                        }) }
                    </ul>
                </article>
            }) }
        </section>
    }
}
