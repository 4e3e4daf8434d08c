//! Plain geometry for the explainer's map: distances on the globe, the map
//! projection, and the 2-D clipping and simplification that keep the baked
//! map small.
//!
//! Everything here is pure `f64` maths with no dependencies, so it is always
//! compiled (the app projects points at run time, `mapgen` clips the map
//! extract offline) and `cargo test` checks it against known values.
//!
//! Angles in the public API are degrees; radians stay inside.

/// A point on the globe in degrees: `lat` north positive, `lon` east positive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// Mean Earth radius (IUGG), km.
///
/// The sphere is good to about 0.5 % against the ellipsoid, which is far
/// finer than anything a reader sees on the page; one radius keeps the
/// distances and the projection consistent with each other.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Kilometres in an international mile, for stating distances both ways.
pub const KM_PER_MILE: f64 = 1.609344;

/// Great-circle distance by the haversine formula, km.
///
/// Haversine rather than the spherical law of cosines because it stays
/// accurate for short hops (a few km between towns), where `acos` of a
/// number near 1 loses most of its digits. (The price is the mirror case:
/// near the antipode it is good only to a fraction of a metre.)
pub fn great_circle_km(a: LatLon, b: LatLon) -> f64 {
    let (phi1, phi2) = (a.lat.to_radians(), b.lat.to_radians());
    let d_phi = phi2 - phi1;
    let d_lambda = (b.lon - a.lon).to_radians();
    let h = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    // Clamp: rounding can push `h` a hair above 1 for antipodal points.
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// Initial bearing from a to b, degrees clockwise from north, 0..360.
///
/// "Initial" because on a great circle the heading changes along the way;
/// this is the direction in which one sets off from `a`.
pub fn initial_bearing_deg(a: LatLon, b: LatLon) -> f64 {
    let (phi1, phi2) = (a.lat.to_radians(), b.lat.to_radians());
    let d_lambda = (b.lon - a.lon).to_radians();
    let y = d_lambda.sin() * phi2.cos();
    let x = phi1.cos() * phi2.sin() - phi1.sin() * phi2.cos() * d_lambda.cos();
    let deg = y.atan2(x).to_degrees().rem_euclid(360.0);
    // `rem_euclid` can return exactly 360.0 for a tiny negative input.
    if deg >= 360.0 {
        0.0
    } else {
        deg
    }
}

/// Lambert conformal conic projection on a sphere of EARTH_RADIUS_KM.
///
/// Why this projection: the region is a mid-latitude band much wider east to
/// west than north to south. A conic with two standard parallels inside the
/// band keeps the scale error small across it, and being conformal it keeps
/// local shapes and angles (coastlines, the direction of a railway) true,
/// which matters more to a reader than equal areas. It is the usual choice
/// for aeronautical and regional maps at these latitudes.
///
/// Formulas from Snyder, *Map Projections: A Working Manual* (USGS PP 1395),
/// §15, spherical form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Conic {
    /// Cone constant: how much of a full turn the unrolled cone spans.
    n: f64,
    /// `R·F`, km: scales `tan(π/4 + φ/2)^-n` into the radius of a parallel.
    rf: f64,
    /// Radius of the centre parallel, km; the origin of y.
    rho0: f64,
    /// Central meridian, radians.
    lon0: f64,
}

impl Conic {
    /// lon0/lat0: centre; lat1/lat2: standard parallels (degrees).
    ///
    /// The standard parallels may be given in either order and may be equal
    /// (a one-parallel tangent cone). They must lie in the same hemisphere and
    /// not at a pole; the apex pole of the cone projects to a point and the
    /// opposite pole to infinity, so keep the mapped area away from the latter.
    pub fn new(lon0: f64, lat0: f64, lat1: f64, lat2: f64) -> Conic {
        let (phi0, phi1, phi2) = (lat0.to_radians(), lat1.to_radians(), lat2.to_radians());
        let t = |phi: f64| (std::f64::consts::FRAC_PI_4 + phi / 2.0).tan();
        let n = if (phi1 - phi2).abs() < 1e-10 {
            phi1.sin()
        } else {
            (phi1.cos() / phi2.cos()).ln() / (t(phi2) / t(phi1)).ln()
        };
        let rf = EARTH_RADIUS_KM * phi1.cos() * t(phi1).powf(n) / n;
        Conic {
            n,
            rf,
            rho0: rf / t(phi0).powf(n),
            lon0: lon0.to_radians(),
        }
    }

