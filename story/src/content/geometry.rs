//! The base map and each step's view, computed at build time so the app only
//! draws: projection, simplification, frames and label placement.

use super::rail::Track;
use super::{leak_slice, leak_str, line_of, Checker, ContentError, ContentFile};
use crate::geo::{clip_line, clip_ring, simplify, LatLon, Rect};
use crate::map::{self, place_labels, svg_path, Frame};
use crate::names;
use crate::*;

/// Polylines in map units, as drawn.
pub(crate) type Lines = Vec<Vec<(f64, f64)>>;

/// Simplification tolerance in km: below what the closest frame can show.
const TOLERANCE_KM: f64 = 1.2;

/// Land and borders from the extract, projected to map units; baked by
/// [`bake_base`] once the steps' frames are known.
pub(crate) struct BaseLines {
    land: Vec<Vec<(f64, f64)>>,
    borders: Vec<Vec<(f64, f64)>>,
    /// Each country's name and rings, for placing its name.
    countries: Vec<(String, Lines)>,
}

impl BaseLines {
    /// The countries' names, as the extract writes them.
    pub(crate) fn country_names(&self) -> impl Iterator<Item = &str> {
        self.countries.iter().map(|(name, _)| name.as_str())
    }
}

/// Reads the extract (`content/map/region.json`).
pub(crate) fn base_map(checker: &mut Checker, file: &ContentFile) -> Option<BaseLines> {
    let json: serde_json::Value = match serde_json::from_str(&file.text) {
        Ok(json) => json,
        Err(error) => {
            checker.errors.push(ContentError {
                file: file.path.clone(),
                line: error.line(),
                item: None,
                field: "(json)".into(),
                message: format!("{error}; regenerate the file with `cargo xtask map`"),
            });
            return None;
        }
    };
    let mut lines_of = |field: &str| -> Option<Vec<Vec<(f64, f64)>>> {
        let parsed = lon_lat_lines(json.get(field)).map(|lines| {
            lines
                .iter()
                .map(|line| line.iter().map(|p| map::project(p.lat, p.lon)).collect())
                .collect()
        });
        if parsed.is_none() {
            checker.errors.push(ContentError {
                file: file.path.clone(),
                line: line_of(&file.text, file.text.find(field).unwrap_or(0)),
                item: None,
                field: field.to_owned(),
                message: "missing or malformed; expected a list of lines of [lon, lat] points (regenerate with `cargo xtask map`)".into(),
            });
        }
        parsed
    };
    let land = lines_of("land");
    let borders = lines_of("borders");
    let countries = json.get("countries").and_then(|list| {
        list.as_array()?
            .iter()
            .map(|country| {
                let name = country.get("name")?.as_str()?.to_owned();
                let rings = lon_lat_lines(country.get("rings"))?
                    .iter()
                    .map(|ring| ring.iter().map(|p| map::project(p.lat, p.lon)).collect())
                    .collect();
                Some((name, rings))
            })
            .collect::<Option<Vec<_>>>()
    });
    if countries.is_none() {
        checker.errors.push(ContentError {
            file: file.path.clone(),
            line: line_of(&file.text, file.text.find("countries").unwrap_or(0)),
            item: None,
            field: "countries".into(),
            message: "missing or malformed; expected a list of {\"name\", \"rings\"} (regenerate with `cargo xtask map`)".into(),
        });
    }
    Some(BaseLines {
        land: land?,
        borders: borders?,
        countries: countries?,
    })
}

