use story::fixed::fixed;
use story::{PlaceRef, Story};
use yew::prelude::*;

use crate::components::status_badge::status_badge;
use crate::ui::{fill, label, numbered};

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
        if place.lat >= 0.0 {
            label!(place_card_north)
        } else {
            label!(place_card_south)
        },
        if place.lon >= 0.0 {
            label!(place_card_east)
        } else {
            label!(place_card_west)
        },
    );
    html! {
        <section class="place-card" id="place-card" role="dialog" aria-modal="false"
            aria-labelledby="place-card-title" {onkeydown} data-place={place.id}>
            <div class="place-card__head">
                <h3 id="place-card-title" class="place-card__title" tabindex="-1">{ place.name }</h3>
                <button type="button" class="place-card__close" onclick={close} aria-label={fill(label!(place_card_close_label), &[("place", place.label)])}>
                    { label!(place_card_close) }
                </button>
            </div>
            <p class="place-card__about">{ place.about }</p>
            if !steps.is_empty() {
                <h4 class="place-card__subtitle">{ label!(place_card_in_story) }</h4>
                <ul class="place-card__steps">
                    { for steps.into_iter().map(|(index, title)| {
                        let on_jump = props.on_jump.clone();
                        html! {
                            <li>
                                <button type="button" class="place-card__step"
                                    onclick={Callback::from(move |_: MouseEvent| on_jump.emit(index))}>
                                    { numbered(label!(place_card_step), index + 1, title) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <dl class="place-card__facts">
                <div><dt>{ label!(place_card_local_time) }</dt><dd>{ place.zone.label() }</dd></div>
                <div><dt>{ label!(place_card_coordinates) }</dt>
                    <dd>{ fill(label!(place_card_coordinates_value), &[("lat", &fixed(place.lat.abs(), 4).to_string()), ("ns", ns), ("lon", &fixed(place.lon.abs(), 4).to_string()), ("ew", ew)]) }</dd></div>
            </dl>
            <p class="place-card__source">
                { status_badge(story::Status::Background) }
                { fill(label!(place_card_source), &[("source", story.source(place.source).name)]) }
            </p>
        </section>
    }
}
