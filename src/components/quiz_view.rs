use crate::components::map_view::{base_map, view_box};
use story::fixed::fixed;
use story::map::QUIZ_MARKER_RADIUS;
use story::quiz::{move_item, score, Answer, Question, QuestionKind};
use story::Story;
use yew::prelude::*;

use crate::ui::{count, fill, label, numbered};

#[derive(Properties, PartialEq)]
pub struct QuizViewProps {
    pub story: &'static Story,
    /// Opens the step that holds an answer.
    pub on_open_step: Callback<usize>,
    /// Told the score (right, out of) each time every answer is checked:
    /// the LMS, when an LMS launched the page (`edge::scorm`).
    #[prop_or_default]
    pub on_score: Callback<(usize, usize)>,
}

/// The reader's work on the quiz. Nothing leaves the page.
#[derive(Clone, PartialEq)]
struct Attempt {
    answers: Vec<Option<Answer>>,
    checked: Vec<bool>,
}

impl Attempt {
    fn new(story: &Story) -> Attempt {
        let answers = story
            .quiz
            .iter()
            .map(|q| match q.kind {
                // An order question starts as shown, which is an answer too.
                QuestionKind::Order { shown, .. } => Some(Answer::Order(shown.to_vec())),
                _ => None,
            })
            .collect();
        Attempt {
            answers,
            checked: vec![false; story.quiz.len()],
        }
    }
}

/// "Check your understanding": multiple choice, put events in order, and
/// find the place on the map; each answer checked here, with feedback that
/// links to the step that holds it, a score, and a way to try again.
#[component]
pub fn QuizView(props: &QuizViewProps) -> Html {
    let story = props.story;
    let attempt = use_state(|| Attempt::new(story));
    let all_checked = attempt.checked.iter().all(|c| *c);
    let (right, total) = score(story.quiz, &attempt.answers);
    let on_score = props.on_score.clone();
    use_effect_with(
        (all_checked, right, total),
        move |&(all_checked, right, total)| {
            if all_checked {
                on_score.emit((right, total));
            }
        },
    );
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(Attempt::new(story)))
    };
    html! {
        <section class="quiz" aria-labelledby="quiz-title">
            <h2 id="quiz-title" class="quiz__title" tabindex="-1">{ label!(quiz_title) }</h2>
            <p class="quiz__lede">{ label!(quiz_lede) }</p>
            { for story.quiz.iter().enumerate().map(|(index, question)| {
                let answer = attempt.answers[index].clone();
                let checked = attempt.checked[index];
                let check = {
                    let attempt = attempt.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut next = (*attempt).clone();
                        next.checked[index] = true;
                        attempt.set(next);
                    })
                };
                let choose = {
                    let attempt = attempt.clone();
                    Callback::from(move |given: Answer| {
                        let mut next = (*attempt).clone();
                        next.answers[index] = Some(given);
                        next.checked[index] = false;
                        attempt.set(next);
                    })
                };
                html! {
                    <fieldset class="quiz__question" data-question={question.id}>
                        <legend>{ fill(label!(quiz_question), &[("n", &(index + 1).to_string()), ("prompt", question.prompt)]) }</legend>
                        { body(story, index, question, answer.as_ref(), choose) }
                        <button type="button" class="quiz__check" onclick={check} disabled={answer.is_none()}>
                            { label!(quiz_check) }
                        </button>
                        if checked {
                            { feedback(story, question, answer.as_ref(), props.on_open_step.clone()) }
                        }
                    </fieldset>
                }
            }) }
            <p class="quiz__score" role="status">
                { fill(if all_checked { label!(quiz_score) } else { label!(quiz_so_far) }, &[("right", &right.to_string()), ("total", &total.to_string())]) }
            </p>
            <button type="button" class="quiz__retry" onclick={retry}>{ label!(quiz_retry) }</button>
        </section>
    }
}

