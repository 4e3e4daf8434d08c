//! Regenerates the explainer's map extracts: `content/map/region.json`
//! (land and borders) and, with `rail`, `content/map/rail.json` (see `rail.rs`).
//!
//! ```text
//! cargo run -p mapgen -- <countries-50m.json> <output.json>
//! ```
//!
//! The input is npm's `world-atlas@2.0.2` `countries-50m.json`: Natural Earth
//! 1:50m as TopoJSON. We decode it here with nothing but `serde_json`, because
//! the format is small (quantised, delta-encoded arcs shared between shapes)
//! and a GIS stack would dwarf the project for one offline step.
//!
//! The output keeps only what the map draws, in plain lon/lat degrees:
//! - `land`: every ring of the `land` object (outer rings and holes alike),
//!   clipped to the region;
//! - `borders`: the arcs two different countries share, i.e. land borders
//!   (coastlines belong to one country only), clipped to the region.
//!
//! Coordinates are rounded to 0.001° (about 100 m, well under a pixel at the
//! scale the map is drawn) and written one ring or line per line, so that a
//! regenerated file diffs readably.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::Value;
use story::geo::{clip_line, clip_ring, Rect};

mod rail;

/// The region kept, in degrees (x = lon, y = lat): the app's
/// `story::map::REGION`, which the build checks every step's frame against.
const BOUNDS: Rect = Rect {
    min_x: story::map::REGION.0,
    min_y: story::map::REGION.1,
    max_x: story::map::REGION.2,
    max_y: story::map::REGION.3,
};

const ABOUT: &str = "Natural Earth 1:50m (public domain) via npm world-atlas@2.0.2 \
countries-50m.json (ISC). Clipped to 100–165° E, 25–62° N, rounded to 0.001°. \
Regenerate with `cargo xtask map`.";

/// Output precision: coordinates are stored as integer thousandths of a
/// degree, so rounding, de-duplication and printing are exact.
const PER_DEGREE: f64 = 1000.0;

type Point = (f64, f64);
/// A rounded point, in thousandths of a degree.
type Milli = (i64, i64);

/// A country's name and its rings.
type Country = (String, Vec<Vec<Milli>>);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [rail, input, output] if rail == "rail" => rail::run(input, output),
        [input, output] => run(input, output),
        _ => {
            eprintln!(
                "usage: cargo run -p mapgen -- <countries-50m.json> <output.json>\n       \
                 cargo run -p mapgen -- rail <route-rail.geojson> <output.json>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mapgen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &str, output: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("reading {input}: {e}"))?;
    let topology: Value =
        serde_json::from_str(&text).map_err(|e| format!("parsing {input}: {e}"))?;
    let arcs = decode_arcs(&topology)?;
    let objects = topology
        .get("objects")
        .ok_or("the topology has no `objects`")?;

    let land = land_rings(&arcs, objects.get("land").ok_or("no `land` object")?)?;
    let borders = border_lines(
        &arcs,
        objects.get("countries").ok_or("no `countries` object")?,
    )?;

    let countries = country_rings(
        &arcs,
        objects.get("countries").ok_or("no `countries` object")?,
    )?;

    let json = write_json(&land, &borders, &countries);
    // Never write a file the app would fail to read.
    serde_json::from_str::<Value>(&json).map_err(|e| format!("generated invalid JSON: {e}"))?;
    if let Some(dir) = std::path::Path::new(output).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        }
    }
    std::fs::write(output, &json).map_err(|e| format!("writing {output}: {e}"))?;

    let land_points: usize = land.iter().map(Vec::len).sum();
    let border_points: usize = borders.iter().map(Vec::len).sum();
    Ok(format!(
        "{output}: {} land rings, {} border lines, {} countries, {} points ({land_points} land + \
         {border_points} borders), {} bytes",
        land.len(),
        borders.len(),
        countries.len(),
        land_points + border_points,
        json.len()
    ))
}

// ---- TopoJSON decoding ----

