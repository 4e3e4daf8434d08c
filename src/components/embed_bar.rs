use yew::prelude::*;

/// The embed's only chrome (embed.html, in another site's frame): what this
/// is, and the way out to the whole explainer at the same step, in a new tab
/// so the host page stays where it was.
pub fn embed_bar(step_id: &str) -> Html {
    html! {
        <header class="embed-bar">
            <p class="embed-bar__title">{ "Putin and Kim meet at Vostochny: a news story, step by step" }</p>
            <a class="embed-bar__open" href={format!("./{}", story::hash::for_step(step_id))}
                target="_blank" rel="noopener">
                { "Open the full explainer" }
                <span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        </header>
    }
}
