//! The map as the real content bakes it: frames hold their places, labels
//! neither collide nor leave the view, the simplified coastline keeps the
//! region's shape, and the distances a reader can check are right.

use std::path::Path;

use story::geo::{clip_line, clip_ring, great_circle_km, LatLon, Rect};
use story::map::{label_box, missile_note_box, VIEW_HEIGHT, VIEW_WIDTH};
use story::Story;

/// Projected rings of one shape, in view units.
type Rings = Vec<Vec<(f64, f64)>>;

fn story() -> Story {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    story::content::load_dir(&dir, "content").expect("content is valid")
}

/// The story in every language, with the note its maps draw beside the
/// missiles: each places its map labels for its own names' widths.
fn every_language() -> Vec<(&'static str, Story, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let all = story::content::translate::load_all(&dir, "content").expect("content is valid");
    ["en", "ko", "ru"]
        .into_iter()
        .map(|code| {
            let (story, labels) = all.story(code).expect("a listed language");
            let note = labels
                .into_iter()
                .find(|(group, key, _)| group == "map" && key == "missile-note")
                .expect("ui.toml has [map] missile-note")
                .2;
            (code, story, note)
        })
        .collect()
}

fn place(story: &Story, id: &str) -> LatLon {
    let place = story.places.iter().find(|p| p.id == id).expect(id);
    LatLon {
        lat: place.lat,
        lon: place.lon,
    }
}

#[test]
fn every_step_frames_its_places_and_its_train() {
    let story = story();
    for step in story.steps {
        let wanted = step.places.iter().chain(step.map.train.iter());
        for &place in wanted {
            let Some(at) = story.place(place).at else {
                continue;
            };
            let (x, y) = step.map.frame.to_view(at);
            assert!(
                (10.0..=VIEW_WIDTH - 10.0).contains(&x) && (10.0..=VIEW_HEIGHT - 10.0).contains(&y),
                "step {}: {} is at ({x:.0}, {y:.0}), outside its frame",
                step.id,
                story.place(place).id
            );
        }
    }
}

#[test]
fn every_step_labels_its_own_places_without_collisions() {
    let view = Rect {
        min_x: 0.0,
        min_y: 0.0,
        max_x: VIEW_WIDTH,
        max_y: VIEW_HEIGHT,
    };
    for (code, story, missile_note) in every_language() {
        for step in story.steps {
            let boxes: Vec<Rect> = step
                .map
                .labels
                .iter()
                .map(|label| {
                    let place = story.place(label.place);
                    label_box(
                        place.label,
                        step.map.frame.to_view(place.at.unwrap()),
                        label.side,
                    )
                })
                .collect();
            // The note beside the missiles, as wide as this language's
            // words for it, is no label's place either.
            let launch = story.places.iter().find(|p| p.id == "pyongyang");
            if let Some(at) = launch.and_then(|p| p.at).filter(|_| step.map.missiles) {
                let note = missile_note_box(step.map.frame.to_view(at), &missile_note);
                for (index, label) in boxes.iter().enumerate() {
                    assert!(
                        !label.intersects(&note),
                        "{code}: step {}: label {} covers the missile note {missile_note:?}",
                        step.id,
                        story.place(step.map.labels[index].place).label
                    );
                }
            }
            for (index, a) in boxes.iter().enumerate() {
                assert!(
                    view.contains((a.min_x, a.min_y)) && view.contains((a.max_x, a.max_y)),
                    "{code}: step {}: label {index} ({}) leaves the view",
                    step.id,
                    story.place(step.map.labels[index].place).label
                );
                for b in &boxes[index + 1..] {
                    assert!(!a.intersects(b), "{code}: step {}: labels collide", step.id);
                }
            }
            for &place in step.places.iter().chain(step.map.train.iter()) {
                if story.place(place).at.is_some() {
                    assert!(
                        step.map.labels.iter().any(|label| label.place == place),
                        "{code}: step {}: its own place {} has no label",
                        step.id,
                        story.place(place).id
                    );
                }
            }
        }
    }
}

