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
