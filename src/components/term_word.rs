use story::{SourceKind, Story};
use yew::prelude::*;

use crate::components::popover::Popover;
use crate::ui::{fill, label};

pub struct TermWordProps {
    pub story: &'static Story,
    /// Index into the story's glossary.
    pub term: u16,
    /// The words as they stand in the statement.
    pub text: &'static str,
    /// Unique on the page for this statement (a word can occur in many).
    pub scope: AttrValue,
}

/// A marked word whose definition opens beside it.
pub fn term_word(props: &TermWordProps) -> Html {
    let term = &props.story.glossary[usize::from(props.term)];
    let source = props.story.source(term.source);
    let from = match source.kind {
        SourceKind::Background => label!(term_background),
        SourceKind::News => label!(term_news),
    };
    html! {
        <Popover id={format!("tip-{}-{}", props.scope, term.id)} trigger_class="term__word" tip_class="term__tip"
            trigger={html! { props.text }}>
            <strong>{ term.term }</strong>{ ": " }{ term.definition }
            <span class="term__source">{ fill(from, &[("source", source.name)]) }</span>
        </Popover>
    }
}
