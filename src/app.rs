//! The page: header, the current step, the pager, the list of steps, the key
//! to statuses, and the live region that announces each move.

use story::nav::Action;
use story::{PlaceRef, Units};
use yew::prelude::*;

use crate::components::embed_bar::embed_bar;
use crate::components::glossary_view::glossary_view;
#[cfg(feature = "teacher")]
use crate::components::handout_view::handout_view;
use crate::components::language_switch::language_switch;
use crate::components::notes_panel::{notes_panel, NotesPanelProps};
use crate::components::pager::{pager, PagerProps};
use crate::components::qr_overlay::qr_overlay;
#[cfg(feature = "teacher")]
use crate::components::quiz_view::QuizView;
use crate::components::reading_switch::{reading_switch, ReadingOrder};
use crate::components::report_view::{report_view, ReportViewProps};
use crate::components::share_panel::SharePanel;
use crate::components::source_lens::{source_lens, Lens, SourceLensProps};
#[cfg(feature = "teacher")]
use crate::components::speaker_view::{speaker_view, SpeakerViewProps};
use crate::components::step_list::{step_list, StepListProps};
use crate::components::{
    announcer::announcer, masthead::masthead, page_footer::page_footer,
    presenter_bar::presenter_bar, progress::progress, status_key::status_key, step_view::StepView,
    units_switch::units_switch, unknowns_panel::unknowns_panel,
};
use crate::data::STORY;
use crate::edge;
use crate::edge::link::SpeakerLink;
use crate::link::Message;
use crate::state::{Move, Origin, Presenter, PresenterCommand, Reading};
use crate::ui::label;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The step to render first. The pre-rendered page and hydration use 0;
    /// the step the address names is opened once the app is live
    /// (`edge::hash`). Out of range opens step 1.
    pub start: usize,
    /// The speaker view, in the teacher's second window (`?speaker`); only
    /// a build with the feature `teacher` has it (`edge::speaker`).
    #[prop_or_default]
    pub speaker: bool,
    /// Opens on the quiz (`quiz.html?quiz`): the quiz is a page of the
    /// teacher's build, not a view of the class's page (its first view has a
    /// size budget); only that build has it.
    #[prop_or_default]
    pub quiz: bool,
    /// embed.html, in another site's frame: the step, its map and the pager,
    /// with one line of chrome; it talks to the framing page (`edge::embed`).
    #[prop_or_default]
    pub embed: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let story = &STORY;
    let reading = use_reducer(|| Reading::new(props.start, story.steps));
    let units = use_state(Units::default);
    let presenter = use_reducer(Presenter::default);
    let order = use_state(|| {
        if props.quiz {
            ReadingOrder::Quiz
        } else {
            ReadingOrder::default()
        }
    });
    let lens = use_state(|| None::<Lens>);
    let on_lens = {
        let lens = lens.clone();
        Callback::from(move |chosen: Option<Lens>| lens.set(chosen))
    };
    let on_order = {
        let order = order.clone();
        Callback::from(move |chosen: ReadingOrder| order.set(chosen))
    };
    let elapsed = edge::presenter::use_presenter(presenter.on);
    // The open place card and the element that opened it (focus returns there).
    let card = use_state(|| None::<(PlaceRef, String)>);
    edge::focus::use_card_focus(card.as_ref().map(|(_, opener)| opener.clone()));
    let on_open_place = {
        let card = card.clone();
        Callback::from(move |opened: (PlaceRef, String)| card.set(Some(opened)))
    };
    let on_close_place = {
        let card = card.clone();
        Callback::from(move |()| card.set(None))
    };
    // The class's window and the speaker window, kept in step. The speaker
    // window's side is only in the build with the speaker view.
    let speaker_window = edge::link::TEACHER_BUILD && props.speaker;
    let (speaker, open_speaker) = edge::link::use_speaker_link(&reading, &presenter);
    #[cfg(feature = "teacher")]
    let (audience, send) = edge::speaker::use_audience(speaker_window, &reading);
    #[cfg(not(feature = "teacher"))]
    let send = Callback::<Message>::noop();
    #[cfg(feature = "teacher")]
    let (clocks, on_timer) = edge::speaker::use_speaker_clock(speaker_window);
    let on_presenter = {
        let (dispatcher, send) = (presenter.dispatcher(), send.clone());
        Callback::from(move |command: PresenterCommand| {
            // In the speaker window only B (and ".") do anything: to the
            // class's screen. P, N and S belong to the class's window.
            if edge::link::TEACHER_BUILD && speaker_window {
                if command == PresenterCommand::Blank {
                    send.emit(Message::Blank);
                }
                return;
            }
            if command == PresenterCommand::Speaker {
                open_speaker.emit(());
            }
            dispatcher.dispatch(command)
        })
    };
    let on_units = {
        let units = units.clone();
        Callback::from(move |chosen: Units| units.set(chosen))
    };
    let heading = use_node_ref();
    edge::presenter::use_presenter_sync(&reading, &presenter);
    edge::hash::use_hash_sync(story, reading.clone());
    edge::fit::use_fit(&reading, presenter.notes);
    let on_pager = {
        let dispatcher = reading.dispatcher();
        Callback::from(move |action: Action| {
            dispatcher.dispatch(
                Move {
                    action,
                    origin: Origin::Pager,
                }
                .into(),
            )
        })
    };
    // Keys and clickers move the story as the pager does; in the speaker
    // window they move the class's window, which answers with where it is.
    let on_key_move = if speaker_window {
        send.reform(Message::Move)
    } else {
        on_pager.clone()
    };
    // The embed has no presenter mode: its keys only turn the story (and only
    // while it has focus: keys on the host page never reach its frame).
    let on_command = if props.embed {
        Callback::noop()
    } else {
        on_presenter.clone()
    };
    edge::keys::use_navigation_keys(on_key_move.clone(), on_command);
    edge::embed::use_embed(props.embed, story, &reading);
    // An LMS's SCORM session (the package is the teacher's build).
    #[cfg(feature = "teacher")]
    let on_score = edge::scorm::use_scorm(story, &reading);
    edge::focus::use_step_focus(&reading, heading.clone());

    let position = reading.position;
    let step = &story.steps[position.index()];
    let on_jump = {
        let dispatcher = reading.dispatcher();
        Callback::from(move |index: usize| {
            dispatcher.dispatch(
                Move {
                    action: Action::Go(index),
                    origin: Origin::List,
                }
                .into(),
            )
        })
    };

    // From the report view back into the story at the step that tells it.
    let on_open_step = {
        let (order, on_jump) = (order.clone(), on_jump.clone());
        Callback::from(move |index: usize| {
            order.set(ReadingOrder::AsItHappened);
            on_jump.emit(index);
        })
    };
    let planned_minutes: u32 = story.steps[..=position.index()]
        .iter()
        .filter_map(|step| step.note.map(|note| u32::from(note.minutes)))
        .sum();
    let presenting = presenter.on;
    let shown = reading.shown();
    // A build reveals one statement: that is what a screen reader hears.
    let announcement = match shown {
        Some(n) => step.statements[n - 1].text.to_owned(),
        None => crate::ui::fill(
            label!(app_announce_step),
            &[
                ("position", &crate::ui::position(position)),
                ("title", step.title),
            ],
        ),
    };
    let on_leave = {
        let dispatcher = presenter.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(PresenterCommand::Toggle))
    };
    let on_notes = {
        let dispatcher = presenter.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(PresenterCommand::Notes))
    };
    let on_speaker = on_presenter.reform(|()| PresenterCommand::Speaker);

    #[cfg(feature = "teacher")]
    if speaker_window {
        return speaker_view(&SpeakerViewProps {
            story,
            index: position.index(),
            shown,
            audience,
            clocks,
            on_move: on_key_move.clone(),
            on_jump: on_key_move.reform(Action::Go),
            on_blank: send.reform(|()| Message::Blank),
            on_timer,
        });
    }

    // The handout and the worksheet drawn here: only the teacher's build
    // (the offline file) has them; the site's are pages of their own.
    #[cfg(feature = "teacher")]
    let handout = match *order {
        ReadingOrder::Handout => {
            let order = order.clone();
            let on_worksheet = Callback::from(move |()| order.set(ReadingOrder::Worksheet));
            Some(handout_view(story, *units, Some(on_worksheet)))
        }
        ReadingOrder::Worksheet => Some(html! { <crate::components::worksheet::Worksheet /> }),
        _ => None,
    };
    #[cfg(not(feature = "teacher"))]
    let handout: Option<Html> = None;
    // The quiz: in the site, a page of its own (quiz.html, the teacher's build).
    #[cfg(feature = "teacher")]
    let quiz = (*order == ReadingOrder::Quiz)
        .then(|| html! { <QuizView {story} on_open_step={on_open_step.clone()} {on_score} /> });
    #[cfg(not(feature = "teacher"))]
    let quiz: Option<Html> = None;

    // The step with its pager: the class's page and the embed alike.
    let story_view = html! {
        <>
            { progress(position) }
            <StepView {story} {step} index={position.index()} units={*units} {heading} on_swipe={on_pager.clone()} {shown}
                open_place={card.as_ref().map(|(place, _)| *place)} {on_open_place} {on_close_place}
                on_jump={on_jump.clone()} lens={*lens} />
            { pager(&PagerProps { position, on_move: on_pager, build: reading.build_counter(),
                can_go_back: reading.can_go_back(), can_go_on: reading.can_go_on(),
                presenting, on_leave, notes: presenter.notes, on_notes,
                speaker, on_speaker }) }
        </>
    };
    if props.embed {
        return html! {
            <div class="app is-embed">
                { embed_bar(step.id) }
                <main class="reader" id="main">{ story_view }</main>
                { announcer(&announcement) }
            </div>
        };
    }

    html! {
        <div class={classes!("app", presenting.then_some("is-presenting"), (presenting && presenter.notes).then_some("has-notes"))}>
            { masthead() }
            <div class="toolbar">
                { presenter_bar(*presenter, &on_presenter) }
                { reading_switch(*order, *units, &on_order) }
                { units_switch(*units, &on_units) }
                <SharePanel step_id={step.id} />
                { language_switch(&match reading.shown() {
                    Some(shown) => story::hash::for_build(step.id, shown),
                    None => story::hash::for_step(step.id),
                }) }
            </div>
            <div class="layout">
                <main class="reader" id="main">
                    if *order == ReadingOrder::AsReported {
                        { report_view(&ReportViewProps { story, on_open_step: on_open_step.clone(), lens: *lens }) }
                    } else if *order == ReadingOrder::Glossary {
                        { glossary_view(story) }
                    } else if let Some(handout) = handout {
                        { handout }
                    } else if let Some(quiz) = quiz {
                        { quiz }
                    } else {
                        { story_view }
                    }
                </main>
                <div class="side">
                    { step_list(&StepListProps { story, current: position.index(), on_jump: on_jump.clone() }) }
                    { source_lens(&SourceLensProps { story, lens: *lens, on_change: on_lens, current: position.index(),
                        reporting: *order == ReadingOrder::AsReported, on_jump: on_open_step.clone() }) }
                    { status_key("status-key-title") }
                    { unknowns_panel(story, &on_jump) }
                </div>
            </div>
            // With the speaker view open, notes are the speaker window's:
            // the class's screen never shows them.
            if presenting && presenter.notes && speaker != SpeakerLink::Open {
                // Its own part of the screen (beside the step on a landscape
                // screen, below it otherwise); hidden until N is pressed.
                { notes_panel(&NotesPanelProps { step, position, elapsed, planned_minutes }) }
            }
            { page_footer() }
            { announcer(&announcement) }
            if presenting && presenter.qr {
                { qr_overlay(step.id) }
            }
            if presenter.blank {
                // Blacks out the projector until B or "." is pressed again.
                <div class="blank-screen" id="blank-screen" aria-hidden="true"></div>
            }
        </div>
    }
}
