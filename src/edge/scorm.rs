//! SCORM 1.2, when an LMS launches the explainer from its SCORM package
//! (`dist/vostochny-explainer-scorm12.zip`, the teacher's build): finds the
//! LMS's `API` object in the usual way (this window, its parents, then the
//! opener and its parents), calls `LMSInitialize`, resumes at the furthest
//! step of the last session, records the steps seen and the furthest, the quiz's
//! score and the lesson's status, and on leaving the page the session's
//! length and `LMSFinish`. With no LMS around none of it runs.

use std::cell::RefCell;

use js_sys::{Function, Object, Reflect};
use story::nav::Action;
use story::Story;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Window;
use yew::prelude::*;

use crate::scorm::{percent, status, timespan, Seen};
use crate::state::{Move, Origin, Reading};

/// How far up a chain of frames the API is looked for, as the ADL's own
/// discovery script does.
const SEARCH_DEPTH: usize = 7;

/// A session with the LMS.
struct Session {
    api: Object,
    seen: Seen,
    /// `cmi.student_data.mastery_score`, from the package's manifest.
    mastery: Option<u32>,
    /// The quiz's score in this session, once every answer is checked.
    quiz: Option<u32>,
    started_ms: f64,
    _on_leave: gloo::events::EventListener,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

/// The `API` object of `window`, if it has one this page may reach (another
/// origin's window throws, which counts as none).
fn api_of(window: &Window) -> Option<Object> {
    let api = Reflect::get(window, &"API".into()).ok()?;
    let init = Reflect::get(&api, &"LMSInitialize".into()).ok()?;
    init.is_function().then(|| api.unchecked_into())
}

/// The API in `window` or the windows that frame it.
fn api_above(mut window: Window) -> Option<Object> {
    for _ in 0..=SEARCH_DEPTH {
        if let Some(api) = api_of(&window) {
            return Some(api);
        }
        let parent = window.parent().ok().flatten()?;
        if Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

fn find_api() -> Option<Object> {
    let window = gloo::utils::window();
    api_above(window.clone()).or_else(|| {
        let opener: Window = window.opener().ok()?.dyn_into().ok()?;
        api_above(opener)
    })
}

/// Calls `LMS…` with string arguments; its answer as a string.
fn call(api: &Object, name: &str, args: &[&str]) -> String {
    let Ok(function) = Reflect::get(api, &name.into()).and_then(|f| f.dyn_into::<Function>())
    else {
        return String::new();
    };
    let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    function
        .apply(api, &args)
        .ok()
        .and_then(|answer| answer.as_string())
        .unwrap_or_default()
}

fn get(api: &Object, element: &str) -> String {
    call(api, "LMSGetValue", &[element])
}

fn set(api: &Object, element: &str, value: &str) {
    call(api, "LMSSetValue", &[element, value]);
}

fn now_ms() -> f64 {
    gloo::utils::window()
        .performance()
        .map_or(0.0, |performance| performance.now())
}

impl Session {
    /// Writes where the learner is, what they have seen, the score and the
    /// status, and commits.
    fn record(&mut self, story: &Story, index: Option<usize>) {
        if let Some(index) = index {
            self.seen.mark(index);
        }
        // The furthest step seen, not the last: a learner who looked back at
        // step 2 resumes where they had got to.
        if let Some(furthest) = self.seen.furthest() {
            set(
                &self.api,
                "cmi.core.lesson_location",
                story.steps[furthest].id,
            );
        }
        set(&self.api, "cmi.suspend_data", &self.seen.encode());
        if let Some(score) = self.quiz {
            set(&self.api, "cmi.core.score.min", "0");
            set(&self.api, "cmi.core.score.max", "100");
            set(&self.api, "cmi.core.score.raw", &score.to_string());
        }
        let held = get(&self.api, "cmi.core.lesson_status");
        let now = status(&held, self.seen.all(), self.quiz, self.mastery);
        if now != held {
            set(&self.api, "cmi.core.lesson_status", now);
        }
        call(&self.api, "LMSCommit", &[""]);
    }
}

/// Ends the session: its length, then `LMSFinish`.
fn finish() {
    if let Some(session) = SESSION.with(|session| session.borrow_mut().take()) {
        let length = timespan(now_ms() - session.started_ms);
        set(&session.api, "cmi.core.session_time", &length);
        call(&session.api, "LMSFinish", &[""]);
    }
}

/// Starts a session if an LMS launched this page, resuming at its step;
/// then records every step. Returns what the quiz calls with its score
/// (right, out of) once every answer is checked.
#[hook]
pub fn use_scorm(
    story: &'static Story,
    reading: &UseReducerHandle<Reading>,
) -> Callback<(usize, usize)> {
    let jump = reading.dispatcher();
    use_effect_with((), move |_| {
        let Some(api) = find_api() else {
            return;
        };
        call(&api, "LMSInitialize", &[""]);
        let steps = story.steps.len();
        let seen = Seen::decode(&get(&api, "cmi.suspend_data"), steps);
        let resume = story
            .steps
            .iter()
            .position(|step| step.id == get(&api, "cmi.core.lesson_location"))
            .unwrap_or(0);
        let mastery = get(&api, "cmi.student_data.mastery_score")
            .trim()
            .parse()
            .ok();
        // `pagehide`, not `unload`: it also fires where `unload` is not sent
        // (a page put in the back/forward cache, a phone's closed tab).
        let on_leave =
            gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", |_| finish());
        let mut session = Session {
            api,
            seen,
            mastery,
            quiz: None,
            started_ms: now_ms(),
            _on_leave: on_leave,
        };
        session.record(story, Some(resume));
        SESSION.with(|slot| *slot.borrow_mut() = Some(session));
        if resume != 0 {
            jump.dispatch(
                Move {
                    action: Action::Go(resume),
                    origin: Origin::History,
                }
                .into(),
            );
        }
    });
    // Every step after the start (the first render is step 1 until the
    // address or the LMS has said where to open).
    let (index, starting) = (reading.position.index(), reading.origin == Origin::Start);
    use_effect_with(index, move |&index| {
        if !starting {
            SESSION.with(|session| {
                if let Some(session) = session.borrow_mut().as_mut() {
                    session.record(story, Some(index));
                }
            });
        }
    });
    Callback::from(move |(right, total): (usize, usize)| {
        SESSION.with(|session| {
            if let Some(session) = session.borrow_mut().as_mut() {
                session.quiz = Some(percent(right, total));
                session.record(story, None);
            }
        });
    })
}
