use story::fixed::fixed;
use story::{hash, Affiliation, Statement, Story, Units};
use yew::prelude::*;

use crate::components::{status_tip::status_tip, term_word::term_word, term_word::TermWordProps};
use crate::ui::{fill, label, numbered};

pub struct StatementItemProps {
    pub story: &'static Story,
    pub statement: &'static Statement,
    /// Under the "who said it" lens: picked out (`Some(true)`) or faded.
    pub picked: Option<bool>,
    /// On the static whole-story page, steps are sections of the page
    /// (`#step-welcome`) rather than the app's addresses (`#/welcome`).
    pub on_page: bool,
    /// Unique on the page for this statement, for the ids of its popovers
    /// (a page can show the same statement twice: the offline file has the
    /// step and the whole story).
    pub scope: AttrValue,
    /// For the distances written in the statement.
    pub units: Units,
}

/// One statement with who said it (and who that source is), how sure it
/// is, and the report's words.
pub fn statement_item(props: &StatementItemProps) -> Html {
    let story = props.story;
    let statement = props.statement;
    let status = statement.status;
    let sources: Vec<&story::Source> = statement
        .sources
        .iter()
        .map(|&source| story.source(source))
        .collect();
    let count = sources.len();
    let answered = statement.answered_in.map(|at| {
        let at = usize::from(at);
        let step = &story.steps[at];
        let href = if props.on_page {
            format!("#step-{}", step.id)
        } else {
            hash::for_step(step.id)
        };
        (
            href,
            numbered(label!(statement_answered), at + 1, step.title),
        )
    });
    html! {
        <li class={classes!(
            "statement",
            format!("statement--{}", status.slug()),
            (props.picked == Some(true)).then_some("is-picked"),
            (props.picked == Some(false)).then_some("is-faded"),
        )}>
            <p class="statement__text">
                { for statement.segments.iter().map(|segment| match (segment.term, segment.km) {
                    (Some(term), _) => term_word(&TermWordProps { story, term, text: segment.text, scope: props.scope.clone() }),
                    // In the reader's units, like every distance the page computes.
                    (None, Some(km)) => html! {
                        <span data-km={fixed(f64::from(km), 1).to_string()}>{ crate::ui::distance(props.units, f64::from(km)) }</span>
                    },
                    (None, None) => html! { { segment.text } },
                }) }
            </p>
            <p class="statement__meta">
                { status_tip(status, &props.scope) }
                <span class="statement__source">
                    { if count == 1 { label!(statement_source) } else { label!(statement_sources) } }
                    { for sources.iter().enumerate().map(|(at, source)| html! {
                        <>
                            { if at == 0 { "" } else if at + 1 == count { label!(statement_and) } else { ", " } }
                            <cite title={source.about}>{ source.name }</cite>
                            // Who the source is, beside its name; the
                            // reporters are the report itself.
                            if source.affiliation != Affiliation::Reporters {
                                <span class="statement__affiliation">{ fill(label!(statement_who), &[("who", affiliation_words(source))]) }</span>
                            }
                        </>
                    }) }
                </span>
                if let Some((href, words)) = answered {
                    <a class="statement__answered" {href}>{ words }</a>
                }
            </p>
            if let Some(carried) = statement.carried_from {
                <p class="statement__carried">
                    { fill(label!(statement_carried), &[("words", carried)]) }
                </p>
            }
            if let Some(quote) = statement.quote {
                <details class="statement__quote">
                    <summary>{ label!(statement_quote_summary) }</summary>
                    // The report stays in English in every language: marked
                    // so, for a screen reader's voice, with the project's
                    // translation after it, labelled as ours.
                    <blockquote lang={statement.quote_translation.map(|_| "en")}>
                        { fill(label!(statement_quote), &[("quote", quote)]) }
                    </blockquote>
                    if let Some(ours) = statement.quote_translation {
                        <p class="statement__ours">{ fill(label!(statement_ours), &[("quote", ours)]) }</p>
                    }
                </details>
            }
        </li>
    }
}

/// "Russian state", or for a background work its publisher.
fn affiliation_words(source: &story::Source) -> &'static str {
    source
        .publisher
        .unwrap_or_else(|| crate::ui::affiliation_label(source.affiliation))
}
