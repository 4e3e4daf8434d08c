use story::Status;
use yew::prelude::*;

/// Explains the labels on statements, so a class can read them critically.
#[component]
pub fn StatusKey() -> Html {
    html! {
        <aside class="status-key" aria-labelledby="status-key-title">
            <h2 id="status-key-title" class="status-key__title">{ "How sure is each statement?" }</h2>
            <dl class="status-key__list">
                { for Status::ALL.iter().map(|status| html! {
                    <div class="status-key__row">
                        <dt><span class={classes!("status", format!("status--{}", status.slug()))}>{ status.label() }</span></dt>
                        <dd>{ status.explanation() }</dd>
                    </div>
                }) }
            </dl>
        </aside>
    }
}