    /// The projection used for the explainer's region (35–58° N, 115–150° E):
    /// lon0 = 130, lat0 = 45, standard parallels 38 and 54.
    ///
    /// The parallels sit about a sixth of the way in from each edge of the
    /// band (the classic rule of thumb), which roughly balances the scale
    /// error between the middle (too small) and the edges (too large).
    pub fn region() -> Conic {
        Conic::new(130.0, 45.0, 38.0, 54.0)
    }

    /// Projected point in km: x grows east, y grows NORTH (callers flip for SVG).
    ///
    /// The centre (`lon0`, `lat0`) maps to (0, 0). Longitudes are taken
    /// relative to the central meridian and wrapped into ±180°, so 179° E and
    /// 181° E (= 179° W) land next to each other.
    pub fn project(&self, p: LatLon) -> (f64, f64) {
        let phi = p.lat.to_radians();
        let rho = self.rf / (std::f64::consts::FRAC_PI_4 + phi / 2.0).tan().powf(self.n);
        let d_lambda = wrap_pi(p.lon.to_radians() - self.lon0);
        let theta = self.n * d_lambda;
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }
}

/// An angle in radians wrapped into -π..=π.
fn wrap_pi(a: f64) -> f64 {
    use std::f64::consts::{PI, TAU};
    let w = (a + PI).rem_euclid(TAU) - PI;
    if w == -PI {
        PI
    } else {
        w
    }
}

/// An axis-aligned rectangle; closed, so points on the edges are inside.
///
/// Used both in projected km and in plain lon/lat degrees (mapgen clips the
/// source map in degrees before anything is projected).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl Rect {
    /// Whether `p` is inside or on the edge.
    pub fn contains(&self, p: (f64, f64)) -> bool {
        p.0 >= self.min_x && p.0 <= self.max_x && p.1 >= self.min_y && p.1 <= self.max_y
    }

    /// Smallest rect holding all points (None for no points).
    pub fn around(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Rect> {
        points.into_iter().fold(None, |acc, (x, y)| {
            Some(match acc {
                None => Rect {
                    min_x: x,
                    min_y: y,
                    max_x: x,
                    max_y: y,
                },
                Some(r) => Rect {
                    min_x: r.min_x.min(x),
                    min_y: r.min_y.min(y),
                    max_x: r.max_x.max(x),
                    max_y: r.max_y.max(y),
                },
            })
        })
    }

    pub fn width(&self) -> f64 {
        self.max_x - self.min_x
    }

    pub fn height(&self) -> f64 {
        self.max_y - self.min_y
    }

    /// Grown by `margin` on every side.
    ///
    /// Typically used to give a fitted view some air around its points; a
    /// negative margin shrinks it.
    pub fn padded(&self, margin: f64) -> Rect {
        Rect {
            min_x: self.min_x - margin,
            min_y: self.min_y - margin,
            max_x: self.max_x + margin,
            max_y: self.max_y + margin,
        }
    }

    /// Whether the two rects share any point; rects that only touch along an
    /// edge or at a corner count as intersecting (both are closed).
    pub fn intersects(&self, other: &Rect) -> bool {
        self.min_x <= other.max_x
            && other.min_x <= self.max_x
            && self.min_y <= other.max_y
            && other.min_y <= self.max_y
    }
}

/// Douglas–Peucker simplification; keeps first and last point; tolerance in the points' units.
///
/// A point is dropped when it lies within `tolerance` of the segment that
/// would replace it, so the result never strays more than `tolerance` from
/// the original. Distances are to the *segment*, not the infinite line, so a
/// closed ring (first point == last point) simplifies sensibly too.
///
/// Iterative (explicit stack) so that a long coastline cannot overflow the
/// call stack.
pub fn simplify(line: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if line.len() <= 2 {
        return line.to_vec();
    }
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[line.len() - 1] = true;
    let mut stack = vec![(0, line.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let mut farthest = None;
        let mut max_d = tolerance;
        for (i, &p) in line.iter().enumerate().take(last).skip(first + 1) {
            let d = segment_distance(p, line[first], line[last]);
            if d > max_d {
                max_d = d;
                farthest = Some(i);
            }
        }
        if let Some(i) = farthest {
            keep[i] = true;
            stack.push((first, i));
            stack.push((i, last));
        }
    }
    line.iter()
        .zip(keep)
        .filter_map(|(&p, k)| k.then_some(p))
        .collect()
}

/// Distance from `p` to the segment `a`–`b` (to `a` when the segment is a point).
fn segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
    (p.0 - cx).hypot(p.1 - cy)
}

/// One side of a rect, as a half-plane for Sutherland–Hodgman.
#[derive(Clone, Copy)]
enum Edge {
    Left(f64),
    Right(f64),
    Bottom(f64),
    Top(f64),
}

