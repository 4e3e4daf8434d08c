//! The map, worked out at build time: projected coordinates, the frame each
//! step shows, and where each label goes so that none collide or leave the
//! frame. The app only draws what this module decided.
//!
//! Units: "map units" are kilometres on the region's conic projection, with y
//! growing southwards as in SVG. "View units" are the map's SVG viewBox,
//! `VIEW_WIDTH` × `VIEW_HEIGHT`, into which each step's frame is scaled.

use crate::geo::{Conic, LatLon, Rect};

/// The map's drawing area in view units (4:3, like a classroom projector).
pub const VIEW_WIDTH: f64 = 400.0;
pub const VIEW_HEIGHT: f64 = 300.0;
/// Label text size in view units as placed: the largest size the
/// stylesheet draws (on phones, where the map is narrow, so the names stay
/// 13.5 px or more on a 360 px phone). Wider screens draw [`LABEL_SIZE_WIDE`]: every side's
/// offsets grow with the size from a fixed anchor, so a smaller label's box
/// lies inside the placed one and nothing placed clear can collide.
pub const LABEL_SIZE: f64 = 18.0;
/// Label text size in view units on wider screens (the stylesheet's).
pub const LABEL_SIZE_WIDE: f64 = 16.0;
/// A generous average glyph width for the label font, as a share of its size,
/// so estimated label boxes are never smaller than the drawn text.
const GLYPH_WIDTH: f64 = 0.62;
/// Marker radius in view units.
pub const MARKER_RADIUS: f64 = 5.0;
/// Space kept free around a step's places inside its frame, in view units.
const FRAME_MARGIN: f64 = 48.0;
/// The smallest frame, in km across, so a single place still shows its
/// surroundings.
const MIN_FRAME_KM: f64 = 500.0;

/// The map's region, as in the extract (`content/map/region.json`, made by
/// mapgen with these bounds): 100–165° E, 25–62° N, as (west, south, east,
/// north). Wider than any step shows, so no frame reaches the extract's cut
/// edge (the build checks it: [`frame_within_region`]).
pub const REGION: (f64, f64, f64, f64) = (100.0, 25.0, 165.0, 62.0);

/// Whether a place lies inside the drawn region (Moscow does not).
pub fn in_region(lat: f64, lon: f64) -> bool {
    (REGION.0..=REGION.2).contains(&lon) && (REGION.1..=REGION.3).contains(&lat)
}

/// The region's outline in map units: its four edges walked at 0.5° steps
/// (parallels are arcs on a conic map, meridians straight lines).
fn region_outline() -> Vec<(f64, f64)> {
    let (west, south, east, north) = REGION;
    let steps = |from: f64, to: f64| {
        let n = ((to - from).abs() / 0.5).ceil() as usize;
        (0..n).map(move |i| from + (to - from) * i as f64 / n as f64)
    };
    let mut outline = Vec::new();
    outline.extend(steps(west, east).map(|lon| project(south, lon)));
    outline.extend(steps(south, north).map(|lat| project(lat, east)));
    outline.extend(steps(east, west).map(|lon| project(north, lon)));
    outline.extend(steps(north, south).map(|lat| project(lat, west)));
    outline
}

/// Whether `point` (map units) lies inside the polygon `ring` (even–odd rule).
fn inside_ring(point: (f64, f64), ring: &[(f64, f64)]) -> bool {
    let mut inside = false;
    for (i, &a) in ring.iter().enumerate() {
        let b = ring[(i + 1) % ring.len()];
        if (a.1 > point.1) != (b.1 > point.1)
            && point.0 < a.0 + (point.1 - a.1) / (b.1 - a.1) * (b.0 - a.0)
        {
            inside = !inside;
        }
    }
    inside
}

/// Whether all of `frame` lies inside the region the map extract covers:
/// beyond it the extract has no land, and a frame reaching past it would
/// show a straight cut edge as a false coast. Checked along the frame's
/// edges every 1/40th of their length.
pub fn frame_within_region(frame: &Frame) -> bool {
    let outline = region_outline();
    let r = frame.rect();
    let corners = [
        (r.min_x, r.min_y),
        (r.max_x, r.min_y),
        (r.max_x, r.max_y),
        (r.min_x, r.max_y),
    ];
    (0..4).all(|side| {
        let (a, b) = (corners[side], corners[(side + 1) % 4]);
        (0..40).all(|i| {
            let t = i as f64 / 40.0;
            inside_ring((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t), &outline)
        })
    })
}

/// A place in map units.
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    let (x, y) = Conic::region().project(LatLon { lat, lon });
    (x, -y)
}

