use story::fixed::fixed;
use story::geo::KM_PER_MILE;
use story::map::{missile_note_at, Frame, MARKER_RADIUS, VIEW_HEIGHT, VIEW_WIDTH};
use story::names::{name_size, LINE_HEIGHT, NAME_SIZE};
use story::{LegStatus, MapName, Place, PlaceRef, Side, Story, Units};
use yew::prelude::*;

use crate::components::map_legend::map_legend;
use crate::ui::{fill, label};

pub struct MapViewProps {
    pub story: &'static Story,
    /// Position of the current step in the story.
    pub index: usize,
    pub units: Units,
    /// Opens a place's card; the string is the id of the element to return
    /// focus to when the card closes.
    pub on_open_place: Callback<(PlaceRef, String)>,
    /// A still copy for the printed handout: no ids, no tab stops, no buttons.
    pub still: bool,
    /// Whether the train runs along the track to its place (the reader has
    /// just moved on one step); otherwise it is simply there.
    pub run_train: bool,
}

/// The map for the current step. The land moves by one CSS transform on a
/// group; markers move by their own transforms with the same timing, so they
/// stay on their places while the map pans and zooms (and jump instantly
/// under reduced motion, which the stylesheet handles).
pub fn map_view(props: &MapViewProps) -> Html {
    let story = props.story;
    let step = &story.steps[props.index];
    let frame = step.map.frame;
    // Along the railway, in the leg's own style; the short pieces we drew
    // where the mapped track stops short of a place, thinner and dotted.
    let legs = story.route.iter().filter_map(|leg| {
        let status = leg.status_at(props.index)?;
        Some(html! {
            <>
                <path class={classes!("map__leg", format!("map__leg--{}", status.slug()))} d={leg.track} />
                if !leg.connectors.is_empty() {
                    <path class="map__connector" d={leg.connectors} />
                }
            </>
        })
    });
    let markers = story
        .places
        .iter()
        .enumerate()
        .filter_map(|(index, place)| {
            let at = frame.to_view(place.at?);
            let place_ref = PlaceRef(index as u16);
            let label = step
                .map
                .labels
                .iter()
                .find(|label| label.place == place_ref);
            let in_step = step.places.contains(&place_ref);
            // Only the step's own places are buttons: the keyboard walk
            // through the map stays short, and every other place is context.
            let kind = MarkerKind {
                in_step,
                interactive: in_step && !props.still,
            };
            Some(marker(
                place,
                place_ref,
                at,
                label.map(|l| l.side),
                kind,
                &props.on_open_place,
            ))
        });
    let train = step
        .map
        .train
        .and_then(|train| story.place(train).at)
        .map(|at| {
            let (x, y) = frame.to_view(at);
            // Along the track from its last reported place, once the map has
            // panned; the stylesheet runs it only where motion is welcome.
            let run = step.map.train_path.filter(|_| props.run_train).map(|path| {
                format!("offset-path: path('{path}')")
            });
            let class = classes!("map__train-run", run.is_some().then_some("is-running"));
            html! {
                <g class="map__train" style={format!("transform: translate({}px, {}px)", fixed(x, 1), fixed(y, 1))}>
                    <g key={props.index} {class} style={run}>
                        <rect x="-7" y="-7" width="14" height="14" rx="2" />
                    </g>
                </g>
            }
        });
    let missiles = step.map.missiles.then(|| missile_arrow(story, &frame));
    let far_away = far_away_places(story, props.index, props.units);
    let on_map: Vec<PlaceRef> = step
        .places
        .iter()
        .copied()
        .filter(|&p| story.place(p).at.is_some())
        .collect();
    let caption_id = if props.still {
        format!("map-caption-{}", props.index)
    } else {
        "map-caption".to_owned()
    };

    html! {
        <figure class="map" aria-labelledby={caption_id.clone()}>
            // A labelled group, not an image: it holds the markers, which are
            // buttons, and an image's children are hidden from screen readers.
            <svg class="map__svg" viewBox={view_box()} role="group"
                aria-label={map_summary(story, props.index)}>
                // An inner viewport clips the drawing to the frame: where the
                // page gives the map a box of another shape (the presenter's
                // column), the margins stay empty, as the frame's edge would.
                <svg class="map__frame" width={fixed(VIEW_WIDTH, 0).to_string()} height={fixed(VIEW_HEIGHT, 0).to_string()} overflow="hidden">
                    { base_map(story, &frame, legs.collect::<Html>()) }
                    { map_names(step.map.names) }
                    { missiles }
                    { for markers }
                    { train }
                    { scale_bar(&frame, props.units) }
                    <g class="map__north" transform={format!("translate({} 8)", fixed(VIEW_WIDTH - 18.0, 0))}>
                        <path d="M0 0 L6 16 L0 12 L-6 16 Z" />
                        <text y="30" text-anchor="middle">{ label!(map_north) }</text>
                    </g>
                </svg>
            </svg>
            <figcaption id={caption_id} class="map__caption">
                { far_away }
                { map_legend(story, props.index) }
                // The step's places the map draws; one beyond it (Moscow) is
                // named in the line above instead.
                if !props.still && !on_map.is_empty() {
                <div class="map__places">
                    <span class="map__places-label">{ label!(map_places) }</span>
                    <ul>
                        { for on_map.iter().map(|&place_ref| {
                            let place = story.place(place_ref);
                            let id = format!("place-button-{}", place.id);
                            let on_open = props.on_open_place.clone();
                            let opener = id.clone();
                            html! {
                                <li><button type="button" class="map__place-button" {id}
                                    onclick={Callback::from(move |_: MouseEvent| on_open.emit((place_ref, opener.clone())))}>
                                    { place.label }
                                </button></li>
                            }
                        }) }
                    </ul>
                </div>
                }
                // Said once in the page footer; the printed handout has no
                // footer, so its maps carry the credit themselves.
                if props.still {
                    <p class="map__credit">
                        { label!(map_credit) }
                    </p>
                }
            </figcaption>
        </figure>
    }
}

