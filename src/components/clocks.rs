use story::{Story, When};
use yew::prelude::*;

use crate::ui::{fill, label, time_difference};

/// The step's local time zone beside Pyongyang, Moscow and UTC. The report
/// gives days ("early Tuesday", "hours earlier") but no clock times, so the
/// clocks compare zones and say plainly that no exact time is given.
pub fn clocks(story: &Story, when: When) -> Html {
    let local = when.zone;
    let zone_of = |id: &str| story.places.iter().find(|p| p.id == id).map(|p| p.zone);
    let others = [
        (label!(clocks_pyongyang), zone_of("pyongyang")),
        (label!(clocks_moscow), zone_of("moscow")),
        (label!(clocks_utc), Some(story::UtcOffset { minutes: 0 })),
    ];
    html! {
        <p class="clocks">
            <span class="clocks__local">{ fill(label!(clocks_local), &[("zone", &local.label())]) }</span>
            { for others.into_iter().filter_map(|(name, zone)| zone.map(|zone| html! {
                <span class="clocks__other">{ fill(label!(clocks_other), &[("place", name), ("difference", &time_difference(local, zone))]) }</span>
            })) }
            <span class="clocks__note">{ label!(clocks_note) }</span>
        </p>
    }
}
