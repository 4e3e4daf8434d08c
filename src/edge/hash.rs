//! Keeps the address bar's `#/step-id` (and `#/step-id/3` for a presenter's
//! build) and the app in step, in both directions, so links can be shared
//! and Back/Forward move through steps and builds.

use story::{hash, Story};
use yew::prelude::*;

use crate::state::{Change, Move, Origin, Reading};
use story::nav::Action;

pub(crate) fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Replaces the hash without adding a history entry.
fn replace_hash(wanted: &str) {
    let history = gloo::utils::window().history();
    if let Ok(history) = history {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(wanted));
    }
}

/// index.html hides the pre-rendered step 1 while a link to another step
/// is being opened (`html[data-opening]`); the step on screen is now the
/// one the address names.
fn reveal_opened_step() {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.remove_attribute("data-opening");
    }
}

/// Browsers cap how often a page may change its address (Chromium: 200
/// times in 10 seconds) and silently drop the rest. When a write was
/// dropped, try again every second, with the newest step, until the
/// address shows it.
const CATCH_UP_TRIES: u8 = 15;

thread_local! {
    /// Whether a catch-up is already scheduled: one at a time, however many
    /// writes were dropped.
    static CATCHING_UP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// How many hashes this app set whose `hashchange` has not arrived yet.
    /// Each write fires its event later, as a separate task; by then the
    /// reader may have moved on (a fast clicker), and while the browser drops
    /// writes the address still shows the older hash, so the late event
    /// cannot be told from Back by the address. Events come in the order of
    /// the writes, one each, and before any later Back/Forward: counting
    /// them is enough.
    static ECHOES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn catch_up(newest: std::rc::Rc<std::cell::RefCell<String>>, tries: u8) {
    if tries == CATCH_UP_TRIES && CATCHING_UP.with(|flag| flag.replace(true)) {
        return;
    }
    // `forget`: the timer fires once and its small closure stays allocated,
    // at most CATCH_UP_TRIES of them per burst of dropped writes.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let wanted = newest.borrow().clone();
        if current_hash() != wanted {
            replace_hash(&wanted);
        }
        if current_hash() != wanted && tries > 1 {
            catch_up(newest, tries - 1);
        } else {
            CATCHING_UP.with(|flag| flag.set(false));
        }
    })
    .forget();
}

/// The address for a step and build.
fn address(story: &'static Story, index: usize, shown: Option<usize>) -> String {
    let id = story.steps[index].id;
    match shown {
        Some(shown) => hash::for_build(id, shown),
        None => hash::for_step(id),
    }
}

/// What opening `current` asks for: a step at a build (presenter mode), a
/// step, or nothing the story has.
fn opening(story: &'static Story, current: &str, origin: Origin) -> Option<Change> {
    let index = hash::step_index(story, current)?;
    Some(match hash::build(current) {
        Some(shown) => Change::OpenBuild {
            index,
            shown,
            origin,
        },
        None => Move {
            action: Action::Go(index),
            origin,
        }
        .into(),
    })
}

/// Writes the step into the hash after each move, and turns hash changes from
/// Back/Forward or a hand-edited address into moves.
#[hook]
pub fn use_hash_sync(story: &'static Story, reading: UseReducerHandle<Reading>) {
    let index = reading.position.index();
    let shown = reading.shown();
    let origin = reading.origin;
    let jump = reading.dispatcher();
    // The hash this app wants in the address bar, for the catch-up.
    let newest = use_mut_ref(String::new);
    use_effect_with((index, shown, origin), move |&(index, shown, origin)| {
        let wanted = address(story, index, shown);
        let current = current_hash();
        match origin {
            // The first render matches the pre-rendered page (step 1). Once
            // live, open the step (and build) the address names, adding no
            // history entry; a malformed address is corrected to step 1's name.
            Origin::Start => match opening(story, &current, Origin::History) {
                Some(change @ Change::OpenBuild { .. }) => jump.dispatch(change),
                Some(change) if hash::step_index(story, &current) != Some(index) => {
                    jump.dispatch(change)
                }
                Some(_) if current == wanted => reveal_opened_step(),
                _ => {
                    replace_hash(&wanted);
                    reveal_opened_step();
                }
            },
            Origin::History => {
                if current != wanted {
                    replace_hash(&wanted);
                }
                reveal_opened_step();
            }
            // Setting the hash adds a history entry, so Back returns here.
            Origin::Pager | Origin::List if current != wanted => {
                *newest.borrow_mut() = wanted.clone();
                gloo::utils::window()
                    .location()
                    .set_hash(&wanted)
                    .unwrap_or(());
                if current_hash() == wanted {
                    ECHOES.with(|echoes| echoes.set(echoes.get() + 1));
                } else {
                    catch_up(newest.clone(), CATCH_UP_TRIES);
                }
            }
            Origin::Pager | Origin::List => {}
        }
    });

    let dispatcher = reading.dispatcher();
    use_effect_with((), move |_| {
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                if ECHOES.with(|echoes| echoes.replace(echoes.get().saturating_sub(1))) > 0 {
                    // The echo of our own write: the state has already moved past it.
                    return;
                }
                // Back/Forward or a typed address.
                let current = current_hash();
                let change = opening(story, &current, Origin::History).unwrap_or_else(|| {
                    // An unknown step in a typed address: show the first step
                    // and put its real name in the address bar.
                    replace_hash(&hash::for_step(story.steps[0].id));
                    Move {
                        action: Action::First,
                        origin: Origin::History,
                    }
                    .into()
                });
                dispatcher.dispatch(change);
            });
        move || drop(listener)
    });
}