/// What a marker shows and does. Named fields, not two bools in a row:
/// swapped, they once filled every marker in the step view and none in the
/// handout, so the legend was never true.
struct MarkerKind {
    /// One of the step's own places: drawn filled, as "Place in this step".
    in_step: bool,
    /// A button that opens the place's card (never in the printed handout).
    interactive: bool,
}

fn marker(
    place: &Place,
    place_ref: PlaceRef,
    at: (f64, f64),
    side: Option<Side>,
    MarkerKind {
        in_step,
        interactive,
    }: MarkerKind,
    on_open: &Callback<(PlaceRef, String)>,
) -> Html {
    let id = format!("marker-{}", place.id);
    let open = {
        let (on_open, id) = (on_open.clone(), id.clone());
        move || on_open.emit((place_ref, id.clone()))
    };
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open())
    };
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" || event.key() == " " {
            event.prevent_default();
            event.stop_propagation();
            open();
        }
    });
    let (x, y) = at;
    let label = side.map(|side| {
        let offset = side.text_offset();
        html! {
            <text class="map__label" x={fixed(offset.dx, 1).to_string()} y={fixed(offset.dy, 1).to_string()}
                dy={format!("{}em", fixed(offset.dy_em, 2))} text-anchor={offset.anchor}>
                { place.label }
            </text>
        }
    });
    html! {
        // A place with no room for its name on this step is not drawn: no
        // dot without a name (it stays in the DOM so it can move with the map).
        <g key={place.id} class={classes!("map__marker", in_step.then_some("is-focus"), side.is_none().then_some("is-hidden"))}
            data-place={place.id} id={interactive.then_some(id)}
            role={interactive.then_some("button")} tabindex={interactive.then_some("0")}
            aria-label={interactive.then(|| fill(label!(map_open_card), &[("place", place.label)]))}
            onclick={interactive.then_some(onclick)} onkeydown={interactive.then_some(onkeydown)}
            style={format!("transform: translate({}px, {}px)", fixed(x, 1), fixed(y, 1))}>
            // A larger invisible circle makes the marker easier to hit.
            <circle class="map__hit" r="12" />
            // `fixed`, not `f64::to_string`: that links core's float printer (about 2 KB).
            <circle r={fixed(MARKER_RADIUS, 0).to_string()} />
            { label }
        </g>
    }
}

