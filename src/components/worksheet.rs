use story::{Affiliation, SourceKind, Units};
use yew::prelude::*;

use crate::components::map_view::{map_view, MapViewProps};
use crate::data::STORY;

/// The students' worksheet: two printed pages at A4 or US Letter, black and
/// white, with no answers on it (they are in the teacher's handout). The
/// route on the map, the steps in order with who reported each, a
/// statement-to-label exercise and the discussion questions with room to
/// write. A page of its own (`worksheet.html`), rendered when the site is
/// built: it needs no script, and it costs the explainer's first view
/// nothing.
#[component]
pub fn Worksheet() -> Html {
    let story = &STORY;
    // The last step's map shows the whole route, with its styles.
    let overview = story.steps.len() - 1;
    let exercise = story.label_exercise();
    html! {
        <main class="worksheet">
            <header class="worksheet__head">
                <h1>{ "Worksheet: Putin and Kim meet at Vostochny, 13 September 2023" }</h1>
                <p class="worksheet__name">{ "Name: " }<span class="worksheet__blank"></span>{ " Date: " }<span class="worksheet__blank"></span></p>
            </header>
            <section class="worksheet__route" aria-labelledby="worksheet-route">
                <h2 id="worksheet-route">{ "1. The journey on the map" }</h2>
                { map_view(&MapViewProps { story, index: overview, units: Units::Km, on_open_place: Callback::noop(), still: true, run_train: false }) }
            </section>
            <section class="worksheet__timeline" aria-labelledby="worksheet-timeline">
                <h2 id="worksheet-timeline">{ "2. The story, step by step, and who reported it" }</h2>
                <ol>
                    // Who the report credits, with their side; background
                    // works we added are not reporters, so they are left out.
                    { for story.steps.iter().map(|step| {
                        let mut credited: Vec<String> = Vec::new();
                        for statement in step.statements {
                            for &source in statement.sources {
                                let source = story.source(source);
                                if source.kind != SourceKind::News {
                                    continue;
                                }
                                let who = match source.affiliation {
                                    Affiliation::Reporters => "the reporters".to_owned(),
                                    side => format!("{} ({})", source.name, side.label()),
                                };
                                if !credited.contains(&who) {
                                    credited.push(who);
                                }
                            }
                        }
                        html! {
                            <li>
                                <strong>{ step.title }</strong>
                                <span class="worksheet__sources">{ format!(": {}", credited.join("; ")) }</span>
                            </li>
                        }
                    }) }
                </ol>
            </section>
            <section class="worksheet__labels" aria-labelledby="worksheet-labels">
                <h2 id="worksheet-labels">{ "3. Match each statement to its label" }</h2>
                <p>{ "Each statement comes from the explainer. Decide how the report backs it up, and write the statement's letter (A to F) in the box beside the matching label. Use each label once." }</p>
                <ol class="worksheet__statements">
                    { for exercise.iter().zip('A'..).map(|((index, statement, _), letter)| html! {
                        <li>
                            <strong>{ format!("{letter}. ") }</strong>{ statement.text }
                            <span class="worksheet__context">{ format!(" (step {}: {})", index + 1, story.steps[*index].title) }</span>
                        </li>
                    }) }
                </ol>
                <ul class="worksheet__choices">
                    { for story::LABEL_EXERCISE.iter().map(|status| html! {
                        <li>
                            <span class="worksheet__box"></span>
                            <span><strong>{ crate::ui::status_label(*status) }</strong>{ format!(": {}", crate::ui::status_explanation(*status)) }</span>
                        </li>
                    }) }
                </ul>
            </section>
            <section class="worksheet__questions" aria-labelledby="worksheet-questions">
                <h2 id="worksheet-questions">{ "4. Discuss, then write your answer" }</h2>
                <ol>
                    // Each question was written for its step ("this screen"):
                    // the step says which.
                    { for story.steps.iter().enumerate().filter_map(|(index, step)| step.note.map(|note| (index, note))).map(|(index, note)| html! {
                        <li><span class="worksheet__step">{ format!("Step {}: ", index + 1) }</span>{ note.question }<span class="worksheet__lines"></span></li>
                    }) }
                </ol>
            </section>
        </main>
    }
}

/// The exercise's answers, for the teacher's handout: each statement's
/// letter and its label, baked by build.rs (which also stops the build when
/// a label has no statement), so the explainer carries no search for them.
pub fn label_exercise_answers() -> Html {
    html! {
        <p class="handout__worksheet-answers">
            <strong>{ "Worksheet, exercise 3: " }</strong>{ crate::data::WORKSHEET_ANSWERS }
        </p>
    }
}
