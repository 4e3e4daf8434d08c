//! `content/map/rail.json`, the railway lines the route is drawn along, from
//! the shared Natural Earth extract (`../shared/reference/rail/route-rail.geojson`:
//! NE 1:10m railroads for the corridor Khasan–Vostochny–Komsomolsk, public
//! domain, via the railway tiles of bovine3dom/fahrtle; its README says how
//! it was made and checked).
//!
//! Only the geometry is kept (NE's railroads carry no names, and the app
//! needs none of the other attributes): every LineString, in lon/lat at the
//! extract's own precision (0.0001°), one line per line so a regenerated
//! file diffs readably. The build (`story::content::rail`) finds each leg's
//! path along these lines.

use std::fmt::Write as _;

use serde_json::Value;

const ABOUT: &str = "Natural Earth 1:10m railroads (public domain), via the railway tiles of \
bovine3dom/fahrtle (BSD-2-Clause), as extracted in ../shared/reference/rail/route-rail.geojson \
(see its README). Geometry only, lon/lat to 0.0001°. Regenerate with `cargo xtask map`.";

/// Ten-thousandths of a degree: the extract's precision, kept exactly.
const PER_DEGREE: f64 = 10_000.0;

pub fn run(input: &str, output: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("reading {input}: {e}"))?;
    let json: Value = serde_json::from_str(&text).map_err(|e| format!("parsing {input}: {e}"))?;
    let features = json
        .get("features")
        .and_then(Value::as_array)
        .ok_or("no `features` list: expected a GeoJSON FeatureCollection")?;
    let mut lines: Vec<Vec<(i64, i64)>> = Vec::new();
    for (number, feature) in features.iter().enumerate() {
        let geometry = feature
            .get("geometry")
            .ok_or(format!("feature {number} has no geometry"))?;
        let kind = geometry.get("type").and_then(Value::as_str);
        let coordinates = geometry
            .get("coordinates")
            .and_then(Value::as_array)
            .ok_or(format!("feature {number} has no coordinates"))?;
        let parts: Vec<&Vec<Value>> = match kind {
            Some("LineString") => vec![coordinates],
            Some("MultiLineString") => coordinates.iter().filter_map(Value::as_array).collect(),
            other => return Err(format!("feature {number} is a {other:?}; expected lines")),
        };
        for part in parts {
            let mut line = Vec::new();
            for point in part {
                let lon = point.get(0).and_then(Value::as_f64);
                let lat = point.get(1).and_then(Value::as_f64);
                let (Some(lon), Some(lat)) = (lon, lat) else {
                    return Err(format!(
                        "feature {number} has a point that is not [lon, lat]"
                    ));
                };
                let rounded = (
                    (lon * PER_DEGREE).round() as i64,
                    (lat * PER_DEGREE).round() as i64,
                );
                if line.last() != Some(&rounded) {
                    line.push(rounded);
                }
            }
            if line.len() >= 2 {
                lines.push(line);
            }
        }
    }
    let out = write_json(&lines);
    // Never write a file the build would fail to read.
    serde_json::from_str::<Value>(&out).map_err(|e| format!("generated invalid JSON: {e}"))?;
    std::fs::write(output, &out).map_err(|e| format!("writing {output}: {e}"))?;
    let points: usize = lines.iter().map(Vec::len).sum();
    Ok(format!(
        "{output}: {} railway lines, {points} points, {} bytes",
        lines.len(),
        out.len()
    ))
}

fn write_json(lines: &[Vec<(i64, i64)>]) -> String {
    let mut s = String::from("{\n");
    let about = serde_json::to_string(ABOUT).expect("a string serialises");
    let _ = writeln!(s, " \"about\": {about},");
    super::write_lines(&mut s, "lines", lines, "", 4);
    s.push_str("}\n");
    s
}

#[cfg(test)]
mod tests {
    use crate::decimal;

    #[test]
    fn decimals_are_exact_and_short() {
        assert_eq!(decimal(1_306_532, 4), "130.6532");
        assert_eq!(decimal(425_000, 4), "42.5");
        assert_eq!(decimal(1_300_000, 4), "130");
        assert_eq!(decimal(1_300_005, 4), "130.0005");
        assert_eq!(decimal(-5, 4), "-0.0005");
    }
}
