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
/// Label text size in view units; the stylesheet uses the same number.
pub const LABEL_SIZE: f64 = 16.0;
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

/// The map's region, as in the extract: 115–150° E, 30–58° N.
pub const REGION: (f64, f64, f64, f64) = (115.0, 30.0, 150.0, 58.0);

/// Whether a place lies inside the drawn region (Moscow does not).
pub fn in_region(lat: f64, lon: f64) -> bool {
    (REGION.0..=REGION.2).contains(&lon) && (REGION.1..=REGION.3).contains(&lat)
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
pub const MISSILE_NOTE: &str = "toward the sea; no impact point is public";
pub const NOTE_SIZE: f64 = 13.0;

/// Where the missile note's text starts (its baseline), given the arrow's
/// origin in view units: above the arrow, clear of the launch place's label.
pub fn missile_note_at(origin: (f64, f64)) -> (f64, f64) {
    (origin.0 + 4.0, origin.1 - 46.0)
}

/// The missile note's box, which labels must avoid.
pub fn missile_note_box(origin: (f64, f64)) -> Rect {
    let (x, y) = missile_note_at(origin);
    let width = MISSILE_NOTE.chars().count() as f64 * NOTE_SIZE * GLYPH_WIDTH;
    Rect {
        min_x: x,
        min_y: y - NOTE_SIZE,
        max_x: x + width,
        max_y: y + 4.0,
    }
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
}

impl Side {
    /// The order labels try sides in: beside the marker reads best.
    pub const PREFERENCE: [Side; 8] = [
        Side::Right,
        Side::Left,
        Side::Above,
        Side::Below,
        Side::AboveRight,
        Side::BelowRight,
        Side::AboveLeft,
        Side::BelowLeft,
    ];

    /// Where the text's anchor point sits relative to the marker, and the
    /// SVG `text-anchor`, so drawing matches `label_box` exactly.
    pub fn text_offset(self) -> (f64, f64, &'static str) {
        let gap = MARKER_RADIUS + 3.0;
        let diagonal = MARKER_RADIUS;
        match self {
            Side::Right => (gap, LABEL_SIZE * 0.35, "start"),
            Side::Left => (-gap, LABEL_SIZE * 0.35, "end"),
            Side::Above => (0.0, -gap - LABEL_SIZE * 0.3, "middle"),
            Side::Below => (0.0, gap + LABEL_SIZE * 0.9, "middle"),
            Side::AboveRight => (diagonal, -diagonal - LABEL_SIZE * 0.3, "start"),
            Side::AboveLeft => (-diagonal, -diagonal - LABEL_SIZE * 0.3, "end"),
            Side::BelowRight => (diagonal, diagonal + LABEL_SIZE * 0.9, "start"),
            Side::BelowLeft => (-diagonal, diagonal + LABEL_SIZE * 0.9, "end"),
        }
    }
}

/// A placed label, in view units: its text box and anchor side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSpot {
    pub side: Side,
    pub bounds: Rect,
}

/// The estimated box of a label's text beside a marker at `at`.
pub fn label_box(text: &str, at: (f64, f64), side: Side) -> Rect {
    let width = text.chars().count() as f64 * LABEL_SIZE * GLYPH_WIDTH;
    // From the text's baseline anchor: ascent ~0.95 em above, descent ~0.3 below.
    let (dx, dy, anchor) = side.text_offset();
    let (x, baseline) = (at.0 + dx, at.1 + dy);
    let min_x = match anchor {
        "start" => x,
        "end" => x - width,
        _ => x - width / 2.0,
    };
    Rect {
        min_x,
        min_y: baseline - LABEL_SIZE * 0.95,
        max_x: min_x + width,
        max_y: baseline + LABEL_SIZE * 0.3,
    }
}

fn marker_box(at: (f64, f64)) -> Rect {
    Rect {
        min_x: at.0 - MARKER_RADIUS,
        min_y: at.1 - MARKER_RADIUS,
        max_x: at.0 + MARKER_RADIUS,
        max_y: at.1 + MARKER_RADIUS,
    }
}

/// Places labels greedily, in the order given (most important first): each
/// takes the first side where it stays inside the view and clear of every
/// marker and earlier label. A label with no such side is left out (`None`);
/// its marker stays, and the map's text alternative still names the place.
pub fn place_labels(markers: &[(&str, (f64, f64))], reserved: &[Rect]) -> Vec<Option<LabelSpot>> {
    let view = Rect {
        min_x: 2.0,
        min_y: 2.0,
        max_x: VIEW_WIDTH - 2.0,
        max_y: VIEW_HEIGHT - 2.0,
    };
    let mut taken: Vec<Rect> = markers.iter().map(|&(_, at)| marker_box(at)).collect();
    taken.extend_from_slice(reserved);
    markers
        .iter()
        .map(|&(text, at)| {
            let spot = Side::PREFERENCE
                .into_iter()
                .map(|side| LabelSpot {
                    side,
                    bounds: label_box(text, at, side),
                })
                .find(|spot| {
                    inside(&spot.bounds, &view) && !taken.iter().any(|t| t.intersects(&spot.bounds))
                });
            if let Some(spot) = spot {
                taken.push(spot.bounds);
            }
            spot
        })
        .collect()
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
        let spots = place_labels(&markers, &[]);
        let placed: Vec<Rect> = spots.iter().flatten().map(|s| s.bounds).collect();
        assert_eq!(placed.len(), 2);
        assert!(!placed[0].intersects(&placed[1]));
        // A marker at the right edge puts its label on the left.
        let edge = place_labels(&[("Vladivostok", (VIEW_WIDTH - 8.0, 100.0))], &[]);
        assert_eq!(edge[0].map(|s| s.side), Some(Side::Left));
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
