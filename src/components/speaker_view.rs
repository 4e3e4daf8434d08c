use story::nav::{Action, Position};
use story::Story;
use yew::prelude::*;

use crate::components::step_list::{step_list, StepListProps};
use crate::edge::speaker::{Audience, Clocks};
use crate::state::{Presenter, TimerCommand};
use crate::ui::{fill, label};

pub struct SpeakerViewProps {
    pub story: &'static Story,
    pub index: usize,
    /// Statements the class sees while the step builds; `None` for all.
    pub shown: Option<usize>,
    pub audience: Audience,
    pub clocks: Clocks,
    pub on_move: Callback<Action>,
    pub on_jump: Callback<usize>,
    pub on_blank: Callback<()>,
    pub on_timer: Callback<TimerCommand>,
}

/// The teacher's screen: what the class sees now (compact), the note and
/// question, what comes next, the time against the plan, and the controls
/// that move both windows.
pub fn speaker_view(props: &SpeakerViewProps) -> Html {
    let story = props.story;
    let step = &story.steps[props.index];
    let position = Position::new(props.index, story.steps.len());
    let planned: u32 = story.steps[..=props.index]
        .iter()
        .filter_map(|step| step.note.map(|note| u32::from(note.minutes)))
        .sum();
    let shown = props.shown.unwrap_or(step.statements.len());
    let button = |label: &'static str, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class="speaker__button" {onclick}>{ label }</button> }
    };
    let timer = |command: TimerCommand| props.on_timer.reform(move |_: MouseEvent| command);
    let on_move = |action: Action| props.on_move.reform(move |_: MouseEvent| action);
    html! {
        <main class="speaker" id="main">
            <header class="speaker__bar">
                <h1 class="speaker__title">{ label!(speaker_title) }</h1>
                <p class="speaker__link" role="status">
                    if props.audience.connected {
                        { label!(speaker_connected) }
                    } else {
                        { label!(speaker_not_connected) }
                    }
                    if props.audience.blank {
                        <strong class="speaker__blank">{ label!(speaker_blank) }</strong>
                    }
                </p>
                <p class="speaker__clock">
                    <span>{ fill(label!(speaker_time), &[("time", &props.clocks.time_of_day)]) }</span>
                    <span class="speaker__elapsed">{ fill(label!(speaker_elapsed), &[("time", &Presenter::clock(props.clocks.elapsed))]) }</span>
                    <span>{ fill(label!(speaker_plan), &[("minutes", &planned.to_string())]) }</span>
                </p>
                <div class="speaker__timer" role="group" aria-label={label!(speaker_timer)}>
                    if props.clocks.running {
                        { button(label!(speaker_pause), timer(TimerCommand::Pause)) }
                    } else {
                        { button(label!(speaker_resume), timer(TimerCommand::Resume)) }
                    }
                    { button(label!(speaker_reset), timer(TimerCommand::Reset)) }
                </div>
            </header>
            <section class="speaker__now" aria-labelledby="speaker-now">
                <p class="speaker__counter">
                    { crate::ui::position(position) }
                    if props.shown.is_some() {
                        { fill(label!(speaker_statement), &[("n", &shown.to_string()), ("total", &step.statements.len().to_string())]) }
                    }
                </p>
                <h2 id="speaker-now" class="speaker__step">{ step.title }</h2>
                <ol class="speaker__statements">
                    { for step.statements.iter().enumerate().map(|(at, statement)| html! {
                        <li class={classes!((at >= shown).then_some("is-waiting"))}>
                            if at >= shown {
                                <span class="speaker__waiting">{ label!(speaker_not_shown) }</span>
                            }
                            { statement.text }
                        </li>
                    }) }
                </ol>
            </section>
            <section class="speaker__notes" aria-labelledby="speaker-notes">
                <h2 id="speaker-notes">{ label!(speaker_note) }</h2>
                if let Some(note) = step.note {
                    <p class="speaker__note">{ note.notes }</p>
                    <p class="speaker__question"><strong>{ label!(speaker_ask) }</strong>{ note.question }</p>
                }
            </section>
            <section class="speaker__next" aria-labelledby="speaker-next">
                <h2 id="speaker-next">{ label!(speaker_next_step) }</h2>
                if let Some(next) = story.steps.get(props.index + 1) {
                    <p class="speaker__next-title">{ next.title }</p>
                    if let Some(first) = next.statements.first() {
                        <p>{ first.text }</p>
                    }
                } else {
                    <p>{ label!(speaker_none) }</p>
                }
            </section>
            <nav class="speaker__controls" aria-label={label!(speaker_controls)}>
                { button(label!(speaker_previous), on_move(Action::Prev)) }
                { button(label!(speaker_next), on_move(Action::Next)) }
                { button(label!(speaker_blank_screen), props.on_blank.reform(|_: MouseEvent| ())) }
            </nav>
            { step_list(&StepListProps { story, current: props.index, on_jump: props.on_jump.clone() }) }
        </main>
    }
}
