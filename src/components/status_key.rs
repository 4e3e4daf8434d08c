use story::Status;
use yew::prelude::*;

use crate::components::status_badge::StatusBadge;

#[derive(Properties, PartialEq)]
pub struct StatusKeyProps {
    /// The heading's id: the offline file shows the key twice (in the app
    /// and in the whole story), and ids must be unique.
    #[prop_or(AttrValue::Static("status-key-title"))]
    pub id: AttrValue,
}

/// Explains the labels on statements, so a class can read them critically.
#[component]
pub fn StatusKey(props: &StatusKeyProps) -> Html {
    html! {
        <aside class="status-key" aria-labelledby={props.id.clone()}>
            <h2 id={props.id.clone()} class="status-key__title" tabindex="-1">{ "How sure is each statement?" }</h2>
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