/// The route lines a step draws, in view units: each leg's track and the
/// connectors we drew, read back from the baked paths.
fn route_in_view(story: &Story, index: usize) -> Vec<Vec<(f64, f64)>> {
    let frame = story.steps[index].map.frame;
    story
        .route
        .iter()
        .filter(|leg| leg.status_at(index).is_some())
        .flat_map(|leg| {
            path_rings(leg.track)
                .into_iter()
                .chain(path_rings(leg.connectors))
        })
        .map(|line| line.iter().map(|&p| frame.to_view(p)).collect())
        .collect()
}

/// No label lies across the route: the expected-after-the-summit line once struck
/// through "Vostochny", and "Komsomolsk-on-Amur" sat across its own leg.
/// Every place drawn on a step is one of its labelled places (the app draws
/// a marker only with its label), so no dot goes unnamed.
#[test]
fn no_label_lies_across_a_route_line() {
    let story = story();
    for (index, step) in story.steps.iter().enumerate() {
        let lines = route_in_view(&story, index);
        for label in step.map.labels {
            let place = story.place(label.place);
            let bounds = label_box(
                place.label,
                step.map.frame.to_view(place.at.unwrap()),
                label.side,
            );
            let crossing = lines
                .iter()
                .find(|line| !clip_line(line, bounds).is_empty());
            assert!(
                crossing.is_none(),
                "step {}: the label {:?} ({:?}) lies across a route line",
                step.id,
                place.label,
                label.side
            );
        }
    }
}

/// The baked land path's points, absolute, from its `M x y` / `l dx dy` commands.
fn path_points(path: &str) -> Vec<(f64, f64)> {
    let spaced = path
        .replace('M', " M ")
        .replace('l', " l ")
        .replace('z', " z ");
    let mut tokens = spaced.split_whitespace();
    let (mut points, mut current) = (Vec::new(), (0.0, 0.0));
    while let Some(command) = tokens.next() {
        if command == "z" {
            continue;
        }
        let mut number = || {
            tokens
                .next()
                .and_then(|n| n.parse::<f64>().ok())
                .expect("a number")
        };
        let (a, b) = (number(), number());
        current = if command == "M" {
            (a, b)
        } else {
            (current.0 + a, current.1 + b)
        };
        points.push(current);
    }
    points
}

/// A path's subpaths (each `M` starts one), closed ones with their first
/// point again at the end, so the closing edge counts as a segment.
fn path_rings(path: &str) -> Vec<Vec<(f64, f64)>> {
    let mut rings: Vec<Vec<(f64, f64)>> = Vec::new();
    for part in path.split('M').filter(|p| !p.trim().is_empty()) {
        let mut ring = path_points(&format!("M{part}"));
        if part.trim_end().ends_with('z') {
            ring.push(ring[0]);
        }
        rings.push(ring);
    }
    rings
}

/// The extract is cut to a rectangle of longitude and latitude, and the
/// bake cuts it again to the frames' rectangle; both cuts close land rings
/// with straight edges. None may show: a straight edge inside a frame paints
/// land as sea (it once cut China and Mongolia along 115° E on steps 12 and
/// 15). Real coasts, simplified, have no straight stretch this long.
#[test]
fn no_map_shows_a_straight_cut_edge_as_a_coast() {
    const LONGEST_COAST_KM: f64 = 120.0;
    let story = story();
    let everywhere: Vec<(f64, f64)> = story.places.iter().filter_map(|p| p.at).collect();
    let frames = story
        .steps
        .iter()
        .map(|s| (s.id, s.map.frame))
        .chain([("the quiz", story::map::Frame::around(&everywhere))]);
    let rings = path_rings(story.map.land);
    for (id, frame) in frames {
        for ring in &rings {
            for edge in ring.windows(2) {
                let length = (edge[1].0 - edge[0].0).hypot(edge[1].1 - edge[0].1);
                let seen = clip_line(edge, frame.rect().padded(-0.5));
                assert!(
                    length < LONGEST_COAST_KM || seen.is_empty(),
                    "{id}: a straight {length:.0} km land edge from ({:.0}, {:.0}) to ({:.0}, {:.0}) km shows inside the map",
                    edge[0].0, edge[0].1, edge[1].0, edge[1].1
                );
            }
        }
    }
}

