//! Stage 2 of the loader for `content/steps.toml`: every step and statement
//! as written, with its references to places, people, sources and other
//! steps resolved. What a statement's label must agree with is checked later,
//! by the rules (see `rules/`), once every reference is sound.

use std::collections::HashMap;

use serde::Deserialize;
use toml::Spanned;

use super::geometry::step_map;
use super::{
    distance, leak_slice, leak_str, located, resolve, At, Checker, ContentFile, Table, Text,
};
use crate::report;
use crate::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StepsFile {
    #[serde(default)]
    pub(super) step: Vec<Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStep {
    pub(super) id: Text,
    title: Text,
    #[serde(default)]
    places: Vec<Spanned<String>>,
    #[serde(default)]
    people: Vec<Spanned<String>>,
    when: Option<Spanned<RawWhen>>,
    visual: Option<Spanned<RawVisual>>,
    pub(super) map: Option<Spanned<RawStepMap>>,
    #[serde(default)]
    pub(super) statement: Vec<Spanned<RawStatement>>,
    #[serde(default)]
    distance: Vec<Spanned<distance::RawDistance>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStepMap {
    /// Where the report last placed the train by this step (checked by `rules::train`).
    pub(super) train: Text,
    #[serde(default)]
    missiles: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWhen {
    date: Text,
    zone: Text,
    label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVisual {
    icon: Text,
    alt: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStatement {
    text: Text,
    #[serde(default)]
    pub(super) sources: Vec<Spanned<String>>,
    pub(super) status: Text,
    pub(super) quote: Text,
    /// Words of an earlier report sentence that names the source, when the
    /// quoted sentence itself does not.
    pub(super) carried_from: Text,
    /// For status "unknown": the id of the later step that answers it.
    pub(super) answered_in: Text,
    /// One of the worksheet's "match the statement to its label" statements.
    #[serde(default)]
    pub(super) worksheet: Option<Spanned<bool>>,
}

impl Checker {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn steps(
        &mut self,
        file: &ContentFile,
        report_file: &ContentFile,
        parsed: &StepsFile,
        step_ids: &[String],
        sources: &Table<Source>,
        people: &Table<Person>,
        places: &Table<Place>,
    ) -> Vec<Step> {
        let report = report::normalise(&report_file.text);
        let mut ids = HashMap::new();
        let mut steps = Vec::new();
        // The worksheet's statements, by label: where each was marked.
        let mut marked: Vec<(Status, String)> = Vec::new();
        if parsed.step.is_empty() {
            let at = At { file, item: None };
            self.report(at, 0, "step", "no steps; expected at least one [[step]]");
        }
        for item in &parsed.step {
            let (raw, offset, named) = located(item, "step", |raw| &raw.id);
            let at = At::of(file, &named);
            let errors_before = self.errors.len();
            let id = self.id(at, offset, &raw.id, &mut ids, steps.len());
            let title = self.text(at, offset, "title", &raw.title);
            let step_places: Vec<PlaceRef> = raw
                .places
                .iter()
                .filter_map(|place| {
                    resolve(
                        self,
                        at,
                        place.span().start,
                        "places",
                        place.get_ref(),
                        &places.index,
                        "content/places.toml",
                    )
                    .map(PlaceRef)
                })
                .collect();
            let step_people: Vec<PersonRef> = raw
                .people
                .iter()
                .filter_map(|person| {
                    resolve(
                        self,
                        at,
                        person.span().start,
                        "people",
                        person.get_ref(),
                        &people.index,
                        "content/people.toml",
                    )
                    .map(PersonRef)
                })
                .collect();
            let when = raw.when.as_ref().and_then(|when| self.when(at, when));
            let visual = raw
                .visual
                .as_ref()
                .and_then(|visual| self.visual(at, visual));
            if raw.statement.is_empty() {
                self.report(
                    at,
                    offset,
                    "statement",
                    "no statements; expected at least one [[step.statement]]",
                );
            }
            let statements: Vec<Statement> = raw
                .statement
                .iter()
                .enumerate()
                .filter_map(|(number, statement)| {
                    self.statement(at, number + 1, statement, sources, &report, step_ids)
                })
                .collect();
            // Each statement read (one that failed has its own message).
            let all_read = statements.len() == raw.statement.len();
            for (number, (raw_statement, statement)) in raw
                .statement
                .iter()
                .zip(&statements)
                .enumerate()
                .filter(|_| all_read)
            {
                if let Some(flag) = raw_statement
                    .get_ref()
                    .worksheet
                    .as_ref()
                    .filter(|flag| *flag.get_ref())
                {
                    let field = format!("statement[{}].worksheet", number + 1);
                    if !LABEL_EXERCISE.contains(&statement.status) {
                        let wanted: Vec<&str> = LABEL_EXERCISE.iter().map(|s| s.slug()).collect();
                        self.report(at, flag.span().start, &field, format!("status {:?} is not one the worksheet asks about; expected worksheet = true only on a statement with status {wanted:?}", statement.status.slug()));
                    } else if let Some((_, first)) = marked
                        .iter()
                        .find(|(status, _)| *status == statement.status)
                    {
                        let first = first.clone();
                        self.report(at, flag.span().start, &field, format!("a second worksheet statement with status {:?} (the first is in {first}); expected one per label", statement.status.slug()));
                    } else {
                        marked.push((statement.status, at.item.unwrap_or_default().to_owned()));
                    }
                }
            }
            let distances: Vec<Distance> = raw
                .distance
                .iter()
                .enumerate()
                .filter_map(|(number, distance)| {
                    self.distance(at, number + 1, distance, places, &report)
                })
                .collect();
            let (train, missiles) = match &raw.map {
                Some(map) => {
                    let train = map.get_ref().train.as_ref().and_then(|train| {
                        resolve(
                            self,
                            at,
                            train.span().start,
                            "map.train",
                            train.get_ref(),
                            &places.index,
                            "content/places.toml",
                        )
                        .map(PlaceRef)
                    });
                    (train, map.get_ref().missiles)
                }
                None => (None, false),
            };
            let map = (self.errors.len() == errors_before)
                // The frame only: labels are placed again once the route
                // they must keep clear of is known (`Checker::resolve`).
                .then(|| {
                    let note = missiles.then_some(crate::map::MISSILE_NOTE);
                    step_map(&places.items, &step_places, train, note, &[])
                });
            if let Some(map) = map.filter(|map| !map::frame_within_region(&map.frame)) {
                let (west, south, east, north) = map::REGION;
                let offset = raw.places.first().map_or(offset, |p| p.span().start);
                self.report(at, offset, "places", format!(
                    "this step's map would reach past the map extract ({west}–{east}° E, {south}–{north}° N), where it has no land, so a cut edge would show as a false coast; expected places whose map fits it, or a wider extract (story::map::REGION, then `cargo xtask map`); its frame is {:.0} km across",
                    map.frame.width
                ));
            }
            if self.errors.len() == errors_before {
                let map = map.expect("made when nothing was wrong");
                steps.push(Step {
                    id: id.unwrap_or_default(),
                    title: title.unwrap_or_default(),
                    places: leak_slice(step_places),
                    people: leak_slice(step_people),
                    when,
                    visual,
                    statements: leak_slice(statements),
                    distances: leak_slice(distances),
                    map,
                    // Filled in from content/teaching.toml once all steps are read.
                    note: None,
                });
            }
        }
        // A label with no statement at all is build.rs's to refuse: the
        // worksheet belongs to the site, and small test stories have none.
        steps
    }

    fn when(&mut self, at: At<'_>, raw: &Spanned<RawWhen>) -> Option<When> {
        let offset = raw.span().start;
        let raw = raw.get_ref();
        let date = self
            .text(at, offset, "when.date", &raw.date)
            .and_then(|text| {
                let parsed = Date::parse(text);
                if parsed.is_none() {
                    let offset = raw.date.as_ref().map_or(offset, |d| d.span().start);
                    self.report(
                        at,
                        offset,
                        "when.date",
                        format!("{text:?} is not a date; expected YYYY-MM-DD, like \"2023-09-13\""),
                    );
                }
                parsed
            });
        let zone = self.zone(at, offset, "when.zone", &raw.zone);
        let label = self.text(at, offset, "when.label", &raw.label);
        Some(When {
            date: date?,
            zone: zone?,
            label: label?,
        })
    }

    fn visual(&mut self, at: At<'_>, raw: &Spanned<RawVisual>) -> Option<Visual> {
        let offset = raw.span().start;
        let raw = raw.get_ref();
        let icon = self
            .text(at, offset, "visual.icon", &raw.icon)
            .and_then(|slug| {
                let icon = Icon::from_slug(slug);
                if icon.is_none() {
                    let known: Vec<&str> = Icon::ALL.iter().map(|icon| icon.slug()).collect();
                    let offset = raw.icon.as_ref().map_or(offset, |i| i.span().start);
                    self.report(
                        at,
                        offset,
                        "visual.icon",
                        format!(
                            "{slug:?} is not a drawing the app has; expected one of {}",
                            known.join(", ")
                        ),
                    );
                }
                icon
            });
        let alt = self.text(at, offset, "visual.alt", &raw.alt);
        Some(Visual {
            icon: icon?,
            alt: alt?,
        })
    }

    fn statement(
        &mut self,
        at: At<'_>,
        number: usize,
        raw: &Spanned<RawStatement>,
        sources: &Table<Source>,
        report: &str,
        step_ids: &[String],
    ) -> Option<Statement> {
        let offset = raw.span().start;
        let raw = raw.get_ref();
        let field = |name: &str| format!("statement[{number}].{name}");
        let text = self.text(at, offset, &field("text"), &raw.text);
        let status = self
            .text(at, offset, &field("status"), &raw.status)
            .and_then(|slug| {
                let status = Status::from_slug(slug);
                if status.is_none() {
                    let known: Vec<&str> = Status::ALL.iter().map(|s| s.slug()).collect();
                    let offset = raw.status.as_ref().map_or(offset, |s| s.span().start);
                    self.report(
                        at,
                        offset,
                        &field("status"),
                        format!(
                            "{slug:?} is not a status; expected one of {}",
                            known.join(", ")
                        ),
                    );
                }
                status
            });
        if raw.sources.is_empty() {
            self.report(
                at,
                offset,
                &field("sources"),
                "missing; expected the ids of who said it, like sources = [\"tass\"]",
            );
        }
        let mut refs = Vec::new();
        for source in &raw.sources {
            let source_offset = source.span().start;
            let Some(index) = resolve(
                self,
                at,
                source_offset,
                &field("sources"),
                source.get_ref(),
                &sources.index,
                "content/sources.toml",
            ) else {
                continue;
            };
            // A source with mistakes of its own keeps its id but has no
            // validated item (and its index may name the next one): the build
            // fails on its own message, so say nothing more here.
            let Some(kind) = sources
                .items
                .get(usize::from(index))
                .filter(|item| item.id == source.get_ref().trim())
                .map(|item| item.kind)
            else {
                continue;
            };
            match (status, kind) {
                (Some(Status::Background), SourceKind::News) => {
                    self.report(at, source_offset, &field("sources"), format!("{:?} is a news source; expected a background source for a background statement", source.get_ref()));
                }
                (Some(status), SourceKind::Background) if status != Status::Background => {
                    self.report(at, source_offset, &field("sources"), format!("{:?} is a background source; expected a source named in the report, or status = \"background\"", source.get_ref()));
                }
                _ => refs.push(SourceRef(index)),
            }
        }
        let quote = match (status, &raw.quote) {
            (Some(Status::Background), Some(quote)) => {
                self.report(at, quote.span().start, &field("quote"), "background facts are not in the report; expected no quote for status = \"background\"");
                None
            }
            (Some(Status::Background), None) | (None, _) => None,
            (Some(_), None) => {
                self.report(at, offset, &field("quote"), "missing; expected the words of the report this statement rests on, copied exactly");
                None
            }
            (Some(_), Some(quote)) => {
                let wanted = report::normalise(quote.get_ref());
                if wanted.is_empty() {
                    self.report(
                        at,
                        quote.span().start,
                        &field("quote"),
                        "is empty; expected the words of the report this statement rests on",
                    );
                } else if !report.contains(&wanted) {
                    self.report(at, quote.span().start, &field("quote"), format!("{wanted:?} is not in the report; expected words copied exactly from content/report.txt"));
                }
                Some(leak_str(&wanted))
            }
        };
        let carried_from = raw.carried_from.as_ref().and_then(|carried| {
            let wanted = report::normalise(carried.get_ref());
            if wanted.is_empty() || !report.contains(&wanted) {
                self.report(at, carried.span().start, &field("carried_from"), format!("{wanted:?} is not in the report; expected words copied exactly from the earlier sentence that names the source"));
                return None;
            }
            Some(leak_str(&wanted))
        });
        let answered_in = raw.answered_in.as_ref().and_then(|answered| {
            let id = answered.get_ref().trim();
            let index = step_ids.iter().position(|step| step == id);
            if index.is_none() {
                self.report(at, answered.span().start, &field("answered_in"), format!("{id:?} is not a step; expected the id of the step in content/steps.toml that answers this"));
            }
            index.map(|index| index as u16)
        });
        if refs.len() != raw.sources.len()
            || raw.carried_from.is_some() != carried_from.is_some()
            || raw.answered_in.is_some() != answered_in.is_some()
        {
            return None;
        }
        let segments = match super::distance::written_distances(text?) {
            Ok(segments) => segments,
            Err(message) => {
                let offset = raw.text.as_ref().map_or(offset, |t| t.span().start);
                self.report(at, offset, &field("text"), message);
                return None;
            }
        };
        // As a reader sees it in kilometres: `{km 1660}` written out.
        let text = leak_str(&segments.iter().map(|s| s.text).collect::<String>());
        Some(Statement {
            text,
            sources: leak_slice(refs),
            status: status?,
            quote,
            quote_translation: None,
            // Split where glossary terms occur once the glossary is read.
            segments: leak_slice(segments),
            carried_from,
            answered_in,
            worksheet: raw.worksheet.as_ref().is_some_and(|flag| *flag.get_ref()),
        })
    }
}