/// All arcs as absolute lon/lat polylines.
///
/// A quantised topology (one with a `transform`) stores each arc's first
/// position as integers and every later one as the difference from the one
/// before; the real position is `sum · scale + translate`.
fn decode_arcs(topology: &Value) -> Result<Vec<Vec<Point>>, String> {
    let transform = match topology.get("transform") {
        None | Some(Value::Null) => None,
        Some(t) => Some((
            pair(&t["scale"], "transform.scale")?,
            pair(&t["translate"], "transform.translate")?,
        )),
    };
    let arcs = topology["arcs"]
        .as_array()
        .ok_or("`arcs` is not an array")?;
    arcs.iter()
        .enumerate()
        .map(|(i, arc)| {
            let positions = arc
                .as_array()
                .ok_or_else(|| format!("arc {i} is not an array"))?;
            let (mut x, mut y) = (0.0, 0.0);
            positions
                .iter()
                .map(|position| {
                    let (px, py) = pair(position, &format!("a position in arc {i}"))?;
                    Ok(match transform {
                        Some(((sx, sy), (tx, ty))) => {
                            x += px;
                            y += py;
                            (x * sx + tx, y * sy + ty)
                        }
                        None => (px, py),
                    })
                })
                .collect()
        })
        .collect()
}

/// The first two numbers of a JSON array (positions may carry more).
fn pair(value: &Value, what: &str) -> Result<Point, String> {
    match value.as_array().map(Vec::as_slice) {
        Some([x, y, ..]) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => Ok((x, y)),
            _ => Err(format!("{what}: not numbers")),
        },
        _ => Err(format!("{what}: not a pair of numbers")),
    }
}

/// An arc index as written in the topology: `i` is arc `i`, and a negative
/// `!i` (= -i - 1) is arc `i` walked backwards. Returns (arc, reversed).
fn arc_ref(value: &Value) -> Result<(usize, bool), String> {
    let index = value
        .as_i64()
        .ok_or_else(|| format!("arc index {value} is not an integer"))?;
    let (arc, reversed) = if index < 0 {
        (!index, true)
    } else {
        (index, false)
    };
    usize::try_from(arc)
        .map(|a| (a, reversed))
        .map_err(|_| format!("arc index {index} out of range"))
}

/// One ring or line: the arcs joined end to end. Consecutive arcs share
/// their meeting point, so each arc after the first skips its first point.
fn stitch(arcs: &[Vec<Point>], refs: &[Value]) -> Result<Vec<Point>, String> {
    let mut points: Vec<Point> = Vec::new();
    for r in refs {
        let (index, reversed) = arc_ref(r)?;
        let arc = arcs
            .get(index)
            .ok_or_else(|| format!("arc {index} does not exist"))?;
        let skip = usize::from(!points.is_empty());
        if reversed {
            points.extend(arc.iter().rev().skip(skip));
        } else {
            points.extend(arc.iter().skip(skip));
        }
    }
    Ok(points)
}

/// Every ring of a geometry, as lists of arc references: a Polygon's rings,
/// a MultiPolygon's polygons' rings, a GeometryCollection's members' rings.
/// Geometries without area (null, points, lines) contribute none.
fn rings_of(geometry: &Value) -> Result<Vec<&[Value]>, String> {
    let mut rings = Vec::new();
    match geometry["type"].as_str() {
        Some("Polygon") => {
            for ring in as_list(&geometry["arcs"], "Polygon arcs")? {
                rings.push(as_list(ring, "a Polygon ring")?);
            }
        }
        Some("MultiPolygon") => {
            for polygon in as_list(&geometry["arcs"], "MultiPolygon arcs")? {
                for ring in as_list(polygon, "a MultiPolygon polygon")? {
                    rings.push(as_list(ring, "a MultiPolygon ring")?);
                }
            }
        }
        Some("GeometryCollection") => {
            for member in as_list(&geometry["geometries"], "geometries")? {
                rings.extend(rings_of(member)?);
            }
        }
        Some("Point" | "MultiPoint" | "LineString" | "MultiLineString") | None => {}
        Some(other) => return Err(format!("unknown geometry type {other}")),
    }
    Ok(rings)
}

fn as_list<'a>(value: &'a Value, what: &str) -> Result<&'a [Value], String> {
    value
        .as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| format!("{what} is not an array"))
}

// ---- the extract ----