fn body(
    story: &'static Story,
    index: usize,
    question: &Question,
    answer: Option<&Answer>,
    choose: Callback<Answer>,
) -> Html {
    let name = format!("question-{index}");
    match question.kind {
        QuestionKind::Choice { choices, .. } => html! {
            <div class="quiz__choices">
                { for choices.iter().enumerate().map(|(at, choice)| {
                    let choose = choose.clone();
                    let selected = answer == Some(&Answer::Choice(at as u8));
                    html! {
                        <label class="quiz__choice">
                            <input type="radio" name={name.clone()} checked={selected}
                                onchange={Callback::from(move |_: Event| choose.emit(Answer::Choice(at as u8)))} />
                            { *choice }
                        </label>
                    }
                }) }
            </div>
        },
        QuestionKind::Order { .. } => {
            let order = match answer {
                Some(Answer::Order(order)) => order.clone(),
                _ => Vec::new(),
            };
            html! {
                <ol class="quiz__order">
                    { for order.iter().enumerate().map(|(at, &step)| {
                        let title = story.steps[usize::from(step)].title;
                        let mover = |up: bool| {
                            let (choose, order) = (choose.clone(), order.clone());
                            Callback::from(move |_: MouseEvent| {
                                let mut moved = order.clone();
                                move_item(&mut moved, at, up);
                                choose.emit(Answer::Order(moved));
                            })
                        };
                        html! {
                            <li class="quiz__item">
                                <span>{ title }</span>
                                <button type="button" class="quiz__move" aria-label={fill(label!(quiz_earlier), &[("title", title)])}
                                    disabled={at == 0} onclick={mover(true)}>{ "↑" }</button>
                                <button type="button" class="quiz__move" aria-label={fill(label!(quiz_later), &[("title", title)])}
                                    disabled={at + 1 == order.len()} onclick={mover(false)}>{ "↓" }</button>
                            </li>
                        }
                    }) }
                </ol>
            }
        }
        QuestionKind::Place { .. } => place_picker(story, &name, answer, choose),
    }
}

/// A map of the whole region with numbered markers; choosing a marker (by
/// pointer) or its number (by keyboard) answers the question.
fn place_picker(
    story: &'static Story,
    name: &str,
    answer: Option<&Answer>,
    choose: Callback<Answer>,
) -> Html {
    let quiz_map = &story.quiz_map;
    html! {
        <div class="quiz__place">
            <svg class="quiz__map" viewBox={view_box()} aria-hidden="true">
                { base_map(story, &quiz_map.frame, Html::default()) }
                { for quiz_map.markers.iter().enumerate().map(|(number, marker)| {
                    let (x, y) = marker.marker;
                    let (px, py) = marker.spot;
                    let choose = choose.clone();
                    let place = marker.place;
                    let selected = answer == Some(&Answer::Place(place));
                    // Pushed out of a crowd: a dot on the place and a line to it.
                    let moved = (x - px).hypot(y - py) > QUIZ_MARKER_RADIUS;
                    html! {
                        <g class={classes!("quiz__marker", selected.then_some("is-selected"))}
                            onclick={Callback::from(move |_: MouseEvent| choose.emit(Answer::Place(place)))}>
                            if moved {
                                <path class="quiz__leader" d={format!("M{} {} L{} {}", fixed(px, 1), fixed(py, 1), fixed(x, 1), fixed(y, 1))} />
                                <circle class="quiz__spot" cx={fixed(px, 1).to_string()} cy={fixed(py, 1).to_string()} r="3" />
                            }
                            <circle cx={fixed(x, 1).to_string()} cy={fixed(y, 1).to_string()} r={fixed(QUIZ_MARKER_RADIUS, 0).to_string()} />
                            <text x={fixed(x, 1).to_string()} y={fixed(y + 5.5, 1).to_string()} text-anchor="middle">{ number + 1 }</text>
                        </g>
                    }
                }) }
            </svg>
            <div class="quiz__choices quiz__choices--inline" role="radiogroup" aria-label={label!(quiz_markers)}>
                { for quiz_map.markers.iter().enumerate().map(|(number, marker)| {
                    let (choose, place) = (choose.clone(), marker.place);
                    let selected = answer == Some(&Answer::Place(place));
                    html! {
                        <label class="quiz__choice">
                            <input type="radio" name={name.to_owned()} checked={selected}
                                onchange={Callback::from(move |_: Event| choose.emit(Answer::Place(place)))} />
                            { count(label!(quiz_marker), "n", number + 1) }
                        </label>
                    }
                }) }
            </div>
        </div>
    }
}

fn feedback(
    story: &'static Story,
    question: &Question,
    answer: Option<&Answer>,
    on_open_step: Callback<usize>,
) -> Html {
    let right = answer.is_some_and(|a| question.is_right(a));
    let step = usize::from(question.step);
    html! {
        <div class={classes!("quiz__feedback", if right { "is-right" } else { "is-wrong" })} role="status">
            <p><strong>{ if right { label!(quiz_right) } else { label!(quiz_wrong) } }</strong>{ " " }{ question.explain }</p>
            if !right {
                <p class="quiz__right-answer">{ label!(quiz_right_answer) }<strong>{ story.right_answer(question) }</strong></p>
            }
            <button type="button" class="quiz__step" onclick={Callback::from(move |_: MouseEvent| on_open_step.emit(step))}>
                { numbered(label!(quiz_read_step), step + 1, story.steps[step].title) }
            </button>
        </div>
    }
}
