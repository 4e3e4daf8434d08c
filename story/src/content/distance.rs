//! `[[step.distance]]`: a distance the report gives, which the app sets
//! beside the ones it computes, so a class can check it.

use serde::Deserialize;
use toml::Spanned;

use super::{leak_str, At, Checker, Table, Text};
use crate::report;
use crate::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDistance {
    from: Text,
    to: Text,
    /// The report's words for the distance, copied exactly.
    reported: Text,
    /// Rail distance (background) where the route does not connect the two.
    rail_km: Option<Spanned<i64>>,
    /// One plain sentence on why the figures differ.
    why: Text,
}

impl Checker {
    pub(crate) fn distance(
        &mut self,
        at: At<'_>,
        number: usize,
        raw: &Spanned<RawDistance>,
        places: &Table<Place>,
        report_text: &str,
    ) -> Option<Distance> {
        let offset = raw.span().start;
        let raw = raw.get_ref();
        let field = |name: &str| format!("distance[{number}].{name}");
        let from = self.place_ref(at, offset, &field("from"), &raw.from, places);
        let to = self.place_ref(at, offset, &field("to"), &raw.to, places);
        let reported = self.text(at, offset, &field("reported"), &raw.reported).and_then(|words| {
            let words = report::normalise(words);
            if report_text.contains(&words) {
                Some(leak_str(&words))
            } else {
                let offset = raw.reported.as_ref().map_or(offset, |v| v.span().start);
                let message = format!("{words:?} is not in the report; expected the report's words for the distance, copied exactly");
                self.report(at, offset, &field("reported"), message);
                None
            }
        });
        let rail_km = self.kilometres(at, &field("rail_km"), &raw.rail_km);
        let why = self.text(at, offset, &field("why"), &raw.why);
        let (from, to) = (from?, to?);
        let straight_km = crate::geo::great_circle_km(
            places.items[usize::from(from.0)].lat_lon(),
            places.items[usize::from(to.0)].lat_lon(),
        );
        Some(Distance {
            from,
            to,
            straight_km,
            reported: reported?,
            rail_km,
            why: why?,
        })
    }
}

/// A statement's text with each `{km 1660}` written out in kilometres
/// ("1,660 km"), split into segments so the app shows those distances in
/// the reader's units. Any other distance must carry both units as the
/// report writes them ("about 900 kilometers (550 miles)"), or the switch
/// would leave it in one; `Err` says which words and what to write instead.
pub(crate) fn written_distances(text: &str) -> Result<Vec<Segment>, String> {
    let mut segments = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{km") {
        let end = rest[start..]
            .find('}')
            .map(|end| start + end)
            .ok_or_else(|| format!("{:?} is not closed; expected {{km 1660}}", &rest[start..]))?;
        let number = rest[start + 3..end].trim();
        // Whole km up to 65,535 (u16 keeps each segment 16 bytes in the
        // wasm); the story's longest journey is under 10,000 km.
        let km: u16 = number.parse().ok().filter(|km| *km > 0).ok_or_else(|| {
            format!(
                "{:?} is not a distance; expected whole kilometres, like {{km 1660}}",
                &rest[start..=end]
            )
        })?;
        if start > 0 {
            segments.push(plain(&rest[..start]));
        }
        segments.push(Segment {
            text: leak_str(&Units::Km.format(f64::from(km))),
            term: None,
            km: Some(km),
        });
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        segments.push(plain(rest));
    }
    for segment in segments.iter().filter(|s| s.km.is_none()) {
        if let Some(words) = one_unit_distance(segment.text) {
            return Err(format!(
                "{words:?} is a distance in one unit only, which the km/miles switch cannot convert; expected {{km N}} (background), or both units as the report writes them (\"about 900 kilometers (550 miles)\")"
            ));
        }
    }
    Ok(segments)
}

fn plain(text: &str) -> Segment {
    Segment {
        text: leak_str(text),
        term: None,
        km: None,
    }
}

/// The first "N kilometers", "N km" or "N miles" in `text` that is not half
/// of the report's "N kilometers (M miles)".
pub(crate) fn one_unit_distance(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_number = |w: &str| {
        let w = w.trim_start_matches('(');
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    let unit = |w: &str| {
        let w = w.trim_end_matches([',', '.', ')', ';', ':']).to_lowercase();
        matches!(
            w.as_str(),
            "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" | "miles" | "mile"
        )
    };
    for (at, pair) in words.windows(2).enumerate() {
        if !(is_number(pair[0]) && unit(pair[1])) {
            continue;
        }
        // "900 kilometers (550 miles)": kilometres then miles in brackets.
        let metric = !pair[1].to_lowercase().starts_with("mile");
        let paired = if metric {
            let next = &words[(at + 2).min(words.len())..(at + 5).min(words.len())];
            next.iter().any(|w| w.starts_with('('))
                && next.iter().any(|w| w.to_lowercase().starts_with("miles)"))
        } else {
            pair[0].starts_with('(') || (at > 0 && words[at - 1] == "(about")
        };
        if !paired {
            return Some(format!(
                "{} {}",
                pair[0],
                pair[1].trim_end_matches([',', '.', ')', ';', ':'])
            ));
        }
    }
    None
}

#[cfg(test)]
mod written {
    use super::*;

    #[test]
    fn a_km_token_becomes_a_distance_segment_in_kilometres() {
        let segments = written_distances("roughly {km 1660} by rail from Khasan").unwrap();
        let shown: Vec<(&str, Option<u16>)> = segments.iter().map(|s| (s.text, s.km)).collect();
        assert_eq!(
            shown,
            [
                ("roughly ", None),
                ("1,660 km", Some(1660)),
                (" by rail from Khasan", None)
            ]
        );
        let whole = written_distances("{km 60}").unwrap();
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].km, Some(60));
    }

    #[test]
    fn the_reports_two_unit_distances_pass_and_one_unit_ones_do_not() {
        for fine in [
            "Ussuriysk is about 60 kilometers (about 40 miles) north of Vladivostok.",
            "The launch site is about 900 kilometers (550 miles) northwest of Ussuriysk.",
            "Two ballistic missiles, 18 months on.",
            "It is about 900 kilometers (550 miles).",
        ] {
            assert!(written_distances(fine).is_ok(), "{fine}");
        }
        for (bad, words) in [
            ("roughly 1,660 kilometers by rail.", "1,660 kilometers"),
            ("some 900 km away", "900 km"),
            ("about 550 miles northwest", "550 miles"),
            ("about 900 kilometres, far.", "900 kilometres"),
        ] {
            let message = written_distances(bad).unwrap_err();
            assert!(
                message.starts_with(&format!("{words:?} is a distance in one unit only")),
                "{message}"
            );
        }
        assert!(written_distances("{km 16x0}")
            .unwrap_err()
            .contains("not a distance"));
        assert!(written_distances("{km 0}")
            .unwrap_err()
            .contains("not a distance"));
        assert!(written_distances("{km 10")
            .unwrap_err()
            .contains("not closed"));
    }
}