/// Land: every ring of the `land` object, clipped to the region.
fn land_rings(arcs: &[Vec<Point>], land: &Value) -> Result<Vec<Vec<Milli>>, String> {
    let mut out = Vec::new();
    for refs in rings_of(land)? {
        let clipped = clip_ring(&stitch(arcs, refs)?, BOUNDS);
        let mut ring = round(&clipped);
        // A ring's end meets its start; drop a repeated start left by rounding.
        while ring.len() > 1 && ring.first() == ring.last() {
            ring.pop();
        }
        if ring.len() >= 3 {
            out.push(ring);
        }
    }
    Ok(out)
}

/// Borders: arcs used by two different countries, in arc order, clipped to the region.
///
/// A coastline arc belongs to one country's outline; an arc two countries
/// both trace is the line between them. Counting *countries* rather than
/// uses matters because one country may trace an arc twice (for example
/// around an enclave's hole and an island's outline).
fn border_lines(arcs: &[Vec<Point>], countries: &Value) -> Result<Vec<Vec<Milli>>, String> {
    let geometries = countries["geometries"]
        .as_array()
        .ok_or("`countries` has no `geometries` array")?;
    let mut users: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (country, geometry) in geometries.iter().enumerate() {
        for refs in rings_of(geometry)? {
            for r in refs {
                users.entry(arc_ref(r)?.0).or_default().insert(country);
            }
        }
    }
    let mut out = Vec::new();
    for (&index, countries) in &users {
        if countries.len() < 2 {
            continue;
        }
        let arc = arcs
            .get(index)
            .ok_or_else(|| format!("arc {index} does not exist"))?;
        for part in clip_line(arc, BOUNDS) {
            let line = round(&part);
            if line.len() >= 2 {
                out.push(line);
            }
        }
    }
    Ok(out)
}

/// Each country with land in the region: its name (Natural Earth's, as
/// world-atlas gives it) and its rings clipped to the region, in
/// hundredths of a degree. Coarser than the coast: the build only uses
/// them to find room for the country's name inside its own land.
fn country_rings(arcs: &[Vec<Point>], countries: &Value) -> Result<Vec<Country>, String> {
    let geometries = countries["geometries"]
        .as_array()
        .ok_or("`countries` has no `geometries` array")?;
    let mut out = Vec::new();
    for geometry in geometries {
        let Some(name) = geometry["properties"]["name"].as_str() else {
            continue;
        };
        let mut rings = Vec::new();
        for refs in rings_of(geometry)? {
            let clipped = clip_ring(&stitch(arcs, refs)?, BOUNDS);
            let mut ring: Vec<Milli> = clipped
                .iter()
                .map(|&(x, y)| ((x * 100.0).round() as i64, (y * 100.0).round() as i64))
                .collect();
            ring.dedup();
            while ring.len() > 1 && ring.first() == ring.last() {
                ring.pop();
            }
            if ring.len() >= 3 {
                rings.push(ring);
            }
        }
        if !rings.is_empty() {
            out.push((name.to_owned(), rings));
        }
    }
    out.sort();
    Ok(out)
}

/// Rounded to thousandths of a degree, consecutive duplicates removed.
fn round(points: &[Point]) -> Vec<Milli> {
    let mut out: Vec<Milli> = points
        .iter()
        // In range by construction: the points are clipped to BOUNDS.
        .map(|&(x, y)| {
            (
                (x * PER_DEGREE).round() as i64,
                (y * PER_DEGREE).round() as i64,
            )
        })
        .collect();
    out.dedup();
    out
}

// ---- output ----

/// The extract as JSON, one ring or line per line.
fn write_json(
    land: &[Vec<Milli>],
    borders: &[Vec<Milli>],
    countries: &[(String, Vec<Vec<Milli>>)],
) -> String {
    let mut s = String::new();
    s.push_str("{\n");
    let about = serde_json::to_string(ABOUT).expect("a string serialises");
    let _ = writeln!(s, " \"about\": {about},");
    let _ = writeln!(
        s,
        " \"bounds\": [{}, {}, {}, {}],",
        BOUNDS.min_x, BOUNDS.min_y, BOUNDS.max_x, BOUNDS.max_y
    );
    write_lines(&mut s, "land", land, ",", 3);
    write_lines(&mut s, "borders", borders, ",", 3);
    s.push_str(" \"countries\": [\n");
    for (i, (name, rings)) in countries.iter().enumerate() {
        let name = serde_json::to_string(name).expect("a string serialises");
        let _ = writeln!(s, "  {{\"name\": {name},");
        let mut inner = String::new();
        write_lines(&mut inner, "rings", rings, "", 2);
        s.push_str(&inner.replace("\n ", "\n   ").replacen(' ', "   ", 1));
        s.truncate(s.trim_end().len());
        s.push_str(if i + 1 < countries.len() {
            "},\n"
        } else {
            "}\n"
        });
    }
    s.push_str(" ]\n}\n");
    s
}