/// What a step shows: a rectangle of the map, in map units, with the view's
/// 4:3 shape.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// The frame that shows all `points` with a margin, at the view's shape.
    pub fn around(points: &[(f64, f64)]) -> Frame {
        let bounds = Rect::around(points.iter().copied()).unwrap_or(Rect {
            min_x: 0.0,
            min_y: 0.0,
            max_x: 0.0,
            max_y: 0.0,
        });
        // The margin is in view units, so solve for the scale that leaves it.
        let usable_w = VIEW_WIDTH - 2.0 * FRAME_MARGIN;
        let usable_h = VIEW_HEIGHT - 2.0 * FRAME_MARGIN;
        let km_per_unit = (bounds.width() / usable_w)
            .max(bounds.height() / usable_h)
            .max(MIN_FRAME_KM / VIEW_WIDTH);
        let width = VIEW_WIDTH * km_per_unit;
        let height = VIEW_HEIGHT * km_per_unit;
        let centre = (
            (bounds.min_x + bounds.max_x) / 2.0,
            (bounds.min_y + bounds.max_y) / 2.0,
        );
        Frame {
            x: centre.0 - width / 2.0,
            y: centre.1 - height / 2.0,
            width,
            height,
        }
    }

    /// The frame as a rectangle in map units.
    pub fn rect(&self) -> Rect {
        Rect {
            min_x: self.x,
            min_y: self.y,
            max_x: self.x + self.width,
            max_y: self.y + self.height,
        }
    }

    /// View units per km.
    pub fn scale(&self) -> f64 {
        VIEW_WIDTH / self.width
    }

    /// Where a map point appears in the view.
    pub fn to_view(&self, point: (f64, f64)) -> (f64, f64) {
        (
            (point.0 - self.x) * self.scale(),
            (point.1 - self.y) * self.scale(),
        )
    }
}

/// The note beside the missile arrow, and its smaller text size.
pub const MISSILE_NOTE: &str = "toward the sea; we found no published impact point";
pub const NOTE_SIZE: f64 = 13.0;

/// Where the missile note's text starts (its baseline), given the arrow's
/// origin in view units: above the arrow, clear of the launch place's label.
pub fn missile_note_at(origin: (f64, f64)) -> (f64, f64) {
    (origin.0 + 4.0, origin.1 - 46.0)
}

/// The box of the missile note `note` (the page's `[map] missile-note`, in
/// the build's language: a Russian note is longer, a Korean one wider per
/// letter), which labels must avoid.
pub fn missile_note_box(origin: (f64, f64), note: &str) -> Rect {
    let (x, y) = missile_note_at(origin);
    let width = ems(note, GLYPH_WIDTH, 1.0) * NOTE_SIZE;
    Rect {
        min_x: x,
        min_y: y - NOTE_SIZE,
        max_x: x + width,
        max_y: y + 4.0,
    }
}

/// The quiz's numbered markers: radius in view units, and the gap kept
/// between two (so no number hides another at any size).
pub const QUIZ_MARKER_RADIUS: f64 = 14.0;
const QUIZ_MARKER_GAP: f64 = 3.0;

