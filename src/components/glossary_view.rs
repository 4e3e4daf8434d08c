use story::Story;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GlossaryViewProps {
    pub story: &'static Story,
}

/// Every term and person, A to Z, with where each definition comes from.
#[component]
pub fn GlossaryView(props: &GlossaryViewProps) -> Html {
    html! {
        <section class="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title" class="glossary__title" tabindex="-1">{ "Glossary and who's who" }</h2>
            <dl class="glossary__list">
                { for props.story.glossary.iter().map(|term| {
                    let source = props.story.source(term.source);
                    html! {
                        <div class="glossary__entry" id={format!("glossary-{}", term.id)}>
                            <dt>{ term.term }</dt>
                            <dd>
                                { term.definition }{ " " }
                                <span class="status status--background">{ "Background" }</span>
                                { format!(" {}", source.name) }
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
