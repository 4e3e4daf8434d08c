use story::{Affiliation, SourceKind, Units};
use yew::prelude::*;

use crate::components::map_view::{map_view, MapViewProps};
use crate::data::STORY;
use crate::ui::{count, fill, label, numbered};

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
                <h1>{ label!(worksheet_title) }</h1>
                <p class="worksheet__name">{ label!(worksheet_name) }<span class="worksheet__blank"></span>{ label!(worksheet_date) }<span class="worksheet__blank"></span></p>
            </header>
            <section class="worksheet__route" aria-labelledby="worksheet-route">
                <h2 id="worksheet-route">{ label!(worksheet_route) }</h2>
                { map_view(&MapViewProps { story, index: overview, units: Units::Km, on_open_place: Callback::noop(), still: true, run_train: false }) }
            </section>
            <section class="worksheet__timeline" aria-labelledby="worksheet-timeline">
                <h2 id="worksheet-timeline">{ label!(worksheet_timeline) }</h2>
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
                                    Affiliation::Reporters => label!(worksheet_reporters).to_owned(),
                                    side => fill(label!(worksheet_credited), &[("source", source.name), ("side", crate::ui::affiliation_label(side))]),
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
                <h2 id="worksheet-labels">{ label!(worksheet_labels) }</h2>
                <p>{ label!(worksheet_labels_how) }</p>
                <ol class="worksheet__statements">
                    { for exercise.iter().zip('A'..).map(|((index, statement, _), letter)| html! {
                        <li>
                            <strong>{ format!("{letter}. ") }</strong>{ statement.text }
                            <span class="worksheet__context">{ numbered(label!(worksheet_context), index + 1, story.steps[*index].title) }</span>
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
                <h2 id="worksheet-questions">{ label!(worksheet_questions) }</h2>
                <ol>
                    // Each question was written for its step ("this screen"):
                    // the step says which.
                    { for story.steps.iter().enumerate().filter_map(|(index, step)| step.note.map(|note| (index, note))).map(|(index, note)| html! {
                        <li><span class="worksheet__step">{ count(label!(worksheet_question_step), "n", index + 1) }</span>{ note.question }<span class="worksheet__lines"></span></li>
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
            <strong>{ label!(worksheet_answers) }</strong>{ crate::data::WORKSHEET_ANSWERS }
        </p>
    }
}