/// Land and borders cut to the smallest rectangle that holds every frame
/// the story shows, simplified and written as SVG paths in map units. The
/// cut closes each land ring along that rectangle's edge, which no frame
/// shows inside it; the extract's own cut edge (a meridian, drawn as a
/// slanting line) lies beyond every frame (`map::frame_within_region`).
pub(crate) fn bake_base(base: &BaseLines, frames: &[Frame]) -> MapBase {
    let all = Rect::around(frames.iter().flat_map(|f| {
        let r = f.rect();
        [(r.min_x, r.min_y), (r.max_x, r.max_y)]
    }))
    // A step-less story has no frame to keep anything for.
    .unwrap_or(Rect {
        min_x: 0.0,
        min_y: 0.0,
        max_x: 0.0,
        max_y: 0.0,
    })
    // A margin of a few km, so a cut edge never sits on a frame's edge.
    .padded(10.0);
    let land: Vec<Vec<(f64, f64)>> = base
        .land
        .iter()
        .map(|ring| simplify(&clip_ring(ring, all), TOLERANCE_KM))
        .filter(|ring| ring.len() >= 3)
        .collect();
    let borders: Vec<Vec<(f64, f64)>> = base
        .borders
        .iter()
        .flat_map(|line| clip_line(line, all))
        .map(|line| simplify(&line, TOLERANCE_KM))
        .filter(|line| line.len() >= 2)
        .collect();
    MapBase {
        land: leak_str(&svg_path(&land, true)),
        borders: leak_str(&svg_path(&borders, false)),
    }
}

/// A list of lines of `[lon, lat]` points in degrees, as the map extracts
/// (`region.json`, `rail.json`) store them; `None` if anything is missing,
/// not a number, or off the globe.
pub(crate) fn lon_lat_lines(value: Option<&serde_json::Value>) -> Option<Vec<Vec<LatLon>>> {
    value?
        .as_array()?
        .iter()
        .map(|line| {
            line.as_array()?
                .iter()
                .map(|point| {
                    let lon = point.get(0)?.as_f64()?;
                    let lat = point.get(1)?.as_f64()?;
                    ((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat))
                        .then_some(LatLon { lat, lon })
                })
                .collect()
        })
        .collect()
}

/// A leg's two SVG paths in map units: along the track (projected, then
/// simplified like the coast), and the straight connectors from each place
/// to the track where the place is off it by more than `CONNECTOR_MIN_KM`.
/// Also, for each of `frames`, whether the leg crosses it, and whether a
/// connector shows there beyond its place's marker.
pub(crate) fn leg_paths(start: LatLon, end: LatLon, track: &Track, frames: &[Frame]) -> LegPaths {
    let projected = |p: LatLon| map::project(p.lat, p.lon);
    let line: Vec<(f64, f64)> = track.path.iter().map(|&p| projected(p)).collect();
    let along = simplify(&line, TOLERANCE_KM);
    let mut connectors = Vec::new();
    let (first, last) = (line[0], line[line.len() - 1]);
    if track.start_gap_km > CONNECTOR_MIN_KM {
        connectors.push(vec![projected(start), first]);
    }
    if track.end_gap_km > CONNECTOR_MIN_KM {
        connectors.push(vec![last, projected(end)]);
    }
    let in_view = frames.iter().map(|frame| {
        connectors
            .iter()
            .chain([&line])
            .any(|piece| !clip_line(piece, frame.rect()).is_empty())
    });
    // Seen: longer in the frame than a marker is wide.
    let connector_in_view = frames.iter().map(|frame| {
        let seen: f64 = connectors
            .iter()
            .flat_map(|piece| clip_line(piece, frame.rect()))
            .map(|part| {
                part.windows(2)
                    .map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1))
                    .sum::<f64>()
            })
            .sum();
        seen * frame.scale() > 2.0 * map::MARKER_RADIUS
    });
    LegPaths {
        track: leak_str(&svg_path(std::slice::from_ref(&along), false)),
        connectors: leak_str(&svg_path(&connectors, false)),
        lines: [vec![along], connectors.clone()].concat(),
        in_view: leak_slice(in_view.collect()),
        connector_in_view: leak_slice(connector_in_view.collect()),
    }
}

/// What [`leg_paths`] bakes for a leg.
pub(crate) struct LegPaths {
    pub track: &'static str,
    /// The track and connectors as drawn, in map units, for label placement.
    pub lines: Vec<Vec<(f64, f64)>>,
    pub connectors: &'static str,
    pub in_view: &'static [bool],
    pub connector_in_view: &'static [bool],
}

/// Below this a place's gap to the track is hidden under the place's marker
/// at every zoom (radius 5 view units; the closest frame is 500 km across
/// 400 units, 6.25 km under the marker), so no connector is drawn.
const CONNECTOR_MIN_KM: f64 = 6.0;

