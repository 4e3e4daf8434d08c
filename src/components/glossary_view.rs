use story::Story;
use yew::prelude::*;

use crate::ui::label;

/// Every term and person, A to Z, with where each definition comes from.
pub fn glossary_view(story: &Story) -> Html {
    html! {
        <section class="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title" class="glossary__title" tabindex="-1">{ label!(glossary_title) }</h2>
            <dl class="glossary__list">
                { for story.glossary.iter().map(|term| {
                    let source = story.source(term.source);
                    html! {
                        <div class="glossary__entry" id={format!("glossary-{}", term.id)}>
                            <dt>{ term.term }</dt>
                            <dd>
                                { term.definition }{ " " }
                                <span class="status status--background">{ label!(status_background) }</span>
                                { format!(" {}", source.name) }
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
