use yew::prelude::*;

use crate::edge::share::{addresses, copy};
use crate::ui::label;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The step on screen: what the link and the embed open on.
    pub step_id: &'static str,
}

/// The panel: closed, open, or open after a copy (of the field with that id,
/// or a copy the browser refused).
#[derive(Clone, Copy, PartialEq)]
enum Share {
    Closed,
    Open,
    Copied(&'static str),
    Refused,
}

/// "Share": a link to the step on screen, and the code that puts the
/// explainer, open on that step, in another page (a blog, Moodle, Canvas,
/// Google Sites), each with a button that copies it and says so. Its
/// addresses come from the page's own, so it is drawn only once opened
/// (the pre-rendered page cannot know where it will be served).
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let share = use_state(|| Share::Closed);
    let open = *share != Share::Closed;
    let toggle = {
        let share = share.clone();
        Callback::from(move |_: MouseEvent| {
            share.set(if open { Share::Closed } else { Share::Open })
        })
    };
    let copy_button = |field: &'static str, label: &str| {
        let copied = *share == Share::Copied(field);
        let share = share.clone();
        html! {
            <button type="button" class="share__copy"
                onclick={Callback::from(move |_: MouseEvent|
                    share.set(if copy(field) { Share::Copied(field) } else { Share::Refused }))}>
                { if copied { label!(share_copied) } else { label } }
            </button>
        }
    };
    let status = match *share {
        Share::Copied("share-link") => label!(share_link_copied),
        Share::Copied(_) => label!(share_embed_copied),
        Share::Refused => label!(share_refused),
        _ => "",
    };
    let shared = open.then(|| addresses(props.step_id));
    html! {
        <div class="share">
            <button type="button" class="share__toggle" aria-expanded={open.to_string()}
                aria-controls="share-panel" onclick={toggle}>
                { label!(share_toggle) }
            </button>
            if let Some(shared) = shared {
                <section class="share__panel" id="share-panel" aria-labelledby="share-title">
                    <h2 class="share__title" id="share-title">{ label!(share_title) }</h2>
                    <label class="share__label" for="share-link">{ label!(share_link) }</label>
                    <div class="share__row">
                        <input class="share__field" id="share-link" readonly=true value={shared.link} />
                        { copy_button("share-link", label!(share_copy_link)) }
                    </div>
                    <label class="share__label" for="share-embed">
                        { label!(share_embed) }
                    </label>
                    <div class="share__row">
                        <textarea class="share__field" id="share-embed" readonly=true rows="5" value={shared.snippet} />
                        { copy_button("share-embed", label!(share_copy_embed)) }
                    </div>
                    <p class="share__hint">{ shared.hint }</p>
                    <p class="share__status" role="status">{ status }</p>
                </section>
            }
        </div>
    }
}
