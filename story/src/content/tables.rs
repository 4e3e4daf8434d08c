//! Stage 2 of the loader for the reference tables: `content/sources.toml`,
//! `people.toml` and `places.toml` as written, checked field by field and
//! turned into validated items with their ids indexed.

use serde::Deserialize;
use toml::Spanned;

use super::{located, resolve, At, Checker, ContentFile, Table, Text};
use crate::map;
use crate::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SourcesFile {
    #[serde(default)]
    pub(super) source: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) id: Text,
    name: Text,
    about: Text,
    kind: Text,
    /// Who the source is: one of [`Affiliation`]'s slugs.
    affiliation: Text,
    /// How the report names a news source, word for word ("Tass",
    /// "Japan's Coast Guard"): the attribution rule looks for these.
    #[serde(default)]
    pub(super) named_as: Vec<Spanned<String>>,
    /// Who published a background work.
    publisher: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PeopleFile {
    #[serde(default)]
    person: Vec<Spanned<RawPerson>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    id: Text,
    name: Text,
    role: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlacesFile {
    #[serde(default)]
    place: Vec<Spanned<RawPlace>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: Text,
    name: Text,
    lat: Option<Spanned<f64>>,
    lon: Option<Spanned<f64>>,
    zone: Text,
    about: Text,
    source: Text,
    /// Short name for the map; the name if absent.
    label: Text,
}

impl Checker {
    pub(super) fn sources(&mut self, file: &ContentFile, parsed: &SourcesFile) -> Table<Source> {
        let mut table = Table::default();
        for item in &parsed.source {
            let (raw, offset, named) = located(item, "source", |raw| &raw.id);
            let at = At::of(file, &named);
            let id = self.id(at, offset, &raw.id, &mut table.index, table.items.len());
            let name = self.text(at, offset, "name", &raw.name);
            let about = self.text(at, offset, "about", &raw.about);
            let kind = self.text(at, offset, "kind", &raw.kind).and_then(|kind| match kind {
                "news" => Some(SourceKind::News),
                "background" => Some(SourceKind::Background),
                other => {
                    let offset = raw.kind.as_ref().map_or(offset, |k| k.span().start);
                    self.report(at, offset, "kind", format!("{other:?} is not a kind of source; expected \"news\" (named in the report) or \"background\""));
                    None
                }
            });
            let affiliation = self
                .text(at, offset, "affiliation", &raw.affiliation)
                .and_then(|slug| {
                    let offset = raw.affiliation.as_ref().map_or(offset, |a| a.span().start);
                    let found = Affiliation::from_slug(slug);
                    if found.is_none() {
                        let known: Vec<&str> = Affiliation::ALL.iter().map(|a| a.slug()).collect();
                        self.report(at, offset, "affiliation", format!("{slug:?} is not an affiliation; expected one of {}", known.join(", ")));
                    }
                    let background = found == Some(Affiliation::Reference);
                    match (kind, found) {
                        (Some(SourceKind::Background), Some(_)) if !background => {
                            self.report(at, offset, "affiliation", format!("{slug:?} is for news sources; expected \"reference\" for a background source"));
                            None
                        }
                        (Some(SourceKind::News), Some(_)) if background => {
                            self.report(at, offset, "affiliation", "\"reference\" is for background sources; expected who this news source is, like \"russian-state\"");
                            None
                        }
                        _ => found,
                    }
                });
            let publisher = match (&raw.publisher, kind) {
                (Some(publisher), Some(SourceKind::News)) => {
                    self.report(at, publisher.span().start, "publisher", "news sources are named by the report; expected a publisher only for a background work");
                    None
                }
                (Some(_), _) => self.text(at, offset, "publisher", &raw.publisher),
                (None, _) => None,
            };
            if let (Some(SourceKind::Background), Some(first)) = (kind, raw.named_as.first()) {
                self.report(
                    at,
                    first.span().start,
                    "named_as",
                    "background sources are not in the report; expected no named_as",
                );
            }
            if let (Some(id), Some(name), Some(about), Some(kind), Some(affiliation)) =
                (id, name, about, kind, affiliation)
            {
                table.items.push(Source {
                    id,
                    name,
                    about,
                    kind,
                    affiliation,
                    publisher,
                });
            }
            // An item with mistakes keeps its id registered, so references to
            // it are not reported as unknown too: the build fails regardless.
        }
        table
    }

    pub(super) fn people(&mut self, file: &ContentFile, parsed: &PeopleFile) -> Table<Person> {
        let mut table = Table::default();
        for item in &parsed.person {
            let (raw, offset, named) = located(item, "person", |raw| &raw.id);
            let at = At::of(file, &named);
            let id = self.id(at, offset, &raw.id, &mut table.index, table.items.len());
            let name = self.text(at, offset, "name", &raw.name);
            let role = self.text(at, offset, "role", &raw.role);
            if let (Some(id), Some(name), Some(role)) = (id, name, role) {
                table.items.push(Person { id, name, role });
            }
        }
        table
    }

    pub(super) fn places(
        &mut self,
        file: &ContentFile,
        parsed: &PlacesFile,
        sources: &Table<Source>,
    ) -> Table<Place> {
        let mut table = Table::default();
        for item in &parsed.place {
            let (raw, offset, named) = located(item, "place", |raw| &raw.id);
            let at = At::of(file, &named);
            let id = self.id(at, offset, &raw.id, &mut table.index, table.items.len());
            let name = self.text(at, offset, "name", &raw.name);
            let about = self.text(at, offset, "about", &raw.about);
            let lat = self.coordinate(at, offset, "lat", &raw.lat, 90.0);
            let lon = self.coordinate(at, offset, "lon", &raw.lon, 180.0);
            let zone = self.zone(at, offset, "zone", &raw.zone);
            let source = self.background_source(at, offset, &raw.source, sources);
            let label = match &raw.label {
                Some(_) => self.text(at, offset, "label", &raw.label),
                None => name,
            };
            if let (
                Some(id),
                Some(name),
                Some(about),
                Some(lat),
                Some(lon),
                Some(zone),
                Some(source),
                Some(label),
            ) = (id, name, about, lat, lon, zone, source, label)
            {
                table.items.push(Place {
                    id,
                    name,
                    lat,
                    lon,
                    zone,
                    about,
                    source,
                    label,
                    at: map::in_region(lat, lon).then(|| map::project(lat, lon)),
                    km_to_vostochny: None,
                });
            }
        }
        if let Some(&vostochny) = table.index.get("vostochny") {
            let reference = table.items[usize::from(vostochny)].lat_lon();
            for place in &mut table.items {
                place.km_to_vostochny =
                    Some(crate::geo::great_circle_km(place.lat_lon(), reference));
            }
        }
        table
    }

    fn coordinate(
        &mut self,
        at: At<'_>,
        item_offset: usize,
        field: &str,
        value: &Option<Spanned<f64>>,
        limit: f64,
    ) -> Option<f64> {
        let Some(value) = value else {
            self.report(
                at,
                item_offset,
                field,
                format!("missing; expected degrees between -{limit} and {limit}"),
            );
            return None;
        };
        let degrees = *value.get_ref();
        if !(-limit..=limit).contains(&degrees) {
            self.report(
                at,
                value.span().start,
                field,
                format!("{degrees} is out of range; expected degrees between -{limit} and {limit}"),
            );
            return None;
        }
        Some(degrees)
    }

    pub(super) fn zone(
        &mut self,
        at: At<'_>,
        item_offset: usize,
        field: &str,
        value: &Text,
    ) -> Option<UtcOffset> {
        let Some(value) = value else {
            self.report(at, item_offset, field, "missing; every date and place needs a time zone, expected a UTC offset like \"+10:00\"");
            return None;
        };
        let parsed = UtcOffset::parse(value.get_ref().trim());
        if parsed.is_none() {
            self.report(
                at,
                value.span().start,
                field,
                format!(
                    "{:?} is not a time zone; expected a UTC offset like \"+10:00\" or \"-05:00\"",
                    value.get_ref()
                ),
            );
        }
        parsed
    }

    fn background_source(
        &mut self,
        at: At<'_>,
        item_offset: usize,
        value: &Text,
        sources: &Table<Source>,
    ) -> Option<SourceRef> {
        let id = self.text(at, item_offset, "source", value)?;
        let offset = value.as_ref().map_or(item_offset, |v| v.span().start);
        let source = resolve(
            self,
            at,
            offset,
            "source",
            id,
            &sources.index,
            "content/sources.toml",
        )
        .map(SourceRef)?;
        let kind = sources.items.get(usize::from(source.0))?.kind;
        if kind != SourceKind::Background {
            self.report(at, offset, "source", format!("{id:?} is a news source; expected a background source, because this fact is not in the report"));
            return None;
        }
        Some(source)
    }
}
