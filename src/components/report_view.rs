use story::Story;
use yew::prelude::*;

use crate::components::source_lens::Lens;

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
            <h2 id="report-view-title" class="report-view__title" tabindex="-1">{ "As it was reported" }</h2>
            <p class="report-view__lede">
                { "The report's paragraphs in the order the reporters wrote them. The explainer retells them step by step, starting from the news and then going back to the journey; each paragraph links to the steps that tell it." }
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
                            { "Told in: " }
                            { for paragraph.steps.iter().map(|&index| {
                                let index = usize::from(index);
                                let on_open = props.on_open_step.clone();
                                html! {
                                    <button type="button" class="report-view__step"
                                        onclick={Callback::from(move |_: MouseEvent| on_open.emit(index))}>
                                        { format!("Step {}: {}", index + 1, story.steps[index].title) }
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