/// Where each numbered quiz marker goes (view units) for places at
/// `spots`: on its place where there is room, otherwise pushed out of the
/// crowd just far enough that no two overlap (the app draws a leader line
/// back to the place). Deterministic: pairs push each other apart in turn,
/// the same way every build.
pub fn spread_markers(spots: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let apart = 2.0 * QUIZ_MARKER_RADIUS + QUIZ_MARKER_GAP;
    let edge = QUIZ_MARKER_RADIUS + 2.0;
    let clamp = |(x, y): (f64, f64)| {
        (
            x.clamp(edge, VIEW_WIDTH - edge),
            y.clamp(edge, VIEW_HEIGHT - edge),
        )
    };
    let mut at: Vec<(f64, f64)> = spots.iter().map(|&p| clamp(p)).collect();
    for _ in 0..2000 {
        let mut moved = false;
        for i in 0..at.len() {
            for j in i + 1..at.len() {
                let (dx, dy) = (at[j].0 - at[i].0, at[j].1 - at[i].1);
                let distance = dx.hypot(dy);
                if distance >= apart - 1e-9 {
                    continue;
                }
                // Two on one spot part along a fixed direction per pair.
                let (ux, uy) = if distance > 1e-6 {
                    (dx / distance, dy / distance)
                } else {
                    let angle = (i * 7 + j * 3) as f64;
                    (angle.cos(), angle.sin())
                };
                let push = (apart - distance) / 2.0 + 0.01;
                at[i] = clamp((at[i].0 - ux * push, at[i].1 - uy * push));
                at[j] = clamp((at[j].0 + ux * push, at[j].1 + uy * push));
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    at
}

/// Which side of its marker a label sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
    AboveRight,
    AboveLeft,
    BelowRight,
    BelowLeft,
    /// Beside the marker, slid half a line up or down: still level with
    /// the marker, for where the plain side is taken by a neighbour.
    RightHigh,
    RightLow,
    LeftHigh,
    LeftLow,
}

impl Side {
    /// The order labels try sides in: beside the marker reads best.
    pub const PREFERENCE: [Side; 12] = [
        Side::Right,
        Side::Left,
        Side::Above,
        Side::Below,
        Side::AboveRight,
        Side::BelowRight,
        Side::AboveLeft,
        Side::BelowLeft,
        Side::RightHigh,
        Side::RightLow,
        Side::LeftHigh,
        Side::LeftLow,
    ];

    /// Where the text's baseline starts relative to the marker: a fixed
    /// offset in view units (`dx`, `dy`), plus `dy_em` times the text size,
    /// and the SVG `text-anchor`; drawn with `dy` in em, so the text sits
    /// the same way at any size and matches `label_box` exactly.
    pub fn text_offset(self) -> TextOffset {
        let gap = MARKER_RADIUS + 3.0;
        let diagonal = MARKER_RADIUS;
        let at = |dx: f64, dy: f64, dy_em: f64, anchor: &'static str| TextOffset {
            dx,
            dy,
            dy_em,
            anchor,
        };
        match self {
            Side::Right => at(gap, 0.0, 0.35, "start"),
            Side::Left => at(-gap, 0.0, 0.35, "end"),
            Side::Above => at(0.0, -gap, -0.3, "middle"),
            Side::Below => at(0.0, gap, 0.9, "middle"),
            Side::AboveRight => at(diagonal, -diagonal, -0.3, "start"),
            Side::AboveLeft => at(-diagonal, -diagonal, -0.3, "end"),
            Side::BelowRight => at(diagonal, diagonal, 0.9, "start"),
            Side::BelowLeft => at(-diagonal, diagonal, 0.9, "end"),
            Side::RightHigh => at(gap, 0.0, -0.15, "start"),
            Side::RightLow => at(gap, 0.0, 0.85, "start"),
            Side::LeftHigh => at(-gap, 0.0, -0.15, "end"),
            Side::LeftLow => at(-gap, 0.0, 0.85, "end"),
        }
    }
}

/// See [`Side::text_offset`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextOffset {
    pub dx: f64,
    pub dy: f64,
    pub dy_em: f64,
    pub anchor: &'static str,
}

/// A placed label, in view units: its text box and anchor side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSpot {
    pub side: Side,
    pub bounds: Rect,
}

/// The estimated box of a label's text beside a marker at `at`, as placed
/// ([`LABEL_SIZE`]).
pub fn label_box(text: &str, at: (f64, f64), side: Side) -> Rect {
    label_box_sized(text, at, side, LABEL_SIZE)
}

/// The same at text size `size`.
pub fn label_box_sized(text: &str, at: (f64, f64), side: Side, size: f64) -> Rect {
    let width = ems(text, GLYPH_WIDTH, 1.0) * size;
    // From the text's baseline anchor: ascent ~0.95 em above, descent ~0.3 below.
    let offset = side.text_offset();
    let (x, baseline) = (at.0 + offset.dx, at.1 + offset.dy + offset.dy_em * size);
    let min_x = match offset.anchor {
        "start" => x,
        "end" => x - width,
        _ => x - width / 2.0,
    };
    Rect {
        min_x,
        min_y: baseline - size * 0.95,
        max_x: min_x + width,
        max_y: baseline + size * 0.3,
    }
}

/// A text's width in em: `glyph` for each letter (a generous average for
/// Latin and Cyrillic), `wide` for each Hangul or CJK character, which
/// every font sets a whole em wide.
pub fn ems(text: &str, glyph: f64, wide: f64) -> f64 {
    text.chars()
        .map(|c| {
            let full = matches!(u32::from(c), 0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF01..=0xFF60);
            if full {
                wide
            } else {
                glyph
            }
        })
        .sum()
}

fn marker_box(at: (f64, f64)) -> Rect {
    Rect {
        min_x: at.0 - MARKER_RADIUS,
        min_y: at.1 - MARKER_RADIUS,
        max_x: at.0 + MARKER_RADIUS,
        max_y: at.1 + MARKER_RADIUS,
    }
}

/// How far a label may sit from its place: the nearest point of its box is
/// at most this many view units from the marker's centre (every side in
/// [`Side::PREFERENCE`] is closer), so a reader pairs label and dot.
pub const LABEL_REACH: f64 = 12.0;

/// Room kept between a label and a route line, in view units: about the
/// widest route stroke (3.5 px at 1.5 px per unit) plus a little air.
const ROUTE_CLEARANCE: f64 = 2.5;

