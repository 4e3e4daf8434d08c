use story::{Story, When};
use yew::prelude::*;

/// The step's local time zone beside Pyongyang, Moscow and UTC. The report
/// gives days ("early Tuesday", "hours earlier") but no clock times, so the
/// clocks compare zones and say plainly that no exact time is given.
pub fn clocks(story: &Story, when: When) -> Html {
    let local = when.zone;
    let zone_of = |id: &str| story.places.iter().find(|p| p.id == id).map(|p| p.zone);
    let others = [
        ("Pyongyang", zone_of("pyongyang")),
        ("Moscow", zone_of("moscow")),
        ("UTC", Some(story::UtcOffset { minutes: 0 })),
    ];
    html! {
        <p class="clocks">
            <span class="clocks__local">{ format!("Local time here is {}.", local.label()) }</span>
            { for others.into_iter().filter_map(|(name, zone)| zone.map(|zone| html! {
                <span class="clocks__other">{ format!(" {name}: {}.", local.compared_with(zone)) }</span>
            })) }
            <span class="clocks__note">{ " The report gives no clock time." }</span>
        </p>
    }
}