impl Edge {
    fn inside(self, p: (f64, f64)) -> bool {
        match self {
            Edge::Left(x) => p.0 >= x,
            Edge::Right(x) => p.0 <= x,
            Edge::Bottom(y) => p.1 >= y,
            Edge::Top(y) => p.1 <= y,
        }
    }

    /// Where segment a–b crosses this edge's line (a and b on opposite sides).
    /// The crossing coordinate is set exactly, so the point is exactly on the
    /// edge rather than a rounding error to either side of it.
    fn crossing(self, a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
        match self {
            Edge::Left(x) | Edge::Right(x) => {
                let t = (x - a.0) / (b.0 - a.0);
                (x, a.1 + t * (b.1 - a.1))
            }
            Edge::Bottom(y) | Edge::Top(y) => {
                let t = (y - a.1) / (b.1 - a.1);
                (a.0 + t * (b.0 - a.0), y)
            }
        }
    }
}

/// Sutherland–Hodgman clipping of a closed ring (first point need not repeat) to a rect.
/// Returns an empty Vec when nothing is inside.
///
/// The result is an open ring (its first point is not repeated). Why
/// Sutherland–Hodgman: it is short and always returns a single ring, which
/// is exactly right for filling land. When a concave ring leaves the rect and
/// comes back, the pieces stay joined by zero-width runs along the rect's
/// edge; they add no area, so a fill looks right, but do not stroke a
/// clipped ring's outline expecting only coastline (draw coasts with
/// [`clip_line`] instead).
///
/// Consecutive duplicate points are removed, and a result with fewer than
/// three points (a ring that only touches the rect) counts as nothing inside.
pub fn clip_ring(ring: &[(f64, f64)], rect: Rect) -> Vec<(f64, f64)> {
    let mut points: Vec<(f64, f64)> = ring.to_vec();
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    let edges = [
        Edge::Left(rect.min_x),
        Edge::Right(rect.max_x),
        Edge::Bottom(rect.min_y),
        Edge::Top(rect.max_y),
    ];
    for edge in edges {
        if points.is_empty() {
            break;
        }
        let input = std::mem::take(&mut points);
        let mut prev = input[input.len() - 1];
        for &cur in &input {
            match (edge.inside(prev), edge.inside(cur)) {
                (true, true) => points.push(cur),
                (true, false) => points.push(edge.crossing(prev, cur)),
                (false, true) => {
                    points.push(edge.crossing(prev, cur));
                    points.push(cur);
                }
                (false, false) => {}
            }
            prev = cur;
        }
    }
    points.dedup();
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    if points.len() < 3 {
        points.clear();
    }
    points
}

