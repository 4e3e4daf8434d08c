use story::{Affiliation, SourceKind, Status, Story};
use yew::prelude::*;

use crate::ui::{count, fill, label, numbered};

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

pub struct SourceLensProps {
    pub story: &'static Story,
    pub lens: Option<Lens>,
    pub on_change: Callback<Option<Lens>>,
    /// The step on screen, so the panel can say what the lens shows there.
    pub current: usize,
    /// Whether "As it was reported" is on screen rather than the step.
    pub reporting: bool,
    /// Opens a step (by position): the steps that have the chosen source.
    pub on_jump: Callback<usize>,
}

/// "Who said it": every source and status with how many statements in the
/// whole story rest on it; choosing one highlights those statements.
pub fn source_lens(props: &SourceLensProps) -> Html {
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
            <h2 id="lens-title" class="lens__title">{ label!(lens_title) }</h2>
            <p class="lens__lede">{ count(label!(lens_lede), "total", total) }</p>
            // The panel can sit far from the statements it outlines (below
            // the step on a phone), so it says here what the lens did.
            <div class="lens__result" aria-live="polite">
                if let Some(lens) = props.lens {
                    { lens_result(&LensResultProps { story, lens, current: props.current, reporting: props.reporting, on_jump: props.on_jump.clone() }) }
                }
            </div>
            <h3 class="lens__subtitle">{ label!(lens_by_source) }</h3>
            <ul class="lens__list">
                { for story.statements_per_source().into_iter()
                    .filter(|(source, count)| *count > 0 && story.source(*source).kind == SourceKind::News)
                    .map(|(source, count)| {
                        let source_item = story.source(source);
                        let who = (source_item.affiliation != Affiliation::Reporters).then(|| crate::ui::affiliation_label(source_item.affiliation));
                        button(Lens::Source(source), source_item.name.to_owned(), who, count)
                    }) }
            </ul>
            <h3 class="lens__subtitle">{ label!(lens_by_status) }</h3>
            <ul class="lens__list">
                { for statuses.into_iter().map(|(status, count)| button(Lens::Status(status), crate::ui::status_label(status).to_owned(), None, count)) }
            </ul>
        </aside>
    }
}

struct LensResultProps {
    story: &'static Story,
    lens: Lens,
    current: usize,
    reporting: bool,
    on_jump: Callback<usize>,
}

/// What the chosen lens picks out on screen, and where else it would.
fn lens_result(props: &LensResultProps) -> Html {
    let story = props.story;
    let lens = props.lens;
    let name = match lens {
        Lens::Source(source) => story.source(source).name,
        Lens::Status(status) => crate::ui::status_label(status),
    };
    if props.reporting {
        let paragraphs = (0..story.report.len())
            .filter(|&at| story.statements_quoting(at).any(|s| lens.picks(s)))
            .count();
        return html! {
            <p>{ fill(label!(lens_in_report), &[("paragraphs", &paragraphs.to_string()), ("total", &story.report.len().to_string()), ("name", name)]) }</p>
        };
    }
    let here = story.steps[props.current]
        .statements
        .iter()
        .filter(|s| lens.picks(s))
        .count();
    let elsewhere: Vec<usize> = story
        .steps
        .iter()
        .enumerate()
        .filter(|(at, step)| *at != props.current && step.statements.iter().any(|s| lens.picks(s)))
        .map(|(at, _)| at)
        .collect();
    let step = (props.current + 1).to_string();
    let said_here = match here {
        0 => fill(label!(lens_none_here), &[("n", &step), ("name", name)]),
        1 => fill(label!(lens_one_here), &[("n", &step), ("name", name)]),
        count => fill(
            label!(lens_many_here),
            &[("count", &count.to_string()), ("n", &step), ("name", name)],
        ),
    };
    html! {
        <>
            <p>{ said_here }</p>
            if !elsewhere.is_empty() {
                <p class="lens__elsewhere">
                    { if here == 0 { label!(lens_it_is_in) } else { label!(lens_also_in) } }
                    { for elsewhere.into_iter().map(|at| {
                        let on_jump = props.on_jump.clone();
                        html! {
                            <button type="button" class="lens__step" onclick={Callback::from(move |_: MouseEvent| on_jump.emit(at))}
                                aria-label={numbered(label!(lens_step_label), at + 1, story.steps[at].title)}>
                                { count(label!(lens_step), "n", at + 1) }
                            </button>
                        }
                    }) }
                </p>
            }
        </>
    }
}
