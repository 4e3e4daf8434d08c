use story::fixed::fixed;
use story::{PlaceRef, Story};
use yew::prelude::*;

use crate::components::status_badge::status_badge;

pub struct PlaceCardProps {
    pub story: &'static Story,
    pub place: PlaceRef,
    /// Jump to a step (by position) where the place appears.
    pub on_jump: Callback<usize>,
    pub on_close: Callback<()>,
}

/// What happened at a place, in which steps, its local time zone and its
/// coordinates. Escape or the close button closes it; the opener gets focus back.
pub fn place_card(props: &PlaceCardProps) -> Html {
    let story = props.story;
    let place = story.place(props.place);
    let steps: Vec<(usize, &str)> = story
        .steps
        .iter()
        .enumerate()
        .filter(|(_, step)| {
            step.places.contains(&props.place) || step.map.train == Some(props.place)
        })
        .map(|(index, step)| (index, step.title))
        .collect();
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                on_close.emit(());
            }
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let (ns, ew) = (
        if place.lat >= 0.0 { "N" } else { "S" },
        if place.lon >= 0.0 { "E" } else { "W" },
    );
    html! {
        <section class="place-card" id="place-card" role="dialog" aria-modal="false"
            aria-labelledby="place-card-title" {onkeydown} data-place={place.id}>
            <div class="place-card__head">
                <h3 id="place-card-title" class="place-card__title" tabindex="-1">{ place.name }</h3>
                <button type="button" class="place-card__close" onclick={close} aria-label={format!("Close the card about {}", place.label)}>
                    { "Close" }
                </button>
            </div>
            <p class="place-card__about">{ place.about }</p>
            if !steps.is_empty() {
                <h4 class="place-card__subtitle">{ "In the story" }</h4>
                <ul class="place-card__steps">
                    { for steps.into_iter().map(|(index, title)| {
                        let on_jump = props.on_jump.clone();
                        html! {
                            <li>
                                <button type="button" class="place-card__step"
                                    onclick={Callback::from(move |_: MouseEvent| on_jump.emit(index))}>
                                    { format!("Step {}: {title}", index + 1) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <dl class="place-card__facts">
                <div><dt>{ "Local time" }</dt><dd>{ place.zone.label() }</dd></div>
                <div><dt>{ "Coordinates" }</dt>
                    <dd>{ format!("{}° {ns}, {}° {ew}", fixed(place.lat.abs(), 4), fixed(place.lon.abs(), 4)) }</dd></div>
            </dl>
            <p class="place-card__source">
                { status_badge(story::Status::Background) }
                { format!(" Coordinates and time zone: {}.", story.source(place.source).name) }
            </p>
        </section>
    }
}
