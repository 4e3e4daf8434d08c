//! The embed's conversation with the page that frames it (embed.html in an
//! `<iframe>` on a school blog, Moodle, Canvas…). Messages, all plain
//! objects (README, "Embed it / put it in your LMS"):
//!
//! - out, on every step (the first included): `{type:
//!   "vostochny-explainer:step", id, index, count, title}`, index from 0;
//! - out, on load and whenever the page's height changes (a step, a place
//!   card, a resize; at most once per frame drawn, as the browser's
//!   `ResizeObserver` reports): `{type:
//!   "vostochny-explainer:height", height}` in CSS pixels, and Canvas's own
//!   `{"subject":"lti.frameResize","height":…}` (as a JSON string, the form
//!   Canvas documents);
//! - in, only from the framing window: `{type: "vostochny-explainer:go",
//!   step}`, `step` a step's id or its index from 0.
//!
//! Messages go out to any origin (`"*"`): the host's origin is not known,
//! and what they carry is the public story's step titles and a height.

use js_sys::{Object, Reflect};
use story::nav::Action;
use story::Story;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, ResizeObserver, Window};
use yew::prelude::*;

use crate::state::{Move, Origin, Reading};

/// The window that frames this page; `None` when it is not in a frame (a
/// page on its own is its own parent).
fn host() -> Option<Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (!Object::is(&parent, &window)).then_some(parent)
}

/// A message: its type (`vostochny-explainer:…`) and `(key, value)` pairs.
fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

fn post(host: &Window, message: &JsValue) {
    let _ = host.post_message(message, "*");
}

/// Tells the host the page's height: its own message and Canvas's.
fn post_height(host: &Window) {
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    // Whole pixels: formatting a float would link Rust's float printing
    // (several KB of wasm) for no gain.
    let height = root.get_bounding_client_rect().height().ceil() as u32;
    post(
        host,
        &message("vostochny-explainer:height", &[("height", height.into())]),
    );
    let canvas = format!("{{\"subject\":\"lti.frameResize\",\"height\":{height}}}");
    post(host, &canvas.into());
}

/// What the embed keeps alive while it is framed: the height observer and
/// the listener for "go".
struct Framed {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _on_message: gloo::events::EventListener,
}

impl Drop for Framed {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// In embed.html (`embed`), and only when framed: posts each step and the
/// page's height to the host, and takes "go" from the host alone.
#[hook]
pub fn use_embed(embed: bool, story: &'static Story, reading: &UseReducerHandle<Reading>) {
    let index = reading.position.index();
    let starting = reading.origin == Origin::Start;
    use_effect_with(index, move |&index| {
        // The first screen is step 1 until the address is read: a frame
        // opened on a later step says only that step.
        let opening = starting
            && story::hash::step_index(story, &crate::edge::hash::current_hash())
                .is_some_and(|named| named != index);
        if let Some(host) = host().filter(|_| embed && !opening) {
            let step = &story.steps[index];
            let fields = [
                ("id", step.id.into()),
                ("index", index.into()),
                ("count", story.steps.len().into()),
                ("title", step.title.into()),
            ];
            post(&host, &message("vostochny-explainer:step", &fields));
        }
    });
    let dispatcher = reading.dispatcher();
    use_effect_with((), move |_| {
        let framed = host().filter(|_| embed).and_then(|host| {
            // The observer reports once at the start (the load), then each
            // change of the page's size at most once per frame drawn: a
            // dragged window or a step's transition sends one message a frame.
            let to = host.clone();
            let on_resize = Closure::<dyn FnMut()>::new(move || post_height(&to));
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
            observer.observe(&gloo::utils::document().document_element()?);
            let on_message =
                gloo::events::EventListener::new(&gloo::utils::window(), "message", move |event| {
                    let Some(event) = event.dyn_ref::<MessageEvent>() else {
                        return;
                    };
                    // Only the framing window may turn the story: not another
                    // frame, not a pop-up, not the page itself.
                    if !event.source().is_some_and(|from| Object::is(&from, &host)) {
                        return;
                    }
                    if let Some(index) = go_to(story, &event.data()) {
                        dispatcher.dispatch(
                            Move {
                                action: Action::Go(index),
                                // Like the pager: focus stays with the host page.
                                origin: Origin::Pager,
                            }
                            .into(),
                        );
                    }
                });
            Some(Framed {
                observer,
                _on_resize: on_resize,
                _on_message: on_message,
            })
        });
        move || drop(framed)
    });
}

/// The step a "go" message asks for: by id, or by index from 0.
fn go_to(story: &Story, data: &JsValue) -> Option<usize> {
    let kind = Reflect::get(data, &"type".into()).ok()?.as_string()?;
    if kind != "vostochny-explainer:go" {
        return None;
    }
    let step = Reflect::get(data, &"step".into()).ok()?;
    match step.as_string() {
        Some(id) => story.steps.iter().position(|s| s.id == id),
        None => step
            .as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n < story.steps.len() as f64)
            .map(|n| n as usize),
    }
}