#[test]
fn simplification_keeps_the_region_outline() {
    let story = story();
    let land = path_points(story.map.land);
    let region = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/map/region.json"),
    )
    .unwrap();
    let source_points = region.matches("],[").count();
    assert!(
        land.len() > 500,
        "{} points: too coarse to show Korea and Sakhalin",
        land.len()
    );
    assert!(land.len() < source_points, "simplification removed nothing");
    let bounds = Rect::around(land.iter().copied()).unwrap();
    // The unsimplified extract's land, projected and cut to the rectangle
    // around every frame the story shows (steps and the quiz, which shows
    // every place): the outline must still reach those extremes (within the
    // 1.2 km tolerance, plus rounding).
    let everywhere: Vec<(f64, f64)> = story.places.iter().filter_map(|p| p.at).collect();
    let shown = Rect::around(
        story
            .steps
            .iter()
            .map(|s| s.map.frame)
            .chain([story::map::Frame::around(&everywhere)])
            .flat_map(|f| {
                let r = f.rect();
                [(r.min_x, r.min_y), (r.max_x, r.max_y)]
            }),
    )
    .unwrap();
    let json: serde_json::Value = serde_json::from_str(&region).unwrap();
    let kept = shown.padded(10.0);
    let original = json["land"].as_array().unwrap().iter().flat_map(|ring| {
        let ring: Vec<(f64, f64)> = ring
            .as_array()
            .unwrap()
            .iter()
            .map(|p| story::map::project(p[1].as_f64().unwrap(), p[0].as_f64().unwrap()))
            .collect();
        clip_ring(&ring, kept)
    });
    let expected = Rect::around(original).unwrap();
    for (got, want) in [
        (bounds.min_x, expected.min_x),
        (bounds.max_x, expected.max_x),
        (bounds.min_y, expected.min_y),
        (bounds.max_y, expected.max_y),
    ] {
        assert!(
            (got - want).abs() < 5.0,
            "outline bound {got:.0} km, wanted {want:.0} km"
        );
    }
}

#[test]
fn distances_from_the_embedded_coordinates() {
    let story = story();
    let km = |a, b| great_circle_km(place(&story, a), place(&story, b));
    assert!((km("vladivostok", "ussuriysk") - 76.0).abs() < 1.0);
    assert!((km("ussuriysk", "vostochny") - 939.0).abs() < 1.0);
}

#[test]
fn route_legs_appear_as_the_story_learns_of_them() {
    let story = story();
    let step = |id: &str| story.step_index(id).unwrap();
    let first_leg = &story.route[0];
    assert_eq!(
        first_leg.status_at(step("khasan")),
        None,
        "before RIA-Novosti's report"
    );
    assert_eq!(
        first_leg.status_at(step("razdolnaya")),
        Some(story::LegStatus::Reported)
    );
    // The report never says by which line Kim reached Vostochny: a reported
    // leg stays reported, and no leg is ever drawn as confirmed travel.
    assert_eq!(
        first_leg.status_at(step("recap")),
        Some(story::LegStatus::Reported)
    );
    let to_khabarovsk = story
        .route
        .iter()
        .find(|leg| story.place(leg.to).id == "khabarovsk")
        .unwrap();
    assert_eq!(
        to_khabarovsk.status_at(step("where-next")),
        Some(story::LegStatus::Speculated)
    );
    assert_eq!(
        to_khabarovsk.status_at(step("welcome")),
        Some(story::LegStatus::Likely),
        "once Kim arrived, the line is still only our inference"
    );
}

