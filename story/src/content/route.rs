//! `content/route.toml`: the train's legs and what was known of each, step by step.

use serde::Deserialize;
use toml::Spanned;

use super::rail::Network;
use super::{geometry, At, Checker, ContentFile, Table, Text};
use crate::map::Frame;
use crate::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RouteFile {
    #[serde(default)]
    leg: Vec<Spanned<RawLeg>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLeg {
    from: Text,
    to: Text,
    rail_km: Option<Spanned<i64>>,
    #[serde(default)]
    known: Vec<Spanned<RawKnown>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKnown {
    /// The step from which on the leg shows with this status.
    from: Text,
    status: Text,
}

impl Checker {
    pub(crate) fn route(
        &mut self,
        file: &ContentFile,
        parsed: &RouteFile,
        places: &Table<Place>,
        step_ids: &[String],
        rail: &Network,
        frames: &[Frame],
    ) -> (Vec<Leg>, Vec<geometry::Lines>) {
        let mut legs = Vec::new();
        let mut lines = Vec::new();
        for raw in &parsed.leg {
            let offset = raw.span().start;
            let raw = raw.get_ref();
            // Escaped like the `{:?}` elsewhere, so a message stays on one line.
            let name = |t: &Text| {
                t.as_ref()
                    .map_or("?".to_owned(), |t| t.get_ref().escape_debug().to_string())
            };
            let named = format!("leg \"{} → {}\"", name(&raw.from), name(&raw.to));
            let at = At {
                file,
                item: Some(&named),
            };
            let from = self.place_ref(at, offset, "from", &raw.from, places);
            let to = self.place_ref(at, offset, "to", &raw.to, places);
            let rail_km = self.kilometres(at, "rail_km", &raw.rail_km);
            let mut known = Vec::new();
            for (number, raw_known) in raw.known.iter().enumerate() {
                let field = |name: &str| format!("known[{}].{name}", number + 1);
                let known_offset = raw_known.span().start;
                let raw_known = raw_known.get_ref();
                let step = self.text(at, known_offset, &field("from"), &raw_known.from).and_then(|id| {
                    let index = step_ids.iter().position(|step| step == id);
                    if index.is_none() {
                        let offset = raw_known.from.as_ref().map_or(known_offset, |v| v.span().start);
                        let message = format!("{id:?} is not a step; expected the id of a step in content/steps.toml");
                        self.report(at, offset, &field("from"), message);
                    }
                    index
                });
                let status = self
                    .text(at, known_offset, &field("status"), &raw_known.status)
                    .and_then(|slug| {
                        let status = LegStatus::from_slug(slug);
                        if status.is_none() {
                            let known: Vec<&str> =
                                LegStatus::ALL.iter().map(|s| s.slug()).collect();
                            let offset = raw_known
                                .status
                                .as_ref()
                                .map_or(known_offset, |v| v.span().start);
                            self.report(
                                at,
                                offset,
                                &field("status"),
                                format!(
                                    "{slug:?} is not a route status; expected one of {}",
                                    known.join(", ")
                                ),
                            );
                        }
                        status
                    });
                if let (Some(step), Some(status)) = (step, status) {
                    if known
                        .last()
                        .is_some_and(|last: &LegKnown| usize::from(last.from_step) >= step)
                    {
                        self.report(at, known_offset, &field("from"), "steps must come in story order; expected a later step than the entry before");
                    }
                    known.push(LegKnown {
                        from_step: step as u16,
                        status,
                    });
                }
            }
            if raw.known.is_empty() {
                self.report(at, offset, "known", "missing; expected when the leg becomes known, like known = [{ from = \"razdolnaya\", status = \"reported\" }]");
            }
            // A place with a mistake of its own has no item: it is reported there.
            let item = |place: Option<PlaceRef>| places.items.get(usize::from(place?.0));
            if let (Some(from), Some(to), Some(start), Some(end)) = (from, to, item(from), item(to))
            {
                let (start, end) = (start.lat_lon(), end.lat_lon());
                let Some(track) = rail.track(start, end) else {
                    let message = "no railway line in content/map/rail.json joins these two places; expected places on the network the map draws (regenerate it with `cargo xtask map`)";
                    self.report(at, offset, "to", message);
                    continue;
                };
                let paths = geometry::leg_paths(start, end, &track, frames);
                lines.push(paths.lines);
                legs.push(Leg {
                    from,
                    to,
                    rail_km,
                    known: super::leak_slice(known),
                    track: paths.track,
                    connectors: paths.connectors,
                    in_view: paths.in_view,
                    connector_in_view: paths.connector_in_view,
                });
            }
        }
        (legs, lines)
    }
}
