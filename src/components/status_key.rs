use story::Status;
use yew::prelude::*;

use crate::components::status_badge::status_badge;
use crate::ui::label;

/// Explains the labels on statements, so a class can read them critically.
/// `id` is the heading's: the offline file shows the key twice (in the app
/// and in the whole story), and ids must be unique.
pub fn status_key(id: &'static str) -> Html {
    html! {
        <aside class="status-key" aria-labelledby={id}>
            <h2 id={id} class="status-key__title" tabindex="-1">{ label!(status_key_title) }</h2>
            <p class="status-key__lede">{ label!(status_key_lede) }</p>
            <dl class="status-key__list">
                { for Status::ALL.iter().map(|status| html! {
                    <div class="status-key__row">
                        <dt>{ status_badge(*status) }</dt>
                        <dd>{ crate::ui::status_explanation(*status) }</dd>
                    </div>
                }) }
            </dl>
        </aside>
    }
}