/// Liang–Barsky: the part of segment a–b inside `rect`, as parameters
/// `t0 <= t1` in 0..=1 along it, or None if it misses the rect.
fn clip_segment(a: (f64, f64), b: (f64, f64), rect: Rect) -> Option<(f64, f64)> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let checks = [
        (-dx, a.0 - rect.min_x),
        (dx, rect.max_x - a.0),
        (-dy, a.1 - rect.min_y),
        (dy, rect.max_y - a.1),
    ];
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in checks {
        if p == 0.0 {
            // Parallel to this edge: either wholly inside its half-plane or wholly out.
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then_some((t0, t1))
}

/// Clips an open polyline to a rect; the parts inside, each with >= 2 points, with
/// intersection points added where the line crosses the rect's edges.
///
/// Unlike [`clip_ring`] this never joins pieces along the rect's edge: a
/// border that leaves the map and comes back is two separate lines, because
/// stroking a made-up run along the frame would draw a border that is not
/// there. Consecutive duplicate points are removed, so a line that only
/// touches the rect at a point yields nothing.
pub fn clip_line(line: &[(f64, f64)], rect: Rect) -> Vec<Vec<(f64, f64)>> {
    fn push_point(part: &mut Vec<(f64, f64)>, p: (f64, f64)) {
        if part.last() != Some(&p) {
            part.push(p);
        }
    }
    fn finish(parts: &mut Vec<Vec<(f64, f64)>>, part: &mut Vec<(f64, f64)>) {
        let done = std::mem::take(part);
        if done.len() >= 2 {
            parts.push(done);
        }
    }
    // Rounding in `a + t·d` can land a crossing a hair outside; pull it onto the edge.
    let at = |a: (f64, f64), b: (f64, f64), t: f64| -> (f64, f64) {
        let p = if t == 0.0 {
            a
        } else if t == 1.0 {
            b
        } else {
            (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
        };
        (
            p.0.clamp(rect.min_x, rect.max_x),
            p.1.clamp(rect.min_y, rect.max_y),
        )
    };

    let mut parts = Vec::new();
    let mut part = Vec::new();
    for pair in line.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match clip_segment(a, b, rect) {
            None => finish(&mut parts, &mut part),
            Some((t0, t1)) => {
                if t0 > 0.0 {
                    // Entering from outside: whatever came before has ended.
                    finish(&mut parts, &mut part);
                }
                push_point(&mut part, at(a, b, t0));
                push_point(&mut part, at(a, b, t1));
                if t1 < 1.0 {
                    // Leaving the rect.
                    finish(&mut parts, &mut part);
                }
            }
        }
    }
    finish(&mut parts, &mut part);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    const VLADIVOSTOK: LatLon = LatLon {
        lat: 43.1150,
        lon: 131.8853,
    };
    const USSURIYSK: LatLon = LatLon {
        lat: 43.8000,
        lon: 131.9670,
    };
    const VOSTOCHNY_1S: LatLon = LatLon {
        lat: 51.8840,
        lon: 128.3330,
    };
    const LONDON: LatLon = LatLon {
        lat: 51.5074,
        lon: -0.1278,
    };
    const PARIS: LatLon = LatLon {
        lat: 48.8566,
        lon: 2.3522,
    };

    fn assert_near(actual: f64, expected: f64, tol: f64, what: &str) {
        assert!(
            (actual - expected).abs() <= tol,
            "{what}: got {actual}, expected {expected} ± {tol}"
        );
    }

    fn area(ring: &[(f64, f64)]) -> f64 {
        let n = ring.len();
        (0..n)
            .map(|i| {
                let (a, b) = (ring[i], ring[(i + 1) % n]);
                a.0 * b.1 - b.0 * a.1
            })
            .sum::<f64>()
            .abs()
            / 2.0
    }

    const UNIT: Rect = Rect {
        min_x: 0.0,
        min_y: 0.0,
        max_x: 10.0,
        max_y: 10.0,
    };

    // ---- distances and bearings ----

    #[test]
    fn vladivostok_to_ussuriysk_is_about_76_km() {
        assert_near(
            great_circle_km(VLADIVOSTOK, USSURIYSK),
            76.0,
            1.0,
            "distance",
        );
    }

    #[test]
    fn ussuriysk_to_vostochny_is_about_939_km_heading_north_north_west() {
        assert_near(
            great_circle_km(USSURIYSK, VOSTOCHNY_1S),
            939.0,
            1.0,
            "distance",
        );
        assert_near(
            initial_bearing_deg(USSURIYSK, VOSTOCHNY_1S),
            344.0,
            1.0,
            "bearing",
        );
    }

    #[test]
    fn london_to_paris_is_about_343_5_km() {
        assert_near(great_circle_km(LONDON, PARIS), 343.5, 1.0, "distance");
    }

    #[test]
    fn distance_is_symmetric_and_zero_to_itself() {
        assert_eq!(great_circle_km(USSURIYSK, USSURIYSK), 0.0);
        assert_near(
            great_circle_km(VLADIVOSTOK, VOSTOCHNY_1S),
            great_circle_km(VOSTOCHNY_1S, VLADIVOSTOK),
            1e-9,
            "symmetry",
        );
    }

    #[test]
    fn antipodal_distance_is_half_the_circumference() {
        let a = LatLon {
            lat: 10.0,
            lon: 20.0,
        };
        let b = LatLon {
            lat: -10.0,
            lon: -160.0,
        };
        assert_near(
            great_circle_km(a, b),
            std::f64::consts::PI * EARTH_RADIUS_KM,
            // Haversine is ill-conditioned at the antipode (asin near 1): ~0.2 m here.
            1e-3,
            "half circumference",
        );
    }

    #[test]
    fn bearings_point_the_right_way_and_stay_in_range() {
        let here = LatLon {
            lat: 45.0,
            lon: 130.0,
        };
        let north = LatLon {
            lat: 46.0,
            lon: 130.0,
        };
        let south = LatLon {
            lat: 44.0,
            lon: 130.0,
        };
        let east = LatLon {
            lat: 45.0,
            lon: 131.0,
        };
        let west = LatLon {
            lat: 45.0,
            lon: 129.0,
        };
        assert_near(initial_bearing_deg(here, north), 0.0, 1e-9, "north");
        assert_near(initial_bearing_deg(here, south), 180.0, 1e-9, "south");
        // East along a parallel the great circle starts a little north of east.
        assert_near(initial_bearing_deg(here, east), 89.6, 0.1, "east");
        assert_near(initial_bearing_deg(here, west), 270.4, 0.1, "west");
        for b in [
            VLADIVOSTOK,
            USSURIYSK,
            VOSTOCHNY_1S,
            LONDON,
            PARIS,
            north,
            west,
        ] {
            let deg = initial_bearing_deg(here, b);
            assert!((0.0..360.0).contains(&deg), "{deg} out of range");
        }
    }

    #[test]
    fn a_mile_is_about_1_6_km() {
        assert_near(KM_PER_MILE * 26.2188, 42.195, 1e-3, "marathon");
    }

    // ---- projection ----

    #[test]
    fn region_centre_projects_to_origin() {
        let (x, y) = Conic::region().project(LatLon {
            lat: 45.0,
            lon: 130.0,
        });
        assert_near(x, 0.0, 1e-9, "x");
        assert_near(y, 0.0, 1e-9, "y");
    }

    #[test]
    fn east_is_larger_x_and_north_is_larger_y() {
        let c = Conic::region();
        let (x0, y0) = c.project(USSURIYSK);
        let (xe, _) = c.project(LatLon {
            lon: USSURIYSK.lon + 1.0,
            ..USSURIYSK
        });
        let (_, yn) = c.project(LatLon {
            lat: USSURIYSK.lat + 1.0,
            ..USSURIYSK
        });
        assert!(xe > x0, "east: {xe} <= {x0}");
        assert!(yn > y0, "north: {yn} <= {y0}");
        // Vostochny is north and a little west of Ussuriysk.
        let (xv, yv) = c.project(VOSTOCHNY_1S);
        assert!(yv > y0 && xv < x0);
        // The central meridian is a straight vertical line.
        let (xm, _) = c.project(LatLon {
            lat: 55.0,
            lon: 130.0,
        });
        assert_near(xm, 0.0, 1e-9, "central meridian");
    }

    /// Projected length over true length for a small step east.
    fn scale_east(c: &Conic, lat: f64) -> f64 {
        let a = LatLon { lat, lon: 130.0 };
        let b = LatLon { lat, lon: 130.01 };
        let ((xa, ya), (xb, yb)) = (c.project(a), c.project(b));
        (xb - xa).hypot(yb - ya) / great_circle_km(a, b)
    }

    /// Projected length over true length for a small step north.
    fn scale_north(c: &Conic, lat: f64) -> f64 {
        let a = LatLon { lat, lon: 130.0 };
        let b = LatLon {
            lat: lat + 0.01,
            lon: 130.0,
        };
        let ((xa, ya), (xb, yb)) = (c.project(a), c.project(b));
        (xb - xa).hypot(yb - ya) / great_circle_km(a, b)
    }

    #[test]
    fn scale_is_true_on_both_standard_parallels() {
        let c = Conic::region();
        for lat in [38.0, 54.0] {
            assert_near(scale_east(&c, lat), 1.0, 1e-3, &format!("scale at {lat}°"));
        }
    }

    #[test]
    fn scale_is_below_one_between_the_parallels_and_above_outside() {
        let c = Conic::region();
        assert!(scale_east(&c, 46.0) < 0.995);
        assert!(scale_east(&c, 32.0) > 1.0);
        assert!(scale_east(&c, 58.0) > 1.0);
    }

    #[test]
    fn projection_is_conformal() {
        // Conformal: at any point the scale is the same in every direction.
        let c = Conic::region();
        for lat in [35.0, 42.0, 50.0, 57.0] {
            assert_near(
                scale_east(&c, lat),
                scale_north(&c, lat),
                1e-3,
                &format!("{lat}°"),
            );
        }
    }

    #[test]
    fn equal_standard_parallels_give_a_tangent_cone() {
        let c = Conic::new(130.0, 45.0, 45.0, 45.0);
        assert_near(scale_east(&c, 45.0), 1.0, 1e-3, "tangent parallel");
        assert!(scale_east(&c, 40.0) > 1.0);
        // Order of the parallels does not matter.
        assert_eq!(Conic::new(130.0, 45.0, 54.0, 38.0), Conic::region());
    }

    #[test]
    fn longitudes_wrap_around_the_antimeridian() {
        let c = Conic::new(180.0, 60.0, 55.0, 65.0);
        let (xw, _) = c.project(LatLon {
            lat: 60.0,
            lon: -179.0,
        });
        let (xe, _) = c.project(LatLon {
            lat: 60.0,
            lon: 179.0,
        });
        assert!(xw > 0.0 && xe < 0.0);
        assert_near(xw, -xe, 1e-9, "symmetry about 180°");
    }

    // ---- rects ----

    #[test]
    fn rect_basics() {
        let r = Rect::around([(1.0, 5.0), (4.0, -2.0), (3.0, 3.0)]).unwrap();
        assert_eq!(
            r,
            Rect {
                min_x: 1.0,
                min_y: -2.0,
                max_x: 4.0,
                max_y: 5.0
            }
        );
        assert_eq!((r.width(), r.height()), (3.0, 7.0));
        assert!(r.contains((1.0, 5.0)), "edges are inside");
        assert!(r.contains((2.0, 0.0)));
        assert!(!r.contains((0.9, 0.0)));
        assert!(!r.contains((2.0, 5.1)));
        let p = r.padded(1.0);
        assert_eq!((p.min_x, p.min_y, p.max_x, p.max_y), (0.0, -3.0, 5.0, 6.0));
        assert_eq!(Rect::around(std::iter::empty()), None);
    }

    #[test]
    fn rect_intersection() {
        let other = |min_x, min_y, max_x, max_y| Rect {
            min_x,
            min_y,
            max_x,
            max_y,
        };
        assert!(UNIT.intersects(&other(5.0, 5.0, 15.0, 15.0)));
        assert!(UNIT.intersects(&other(2.0, 2.0, 3.0, 3.0)), "inside");
        assert!(other(2.0, 2.0, 3.0, 3.0).intersects(&UNIT), "around");
        assert!(UNIT.intersects(&other(10.0, 0.0, 12.0, 1.0)), "touching");
        assert!(
            UNIT.intersects(&other(-5.0, 4.0, 15.0, 6.0)),
            "a bar across"
        );
        assert!(!UNIT.intersects(&other(11.0, 0.0, 12.0, 10.0)), "right of");
        assert!(!UNIT.intersects(&other(0.0, -3.0, 10.0, -1.0)), "below");
    }

    // ---- simplification ----

    #[test]
    fn simplify_keeps_endpoints_and_drops_collinear_points() {
        let line = [(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (3.0, 0.0), (4.0, 0.0)];
        assert_eq!(simplify(&line, 0.01), vec![(0.0, 0.0), (4.0, 0.0)]);
    }

    #[test]
    fn simplify_keeps_a_point_farther_than_tolerance_and_drops_nearer_ones() {
        // A peak at (2, 1); the points beside it are 0.018 off the chords to it.
        let line = [(0.0, 0.0), (1.0, 0.52), (2.0, 1.0), (3.0, 0.48), (4.0, 0.0)];
        assert_eq!(
            simplify(&line, 0.1),
            vec![(0.0, 0.0), (2.0, 1.0), (4.0, 0.0)]
        );
        // A finer tolerance keeps them ...
        assert_eq!(simplify(&line, 0.01), line.to_vec());
        // ... and one above the peak's height drops the peak too.
        assert_eq!(simplify(&line, 1.5), vec![(0.0, 0.0), (4.0, 0.0)]);
    }

    #[test]
    fn simplify_never_strays_more_than_tolerance() {
        let line: Vec<(f64, f64)> = (0..200)
            .map(|i| {
                let x = f64::from(i) * 0.05;
                (x, x.sin())
            })
            .collect();
        let tol = 0.02;
        let simple = simplify(&line, tol);
        assert!(
            simple.len() < line.len() / 4,
            "{} points left",
            simple.len()
        );
        assert_eq!(simple.first(), line.first());
        assert_eq!(simple.last(), line.last());
        for &p in &line {
            let d = simple
                .windows(2)
                .map(|w| segment_distance(p, w[0], w[1]))
                .fold(f64::INFINITY, f64::min);
            assert!(d <= tol + 1e-12, "{p:?} is {d} away");
        }
    }

    #[test]
    fn simplify_handles_short_and_closed_lines() {
        assert!(simplify(&[], 1.0).is_empty());
        assert_eq!(simplify(&[(1.0, 1.0)], 1.0), vec![(1.0, 1.0)]);
        let square = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)];
        // First == last: distances to a point, so the far corner survives.
        assert!(simplify(&square, 0.5).contains(&(4.0, 4.0)));
    }

    // ---- clipping ----

    #[test]
    fn clip_ring_of_a_square_half_outside_keeps_the_inside_half() {
        let square = [(5.0, 2.0), (15.0, 2.0), (15.0, 8.0), (5.0, 8.0)];
        let clipped = clip_ring(&square, UNIT);
        assert_near(area(&clipped), 30.0, 1e-9, "area");
        assert!(clipped.iter().all(|&p| UNIT.contains(p)));
        assert!(clipped.contains(&(10.0, 2.0)) && clipped.contains(&(10.0, 8.0)));
    }

    #[test]
    fn clip_ring_accepts_a_closed_ring_and_keeps_an_inside_ring_whole() {
        let closed = [(1.0, 1.0), (3.0, 1.0), (3.0, 3.0), (1.0, 1.0)];
        assert_eq!(
            clip_ring(&closed, UNIT),
            vec![(1.0, 1.0), (3.0, 1.0), (3.0, 3.0)]
        );
    }

    #[test]
    fn clip_ring_around_the_rect_gives_the_rect() {
        let big = [(-5.0, -5.0), (15.0, -5.0), (15.0, 15.0), (-5.0, 15.0)];
        let clipped = clip_ring(&big, UNIT);
        assert_eq!(clipped.len(), 4);
        assert_near(area(&clipped), 100.0, 1e-9, "area");
    }

    #[test]
    fn clip_ring_outside_is_empty() {
        let away = [(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)];
        assert!(clip_ring(&away, UNIT).is_empty());
        // Only touching a corner is not "inside" either.
        let touching = [(10.0, 10.0), (12.0, 10.0), (12.0, 12.0)];
        assert!(clip_ring(&touching, UNIT).is_empty());
        assert!(clip_ring(&[], UNIT).is_empty());
    }

    #[test]
    fn clip_ring_of_a_concave_ring_keeps_its_area() {
        // A "U" whose two arms poke out of the top; inside: 10 wide × 6 high
        // minus the 4 × 4 notch between the arms (y 4..8) = 60 − 16 = 44.
        let u = [
            (0.0, 2.0),
            (10.0, 2.0),
            (10.0, 12.0),
            (7.0, 12.0),
            (7.0, 4.0),
            (3.0, 4.0),
            (3.0, 12.0),
            (0.0, 12.0),
        ];
        let clip = Rect { max_y: 8.0, ..UNIT };
        assert_near(area(&clip_ring(&u, clip)), 60.0 - 16.0, 1e-9, "area");
    }

    #[test]
    fn clip_line_crossing_the_rect_gives_one_part_with_entry_and_exit() {
        let line = [(-5.0, 5.0), (5.0, 5.0), (15.0, 5.0)];
        assert_eq!(
            clip_line(&line, UNIT),
            vec![vec![(0.0, 5.0), (5.0, 5.0), (10.0, 5.0)]]
        );
        // Diagonal, with the crossings mid-segment.
        let diag = [(-2.0, -1.0), (12.0, 6.0)];
        assert_eq!(clip_line(&diag, UNIT), vec![vec![(0.0, 0.0), (10.0, 5.0)]]);
    }

    #[test]
    fn clip_line_leaving_and_reentering_gives_two_parts() {
        let line = [(2.0, 5.0), (15.0, 5.0), (15.0, 8.0), (2.0, 8.0)];
        assert_eq!(
            clip_line(&line, UNIT),
            vec![vec![(2.0, 5.0), (10.0, 5.0)], vec![(10.0, 8.0), (2.0, 8.0)]]
        );
    }

    #[test]
    fn clip_line_inside_is_unchanged_and_outside_is_nothing() {
        let inside = [(1.0, 1.0), (2.0, 3.0), (4.0, 2.0)];
        assert_eq!(clip_line(&inside, UNIT), vec![inside.to_vec()]);
        let outside = [(-1.0, -1.0), (-5.0, 3.0), (-2.0, 20.0)];
        assert!(clip_line(&outside, UNIT).is_empty());
        // Passing by a corner: touches at one point only.
        let corner = [(-1.0, 11.0), (1.0, 9.0)];
        assert_eq!(
            clip_line(&corner, UNIT),
            vec![vec![(0.0, 10.0), (1.0, 9.0)]]
        );
        let grazing = [(-1.0, 1.0), (1.0, -1.0)];
        assert!(
            clip_line(&grazing, UNIT).is_empty(),
            "only the corner (0, 0)"
        );
        assert!(clip_line(&[(1.0, 1.0)], UNIT).is_empty());
    }

    #[test]
    fn clip_line_in_a_rect_away_from_the_origin() {
        // The map's frames are never at the origin: every edge's distance
        // is measured from the rect's own sides, worked out by hand here.
        let rect = Rect {
            min_x: 100.0,
            min_y: 50.0,
            max_x: 110.0,
            max_y: 60.0,
        };
        let across = [(95.0, 55.0), (105.0, 55.0), (115.0, 55.0)];
        assert_eq!(
            clip_line(&across, rect),
            vec![vec![(100.0, 55.0), (105.0, 55.0), (110.0, 55.0)]]
        );
        let up = [(105.0, 45.0), (105.0, 65.0)];
        assert_eq!(
            clip_line(&up, rect),
            vec![vec![(105.0, 50.0), (105.0, 60.0)]]
        );
        let inside = [(101.0, 51.0), (109.0, 59.0)];
        assert_eq!(clip_line(&inside, rect), vec![inside.to_vec()]);
        // Wholly left of it, or wholly below it, while spanning it the other
        // way: nothing, not a made-up line along the frame's edge.
        let left = [(90.0, 40.0), (90.0, 70.0)];
        assert!(clip_line(&left, rect).is_empty(), "left of the rect");
        let below = [(95.0, 45.0), (115.0, 45.0)];
        assert!(clip_line(&below, rect).is_empty(), "below the rect");
    }

    #[test]
    fn clip_line_along_the_frame_edge_is_kept() {
        // A border that runs exactly on the frame's edge is still drawn.
        let on_bottom = [(2.0, 0.0), (8.0, 0.0)];
        assert_eq!(clip_line(&on_bottom, UNIT), vec![on_bottom.to_vec()]);
        let on_left = [(0.0, 3.0), (0.0, 7.0)];
        assert_eq!(clip_line(&on_left, UNIT), vec![on_left.to_vec()]);
    }

    #[test]
    fn clip_line_that_starts_outside_and_ends_inside() {
        let line = [(5.0, -5.0), (5.0, 5.0), (6.0, 6.0)];
        assert_eq!(
            clip_line(&line, UNIT),
            vec![vec![(5.0, 0.0), (5.0, 5.0), (6.0, 6.0)]]
        );
    }

    // Edges cargo-mutants found untested (2026-11-30).

    #[test]
    fn a_point_exactly_at_the_tolerance_is_dropped() {
        let line = [(0.0, 0.0), (1.0, 0.5), (2.0, 0.0)];
        assert_eq!(simplify(&line, 0.5), vec![(0.0, 0.0), (2.0, 0.0)]);
    }

    #[test]
    fn an_angle_of_minus_pi_wraps_to_pi() {
        use std::f64::consts::PI;
        assert_eq!(wrap_pi(-PI), PI);
        assert_eq!(wrap_pi(PI), PI);
        assert_near(wrap_pi(1.5 * PI), -0.5 * PI, 1e-12, "3π/2");
    }

    #[test]
    fn a_crossing_lies_on_its_segment_and_on_its_edge() {
        // The segment from (1, 1) to (5, 9): a quarter of the way along is
        // (2, 3), half way (3, 5); worked out by hand.
        let (a, b) = ((1.0, 1.0), (5.0, 9.0));
        assert_eq!(Edge::Left(3.0).crossing(a, b), (3.0, 5.0));
        assert_eq!(Edge::Right(2.0).crossing(a, b), (2.0, 3.0));
        assert_eq!(Edge::Bottom(5.0).crossing(a, b), (3.0, 5.0));
        assert_eq!(Edge::Top(3.0).crossing(a, b), (2.0, 3.0));
    }

    #[test]
    fn a_closed_ring_inside_the_rect_comes_back_open() {
        let square = [(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0), (1.0, 1.0)];
        assert_eq!(
            clip_ring(&square, UNIT),
            vec![(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0)]
        );
    }

    /// What makes the projection conic, checked from the projected points
    /// alone: meridians are straight lines meeting at the cone's apex, and
    /// each parallel is an arc of a circle around it.
    #[test]
    fn parallels_project_to_arcs_around_the_cone_apex() {
        let c = Conic::region();
        let p = |lat: f64, lon: f64| c.project(LatLon { lat, lon });
        // The apex: where the lines of two meridians meet.
        let (a1, a2) = (p(40.0, 115.0), p(50.0, 115.0));
        let (b1, b2) = (p(40.0, 145.0), p(50.0, 145.0));
        let cross = |u: (f64, f64), v: (f64, f64)| u.0 * v.1 - u.1 * v.0;
        let (da, db) = ((a2.0 - a1.0, a2.1 - a1.1), (b2.0 - b1.0, b2.1 - b1.1));
        let t = cross((b1.0 - a1.0, b1.1 - a1.1), db) / cross(da, db);
        let apex = (a1.0 + t * da.0, a1.1 + t * da.1);
        for lat in [38.0, 46.0, 54.0] {
            let radius = |lon: f64| {
                let q = p(lat, lon);
                ((q.0 - apex.0).powi(2) + (q.1 - apex.1).powi(2)).sqrt()
            };
            let centre = radius(130.0);
            for lon in [112.0, 122.0, 140.0, 152.0] {
                assert_near(
                    radius(lon),
                    centre,
                    1e-6 * centre,
                    &format!("{lat}° N, {lon}° E"),
                );
            }
        }
    }
}
