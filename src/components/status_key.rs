use story::Status;
use yew::prelude::*;

use crate::components::status_badge::StatusBadge;

/// Explains the labels on statements, so a class can read them critically.
#[component]
pub fn StatusKey() -> Html {
    html! {
        <aside class="status-key" aria-labelledby="status-key-title">
            <h2 id="status-key-title" class="status-key__title">{ "How sure is each statement?" }</h2>
            <p class="status-key__lede">{ "Each label says how the report sources a statement; the source's name says who said it, with who they are in brackets." }</p>
            <dl class="status-key__list">
                { for Status::ALL.iter().map(|status| html! {
                    <div class="status-key__row">
                        <dt><StatusBadge status={*status} /></dt>
                        <dd>{ status.explanation() }</dd>
                    </div>
                }) }
            </dl>
        </aside>
    }
}