/// Country and sea names, where the build found room for them. Hidden
/// from screen readers: the map's description names them once.
fn map_names(names: &[MapName]) -> Html {
    html! {
        <g class="map__names" aria-hidden="true">
            { for names.iter().map(|name| {
                let (width, _) = name_size(name.text, name.sea);
                let x = fixed(name.at.0 + width / 2.0, 1).to_string();
                let class = classes!("map__name", name.sea.then_some("map__name--sea"));
                html! {
                    <text {class} text-anchor="middle">
                        { for name.text.lines().enumerate().map(|(line, words)| html! {
                            <tspan x={x.clone()} y={fixed(name.at.1 + NAME_SIZE * 0.95 + line as f64 * NAME_SIZE * LINE_HEIGHT, 1).to_string()}>{ words }</tspan>
                        }) }
                    </text>
                }
            }) }
        </g>
    }
}

/// The missiles' direction only: from Pyongyang toward the sea to the east.
/// No impact point is public, so the arrow stops at the coast and says so.
fn missile_arrow(story: &Story, frame: &Frame) -> Html {
    let Some(start) = story
        .places
        .iter()
        .find(|p| p.id == "pyongyang")
        .and_then(|p| p.at)
    else {
        return Html::default();
    };
    let (x, y) = frame.to_view(start);
    let end = (x + 70.0, y - 20.0);
    let note = missile_note_at((x, y));
    html! {
        <g class="map__missiles">
            <path d={format!("M{} {} Q{} {} {} {}", fixed(x, 1), fixed(y, 1), fixed(x + 35.0, 1), fixed(y - 45.0, 1), fixed(end.0, 1), fixed(end.1, 1))} />
            <path class="map__missiles-head" d={format!("M{} {} l-9 -5 l2 9 z", fixed(end.0, 1), fixed(end.1, 1))} />
            <text class="map__label map__label--note" x={fixed(note.0, 1).to_string()} y={fixed(note.1, 1).to_string()}>
                { label!(map_missile_note) }
            </text>
        </g>
    }
}

/// The `viewBox` of every map.
pub fn view_box() -> String {
    format!("0 0 {} {}", fixed(VIEW_WIDTH, 0), fixed(VIEW_HEIGHT, 0))
}

/// Sea, land and borders with `frame` in view, the part of every map (the
/// step's, the quiz's) that the story does not change; `on_land` is drawn
/// in the same map units above them (the step's route).
pub fn base_map(story: &Story, frame: &Frame, on_land: Html) -> Html {
    let scale = frame.scale();
    let world = format!(
        "transform: matrix({0}, 0, 0, {0}, {1}, {2})",
        fixed(scale, 5),
        fixed(-frame.x * scale, 2),
        fixed(-frame.y * scale, 2)
    );
    html! {
        <>
            <rect class="map__sea" width={fixed(VIEW_WIDTH, 0).to_string()} height={fixed(VIEW_HEIGHT, 0).to_string()} />
            <g class="map__world" style={world}>
                if draws_base_by_reference(story) {
                    <use href={format!("#{BASE_MAP_ID}")} />
                } else {
                    <path class="map__land" d={story.map.land} />
                    <path class="map__borders" d={story.map.borders} />
                }
                { on_land }
            </g>
        </>
    }
}

/// The id of the page's one copy of the coastline and borders.
pub const BASE_MAP_ID: &str = "map-base";

/// Whether maps draw the base map by reference to the page's one copy: in
/// the wasm `cargo xtask dist` builds, which does not carry it (build.rs),
/// and in the pre-render that wasm hydrates, so the two agree. The wasm of
/// `cargo xtask serve`, which does not pre-render, draws it inline.
fn draws_base_by_reference(story: &Story) -> bool {
    cfg!(feature = "ssr") || story.map.land.is_empty()
}

/// The page's one copy of the base map, for `cargo xtask dist` to put in
/// index.html before the app: an SVG of no size, hidden from screen readers,
/// whose group every map's `<use>` draws.
pub fn base_map_definition(story: &Story) -> String {
    format!(
        "<svg class=\"map-definitions\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs><g id=\"{BASE_MAP_ID}\"><path class=\"map__land\" d=\"{}\"></path><path class=\"map__borders\" d=\"{}\"></path></g></defs></svg>",
        story.map.land, story.map.borders
    )
}

