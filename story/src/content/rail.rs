//! `content/map/rail.json` (made by `cargo xtask map` from the shared
//! Natural Earth railway extract): the lines each leg of the route is drawn
//! along.
//!
//! A leg follows the track between its two places: the shortest path on the
//! line network, from the track point nearest one place to the track point
//! nearest the other. Lines join where they share a point (Natural Earth
//! splits its lines at every junction, so a junction is one point of each
//! line). Where a place lies off the track (the data has no branch into the
//! cosmodrome and no line over the Tumen bridge), the leg is joined to the
//! place by a straight connector, which the map draws so that a reader can
//! tell we drew it.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use super::{geometry, line_of, Checker, ContentError, ContentFile};
use crate::geo::{great_circle_km, LatLon};

/// The railway lines as a graph: every point a node, consecutive points of
/// a line joined by an edge as long as the great circle between them.
pub(crate) struct Network {
    points: Vec<LatLon>,
    edges: Vec<Vec<(usize, f64)>>,
}

/// One leg's way along the track, and how far each end's place is from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    /// Track points from the one nearest the leg's start to the one nearest
    /// its end.
    pub path: Vec<LatLon>,
    /// Km from the start place to the track, and from the track to the end.
    pub start_gap_km: f64,
    pub end_gap_km: f64,
}

/// Reads the lines; a malformed file is reported with its line and field.
pub(crate) fn network(checker: &mut Checker, file: &ContentFile) -> Option<Network> {
    let mistake = |line: usize, message: String| ContentError {
        file: file.path.clone(),
        line,
        item: None,
        field: "lines".into(),
        message,
    };
    let json: serde_json::Value = match serde_json::from_str(&file.text) {
        Ok(json) => json,
        Err(error) => {
            checker.errors.push(ContentError {
                field: "(json)".into(),
                ..mistake(
                    error.line(),
                    format!("{error}; regenerate the file with `cargo xtask map`"),
                )
            });
            return None;
        }
    };
    let lines = geometry::lon_lat_lines(json.get("lines"));
    let Some(lines) = lines.filter(|lines| !lines.is_empty()) else {
        let line = line_of(&file.text, file.text.find("\"lines\"").unwrap_or(0));
        checker.errors.push(mistake(
            line,
            "missing, empty or malformed; expected a list of lines of [lon, lat] points in degrees (regenerate with `cargo xtask map`)".into(),
        ));
        return None;
    };
    Some(Network::from_lines(&lines))
}

impl Network {
    pub fn from_lines(lines: &[Vec<LatLon>]) -> Network {
        let mut network = Network {
            points: Vec::new(),
            edges: Vec::new(),
        };
        // Points are equal when they are equal at the file's precision.
        let mut index: HashMap<(i64, i64), usize> = HashMap::new();
        for line in lines {
            let mut previous: Option<usize> = None;
            for &point in line {
                let key = (
                    (point.lon * 10_000.0).round() as i64,
                    (point.lat * 10_000.0).round() as i64,
                );
                let node = *index.entry(key).or_insert_with(|| {
                    network.points.push(point);
                    network.edges.push(Vec::new());
                    network.points.len() - 1
                });
                if let Some(previous) = previous.filter(|&p| p != node) {
                    let km = great_circle_km(network.points[previous], network.points[node]);
                    network.edges[previous].push((node, km));
                    network.edges[node].push((previous, km));
                }
                previous = Some(node);
            }
        }
        network
    }