/// A marker to label: its text, where it is (view units), and whether it
/// must show (a place of the step, or the train's) or is context that may
/// be left off where it has no room.
#[derive(Debug, Clone, Copy)]
pub struct MarkerToLabel<'a> {
    pub text: &'a str,
    pub at: (f64, f64),
    pub must_show: bool,
}

/// Places labels greedily, in the order given (most important first). A
/// place's label takes the first side where it stays inside the view and
/// clear of every drawn marker, earlier label, reserved box and route line
/// (`lines`, in view units). A context place whose marker touches one drawn
/// before it, or whose label has no such side, is left off the map (`None`:
/// no dot without a name). A place that must show and finds no side clear
/// of the route tries again allowing the route; `None` only if even that
/// fails (the build's tests hold the real story to none).
pub fn place_labels(
    markers: &[MarkerToLabel],
    reserved: &[Rect],
    lines: &[Vec<(f64, f64)>],
) -> Vec<Option<LabelSpot>> {
    let view = Rect {
        min_x: 2.0,
        min_y: 2.0,
        max_x: VIEW_WIDTH - 2.0,
        max_y: VIEW_HEIGHT - 2.0,
    };
    // Context markers crowded by a marker drawn before them are dropped.
    let mut drawn: Vec<bool> = Vec::with_capacity(markers.len());
    for (index, marker) in markers.iter().enumerate() {
        let crowded = markers[..index]
            .iter()
            .zip(&drawn)
            .any(|(earlier, &shown)| {
                shown
                    && marker_box(earlier.at)
                        .padded(1.0)
                        .intersects(&marker_box(marker.at))
            });
        drawn.push(marker.must_show || !crowded);
    }
    let mut taken: Vec<Rect> = markers
        .iter()
        .zip(&drawn)
        .filter(|(_, &shown)| shown)
        .map(|(marker, _)| marker_box(marker.at))
        .collect();
    taken.extend_from_slice(reserved);
    let crosses_route = |bounds: &Rect| {
        let room = bounds.padded(ROUTE_CLEARANCE);
        lines
            .iter()
            .any(|line| !crate::geo::clip_line(line, room).is_empty())
    };
    let mut spots = Vec::with_capacity(markers.len());
    for (index, marker) in markers.iter().enumerate() {
        if !drawn[index] {
            spots.push(None);
            continue;
        }
        let free = |spot: &LabelSpot, taken: &[Rect]| {
            inside(&spot.bounds, &view) && !taken.iter().any(|t| t.intersects(&spot.bounds))
        };
        let candidates = || {
            Side::PREFERENCE.into_iter().map(|side| LabelSpot {
                side,
                bounds: label_box(marker.text, marker.at, side),
            })
        };
        let mut spot = candidates().find(|spot| free(spot, &taken) && !crosses_route(&spot.bounds));
        if spot.is_none() && marker.must_show {
            spot = candidates().find(|spot| free(spot, &taken));
        }
        match spot {
            Some(spot) => taken.push(spot.bounds),
            None if !marker.must_show => {
                // Left off: its marker no longer blocks the labels after it.
                let own = marker_box(marker.at);
                if let Some(at) = taken.iter().position(|t| *t == own) {
                    taken.remove(at);
                }
            }
            None => {}
        }
        spots.push(spot);
    }
    spots
}

fn inside(inner: &Rect, outer: &Rect) -> bool {
    inner.min_x >= outer.min_x
        && inner.min_y >= outer.min_y
        && inner.max_x <= outer.max_x
        && inner.max_y <= outer.max_y
}

