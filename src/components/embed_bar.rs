use yew::prelude::*;

use crate::ui::label;

/// The embed's only chrome (embed.html, in another site's frame): what this
/// is, and the way out to the whole explainer at the same step, in a new tab
/// so the host page stays where it was.
pub fn embed_bar(step_id: &str) -> Html {
    html! {
        <header class="embed-bar">
            <p class="embed-bar__title">{ label!(embed_title) }</p>
            <a class="embed-bar__open" href={format!("./{}", story::hash::for_step(step_id))}
                target="_blank" rel="noopener">
                { label!(embed_open) }
                <span class="visually-hidden">{ label!(embed_new_tab) }</span>
            </a>
        </header>
    }
}
