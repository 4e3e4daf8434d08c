use story::Story;
use yew::prelude::*;

use crate::components::source_lens::Lens;
use crate::ui::{label, numbered};

pub struct ReportViewProps {
    pub story: &'static Story,
    /// Opens the explainer at a step (by position).
    pub on_open_step: Callback<usize>,
    /// The "who said it" lens: outlines the paragraphs whose statements it picks.
    pub lens: Option<Lens>,
}

/// "As it was reported": the report's paragraphs in its own order, each
/// linked to the steps that tell it, so a class can see how a news story is
/// built: the newest and biggest news first, the journey told afterwards.
pub fn report_view(props: &ReportViewProps) -> Html {
    let story = props.story;
    html! {
        <section class="report-view" aria-labelledby="report-view-title">
            <h2 id="report-view-title" class="report-view__title" tabindex="-1">{ label!(report_title) }</h2>
            <p class="report-view__lede">
                { label!(report_lede) }
            </p>
            <ol class="report-view__paragraphs">
                { for story.report.iter().enumerate().map(|(number, paragraph)| {
                    let picked = props.lens.map(|lens| story.statements_quoting(number).any(|s| lens.picks(s)));
                    html! {
                    <li class={classes!(
                        "report-view__paragraph",
                        (picked == Some(true)).then_some("is-picked"),
                        (picked == Some(false)).then_some("is-faded"),
                    )} data-paragraph={(number + 1).to_string()}>
                        <p class="report-view__text">{ paragraph.text }</p>
                        <p class="report-view__steps">
                            { label!(report_told_in) }
                            { for paragraph.steps.iter().map(|&index| {
                                let index = usize::from(index);
                                let on_open = props.on_open_step.clone();
                                html! {
                                    <button type="button" class="report-view__step"
                                        onclick={Callback::from(move |_: MouseEvent| on_open.emit(index))}>
                                        { numbered(label!(report_step), index + 1, story.steps[index].title) }
                                    </button>
                                }
                            }) }
                        </p>
                    </li>
                    }
                }) }
            </ol>
        </section>
    }
}
