use story::{Statement, Story};
use yew::prelude::*;

use crate::components::term_word::TermWord;

#[derive(Properties, PartialEq)]
pub struct StatementItemProps {
    pub story: &'static Story,
    pub statement: &'static Statement,
    /// Under the "who said it" lens: picked out (`Some(true)`) or faded.
    #[prop_or_default]
    pub picked: Option<bool>,
}

/// One statement with who said it, how sure it is, and the report's words.
#[component]
pub fn StatementItem(props: &StatementItemProps) -> Html {
    let statement = props.statement;
    let status = statement.status;
    let sources = statement
        .sources
        .iter()
        .map(|&source| props.story.source(source));
    let count = statement.sources.len();
    html! {
        <li class={classes!(
            "statement",
            format!("statement--{}", status.slug()),
            (props.picked == Some(true)).then_some("is-picked"),
            (props.picked == Some(false)).then_some("is-faded"),
        )}>
            <p class="statement__text">
                { for statement.segments.iter().map(|segment| match segment.term {
                    Some(term) => html! { <TermWord story={props.story} {term} text={segment.text} /> },
                    None => html! { { segment.text } },
                }) }
            </p>
            <p class="statement__meta">
                <span class={classes!("status", format!("status--{}", status.slug()))} title={status.explanation()}>
                    { status.label() }
                </span>
                <span class="statement__source">
                    { if count == 1 { "Source: " } else { "Sources: " } }
                    { for sources.enumerate().map(|(at, source)| html! {
                        <>
                            { if at == 0 { "" } else if at + 1 == count { " and " } else { ", " } }
                            <cite title={source.about}>{ source.name }</cite>
                        </>
                    }) }
                </span>
            </p>
            if let Some(quote) = statement.quote {
                <details class="statement__quote">
                    <summary>{ "The report's words" }</summary>
                    <blockquote>{ format!("“…{quote}…”") }</blockquote>
                </details>
            }
        </li>
    }
}