/// Where the view reserves room: the scale bar (bottom left) and the north
/// arrow (top right), which labels must not cover.
pub fn reserved_corners() -> [Rect; 2] {
    [
        // The scale bar's text stands 13 units tall on a baseline 21 units
        // above the bottom: its top is 34 units up.
        Rect {
            min_x: 0.0,
            min_y: map::VIEW_HEIGHT - 36.0,
            max_x: 130.0,
            max_y: map::VIEW_HEIGHT,
        },
        Rect {
            min_x: map::VIEW_WIDTH - 30.0,
            min_y: 0.0,
            max_x: map::VIEW_WIDTH,
            max_y: 44.0,
        },
    ]
}

/// A step's frame (its places and the train, or the whole story if it names
/// no place on the map) and its labels, most important first, clear of the
/// route lines the step draws (`route`, in map units). Places of the story
/// in view with no room for their name are left off the step's map.
pub(crate) fn step_map(
    places: &[Place],
    step_places: &[PlaceRef],
    train: Option<PlaceRef>,
    missile_note: Option<&str>,
    route: &[Vec<(f64, f64)>],
) -> StepMap {
    let missiles = missile_note.is_some();
    let on_map = |place: &PlaceRef| places.get(usize::from(place.0)).and_then(|p| p.at);
    let mut focus: Vec<PlaceRef> = step_places
        .iter()
        .copied()
        .filter(|p| on_map(p).is_some())
        .collect();
    focus.extend(train.filter(|t| !focus.contains(t)));
    let points: Vec<(f64, f64)> = if focus.is_empty() {
        places.iter().filter_map(|place| place.at).collect()
    } else {
        focus.iter().filter_map(on_map).collect()
    };
    let frame = Frame::around(&points);

    let others = (0..places.len() as u16)
        .map(PlaceRef)
        .filter(|p| !focus.contains(p));
    let order: Vec<PlaceRef> = focus.iter().copied().chain(others).collect();
    let view = Rect {
        min_x: 0.0,
        min_y: 0.0,
        max_x: map::VIEW_WIDTH,
        max_y: map::VIEW_HEIGHT,
    };
    let visible: Vec<(PlaceRef, (f64, f64))> = order
        .into_iter()
        .filter_map(|p| on_map(&p).map(|at| (p, frame.to_view(at))))
        .filter(|(_, at)| view.contains(*at))
        .collect();
    let markers: Vec<map::MarkerToLabel> = visible
        .iter()
        .map(|(p, at)| map::MarkerToLabel {
            text: places[usize::from(p.0)].label,
            at: *at,
            must_show: focus.contains(p),
        })
        .collect();
    let lines: Vec<Vec<(f64, f64)>> = route
        .iter()
        .map(|line| line.iter().map(|&p| frame.to_view(p)).collect())
        .collect();
    let mut reserved = reserved_corners().to_vec();
    if let Some(note) = missile_note {
        let launch = places
            .iter()
            .find(|p| p.id == "pyongyang")
            .and_then(|p| p.at);
        reserved.extend(launch.map(|at| map::missile_note_box(frame.to_view(at), note)));
    }
    let spots = place_labels(&markers, &reserved, &lines);
    let labels: Vec<MapLabel> = visible
        .iter()
        .zip(spots)
        .filter_map(|((place, _), spot)| {
            spot.map(|spot| MapLabel {
                place: *place,
                side: spot.side,
            })
        })
        .collect();
    StepMap {
        frame,
        train,
        missiles,
        labels: leak_slice(labels),
        // Placed once the labels are final (`map_names`).
        names: &[],
        // Drawn once the rail network is read (`train_path`).
        train_path: None,
    }
}

