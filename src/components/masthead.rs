use yew::prelude::*;

use crate::ui::label;

/// The page title and what the explainer is built from.
pub fn masthead() -> Html {
    html! {
        <header class="masthead">
            <p class="masthead__kicker">{ label!(masthead_kicker) }</p>
            <h1 class="masthead__title">{ label!(masthead_title) }</h1>
            <p class="masthead__lede">
                { label!(masthead_lede) }
            </p>
        </header>
    }
}
