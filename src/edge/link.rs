//! The class's window and its speaker window, kept in step by `postMessage`:
//! this is the class's side, in every build (`edge::speaker` is the other).
//!
//! The class's window (on the projector) opens the speaker window (on the
//! teacher's laptop) and is the one that decides: it alone measures whether
//! a step builds, so the speaker window sends it moves and shows the state
//! it answers with. Each window checks who sent a message, not only what it
//! says (`crate::link`): the class's window listens only to a window it
//! opened. After the class's window reloads it has lost its reference to
//! the speaker window, but that window's `opener` still names it, and the
//! speaker window says hello every few seconds, so the two find each other
//! again.
//!
//! Kept small on purpose: this side is in the site's first view, which has
//! a size budget; so the window and the latest state are plain thread-locals,
//! not hooks.

use std::cell::{Cell, RefCell};

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Window};
use yew::prelude::*;

use crate::link::Message;
use crate::state::{Move, Origin, Presenter, PresenterCommand, Reading};

/// The speaker window's name: pressing S again brings back the same window
/// rather than opening a second one.
const SPEAKER_WINDOW: &str = "explainer-speaker";

/// Whether this build has the teacher's tools (feature `teacher`). The site's
/// index.html is built without it, to keep its first view inside the size
/// budget; speaker.html and the single offline file are built with it.
pub const TEACHER_BUILD: bool = cfg!(feature = "teacher");

/// The page the speaker window opens, relative to this one: the site's
/// speaker.html beside index.html, or (in a build that has the speaker
/// view, such as the single offline file) this very page.
pub const SPEAKER_PAGE: &str = if TEACHER_BUILD { "" } else { "speaker.html" };

thread_local! {
    /// The speaker window, once this window has opened it or heard from it.
    static SPEAKER: RefCell<Option<Window>> = const { RefCell::new(None) };
    /// Where the class is, to answer a hello between renders.
    static LATEST: Cell<Option<Message>> = const { Cell::new(None) };
}

pub fn post(to: &Window, message: Message) {
    // "*": from `file://` the other window's origin is opaque and no target
    // origin can name it. The messages carry step numbers, nothing private,
    // and the receiver checks the sender.
    let _ = to.post_message(&JsValue::from_str(&message.encode()), "*");
}

/// The message an event carries, and the window that sent it.
pub fn received(event: &Event) -> Option<(Message, JsValue)> {
    let event = event.dyn_ref::<MessageEvent>()?;
    let message = Message::decode(&event.data().as_string()?)?;
    Some((message, event.source()?.into()))
}

/// Whether the speaker window is open, and whether the browser refused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeakerLink {
    #[default]
    Closed,
    Open,
    /// The browser blocked the pop-up: the page says how to allow it.
    Blocked,
}

/// The class's side of the link: tells the speaker window where the class
/// is, applies the moves and blanks it sends, and opens it. Returns whether
/// it is open, and the callback that opens it (call it from the key or
/// button press itself: that is what lets a browser open a window).
#[hook]
pub fn use_speaker_link(
    reading: &UseReducerHandle<Reading>,
    presenter: &UseReducerHandle<Presenter>,
) -> (SpeakerLink, Callback<()>) {
    let link = use_state_eq(SpeakerLink::default);
    let state = Message::State {
        index: reading.position.index(),
        shown: reading.shown(),
        blank: presenter.blank,
    };
    LATEST.with(|latest| latest.set(Some(state)));
    use_effect_with(state, |&state| {
        SPEAKER.with(|speaker| {
            // A closed window ignores what is posted to it; it says bye
            // when it goes, and forgets it here.
            if let Some(speaker) = speaker.borrow().as_ref() {
                post(speaker, state);
            }
        });
    });
    {
        let link = link.clone();
        let (to_reading, to_presenter) = (reading.dispatcher(), presenter.dispatcher());
        use_effect_with((), move |_| {
            let me = gloo::utils::window();
            let listener = EventListener::new(&me.clone(), "message", move |event| {
                let Some((message, source)) = received(event) else {
                    return;
                };
                let known = SPEAKER.with(|speaker| {
                    speaker
                        .borrow()
                        .as_ref()
                        .is_some_and(|speaker| js_sys::Object::is(speaker, &source))
                });
                // `opener` is one of the few properties readable across
                // origins: the window this one opened before it reloaded.
                let opened_here = js_sys::Reflect::get(&source, &JsValue::from_str("opener"))
                    .is_ok_and(|opener| js_sys::Object::is(&opener, &me));
                if !known && !opened_here {
                    return;
                }
                // Checked by identity above; a cross-origin window fails
                // `instanceof Window`, so no checked cast.
                let speaker: Window = source.unchecked_into();
                match message {
                    Message::Bye => {
                        SPEAKER.with(|kept| kept.replace(None));
                        link.set(SpeakerLink::Closed);
                        return;
                    }
                    Message::Hello => {
                        if let Some(state) = LATEST.with(Cell::get) {
                            post(&speaker, state);
                        }
                    }
                    Message::Move(action) => to_reading.dispatch(
                        Move {
                            action,
                            origin: Origin::Pager,
                        }
                        .into(),
                    ),
                    Message::Blank => to_presenter.dispatch(PresenterCommand::Blank),
                    Message::State { .. } => {}
                }
                SPEAKER.with(|kept| kept.replace(Some(speaker)));
                link.set(SpeakerLink::Open);
            });
            move || drop(listener)
        });
    }
    let open = {
        let link = link.clone();
        Callback::from(move |()| {
            let window = gloo::utils::window();
            let address = format!(
                "{SPEAKER_PAGE}?speaker{}",
                window.location().hash().unwrap_or_default()
            );
            match window.open_with_url_and_target(&address, SPEAKER_WINDOW) {
                Ok(Some(opened)) => {
                    let _ = opened.focus();
                    SPEAKER.with(|kept| kept.replace(Some(opened)));
                    link.set(SpeakerLink::Open);
                }
                _ => link.set(SpeakerLink::Blocked),
            }
        })
    };
    (*link, open)
}