/// Each leg is drawn along the railway (Natural Earth's lines, baked from
/// `content/map/rail.json`): one unbroken line that starts and ends within
/// 7 km of its places (under their markers), or is joined to a place by a
/// connector we drew where the mapped track stops short (the cosmodrome has
/// no branch in the data: about 23 km). Its length agrees with the published rail distance, which comes
/// from kilometre posts, not from this geometry: Natural Earth's generalised
/// line runs a few per cent short, and simplifying cuts a little more.
#[test]
fn every_leg_follows_the_railway_from_its_place_to_its_place() {
    let story = story();
    let km = |a: (f64, f64), b: (f64, f64)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
    for leg in story.route {
        let (from, to) = (story.place(leg.from), story.place(leg.to));
        let name = format!("{} → {}", from.id, to.id);
        let (start, end) = (from.at.unwrap(), to.at.unwrap());
        assert_eq!(
            leg.track.matches('M').count(),
            1,
            "{name}: one unbroken line"
        );
        let track = path_points(leg.track);
        assert!(track.len() >= 2, "{name}: {track:?}");
        let connectors: Vec<Vec<(f64, f64)>> = leg
            .connectors
            .split('M')
            .filter(|piece| !piece.is_empty())
            .map(|piece| path_points(&format!("M{piece}")))
            .collect();
        // Without a connector, under the place's marker (6 km, and whole-km
        // rounding of the paths); with one, a km or so either way.
        let joined = |place: (f64, f64), track_end: (f64, f64)| {
            km(place, track_end) <= 7.0
                || connectors.iter().any(|c| {
                    let (a, b) = (c[0], c[c.len() - 1]);
                    let ends = [(a, b), (b, a)];
                    ends.iter()
                        .any(|&(p, t)| km(p, place) <= 1.5 && km(t, track_end) <= 1.5)
                        && km(a, b) <= 30.0
                })
        };
        assert!(
            joined(start, track[0]),
            "{name}: starts {:.1} km from {}",
            km(start, track[0]),
            from.id
        );
        let last = track[track.len() - 1];
        assert!(
            joined(end, last),
            "{name}: ends {:.1} km from {}",
            km(end, last),
            to.id
        );
        let length: f64 = track.windows(2).map(|w| km(w[0], w[1])).sum();
        if let Some(rail_km) = leg.rail_km {
            let share = length / f64::from(rail_km);
            println!(
                "{name}: {length:.0} km drawn, {rail_km} km by rail ({:.0}%)",
                share * 100.0
            );
            assert!(
                (0.8..=1.12).contains(&share),
                "{name}: {length:.0} km drawn against {rail_km} km by rail"
            );
        }
    }
}

/// The distance box's rail figure: the published lengths of the route's
/// legs (kilometre posts, `content/route.toml`), added along the route in
/// travel order; written here by hand.
#[test]
fn rail_distances_add_up_along_the_route_in_travel_order() {
    let story = story();
    let at =
        |id: &str| story::PlaceRef(story.places.iter().position(|p| p.id == id).expect(id) as u16);
    let along = |a: &str, b: &str| story.rail_km_along_route(at(a), at(b));
    assert_eq!(along("khasan", "ussuriysk"), Some(238 + 23));
    assert_eq!(along("razdolnaya-bridge", "razdolnaya-bridge"), None);
    assert_eq!(along("ussuriysk", "vostochny"), Some(654 + 648 + 103));
    assert_eq!(
        along("khasan", "vostochny"),
        Some(238 + 23 + 654 + 648 + 103)
    );
    assert_eq!(along("ussuriysk", "khasan"), None, "never backwards");
    assert_eq!(
        along("vostochny", "komsomolsk-on-amur"),
        None,
        "no published length"
    );
    // A distance off the route keeps its own figure.
    let own = story::Distance {
        from: at("vladivostok"),
        to: at("ussuriysk"),
        straight_km: 76.0,
        reported: "",
        rail_km: Some(112),
        why: "",
    };
    assert_eq!(story.rail_km(&own), Some(112));
    let on_route = story::Distance {
        from: at("khasan"),
        to: at("ussuriysk"),
        rail_km: None,
        ..own
    };
    assert_eq!(story.rail_km(&on_route), Some(261));
}

