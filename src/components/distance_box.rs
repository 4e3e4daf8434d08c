use story::fixed::fixed;
use story::{Distance, Story, Units};
use yew::prelude::*;

use crate::components::status_badge::status_badge;
use crate::ui::{distance as in_units, fill, label};

pub struct DistanceBoxProps {
    pub story: &'static Story,
    pub distance: &'static Distance,
    pub units: Units,
}

/// The report's distance beside the two the app computes from the embedded
/// coordinates: the straight line over the globe and the way by rail.
pub fn distance_box(props: &DistanceBoxProps) -> Html {
    let story = props.story;
    let distance = props.distance;
    let (from, to) = (story.place(distance.from), story.place(distance.to));
    let straight = distance.straight_km;
    let rail = story.rail_km(distance);
    html! {
        <section class="distance" aria-label={fill(label!(distance_label), &[("from", from.label), ("to", to.label)])}>
            <h3 class="distance__title">{ fill(label!(distance_title), &[("from", from.label), ("to", to.label)]) }</h3>
            <dl class="distance__figures">
                <div>
                    <dt>{ label!(distance_reported) }</dt>
                    <dd class="distance__reported" lang={(crate::ui::LANG != "en").then_some("en")}>{ fill(label!(distance_reported_words), &[("words", distance.reported)]) }</dd>
                </div>
                <div>
                    <dt>{ label!(distance_straight) }</dt>
                    <dd class="distance__computed" data-km={fixed(straight, 1).to_string()}>{ in_units(props.units, straight) }</dd>
                </div>
                if let Some(rail) = rail {
                    <div>
                        <dt>{ label!(distance_rail) }</dt>
                        <dd class="distance__rail" data-km={rail.to_string()}>{ in_units(props.units, f64::from(rail)) }</dd>
                    </div>
                }
            </dl>
            <p class="distance__why">{ distance.why }</p>
            <p class="distance__source">
                { status_badge(story::Status::Background) }
                { label!(distance_source) }
            </p>
        </section>
    }
}