/// The names of the countries and seas with room on a step's map, placed
/// after its labels and clear of them, its markers and train, the corners'
/// furniture, the missile note and the route lines it draws (map units).
pub(crate) fn map_names(
    base: &BaseLines,
    places: &[Place],
    map: &StepMap,
    route: &[Vec<(f64, f64)>],
    missile_note: &str,
    name_in: &dyn Fn(&str) -> &'static str,
) -> &'static [MapName] {
    let frame = map.frame;
    let view = |lines: &Lines| -> Lines {
        lines
            .iter()
            .map(|line| line.iter().map(|&p| frame.to_view(p)).collect())
            .collect()
    };
    let mut taken: Vec<Rect> = reserved_corners().to_vec();
    for label in map.labels {
        let place = &places[usize::from(label.place.0)];
        let at = frame.to_view(place.at.expect("labelled places are on the map"));
        taken.push(map::label_box(place.label, at, label.side));
        // The marker, and the train's larger square where it stands.
        taken.push(Rect {
            min_x: at.0 - 8.0,
            min_y: at.1 - 8.0,
            max_x: at.0 + 8.0,
            max_y: at.1 + 8.0,
        });
    }
    if map.missiles {
        let launch = places
            .iter()
            .find(|p| p.id == "pyongyang")
            .and_then(|p| p.at);
        if let Some(at) = launch {
            let origin = frame.to_view(at);
            taken.push(map::missile_note_box(origin, missile_note));
            // The arrow itself, from the origin up and to the right.
            taken.push(Rect {
                min_x: origin.0,
                min_y: origin.1 - 45.0,
                max_x: origin.0 + 75.0,
                max_y: origin.1,
            });
        }
    }
    let lines = view(&route.to_vec());
    // Each name in the map's language: its width decides where it fits.
    let countries: Vec<(&str, names::Grid)> = base
        .countries
        .iter()
        .map(|(name, rings)| (name_in(name), names::Grid::filled(&view(rings))))
        .collect();
    let land = names::Grid::filled(&view(&base.land));
    let seas: Vec<(&str, names::Grid)> = names::SEAS
        .iter()
        .map(|(name, outline)| {
            let ring: Vec<(f64, f64)> = outline
                .iter()
                .map(|&(lon, lat)| frame.to_view(map::project(lat, lon)))
                .collect();
            (name_in(name), names::Grid::filled(&[ring]).minus(&land))
        })
        .collect();
    let rooms: Vec<names::NameRoom> = countries
        .iter()
        .map(|(name, area)| names::NameRoom {
            text: name,
            sea: false,
            area,
        })
        .chain(seas.iter().map(|(name, area)| names::NameRoom {
            text: name,
            sea: true,
            area,
        }))
        .collect();
    let placed = names::place_names(&rooms, &taken, &lines);
    leak_slice(
        placed
            .iter()
            .map(|p| MapName {
                text: leak_str(&p.text),
                sea: rooms[p.room].sea,
                at: (p.bounds.min_x, p.bounds.min_y),
            })
            .collect(),
    )
}

/// The train's way from `from` to `to` along the track (with the straight
/// pieces where a place is off it), in `frame`'s view units relative to
/// `to`, as an SVG path that ends at (0, 0); `None` where no line joins them.
pub(crate) fn train_path(
    network: &super::rail::Network,
    from: LatLon,
    to: LatLon,
    frame: &Frame,
) -> Option<&'static str> {
    let track = network.track(from, to)?;
    let end = frame.to_view(map::project(to.lat, to.lon));
    let points: Vec<(f64, f64)> = std::iter::once(from)
        .chain(track.path.iter().copied())
        .chain(std::iter::once(to))
        .map(|p| {
            let (x, y) = frame.to_view(map::project(p.lat, p.lon));
            (x - end.0, y - end.1)
        })
        .collect();
    // Half a view unit: finer than a pixel on the widest map.
    let line = simplify(&points, 0.5);
    let mut d = String::new();
    for (i, (x, y)) in line.iter().enumerate() {
        let (x, y) = if i + 1 == line.len() {
            (0.0, 0.0)
        } else {
            (*x, *y)
        };
        d.push_str(&format!(
            "{}{:.1} {:.1}",
            if i == 0 { "M" } else { " L" },
            x,
            y
        ));
    }
    Some(leak_str(&d.replace("-0.0", "0.0")))
}

