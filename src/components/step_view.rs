use std::rc::Rc;

use story::nav::Action;
use story::{PlaceRef, Step, Story, Units};
use yew::prelude::*;

use crate::components::{
    clocks::clocks, distance_box::distance_box, distance_box::DistanceBoxProps, map_view::map_view,
    map_view::MapViewProps, place_card::place_card, place_card::PlaceCardProps, source_lens::Lens,
    statement_item::statement_item, statement_item::StatementItemProps, step_icon::step_icon,
};
use crate::ui::label;

#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    pub story: &'static Story,
    pub step: &'static Step,
    /// The step's position, for what the map shows at this point of the story.
    pub index: usize,
    pub units: Units,
    /// The place whose card is open, if any.
    pub open_place: Option<PlaceRef>,
    pub on_open_place: Callback<(PlaceRef, String)>,
    pub on_close_place: Callback<()>,
    pub on_jump: Callback<usize>,
    /// The "who said it" lens, if one is chosen.
    pub lens: Option<Lens>,
    /// The heading, so focus can be sent to it after a jump.
    pub heading: NodeRef,
    /// A horizontal swipe on the step turns the page.
    pub on_swipe: Callback<Action>,
    /// In presenter mode on a building step, how many statements are shown.
    #[prop_or_default]
    pub shown: Option<usize>,
}

/// The current step: when it happened, its headline, a drawing, the
/// statements with their sources, and the places and people in it.
#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let step = props.step;
    let story = props.story;
    let touch_start = use_mut_ref(|| None::<(f64, f64)>);
    // The step shown before this render: the train runs along the track
    // only when the reader arrives by moving on one step (not backwards,
    // not by a jump), so its run always matches the story's order.
    // Kept with the step it was decided for, so a re-render of the same
    // step (the units switched) keeps it.
    let arrival = use_mut_ref(|| None::<(usize, bool)>);
    let arrived_forward = {
        let mut arrival = arrival.borrow_mut();
        let forward = match *arrival {
            Some((index, forward)) if index == props.index => forward,
            Some((index, _)) => index + 1 == props.index,
            None => false,
        };
        *arrival = Some((props.index, forward));
        forward
    };

    let ontouchstart = {
        let touch_start = Rc::clone(&touch_start);
        Callback::from(move |event: TouchEvent| {
            let point = event
                .changed_touches()
                .get(0)
                .map(|touch| (f64::from(touch.client_x()), f64::from(touch.client_y())));
            *touch_start.borrow_mut() = point;
        })
    };
    let ontouchend = {
        let on_swipe = props.on_swipe.clone();
        Callback::from(move |event: TouchEvent| {
            let start = touch_start.borrow_mut().take();
            let end = event.changed_touches().get(0);
            if let (Some((x, y)), Some(end)) = (start, end) {
                let (dx, dy) = (f64::from(end.client_x()) - x, f64::from(end.client_y()) - y);
                if let Some(action) = Action::for_swipe(dx, dy) {
                    on_swipe.emit(action);
                }
            }
        })
    };

    let places: Vec<&str> = step
        .places
        .iter()
        .map(|&place| story.place(place).name)
        .collect();
    let people: Vec<&str> = step
        .people
        .iter()
        .map(|&person| story.person(person).name)
        .collect();

    html! {
        <article class="step" aria-labelledby="step-title" data-step={step.id} {ontouchstart} {ontouchend}>
            <header class="step__header">
                if let Some(visual) = step.visual {
                    { step_icon(visual.icon, visual.alt) }
                }
                <h2 id="step-title" class="step__title" tabindex="-1" ref={props.heading.clone()}>{ step.title }</h2>
                if let Some(when) = step.when {
                    <p class="step__when">
                        <time datetime={format!("{:04}-{:02}-{:02}", when.date.year, when.date.month, when.date.day)}>
                            { when.label }
                        </time>
                        <span class="step__zone">{ crate::ui::fill(label!(step_zone), &[("zone", &when.zone.label())]) }</span>
                    </p>
                    { clocks(story, when) }
                }
            </header>
            { map_view(&MapViewProps { story, index: props.index, units: props.units, on_open_place: props.on_open_place.clone(), still: false, run_train: arrived_forward }) }
            if let Some(place) = props.open_place {
                { place_card(&PlaceCardProps { story, place, on_jump: props.on_jump.clone(), on_close: props.on_close_place.clone() }) }
            }
            <ul class={classes!("statements", props.shown.is_some().then_some("is-building"))}>
                { for step.statements.iter().take(props.shown.unwrap_or(usize::MAX)).enumerate().map(|(at, statement)| {
                    let picked = props.lens.map(|lens| lens.picks(statement));
                    statement_item(&StatementItemProps { story, statement, picked, on_page: false, scope: format!("{}-{at}", step.id).into(), units: props.units })
                }) }
            </ul>
            // The key is one tap away from the labels it explains (on a
            // phone it is far below, after the step list).
            <button type="button" class="step__key" onclick={Callback::from(|_: MouseEvent| crate::edge::focus::go_to("status-key-title"))}>
                { label!(step_key) }
            </button>
            { for step.distances.iter().map(|distance| distance_box(&DistanceBoxProps { story, distance, units: props.units })) }
            <dl class="step__facts">
                if !places.is_empty() {
                    <div><dt>{ label!(step_places) }</dt><dd>{ places.join(", ") }</dd></div>
                }
                if !people.is_empty() {
                    <div><dt>{ label!(step_people) }</dt><dd>{ people.join(", ") }</dd></div>
                }
            </dl>
        </article>
    }
}