/// The quiz's "find the city" map as baked: every place on the map has a
/// numbered marker, no two overlap (marker 2 once sat under 12, 3 under 4),
/// all lie inside the view, and one pushed out of a crowd stays close
/// enough for its leader line to read as pointing at its place.
#[test]
fn quiz_markers_are_apart_in_view_and_near_their_places() {
    use story::map::QUIZ_MARKER_RADIUS;
    let story = story();
    let markers = story.quiz_map.markers;
    let on_map = story.places.iter().filter(|p| p.at.is_some()).count();
    assert_eq!(markers.len(), on_map, "one marker per place on the map");
    for (i, a) in markers.iter().enumerate() {
        let (x, y) = a.marker;
        assert!(
            (QUIZ_MARKER_RADIUS..=VIEW_WIDTH - QUIZ_MARKER_RADIUS).contains(&x)
                && (QUIZ_MARKER_RADIUS..=VIEW_HEIGHT - QUIZ_MARKER_RADIUS).contains(&y),
            "marker {} leaves the view: ({x:.0}, {y:.0})",
            i + 1
        );
        let at = story
            .quiz_map
            .frame
            .to_view(story.place(a.place).at.unwrap());
        assert!((at.0 - a.spot.0).abs() < 1e-9 && (at.1 - a.spot.1).abs() < 1e-9);
        let leader = (x - at.0).hypot(y - at.1);
        assert!(
            leader <= 90.0,
            "marker {}'s leader is {leader:.0} units long",
            i + 1
        );
        for (j, b) in markers.iter().enumerate().skip(i + 1) {
            let d = (x - b.marker.0).hypot(y - b.marker.1);
            assert!(
                d >= 2.0 * QUIZ_MARKER_RADIUS,
                "markers {} and {} are {d:.1} units apart, less than a diameter",
                i + 1,
                j + 1
            );
        }
    }
}

/// Whether `point` lies inside `rings` (even–odd).
fn inside_rings(point: (f64, f64), rings: &[Vec<(f64, f64)>]) -> bool {
    let mut inside = false;
    for ring in rings {
        for (i, &a) in ring.iter().enumerate() {
            let b = ring[(i + 1) % ring.len()];
            if (a.1 > point.1) != (b.1 > point.1)
                && point.0 < a.0 + (point.1 - a.1) / (b.1 - a.1) * (b.0 - a.0)
            {
                inside = !inside;
            }
        }
    }
    inside
}

/// Country and sea names as baked: a student can tell China from Russia
/// and the sea from land. Each country's name lies wholly inside that
/// country's land (no coast or border under it), each sea's in water, none
/// over a place's label or dot, none across the route, all in view; step
/// 1's map (once a beige box with two dots) names Russia and China.
#[test]
fn country_and_sea_names_sit_in_their_own_land_or_water_clear_of_places() {
    let story = story();
    let region: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/map/region.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let rings_of = |value: &serde_json::Value| -> Vec<Vec<(f64, f64)>> {
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|ring| {
                ring.as_array()
                    .unwrap()
                    .iter()
                    .map(|p| story::map::project(p[1].as_f64().unwrap(), p[0].as_f64().unwrap()))
                    .collect()
            })
            .collect()
    };
    let countries: Vec<(String, Rings)> = region["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_owned(),
                rings_of(&c["rings"]),
            )
        })
        .collect();
    let land = rings_of(&region["land"]);
    let first: Vec<&str> = story.steps[0].map.names.iter().map(|n| n.text).collect();
    assert!(
        first.contains(&"Russia") && first.contains(&"China"),
        "step 1 names {first:?}"
    );
    let mut seas_named = 0;
    for (index, step) in story.steps.iter().enumerate() {
        let frame = step.map.frame;
        let lines = route_in_view(&story, index);
        for name in step.map.names {
            let (w, h) = story::names::name_size(name.text, name.sea);
            let b = Rect {
                min_x: name.at.0,
                min_y: name.at.1,
                max_x: name.at.0 + w,
                max_y: name.at.1 + h,
            };
            let what = format!("step {}: the name {:?}", step.id, name.text);
            assert!(
                b.min_x >= 0.0 && b.min_y >= 0.0 && b.max_x <= VIEW_WIDTH && b.max_y <= VIEW_HEIGHT,
                "{what} leaves the view"
            );
            let corners = [
                (b.min_x, b.min_y),
                (b.max_x, b.min_y),
                (b.max_x, b.max_y),
                (b.min_x, b.max_y),
                ((b.min_x + b.max_x) / 2.0, (b.min_y + b.max_y) / 2.0),
            ];
            let to_view = |rings: &Vec<Vec<(f64, f64)>>| -> Vec<Vec<(f64, f64)>> {
                rings
                    .iter()
                    .map(|r| r.iter().map(|&p| frame.to_view(p)).collect())
                    .collect()
            };
            let edges_cross = |rings: &Vec<Vec<(f64, f64)>>| {
                rings.iter().any(|r| {
                    let mut closed = r.clone();
                    closed.push(r[0]);
                    !clip_line(&closed, b).is_empty()
                })
            };
            if name.sea {
                seas_named += 1;
                let land = to_view(&land);
                assert!(
                    corners.iter().all(|&c| !inside_rings(c, &land)),
                    "{what} is on land"
                );
                assert!(!edges_cross(&land), "{what} has a coast under it");
            } else {
                let country = countries
                    .iter()
                    .find(|(n, _)| *n == name.text.replace('\n', " "))
                    .unwrap_or_else(|| panic!("{what} is not a country of the extract"));
                let rings = to_view(&country.1);
                assert!(
                    corners.iter().all(|&c| inside_rings(c, &rings)),
                    "{what} is not inside its country"
                );
                assert!(
                    !edges_cross(&rings),
                    "{what} has its coast or border under it"
                );
            }
            for label in step.map.labels {
                let place = story.place(label.place);
                let at = frame.to_view(place.at.unwrap());
                let label_box = label_box(place.label, at, label.side);
                let dot = Rect {
                    min_x: at.0 - 5.0,
                    min_y: at.1 - 5.0,
                    max_x: at.0 + 5.0,
                    max_y: at.1 + 5.0,
                };
                assert!(
                    !b.intersects(&label_box) && !b.intersects(&dot),
                    "{what} covers {}",
                    place.label
                );
            }
            assert!(
                lines.iter().all(|l| clip_line(l, b).is_empty()),
                "{what} lies across the route"
            );
        }
    }
    assert!(seas_named >= 5, "seas are named on some maps: {seas_named}");
}

