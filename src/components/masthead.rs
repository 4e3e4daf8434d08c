use yew::prelude::*;

/// The page title and what the explainer is built from.
pub fn masthead() -> Html {
    html! {
        <header class="masthead">
            <p class="masthead__kicker">{ "A news story, step by step" }</p>
            <h1 class="masthead__title">{ "Putin and Kim meet at Vostochny" }</h1>
            <p class="masthead__lede">
                { "How North Korea's leader came into Russia by train and met Putin at a Russian rocket base \
                   on 13 September 2023, and who reported what. Every statement shows its source and how sure it is." }
            </p>
        </header>
    }
}
