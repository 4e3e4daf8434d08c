use story::quiz::QuestionKind;
use story::{Story, Units};
use yew::prelude::*;

use crate::data::STORY;
use crate::ui::{fill, label, numbered};

use crate::components::{
    distance_box::distance_box, distance_box::DistanceBoxProps, glossary_view::glossary_view,
    map_view::map_view, map_view::MapViewProps, statement_item::statement_item,
    statement_item::StatementItemProps, worksheet::label_exercise_answers,
};

/// The site's handout page (`handout.html`, and `handout-miles.html` with
/// distances in miles), rendered when the site is built: a page of its own
/// with no script, so the class's first view carries none of it. The
/// single offline file, which has no pages beside it, draws the same view
/// in the app.
#[derive(Properties, PartialEq)]
pub struct HandoutPageProps {
    pub units: Units,
}

#[component]
pub fn HandoutPage(props: &HandoutPageProps) -> Html {
    html! {
        <main class="handout-page">
            <p class="story-page__back"><a href="./">{ label!(handout_back) }</a></p>
            { handout_view(&STORY, props.units, None) }
        </main>
    }
}

/// The site's handout page for these units.
pub fn handout_page(units: Units) -> &'static str {
    match units {
        Units::Km => "./handout.html",
        Units::Miles => "./handout-miles.html",
    }
}

/// The whole lesson on paper: every step with its sources and its map, the
/// glossary, the quiz, and its answers on a page of their own. Printing this
/// view (Ctrl+P) gives the black-and-white handout.
///
/// `on_worksheet`: where the worksheet is drawn in the app (the single
/// offline file, which has no `worksheet.html` beside it), its link opens it
/// there; otherwise the link opens the page.
pub fn handout_view(
    story: &'static Story,
    units: Units,
    on_worksheet: Option<Callback<()>>,
) -> Html {
    let open_worksheet = on_worksheet.map(|open| {
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            open.emit(());
        })
    });
    html! {
        <section class="handout" aria-labelledby="handout-title">
            <h2 id="handout-title" class="handout__title" tabindex="-1">{ label!(handout_title) }</h2>
            <p class="handout__how">{ label!(handout_how) }
                <span class="handout__worksheet">{ label!(handout_worksheet_before) }<a href="./worksheet.html" onclick={open_worksheet}>{ label!(handout_worksheet) }</a>
                { label!(handout_worksheet_after) }</span></p>
            { for story.steps.iter().enumerate().map(|(index, step)| html! {
                <article class="handout__step" data-step={step.id}>
                    <h3>{ numbered(label!(handout_step), index + 1, step.title) }</h3>
                    if let Some(when) = step.when {
                        <p class="step__when">{ when.label }</p>
                    }
                    { map_view(&MapViewProps { story, index, units, on_open_place: Callback::noop(), still: true, run_train: false }) }
                    <ul class="statements">
                        { for step.statements.iter().enumerate().map(|(at, statement)| html! {
                            { statement_item(&StatementItemProps { story, statement, picked: None, on_page: false, scope: format!("handout-{}-{at}", step.id).into(), units }) }
                        }) }
                    </ul>
                    { for step.distances.iter().map(|distance| distance_box(&DistanceBoxProps { story, distance, units })) }
                </article>
            }) }
            <div class="handout__glossary">{ glossary_view(story) }</div>
            <section class="handout__quiz" aria-labelledby="handout-quiz-title">
                <h2 id="handout-quiz-title">{ label!(handout_quiz_title) }</h2>
                <ol>
                    { for story.quiz.iter().map(|question| html! {
                        <li>
                            <p>{ question.prompt }</p>
                            { match question.kind {
                                QuestionKind::Choice { choices, .. } => html! {
                                    <ul class="handout__choices">{ for choices.iter().map(|c| html! { <li>{ fill(label!(handout_choice), &[("choice", c)]) }</li> }) }</ul>
                                },
                                QuestionKind::Order { shown, .. } => html! {
                                    <ul class="handout__choices">{ for shown.iter().map(|&s| html! { <li>{ format!("__ {}", story.steps[usize::from(s)].title) }</li> }) }</ul>
                                },
                                QuestionKind::Place { .. } => html! { <p>{ label!(handout_place_question) }</p> },
                            } }
                        </li>
                    }) }
                </ol>
            </section>
            <section class="handout__answers" aria-labelledby="handout-answers-title">
                <h2 id="handout-answers-title">{ label!(handout_answers) }</h2>
                <ol>
                    { for story.quiz.iter().map(|question| {
                        let answer = story.right_answer(question);
                        let step = usize::from(question.step);
                        html! {
                            <li><strong>{ answer }</strong>{ fill(label!(handout_answer), &[("explain", question.explain), ("n", &(step + 1).to_string()), ("title", story.steps[step].title)]) }</li>
                        }
                    }) }
                </ol>
                { label_exercise_answers() }
            </section>
        </section>
    }
}