/// Places named by the step but outside the map (Moscow): a line under the
/// map with the great-circle distance, so no label competes with the map's.
fn far_away_places(story: &Story, index: usize, units: Units) -> Html {
    let step = &story.steps[index];
    let far = step
        .places
        .iter()
        .map(|&p| story.place(p))
        .filter(|p| p.at.is_none())
        .filter_map(|p| Some((p, p.km_to_vostochny?)));
    html! {
        { for far.map(|(place, km)| {
            html! {
                <p class="map__far" data-place={place.id}>
                    { fill(label!(map_far_before), &[("place", place.label)]) }
                    <span data-km={fixed(km, 1).to_string()}>{ crate::ui::distance(units, km) }</span>
                    { label!(map_far_after) }
                </p>
            }
        }) }
    }
}

/// A scale bar of a round length, in the reader's units, about 100 view
/// units long at most.
fn scale_bar(frame: &Frame, units: Units) -> Html {
    let km_per_unit = 1.0 / frame.scale();
    let unit_km = match units {
        Units::Km => 1.0,
        Units::Miles => KM_PER_MILE,
    };
    let length = [10.0, 20.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0]
        .into_iter()
        .rev()
        .find(|n| n * unit_km / km_per_unit <= 100.0)
        .unwrap_or(5.0);
    let width = length * unit_km / km_per_unit;
    let y = VIEW_HEIGHT - 12.0;
    html! {
        <g class="map__scale">
            <path d={format!("M10 {} v6 h{} v-6", fixed(y - 6.0, 1), fixed(width, 1))} />
            <text x="10" y={fixed(y - 9.0, 1).to_string()} data-km={fixed(length * unit_km, 1).to_string()}>
                { crate::ui::distance(units, length * unit_km) }
            </text>
        </g>
    }
}

/// What the map shows, in words, for screen readers.
fn map_summary(story: &Story, index: usize) -> String {
    let step = &story.steps[index];
    // Only what is drawn: a place beyond the map (Moscow) is named under it.
    let places: Vec<&str> = step
        .places
        .iter()
        .map(|&p| story.place(p))
        .filter(|place| place.at.is_some())
        .map(|place| place.label)
        .collect();
    let mut summary = if places.is_empty() {
        label!(map_summary).to_owned()
    } else {
        fill(
            label!(map_summary_showing),
            &[("places", &places.join(", "))],
        )
    };
    if let Some(train) = step.map.train {
        summary.push_str(&fill(
            label!(map_summary_train),
            &[("place", story.place(train).label)],
        ));
    }
    let legs: Vec<String> = story
        .route
        .iter()
        .filter_map(|leg| {
            let status = leg.shown_at(index)?;
            Some(fill(
                label!(map_summary_leg),
                &[
                    ("from", story.place(leg.from).label),
                    ("to", story.place(leg.to).label),
                    ("status", route_word(status)),
                ],
            ))
        })
        .collect();
    if !legs.is_empty() {
        summary.push_str(&fill(
            label!(map_summary_route),
            &[("legs", &legs.join("; "))],
        ));
        let drawn_by_us = story.route.iter().any(|leg| leg.connector_shown_at(index));
        if drawn_by_us {
            summary.push_str(label!(map_summary_drawn_by_us));
        }
    }
    if !step.map.names.is_empty() {
        let names: Vec<String> = step
            .map
            .names
            .iter()
            .map(|name| name.text.replace('\n', " "))
            .collect();
        summary.push_str(&fill(
            label!(map_summary_names),
            &[("names", &names.join(", "))],
        ));
    }
    if step.map.missiles {
        summary.push_str(label!(map_summary_missiles));
    }
    summary
}

fn route_word(status: LegStatus) -> &'static str {
    match status {
        LegStatus::Likely => label!(map_route_likely),
        LegStatus::Reported => label!(map_route_reported),
        LegStatus::Speculated => label!(map_route_speculated),
        LegStatus::Planned => label!(map_route_planned),
    }
}