/// `"key": [...]` with one line per line; each coordinate is an integer
/// count of 10^-`places` degrees.
fn write_lines(s: &mut String, key: &str, lines: &[Vec<(i64, i64)>], trailer: &str, places: u32) {
    if lines.is_empty() {
        let _ = writeln!(s, " \"{key}\": []{trailer}");
        return;
    }
    let _ = writeln!(s, " \"{key}\": [");
    for (i, line) in lines.iter().enumerate() {
        s.push_str("  [");
        for (j, &(x, y)) in line.iter().enumerate() {
            if j > 0 {
                s.push(',');
            }
            let _ = write!(s, "[{},{}]", decimal(x, places), decimal(y, places));
        }
        s.push(']');
        if i + 1 < lines.len() {
            s.push(',');
        }
        s.push('\n');
    }
    let _ = writeln!(s, " ]{trailer}");
}

/// `v` × 10^-`places` as the shortest decimal: (131885, 3) → "131.885",
/// (42500, 3) → "42.5", (1306532, 4) → "130.6532", (130000, 3) → "130".
fn decimal(v: i64, places: u32) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let unit = 10u64.pow(places);
    let (whole, frac) = (v.unsigned_abs() / unit, v.unsigned_abs() % unit);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:0width$}", width = places as usize);
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousandths_print_as_short_decimals() {
        assert_eq!(decimal(131_885, 3), "131.885");
        assert_eq!(decimal(42_500, 3), "42.5");
        assert_eq!(decimal(130_000, 3), "130");
        assert_eq!(decimal(5, 3), "0.005");
        assert_eq!(decimal(-1_050, 3), "-1.05");
        assert_eq!(decimal(-5, 3), "-0.005");
        assert_eq!(decimal(0, 3), "0");
    }

    #[test]
    fn arcs_decode_deltas_and_stitch_with_reversal() {
        let topology: Value = serde_json::from_str(
            r#"{"transform": {"scale": [0.5, 2], "translate": [100, 10]},
                "arcs": [[[0, 0], [2, 0], [0, 1]], [[2, 1], [-2, 0]]]}"#,
        )
        .unwrap();
        let arcs = decode_arcs(&topology).unwrap();
        assert_eq!(arcs[0], vec![(100.0, 10.0), (101.0, 10.0), (101.0, 12.0)]);
        assert_eq!(arcs[1], vec![(101.0, 12.0), (100.0, 12.0)]);
        // Arc 0, then arc 1: the shared point appears once.
        let refs: Vec<Value> = serde_json::from_str("[0, 1]").unwrap();
        assert_eq!(stitch(&arcs, &refs).unwrap().len(), 4);
        // ~1 = -2 is arc 1 backwards.
        let refs: Vec<Value> = serde_json::from_str("[-2]").unwrap();
        assert_eq!(
            stitch(&arcs, &refs).unwrap(),
            vec![(100.0, 12.0), (101.0, 12.0)]
        );
    }

    #[test]
    fn borders_are_arcs_two_countries_share() {
        // Two squares side by side sharing arc 1 (x = 120, lat 40..41).
        // Country A traces arc 1 forwards, country B backwards.
        let topology: Value = serde_json::from_str(
            r#"{"arcs": [
                  [[120, 41], [119, 41], [119, 40], [120, 40]],
                  [[120, 40], [120, 41]],
                  [[120, 41], [121, 41], [121, 40], [120, 40]]
                ],
                "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                  {"type": "Polygon", "arcs": [[0, 1]]},
                  {"type": "Polygon", "arcs": [[2, -2]]},
                  {"type": null}
                ]}}}"#,
        )
        .unwrap();
        let arcs = decode_arcs(&topology).unwrap();
        let borders = border_lines(&arcs, &topology["objects"]["countries"]).unwrap();
        assert_eq!(borders, vec![vec![(120_000, 40_000), (120_000, 41_000)]]);
    }
}
