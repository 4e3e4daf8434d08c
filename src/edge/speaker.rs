//! The speaker window's side of the link (`edge::link` is the class's), and
//! its clocks. Only in the build with the speaker view (feature `teacher`:
//! speaker.html and the single offline file).

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Window;
use yew::prelude::*;

use crate::edge::link::{post, received};
use crate::link::Message;
use crate::state::{Change, Reading, Timer, TimerCommand};

/// How often the speaker window says it is still there.
const HELLO_EVERY_MS: u32 = 2_000;

/// Where the timer is kept between reloads of the speaker window.
const TIMER_KEY: &str = "explainer-speaker-timer";

/// Whether this page's address asks for `mode` (`speaker.html?speaker#/…`
/// for the speaker view, or the offline file's own `?speaker`;
/// `speaker.html?qr#…` for a QR code).
pub fn asked_for(mode: &str) -> bool {
    gloo::utils::window()
        .location()
        .search()
        .is_ok_and(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .any(|part| part == mode)
        })
}

fn is_open(window: &Window) -> bool {
    !window.closed().unwrap_or(true)
}

/// The window that opened this one, while it is open.
fn opener() -> Option<Window> {
    gloo::utils::window()
        .opener()
        .ok()
        .filter(|opener| !opener.is_null() && !opener.is_undefined())
        .map(|opener| opener.unchecked_into::<Window>())
        .filter(is_open)
}

/// What the speaker window knows of the class's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Audience {
    /// The class's window has answered and is still open.
    pub connected: bool,
    pub blank: bool,
}

/// The speaker window's side: follows the state the class's window sends
/// (only from the window that opened this one), says hello now and every
/// few seconds (a class's window that reloaded finds it again, one that
/// closed is noticed) and bye when it goes. Returns what it knows of the
/// class's screen, and the callback that sends it a move or a blank; with
/// no class's window (closed, or this page opened on its own) a move
/// applies here.
#[hook]
pub fn use_audience(
    active: bool,
    reading: &UseReducerHandle<Reading>,
) -> (Audience, Callback<Message>) {
    let audience = use_state_eq(Audience::default);
    {
        let audience = audience.clone();
        let to_reading = reading.dispatcher();
        use_effect_with((), move |_| {
            let alive = active.then(|| {
                let this = gloo::utils::window();
                let document = gloo::utils::document();
                document.set_title(&crate::ui::fill(
                    crate::label!(speaker_window_title),
                    &[("title", &document.title())],
                ));
                let hello = {
                    let audience = audience.clone();
                    move || match opener() {
                        Some(opener) => post(&opener, Message::Hello),
                        None => audience.set(Audience::default()),
                    }
                };
                hello();
                let listener = EventListener::new(&this, "message", move |event| {
                    let Some((
                        Message::State {
                            index,
                            shown,
                            blank,
                        },
                        source,
                    )) = received(event)
                    else {
                        return;
                    };
                    if opener().is_some_and(|opener| js_sys::Object::is(&opener, &source)) {
                        to_reading.dispatch(Change::Follow { index, shown });
                        audience.set(Audience {
                            connected: true,
                            blank,
                        });
                    }
                });
                let bye = EventListener::new(&this, "pagehide", move |_| {
                    if let Some(opener) = opener() {
                        post(&opener, Message::Bye);
                    }
                });
                (listener, bye, Interval::new(HELLO_EVERY_MS, hello))
            });
            move || drop(alive)
        });
    }
    let dispatcher = reading.dispatcher();
    let send = Callback::from(move |message: Message| match (opener(), message) {
        (Some(opener), message) => post(&opener, message),
        (None, Message::Move(action)) => dispatcher.dispatch(
            crate::state::Move {
                action,
                origin: crate::state::Origin::Pager,
            }
            .into(),
        ),
        (None, _) => {}
    });
    (*audience, send)
}

/// What the speaker view's clocks show.
#[derive(Debug, Clone, PartialEq)]
pub struct Clocks {
    /// Seconds on the timer.
    pub elapsed: u64,
    pub running: bool,
    /// The time of day on the teacher's computer, as "14:05".
    pub time_of_day: String,
}

/// The speaker view's clocks: the time of day and the timer, which is kept
/// in session storage so reloading the speaker window keeps it (paused or
/// running). Ticks each second; the callback pauses, resumes and resets.
#[hook]
pub fn use_speaker_clock(active: bool) -> (Clocks, Callback<TimerCommand>) {
    let storage = || gloo::utils::window().session_storage().ok().flatten();
    // Only the speaker window reads the browser's clock: the class's window
    // is also pre-rendered natively, where there is none.
    let timer = use_state(|| {
        if !active {
            return Timer::default();
        }
        storage()
            .and_then(|storage| storage.get_item(TIMER_KEY).ok().flatten())
            .and_then(|kept| Timer::decode(&kept))
            .unwrap_or_else(|| Timer::running_from(js_sys::Date::now()))
    });
    let now = use_state(|| 0.0);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let ticker = active.then(|| {
                now.set(js_sys::Date::now());
                Interval::new(1_000, move || now.set(js_sys::Date::now()))
            });
            move || drop(ticker)
        });
    }
    use_effect_with(*timer, move |timer| {
        if let Some(storage) = storage().filter(|_| active) {
            let _ = storage.set_item(TIMER_KEY, &timer.encode());
        }
    });
    let on_timer = {
        let timer = timer.clone();
        Callback::from(move |command: TimerCommand| {
            timer.set(timer.apply(command, js_sys::Date::now()));
        })
    };
    let time_of_day = if *now > 0.0 {
        let date = js_sys::Date::new(&JsValue::from_f64(*now));
        format!("{}:{:02}", date.get_hours(), date.get_minutes())
    } else {
        String::new()
    };
    let clocks = Clocks {
        elapsed: timer.elapsed_seconds(*now),
        running: timer.is_running(),
        time_of_day,
    };
    (clocks, on_timer)
}
