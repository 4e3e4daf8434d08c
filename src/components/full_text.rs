use yew::prelude::*;

use crate::components::{statement_item::StatementItem, status_key::StatusKey};
use crate::data::STORY;

/// The whole story as plain text, every step with its statements, sources
/// and statuses, for readers without JavaScript. Pre-rendered into a
/// `<noscript>` at build time; the app itself never shows it.
#[component]
pub fn FullText() -> Html {
    let story = &STORY;
    html! {
        <section class="full-text" aria-labelledby="full-text-title">
            <h2 id="full-text-title">{ "The whole story" }</h2>
            // The labels' meanings before the statements that carry them.
            <StatusKey id="full-text-key-title" />
            { for story.steps.iter().enumerate().map(|(index, step)| html! {
                <article class="full-text__step" id={format!("step-{}", step.id)}>
                    <h3>{ format!("Step {}: {}", index + 1, step.title) }</h3>
                    if let Some(when) = step.when {
                        <p class="step__when">{ when.label }</p>
                    }
                    <ul class="statements">
                        { for step.statements.iter().enumerate().map(|(at, statement)| html! {
                            <StatementItem {story} {statement} on_page=true scope={format!("full-{}-{at}", step.id)} />
                        }) }
                    </ul>
                </article>
            }) }
        </section>
    }
}
