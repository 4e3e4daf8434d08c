use story::{Affiliation, SourceKind, Status, Story};
use yew::prelude::*;

/// What the "who said it" lens highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lens {
    Source(story::SourceRef),
    Status(Status),
}

impl Lens {
    /// Whether a statement is one the lens picks out.
    pub fn picks(self, statement: &story::Statement) -> bool {
        match self {
            Lens::Source(source) => statement.sources.contains(&source),
            Lens::Status(status) => statement.status == status,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceLensProps {
    pub story: &'static Story,
    pub lens: Option<Lens>,
    pub on_change: Callback<Option<Lens>>,
}

/// "Who said it": every source and status with how many statements in the
/// whole story rest on it; choosing one highlights those statements.
#[component]
pub fn SourceLens(props: &SourceLensProps) -> Html {
    let story = props.story;
    let total = story
        .steps
        .iter()
        .map(|step| step.statements.len())
        .sum::<usize>();
    let button = |lens: Lens, label: String, who: Option<&'static str>, count: usize| {
        let on_change = props.on_change.clone();
        let on = props.lens == Some(lens);
        html! {
            <li>
                <button type="button" class="lens__button" aria-pressed={on.to_string()}
                    onclick={Callback::from(move |_: MouseEvent| on_change.emit((!on).then_some(lens)))}>
                    <span>{ label }</span>
                    if let Some(who) = who {
                        <span class="lens__who">{ who }</span>
                    }
                    <span class="lens__count">{ count }</span>
                </button>
            </li>
        }
    };
    let statuses = Status::ALL.map(|status| {
        let count = story
            .steps
            .iter()
            .flat_map(|s| s.statements)
            .filter(|s| s.status == status)
            .count();
        (status, count)
    });
    html! {
        <aside class="lens" aria-labelledby="lens-title">
            <h2 id="lens-title" class="lens__title">{ "Who said it?" }</h2>
            <p class="lens__lede">{ format!("{total} statements in the story. Choose a source or a status to highlight its statements.") }</p>
            <h3 class="lens__subtitle">{ "By source" }</h3>
            <ul class="lens__list">
                { for story.statements_per_source().into_iter()
                    .filter(|(source, count)| *count > 0 && story.source(*source).kind == SourceKind::News)
                    .map(|(source, count)| {
                        let source_item = story.source(source);
                        let who = (source_item.affiliation != Affiliation::Reporters).then(|| source_item.affiliation.label());
                        button(Lens::Source(source), source_item.name.to_owned(), who, count)
                    }) }
            </ul>
            <h3 class="lens__subtitle">{ "By status" }</h3>
            <ul class="lens__list">
                { for statuses.into_iter().map(|(status, count)| button(Lens::Status(status), status.label().to_owned(), None, count)) }
            </ul>
        </aside>
    }
}