/// The train runs along the track between its reported places, not along
/// a chord: each step where it has moved since its last reported place
/// carries a path that starts at that place and ends at this one (the
/// path is relative to it), bending with the line, not far longer.
#[test]
fn the_train_runs_along_the_track_from_its_last_reported_place() {
    let story = story();
    let mut last = None;
    let mut moves = 0;
    for step in story.steps {
        let Some(train) = step.map.train else {
            assert_eq!(
                step.map.train_path, None,
                "step {}: no train, no run",
                step.id
            );
            continue;
        };
        match last.filter(|&p| p != train) {
            None => assert_eq!(
                step.map.train_path, None,
                "step {}: the train has not moved",
                step.id
            ),
            Some(from) => {
                moves += 1;
                let path = step
                    .map
                    .train_path
                    .unwrap_or_else(|| panic!("step {}: the train moved and has no path", step.id));
                let points: Vec<(f64, f64)> = path
                    .split(['M', 'L'])
                    .filter(|p| !p.trim().is_empty())
                    .map(|p| {
                        let mut n = p.split_whitespace().map(|n| n.parse::<f64>().unwrap());
                        (n.next().unwrap(), n.next().unwrap())
                    })
                    .collect();
                let frame = step.map.frame;
                let here = frame.to_view(story.place(train).at.unwrap());
                let there = frame.to_view(story.place(from).at.unwrap());
                let start = (there.0 - here.0, there.1 - here.1);
                assert!(
                    (points[0].0 - start.0).hypot(points[0].1 - start.1) < 1.0,
                    "step {}: starts at {:?}, not at the last place {start:?}",
                    step.id,
                    points[0]
                );
                assert_eq!(
                    points[points.len() - 1],
                    (0.0, 0.0),
                    "step {}: ends at the train's place",
                    step.id
                );
                let length: f64 = points
                    .windows(2)
                    .map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1))
                    .sum();
                let chord = start.0.hypot(start.1);
                assert!(
                    points.len() > 4 && (1.03 * chord..1.6 * chord).contains(&length),
                    "step {}: {length:.1} units along {} points for a {chord:.1}-unit chord",
                    step.id,
                    points.len()
                );
            }
        }
        last = Some(train);
    }
    assert!(moves >= 2, "the train moves on the way: {moves}");
}
