use story::fixed::fixed;
use story::{Distance, Story, Units};
use yew::prelude::*;

use crate::components::status_badge::status_badge;

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
        <section class="distance" aria-label={format!("Check the distance from {} to {}", from.label, to.label)}>
            <h3 class="distance__title">{ format!("Check the distance: {} to {}", from.label, to.label) }</h3>
            <dl class="distance__figures">
                <div>
                    <dt>{ "The report says" }</dt>
                    <dd class="distance__reported">{ format!("“{}”", distance.reported) }</dd>
                </div>
                <div>
                    <dt>{ "Straight line, computed here" }</dt>
                    <dd class="distance__computed" data-km={fixed(straight, 1).to_string()}>{ props.units.format(straight) }</dd>
                </div>
                if let Some(rail) = rail {
                    <div>
                        <dt>{ "By rail, about" }</dt>
                        <dd class="distance__rail" data-km={rail.to_string()}>{ props.units.format(f64::from(rail)) }</dd>
                    </div>
                }
            </dl>
            <p class="distance__why">{ distance.why }</p>
            <p class="distance__source">
                { status_badge(story::Status::Background) }
                { " Computed from the places' coordinates (each place's Wikipedia page); rail lengths from the Wikipedia pages on the Baranovsky–Khasan line and the Trans-Siberian Railway's kilometre posts. Not in the report." }
            </p>
        </section>
    }
}
