use story::{LegStatus, Story};
use yew::prelude::*;

use crate::ui::label;

/// Explains every style the step's map shows, and nothing it does not (a
/// leg outside the frame, a kind of marker not drawn). Route styles differ by dash pattern and
/// width as well as colour, so the legend works in black and white too.
pub fn map_legend(story: &Story, index: usize) -> Html {
    let shown: Vec<LegStatus> = LegStatus::ALL
        .into_iter()
        .filter(|status| {
            story
                .route
                .iter()
                .any(|leg| leg.shown_at(index) == Some(*status))
        })
        .collect();
    // The straight pieces we drew where the mapped track stops short.
    let connectors = story.route.iter().any(|leg| leg.connector_shown_at(index));
    let step = &story.steps[index];
    let any_route = !shown.is_empty();
    // Only the kinds of marker the map draws: the step's own places (all
    // framed, so drawn when on the map), and others only where one is
    // drawn (a place is drawn with its label, never without).
    let own_places = step.places.iter().any(|&p| story.place(p).at.is_some());
    let other_places = step
        .map
        .labels
        .iter()
        .any(|label| !step.places.contains(&label.place));
    html! {
        <ul class="map-legend">
            if own_places {
                <li><svg viewBox="0 0 24 12" aria-hidden="true"><circle class="map-legend__place" cx="12" cy="6" r="4" /></svg>{ label!(legend_place) }</li>
            }
            if other_places {
                <li><svg viewBox="0 0 24 12" aria-hidden="true"><circle class="map-legend__other" cx="12" cy="6" r="4" /></svg>{ label!(legend_other_place) }</li>
            }
            if step.map.train.is_some() {
                <li><svg viewBox="0 0 24 12" aria-hidden="true"><rect class="map-legend__train" x="7" y="1" width="10" height="10" rx="1" /></svg>{ label!(legend_train) }</li>
            }
            { for shown.into_iter().map(|status| html! {
                <li>
                    <svg viewBox="0 0 24 12" aria-hidden="true">
                        <line class={classes!("map__leg", format!("map__leg--{}", status.slug()))} x1="1" y1="6" x2="23" y2="6" />
                    </svg>
                    { crate::ui::leg_label(status) }
                </li>
            }) }
            if connectors {
                <li><svg viewBox="0 0 24 12" aria-hidden="true"><line class="map__connector" x1="1" y1="6" x2="23" y2="6" /></svg>
                    { label!(legend_connector) }</li>
            }
            if any_route {
                // The report names places only: which track joins them is ours.
                <li class="map-legend__note">{ label!(legend_railway) }</li>
            }
            if step.map.missiles {
                <li><svg viewBox="0 0 24 12" aria-hidden="true"><path class="map-legend__missiles" d="M1 10 Q10 0 23 4" /></svg>
                    { label!(legend_missiles) }</li>
            }
        </ul>
    }
}