/// An SVG path (`M x y L x y …`, one subpath per line) in map units, rounded
/// to whole km: finer than the widest zoom can show, and it compresses well.
pub fn svg_path(lines: &[Vec<(f64, f64)>], close: bool) -> String {
    let mut path = String::new();
    for line in lines {
        let mut previous = None;
        for (index, &(x, y)) in line.iter().enumerate() {
            let point = (x.round() as i64, y.round() as i64);
            if previous == Some(point) {
                continue;
            }
            if index == 0 {
                path.push_str(&format!("M{} {}", point.0, point.1));
            } else {
                // Relative moves: short numbers, smaller file.
                let (px, py) = previous.unwrap_or(point);
                path.push_str(&format!("l{} {}", point.0 - px, point.1 - py));
            }
            previous = Some(point);
        }
        if close {
            path.push('z');
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Five places within a few units of each other (the Khasan–Vladivostok
    /// cluster at the quiz's scale) and one on the view's edge: every pair
    /// of markers ends at least a diameter apart, inside the view, and a
    /// marker with room stays on its place.
    #[test]
    fn quiz_markers_part_until_none_overlaps() {
        let spots = [
            (200.0, 150.0),
            (203.0, 152.0),
            (201.0, 147.0),
            (200.0, 150.0),
            (206.0, 158.0),
            (398.0, 299.0),
            (60.0, 60.0),
        ];
        let at = spread_markers(&spots);
        for (i, a) in at.iter().enumerate() {
            assert!(
                (QUIZ_MARKER_RADIUS..=VIEW_WIDTH - QUIZ_MARKER_RADIUS).contains(&a.0)
                    && (QUIZ_MARKER_RADIUS..=VIEW_HEIGHT - QUIZ_MARKER_RADIUS).contains(&a.1),
                "marker {i} at {a:?} leaves the view"
            );
            for (j, b) in at.iter().enumerate().skip(i + 1) {
                let d = (a.0 - b.0).hypot(a.1 - b.1);
                assert!(
                    d >= 2.0 * QUIZ_MARKER_RADIUS,
                    "markers {i} and {j} are {d:.1} apart"
                );
            }
        }
        assert_eq!(at[6], (60.0, 60.0), "alone, it stays on its place");
        let moved = (at[0].0 - 200.0).hypot(at[0].1 - 150.0);
        assert!(moved < 60.0, "pushed out of the crowd, not far: {moved:.0}");
    }

    /// Wider screens draw labels smaller than placed: on every side the
    /// smaller label's box lies inside the placed one, so it collides with
    /// nothing the placed one was kept clear of.
    #[test]
    fn a_label_drawn_smaller_stays_inside_its_placed_box() {
        let at = (200.0, 150.0);
        for side in Side::PREFERENCE {
            let placed = label_box("Komsomolsk-on-Amur", at, side);
            let drawn = label_box_sized("Komsomolsk-on-Amur", at, side, LABEL_SIZE_WIDE);
            assert!(
                drawn.min_x >= placed.min_x - 1e-9
                    && drawn.min_y >= placed.min_y - 1e-9
                    && drawn.max_x <= placed.max_x + 1e-9
                    && drawn.max_y <= placed.max_y + 1e-9,
                "{side:?}: {drawn:?} outside {placed:?}"
            );
        }
    }

    /// Markers that must show (a step's own places).
    fn shown<'a>(markers: &[(&'a str, (f64, f64))]) -> Vec<MarkerToLabel<'a>> {
        markers
            .iter()
            .map(|&(text, at)| MarkerToLabel {
                text,
                at,
                must_show: true,
            })
            .collect()
    }

    /// A route line just right of a marker sends its label left; a
    /// context place whose label has no room clear of it is left off the
    /// map, while a place that must show keeps its label over the line;
    /// a context marker touching a drawn one is left off too.
    #[test]
    fn labels_keep_clear_of_the_route_and_context_places_give_way() {
        let at = (200.0, 150.0);
        let line = vec![vec![(215.0, 100.0), (215.0, 200.0)]];
        let spots = place_labels(&shown(&[("Tumen", at)]), &[], &line);
        assert_eq!(spots[0].map(|s| s.side), Some(Side::Left));
        // Boxed in by lines on every side but left, and a wall on the left.
        let cage = vec![
            vec![(0.0, 140.0), (400.0, 140.0)],
            vec![(0.0, 160.0), (400.0, 160.0)],
            vec![(215.0, 0.0), (215.0, 300.0)],
            vec![(185.0, 0.0), (185.0, 300.0)],
        ];
        let context = MarkerToLabel {
            text: "Tumen",
            at,
            must_show: false,
        };
        assert_eq!(place_labels(&[context], &[], &cage)[0], None);
        let must = place_labels(&shown(&[("Tumen", at)]), &[], &cage);
        assert_eq!(
            must[0].map(|s| s.side),
            Some(Side::Right),
            "over the line, as a last resort"
        );
        // A context place 6 units from a step's place: no room for its dot.
        let crowded = [
            MarkerToLabel {
                text: "Ussuriysk",
                at,
                must_show: true,
            },
            MarkerToLabel {
                text: "Razdolnaya",
                at: (206.0, 150.0),
                must_show: false,
            },
        ];
        let spots = place_labels(&crowded, &[], &[]);
        assert!(spots[0].is_some() && spots[1].is_none(), "{spots:?}");
        // Two context places apart from each other both show.
        let apart = [
            MarkerToLabel {
                must_show: false,
                ..crowded[0]
            },
            MarkerToLabel {
                at: (200.0, 220.0),
                ..crowded[1]
            },
        ];
        assert!(place_labels(&apart, &[], &[]).iter().all(Option::is_some));
    }

    #[test]
    fn a_frame_holds_its_points_with_a_margin_at_four_by_three() {
        let points = [project(42.4283, 130.6456), project(43.1150, 131.8853)];
        let frame = Frame::around(&points);
        assert!((frame.width / frame.height - 4.0 / 3.0).abs() < 1e-9);
        for point in points {
            let (x, y) = frame.to_view(point);
            assert!(
                (FRAME_MARGIN - 1e-6..=VIEW_WIDTH - FRAME_MARGIN + 1e-6).contains(&x),
                "{x}"
            );
            assert!(
                (FRAME_MARGIN - 1e-6..=VIEW_HEIGHT - FRAME_MARGIN + 1e-6).contains(&y),
                "{y}"
            );
        }
    }

    /// A frame around the story's places lies inside the extract; one
    /// reaching west of 100° E (Mongolia's west) or north of 62° N does not.
    #[test]
    fn a_frame_within_the_region_passes_and_one_reaching_past_it_does_not() {
        let inside = Frame::around(&[project(43.1, 131.9), project(35.7, 139.7)]);
        assert!(frame_within_region(&inside));
        let west = Frame::around(&[project(45.0, 101.0), project(45.0, 120.0)]);
        assert!(!frame_within_region(&west), "reaches past 100° E");
        let north = Frame::around(&[project(61.5, 130.0), project(58.0, 130.0)]);
        assert!(!frame_within_region(&north), "reaches past 62° N");
        let south = Frame::around(&[project(25.5, 125.0)]);
        assert!(!frame_within_region(&south), "reaches past 25° N");
    }

    #[test]
    fn a_single_place_gets_a_minimum_frame() {
        let frame = Frame::around(&[project(51.884, 128.333)]);
        assert!((frame.width - MIN_FRAME_KM).abs() < 1e-9);
    }

    #[test]
    fn labels_avoid_each_other_and_stay_in_view() {
        // Two markers side by side: the second label cannot go right of the
        // first marker's label, so it must take another side.
        let markers = [
            ("Ussuriysk", (200.0, 150.0)),
            ("Razdolnaya bridge", (204.0, 156.0)),
        ];
        let spots = place_labels(&shown(&markers), &[], &[]);
        let placed: Vec<Rect> = spots.iter().flatten().map(|s| s.bounds).collect();
        assert_eq!(placed.len(), 2);
        assert!(!placed[0].intersects(&placed[1]));
        // A marker at the right edge puts its label on the left.
        let edge = place_labels(
            &shown(&[("Vladivostok", (VIEW_WIDTH - 8.0, 100.0))]),
            &[],
            &[],
        );
        assert_eq!(edge[0].map(|s| s.side), Some(Side::Left));
    }

    #[test]
    fn north_is_up_and_east_is_right_and_the_region_is_the_extract() {
        let vladivostok = project(43.1150, 131.8853);
        let khabarovsk = project(48.4827, 135.0838);
        assert!(khabarovsk.1 < vladivostok.1, "further north is higher up");
        assert!(khabarovsk.0 > vladivostok.0, "further east is to the right");
        // 115–150° E, 30–58° N, edges included; Moscow is outside.
        assert!(in_region(51.884, 128.333), "Vostochny");
        assert!(in_region(25.0, 100.0) && in_region(62.0, 165.0), "corners");
        assert!(!in_region(55.7558, 37.6173), "Moscow");
        assert!(
            !in_region(24.9, 130.0) && !in_region(62.1, 130.0),
            "south, north"
        );
        assert!(
            !in_region(40.0, 99.9) && !in_region(40.0, 165.1),
            "west, east"
        );
    }

    #[test]
    fn a_frame_fits_the_wider_extent_to_the_margin_and_centres_the_other() {
        // Worked by hand: 600 km across at 304 usable view units (400 less
        // two 48-unit margins) is 304/600 units a km; the 300 km of height
        // then takes 152 units, centred in 300: from 74 to 226.
        let frame = Frame::around(&[(0.0, 0.0), (600.0, 300.0)]);
        assert_close(frame.scale(), 304.0 / 600.0);
        assert_close_pair(frame.to_view((0.0, 0.0)), (48.0, 74.0));
        assert_close_pair(frame.to_view((600.0, 300.0)), (352.0, 226.0));
        // Tall: 600 km high at 204 usable units; centred across at 200.
        let tall = Frame::around(&[(1000.0, 2000.0), (1000.0, 2600.0)]);
        assert_close_pair(tall.to_view((1000.0, 2000.0)), (200.0, 48.0));
        assert_close_pair(tall.to_view((1000.0, 2600.0)), (200.0, 252.0));
        // One place: the 500 km frame, the place in the middle.
        let one = Frame::around(&[(-300.0, 700.0)]);
        assert_close_pair(one.to_view((-300.0, 700.0)), (200.0, 150.0));
        assert_close_pair(one.to_view((-50.0, 700.0)), (400.0, 150.0));
    }

    #[test]
    fn the_missile_note_sits_just_above_the_arrow_and_its_box_holds_its_text() {
        let origin = (100.0, 200.0);
        let (x, baseline) = missile_note_at(origin);
        assert!(
            (origin.0..=origin.0 + 10.0).contains(&x),
            "starts beside the arrow's origin: {x}"
        );
        assert!(
            (origin.1 - 60.0..origin.1 - MARKER_RADIUS - NOTE_SIZE).contains(&baseline),
            "above the arrow, clear of its marker, not far off: {baseline}"
        );
        let bounds = missile_note_box(origin, MISSILE_NOTE);
        let chars = MISSILE_NOTE.chars().count() as f64;
        assert_close(bounds.min_x, x);
        // Any real font's average glyph is between half and 0.7 of its size.
        let width = bounds.max_x - bounds.min_x;
        assert!(
            (chars * NOTE_SIZE * 0.5..=chars * NOTE_SIZE * 0.7).contains(&width),
            "{width}"
        );
        // Ascent above the baseline, descent below, about one line high.
        assert!(bounds.min_y <= baseline - 0.9 * NOTE_SIZE, "{bounds:?}");
        assert!(bounds.max_y >= baseline + 0.2 * NOTE_SIZE, "{bounds:?}");
        assert!(bounds.max_y - bounds.min_y <= 2.0 * NOTE_SIZE, "{bounds:?}");
    }

    #[test]
    fn each_label_sits_on_its_side_of_the_marker_close_to_it() {
        let at = (200.0, 150.0);
        let text = "Ussuriysk";
        for side in Side::PREFERENCE {
            let b = label_box(text, at, side);
            let width = b.max_x - b.min_x;
            let chars = text.chars().count() as f64;
            assert!(
                (chars * LABEL_SIZE * 0.5..=chars * LABEL_SIZE * 0.7).contains(&width),
                "{side:?} width {width}"
            );
            assert!(
                (1.0 * LABEL_SIZE..=1.5 * LABEL_SIZE).contains(&(b.max_y - b.min_y)),
                "{side:?} one line high: {b:?}"
            );
            let centre = ((b.min_x + b.max_x) / 2.0, (b.min_y + b.max_y) / 2.0);
            // Touching the marker's square at a corner is fine; the marker
            // is a circle inside it.
            let m = Rect {
                min_x: at.0 - 5.0,
                min_y: at.1 - 5.0,
                max_x: at.0 + 5.0,
                max_y: at.1 + 5.0,
            };
            let overlap_w = b.max_x.min(m.max_x) - b.min_x.max(m.min_x);
            let overlap_h = b.max_y.min(m.max_y) - b.min_y.max(m.min_y);
            let clear = overlap_w <= 0.0 || overlap_h <= 0.0;
            assert!(clear, "{side:?} covers its marker: {b:?}");
            // How far the box stands off the marker's square on each side:
            // beside it means a gap of at most 4 units (a hair's overlap
            // of the square's corner is allowed: the marker is a circle).
            let off_right = b.min_x - m.max_x;
            let off_left = m.min_x - b.max_x;
            let off_above = m.min_y - b.max_y;
            let off_below = b.min_y - m.max_y;
            let beside = |gap: f64| (-1.0..=4.0).contains(&gap);
            let level = (centre.1 - at.1).abs() < 2.0;
            let centred = (centre.0 - at.0).abs() < 1e-9;
            let ok = match side {
                Side::Right => beside(off_right) && level,
                Side::Left => beside(off_left) && level,
                Side::Above => beside(off_above) && centred,
                Side::Below => beside(off_below) && centred,
                Side::AboveRight => beside(off_above) && beside(off_right),
                Side::AboveLeft => beside(off_above) && beside(off_left),
                Side::BelowRight => beside(off_below) && beside(off_right),
                Side::BelowLeft => beside(off_below) && beside(off_left),
                // Slid half a line: still level with some of the marker.
                Side::RightHigh | Side::RightLow => {
                    beside(off_right) && b.min_y < m.max_y && b.max_y > m.min_y
                }
                Side::LeftHigh | Side::LeftLow => {
                    beside(off_left) && b.min_y < m.max_y && b.max_y > m.min_y
                }
            };
            // Within reach of the dot's centre, as the README states.
            let dx = (b.min_x - at.0).max(at.0 - b.max_x).max(0.0);
            let dy = (b.min_y - at.1).max(at.1 - b.max_y).max(0.0);
            assert!(
                dx.hypot(dy) <= LABEL_REACH,
                "{side:?} is {:.1} units from its dot",
                dx.hypot(dy)
            );
            assert!(ok, "{side:?}: {b:?} for a marker at {at:?}");
        }
    }

    #[test]
    fn labels_prefer_the_right_and_move_off_the_view_edges_and_reserved_boxes() {
        let free = place_labels(&shown(&[("Tumen", (200.0, 150.0))]), &[], &[]);
        assert_eq!(free[0].map(|s| s.side), Some(Side::Right));
        // At the top edge the label cannot stand level with its marker.
        let top = place_labels(&shown(&[("Tumen", (200.0, 8.0))]), &[], &[]);
        assert_eq!(top[0].map(|s| s.side), Some(Side::Below));
        let bottom = place_labels(&shown(&[("Tumen", (200.0, VIEW_HEIGHT - 8.0))]), &[], &[]);
        assert_eq!(bottom[0].map(|s| s.side), Some(Side::Above));
        let left_edge = place_labels(&shown(&[("Tumen", (6.0, 150.0))]), &[], &[]);
        assert_eq!(left_edge[0].map(|s| s.side), Some(Side::Right));
        // A reserved box (the missile note) to the right sends it left.
        let note = Rect {
            min_x: 206.0,
            min_y: 130.0,
            max_x: 300.0,
            max_y: 170.0,
        };
        let beside = place_labels(&shown(&[("Tumen", (200.0, 150.0))]), &[note], &[]);
        assert_eq!(beside[0].map(|s| s.side), Some(Side::Left));
        // Nowhere to go: left out, not drawn over something.
        let walled = Rect {
            min_x: 0.0,
            min_y: 0.0,
            max_x: VIEW_WIDTH,
            max_y: 144.0,
        };
        let below_wall = Rect {
            min_y: 156.0,
            max_y: VIEW_HEIGHT,
            ..walled
        };
        let none = place_labels(
            &shown(&[("Tumen", (200.0, 150.0))]),
            &[walled, below_wall],
            &[],
        );
        assert_eq!(none[0], None);
    }

    #[test]
    fn labels_never_cover_another_marker_nor_come_within_two_units_of_the_edge() {
        // Three markers in a row, 12 units apart: a label on the right of
        // the first or second would run over the next marker.
        let markers = [
            ("Tumen", (200.0, 150.0)),
            ("Khasan", (212.0, 150.0)),
            ("Hunchun", (224.0, 150.0)),
            // Its label would end 1 unit from the right edge if on the right.
            (
                "Tumen",
                (VIEW_WIDTH - 1.0 - 8.0 - 5.0 * LABEL_SIZE * 0.62, 60.0),
            ),
            ("Tumen", (150.0, VIEW_HEIGHT - 1.0 - 5.0 - 0.3 * LABEL_SIZE)),
            // A label on the right of the first would end 2.6 units into
            // the second marker's left side.
            ("Tumen", (200.0, 220.0)),
            ("Khasan", (260.0, 220.0)),
            // ... or 2.4 units into the top of a marker just below it.
            ("Tumen", (300.0, 100.0)),
            ("Sea", (330.0, 113.0)),
        ];
        let squares: Vec<Rect> = markers
            .iter()
            .map(|&(_, (x, y))| Rect {
                min_x: x - 5.0,
                min_y: y - 5.0,
                max_x: x + 5.0,
                max_y: y + 5.0,
            })
            .collect();
        let spots = place_labels(&shown(&markers), &[], &[]);
        for (index, spot) in spots.iter().enumerate() {
            let Some(spot) = spot else { continue };
            let b = spot.bounds;
            for square in &squares {
                let w = b.max_x.min(square.max_x) - b.min_x.max(square.min_x);
                let h = b.max_y.min(square.max_y) - b.min_y.max(square.min_y);
                assert!(
                    w <= 0.0 || h <= 0.0,
                    "label {index} ({:?}) covers a marker",
                    spot.side
                );
            }
            assert!(
                b.min_x >= 2.0
                    && b.min_y >= 2.0
                    && b.max_x <= VIEW_WIDTH - 2.0
                    && b.max_y <= VIEW_HEIGHT - 2.0,
                "label {index} ({:?}) comes within 2 units of the edge: {b:?}",
                spot.side
            );
        }
        assert!(
            spots.iter().filter(|s| s.is_some()).count() >= 4,
            "{spots:?}"
        );
    }

    fn assert_close(got: f64, want: f64) {
        assert!((got - want).abs() < 1e-6, "got {got}, want {want}");
    }

    fn assert_close_pair(got: (f64, f64), want: (f64, f64)) {
        assert!(
            (got.0 - want.0).abs() < 1e-6 && (got.1 - want.1).abs() < 1e-6,
            "got {got:?}, want {want:?}"
        );
    }

    #[test]
    fn svg_paths_are_relative_and_skip_repeated_points() {
        let path = svg_path(
            &[vec![(0.2, 0.0), (10.0, 5.0), (10.1, 5.2), (3.0, 4.0)]],
            true,
        );
        assert_eq!(path, "M0 0l10 5l-7 -1z");
    }
}
