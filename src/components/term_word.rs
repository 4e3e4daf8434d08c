use story::{SourceKind, Story};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermWordProps {
    pub story: &'static Story,
    /// Index into the story's glossary.
    pub term: u16,
    /// The words as they stand in the statement.
    pub text: &'static str,
}

/// A marked word: hovering or focusing it shows the definition; tapping or
/// pressing it pins the definition open, and Escape closes it again.
#[component]
pub fn TermWord(props: &TermWordProps) -> Html {
    let term = &props.story.glossary[usize::from(props.term)];
    let source = props.story.source(term.source);
    let pinned = use_state(|| false);
    let tip = format!("tip-{}", term.id);
    let onclick = {
        let pinned = pinned.clone();
        Callback::from(move |_: MouseEvent| pinned.set(!*pinned))
    };
    let onkeydown = {
        let pinned = pinned.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *pinned {
                event.prevent_default();
                pinned.set(false);
            }
        })
    };
    let label = match source.kind {
        SourceKind::Background => format!("Background: {}", source.name),
        SourceKind::News => format!("From the report: {}", source.name),
    };
    html! {
        <span class="term">
            <button type="button" class="term__word" aria-expanded={pinned.to_string()}
                aria-describedby={tip.clone()} {onclick} {onkeydown}>
                { props.text }
            </button>
            <span class={classes!("term__tip", pinned.then_some("is-pinned"))} role="tooltip" id={tip}>
                <strong>{ term.term }</strong>{ ": " }{ term.definition }
                <span class="term__source">{ format!(" ({label})") }</span>
            </span>
        </span>
    }
}