    /// The track point nearest `at`, and how far it is in km.
    fn nearest(&self, at: LatLon) -> Option<(usize, f64)> {
        self.points
            .iter()
            .map(|&point| great_circle_km(at, point))
            .enumerate()
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// The shortest way along the track from the point nearest `from` to the
    /// point nearest `to` (Dijkstra), or `None` if no line joins them.
    pub fn track(&self, from: LatLon, to: LatLon) -> Option<Track> {
        let (start, start_gap_km) = self.nearest(from)?;
        let (end, end_gap_km) = self.nearest(to)?;
        let mut best = vec![f64::INFINITY; self.points.len()];
        let mut came_from = vec![usize::MAX; self.points.len()];
        let mut queue = BinaryHeap::new();
        best[start] = 0.0;
        queue.push(Candidate {
            km: 0.0,
            node: start,
        });
        while let Some(Candidate { km, node }) = queue.pop() {
            if node == end {
                break;
            }
            if km > best[node] {
                continue; // a stale entry: a shorter way here was found since
            }
            for &(next, length) in &self.edges[node] {
                let through = km + length;
                if through < best[next] {
                    best[next] = through;
                    came_from[next] = node;
                    queue.push(Candidate {
                        km: through,
                        node: next,
                    });
                }
            }
        }
        if best[end].is_infinite() {
            return None;
        }
        let mut path = vec![self.points[end]];
        let mut node = end;
        while node != start {
            node = came_from[node];
            path.push(self.points[node]);
        }
        path.reverse();
        Some(Track {
            path,
            start_gap_km,
            end_gap_km,
        })
    }
}

/// A node to visit, nearest first (`BinaryHeap` pops the greatest).
struct Candidate {
    km: f64,
    node: usize,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Candidate {}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        other.km.total_cmp(&self.km)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lon: f64, lat: f64) -> LatLon {
        LatLon { lat, lon }
    }

    /// A triangle with a long way round and a short cut, and a line apart:
    ///
    /// ```text
    ///   A(0,0) ── B(1,0) ── C(2,0)        E(5,0) ── F(6,0)
    ///     └──────── D(1,-3) ───┘
    /// ```
    fn lines() -> Vec<Vec<LatLon>> {
        vec![
            vec![at(0.0, 0.0), at(1.0, 0.0)],
            vec![at(1.0, 0.0), at(2.0, 0.0)],
            vec![at(0.0, 0.0), at(1.0, -3.0), at(2.0, 0.0)],
            vec![at(5.0, 0.0), at(6.0, 0.0)],
        ]
    }

    #[test]
    fn a_leg_takes_the_shortest_way_through_shared_junctions() {
        let network = Network::from_lines(&lines());
        let track = network.track(at(0.0, 0.0), at(2.0, 0.0)).unwrap();
        // Through B, where the first two lines meet, not round by D.
        assert_eq!(track.path, vec![at(0.0, 0.0), at(1.0, 0.0), at(2.0, 0.0)]);
        assert_eq!((track.start_gap_km, track.end_gap_km), (0.0, 0.0));
        // Backwards, the same way reversed.
        let back = network.track(at(2.0, 0.0), at(0.0, 0.0)).unwrap();
        assert_eq!(back.path, vec![at(2.0, 0.0), at(1.0, 0.0), at(0.0, 0.0)]);
    }

    #[test]
    fn places_off_the_track_snap_to_the_nearest_point_and_say_how_far() {
        let network = Network::from_lines(&lines());
        // 0.1° of latitude north of A is 11.1 km (a degree is 111.2 km).
        let track = network.track(at(0.0, 0.1), at(1.0, -2.9)).unwrap();
        assert_eq!(track.path, vec![at(0.0, 0.0), at(1.0, -3.0)]);
        assert!(
            (track.start_gap_km - 11.12).abs() < 0.05,
            "{}",
            track.start_gap_km
        );
        assert!(
            (track.end_gap_km - 11.12).abs() < 0.05,
            "{}",
            track.end_gap_km
        );
    }

    #[test]
    fn lines_that_do_not_meet_give_no_track() {
        let network = Network::from_lines(&lines());
        assert_eq!(network.track(at(0.0, 0.0), at(6.0, 0.0)), None);
        // A leg from a place to itself is one point.
        let here = network.track(at(5.0, 0.0), at(5.0, 0.0)).unwrap();
        assert_eq!(here.path, vec![at(5.0, 0.0)]);
        assert_eq!(
            Network::from_lines(&[]).track(at(0.0, 0.0), at(1.0, 0.0)),
            None
        );
    }
}