/// The quiz's map: every place on the map in `frame`, numbered in the
/// order of `content/places.toml`, markers parted where places crowd.
pub(crate) fn quiz_map(places: &[Place], frame: Frame) -> QuizMap {
    let on_map: Vec<(PlaceRef, (f64, f64))> = places
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.at.map(|at| (PlaceRef(i as u16), frame.to_view(at))))
        .collect();
    let spots: Vec<(f64, f64)> = on_map.iter().map(|&(_, at)| at).collect();
    let markers = on_map
        .iter()
        .zip(map::spread_markers(&spots))
        .map(|(&(place, spot), marker)| QuizMarker {
            place,
            spot,
            marker,
        })
        .collect();
    QuizMap {
        frame,
        markers: leak_slice(markers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: &'static str, lat: f64, lon: f64) -> Place {
        Place {
            id,
            name: id,
            lat,
            lon,
            zone: UtcOffset { minutes: 600 },
            about: "",
            source: SourceRef(0),
            label: id,
            at: Some(map::project(lat, lon)),
            km_to_vostochny: None,
        }
    }

    /// A step frames its own places and the train even where the train is
    /// not one of them; a place of the story inside that frame is labelled
    /// too; the missile note's room is kept by Pyongyang, not elsewhere.
    #[test]
    fn a_step_frames_the_train_and_labels_every_place_in_view() {
        let places = [
            place("khasan", 42.4283, 130.6456),
            place("ussuriysk", 43.8, 131.967),
            place("vladivostok", 43.115, 131.885),
            place("pyongyang", 39.0392, 125.7625),
            // About 100 km north of Pyongyang: level with the missile note.
            place("north", 39.95, 126.1),
        ];
        let map = step_map(&places, &[PlaceRef(0)], Some(PlaceRef(1)), None, &[]);
        let (x, y) = map.frame.to_view(places[1].at.unwrap());
        assert!(
            (40.0..=360.0).contains(&x) && (40.0..=260.0).contains(&y),
            "the train's place is framed: ({x:.0}, {y:.0})"
        );
        let labelled: Vec<&str> = map
            .labels
            .iter()
            .map(|l| places[usize::from(l.place.0)].id)
            .collect();
        assert_eq!(
            labelled.iter().filter(|id| **id == "khasan").count(),
            1,
            "{labelled:?}"
        );
        assert!(
            labelled.contains(&"vladivostok"),
            "a place in view is labelled: {labelled:?}"
        );
        // With the missiles, no label covers the note beside Pyongyang.
        let missiles = step_map(
            &places,
            &[PlaceRef(3), PlaceRef(0), PlaceRef(4)],
            None,
            Some(map::MISSILE_NOTE),
            &[],
        );
        assert!(
            missiles.labels.iter().any(|l| l.place == PlaceRef(4)),
            "the place by the note is labelled"
        );
        let note = map::missile_note_box(
            missiles.frame.to_view(places[3].at.unwrap()),
            map::MISSILE_NOTE,
        );
        for label in missiles.labels {
            let at = missiles
                .frame
                .to_view(places[usize::from(label.place.0)].at.unwrap());
            let text = places[usize::from(label.place.0)].label;
            let b = map::label_box(text, at, label.side);
            assert!(
                !b.intersects(&note),
                "{text}'s label covers the missile note"
            );
        }
    }

    /// What the map draws in its corners (`src/components/map_view.rs`):
    /// the scale bar from x 10 to at most 110, its 13-unit text on a
    /// baseline at y 279 (so from y 266.65) to the bar's foot at 288; the
    /// north arrow at x 376–388 from y 8, its "N" on a baseline at y 38 (so
    /// down to 41.9). Labels must not cover them.
    #[test]
    fn the_reserved_corners_cover_the_scale_bar_and_the_north_arrow() {
        let covers = |outer: &Rect, inner: Rect| {
            outer.min_x <= inner.min_x
                && outer.min_y <= inner.min_y
                && outer.max_x >= inner.max_x
                && outer.max_y >= inner.max_y
        };
        let [scale, north] = reserved_corners();
        let scale_bar = Rect {
            min_x: 10.0,
            min_y: 266.65,
            max_x: 110.0,
            max_y: 288.0,
        };
        let arrow = Rect {
            min_x: 374.0,
            min_y: 8.0,
            max_x: 390.0,
            max_y: 41.9,
        };
        assert!(covers(&scale, scale_bar), "{scale:?}");
        assert!(covers(&north, arrow), "{north:?}");
    }
}
