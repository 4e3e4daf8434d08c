//! Loading `content/*.toml` into a [`Story`], checking everything a reader
//! relies on. Every mistake becomes a [`ContentError`] that names the file,
//! the line, the step (or place, source, person) and the field, and says what
//! was expected; all mistakes are reported at once, not just the first.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::map;
use crate::report;
use crate::*;

mod contract;
mod distance;
mod geometry;
mod glossary;
mod quiz;
mod route;
mod teaching;

pub use contract::check_loader;
use geometry::step_map;

/// One content mistake, worded like a compiler error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    /// What the mistake is inside, e.g. `step "khasan"` or `place "tokyo"`.
    pub item: Option<String>,
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        if let Some(item) = &self.item {
            write!(f, "{item}, ")?;
        }
        write!(f, "field `{}`: {}", self.field, self.message)
    }
}

/// The text of every content file, with the paths used in messages.
#[derive(Clone)]
pub struct ContentFiles {
    pub sources: ContentFile,
    pub people: ContentFile,
    pub places: ContentFile,
    pub steps: ContentFile,
    pub report: ContentFile,
    pub route: ContentFile,
    pub teaching: ContentFile,
    pub glossary: ContentFile,
    pub quiz: ContentFile,
    /// The base map extract (`content/map/region.json`, made by `cargo xtask map`).
    pub region: ContentFile,
}

#[derive(Clone)]
pub struct ContentFile {
    pub path: String,
    pub text: String,
}

impl ContentFiles {
    /// The files a content folder holds. `shown_as` is how paths appear in
    /// messages (e.g. `content`), so they read the same on every machine.
    pub fn read(dir: &Path, shown_as: &str) -> Result<ContentFiles, ContentError> {
        let read = |name: &str| {
            let path = dir.join(name);
            let shown = format!("{shown_as}/{name}");
            match std::fs::read_to_string(&path) {
                Ok(text) => Ok(ContentFile { path: shown, text }),
                Err(error) => Err(ContentError {
                    file: shown,
                    line: 1,
                    item: None,
                    field: "(file)".into(),
                    message: format!("cannot read the file: {error}"),
                }),
            }
        };
        Ok(ContentFiles {
            sources: read("sources.toml")?,
            people: read("people.toml")?,
            places: read("places.toml")?,
            steps: read("steps.toml")?,
            report: read("report.txt")?,
            route: read("route.toml")?,
            teaching: read("teaching.toml")?,
            glossary: read("glossary.toml")?,
            quiz: read("quiz.toml")?,
            region: read("map/region.json")?,
        })
    }
}

/// The names of the content files inside a content folder, as
/// [`ContentFiles::read`] reads them and [`ContentFiles::file_mut`] finds them.
pub const FILE_NAMES: [&str; 10] = [
    "sources.toml",
    "people.toml",
    "places.toml",
    "steps.toml",
    "report.txt",
    "route.toml",
    "teaching.toml",
    "glossary.toml",
    "quiz.toml",
    "map/region.json",
];

impl ContentFiles {
    /// Every file, in the order of [`FILE_NAMES`].
    pub fn all(&self) -> [&ContentFile; 10] {
        [
            &self.sources,
            &self.people,
            &self.places,
            &self.steps,
            &self.report,
            &self.route,
            &self.teaching,
            &self.glossary,
            &self.quiz,
            &self.region,
        ]
    }

    /// The file called `name` inside the folder (one of [`FILE_NAMES`], like
    /// `steps.toml`), or `None` for any other name.
    pub fn file_mut(&mut self, name: &str) -> Option<&mut ContentFile> {
        Some(match name {
            "sources.toml" => &mut self.sources,
            "people.toml" => &mut self.people,
            "places.toml" => &mut self.places,
            "steps.toml" => &mut self.steps,
            "report.txt" => &mut self.report,
            "route.toml" => &mut self.route,
            "teaching.toml" => &mut self.teaching,
            "glossary.toml" => &mut self.glossary,
            "quiz.toml" => &mut self.quiz,
            "map/region.json" => &mut self.region,
            _ => return None,
        })
    }
}

/// Validates one file's text: `files` (a known-good set, such as the test
/// fixture) with the file called `name` (one of [`FILE_NAMES`]) replaced by
/// `text`, loaded as [`load`] would. The fuzz target and the property tests
/// feed hostile text through the whole parser and validator this way. An
/// unknown `name` is reported as an error, like an unreadable file.
pub fn load_with_file(
    files: &ContentFiles,
    name: &str,
    text: &str,
) -> Result<Story, Vec<ContentError>> {
    let mut files = files.clone();
    let Some(file) = files.file_mut(name) else {
        return Err(vec![ContentError {
            file: name.to_owned(),
            line: 1,
            item: None,
            field: "(file)".into(),
            message: format!(
                "is not a content file; expected one of {}",
                FILE_NAMES.join(", ")
            ),
        }]);
    };
    file.text = text.to_owned();
    load(&files)
}

/// The files under `dir` turned into a validated story.
pub fn load_dir(dir: &Path, shown_as: &str) -> Result<Story, Vec<ContentError>> {
    let files = ContentFiles::read(dir, shown_as).map_err(|error| vec![error])?;
    load(&files)
}

/// Parses and validates all content. The strings are leaked into `'static`
/// storage: this runs once, in build.rs or a test, never in the app.
pub fn load(files: &ContentFiles) -> Result<Story, Vec<ContentError>> {
    let mut checker = Checker::default();
    let sources: Option<SourcesFile> = checker.parse(&files.sources, "source");
    let people: Option<PeopleFile> = checker.parse(&files.people, "person");
    let places: Option<PlacesFile> = checker.parse(&files.places, "place");
    let steps: Option<StepsFile> = checker.parse(&files.steps, "step");
    let route: Option<route::RouteFile> = checker.parse(&files.route, "leg");
    let teaching: Option<teaching::TeachingFile> = checker.parse(&files.teaching, "note");
    let glossary: Option<glossary::GlossaryFile> = checker.parse(&files.glossary, "term");
    let quiz: Option<quiz::QuizFile> = checker.parse(&files.quiz, "question");
    let base = geometry::base_map(&mut checker, &files.region);
    let (
        Some(sources),
        Some(people),
        Some(places),
        Some(steps),
        Some(route),
        Some(teaching),
        Some(glossary),
        Some(quiz),
        Some(base),
    ) = (
        sources, people, places, steps, route, teaching, glossary, quiz, base,
    )
    else {
        return Err(checker.errors);
    };

    // Every step id as written, valid step or not, so a mistake in a step is
    // not reported a second time by the route that names it.
    let step_ids: Vec<String> = steps
        .step
        .iter()
        .map(|step| {
            step.get_ref()
                .id
                .as_ref()
                .map(|id| id.get_ref().trim().to_owned())
                .unwrap_or_default()
        })
        .collect();
    let sources = checker.sources(&files.sources, sources);
    let people = checker.people(&files.people, people);
    let places = checker.places(&files.places, places, &sources);
    let steps = checker.steps(
        &files.steps,
        &files.report,
        steps,
        &sources,
        &people,
        &places,
    );
    let route = checker.route(&files.route, route, &places, &step_ids);
    let (terms, phrases) = checker.glossary(&files.glossary, glossary, &sources);
    let report_text = report::normalise(&files.report.text);
    // The quiz and the notes name steps by id: check them once the steps'
    // ids are sound, or a renamed step would be reported twice.
    let steps_sound = !checker.errors.iter().any(|e| e.file == files.steps.path);
    let questions = if steps_sound {
        checker.quiz(&files.quiz, quiz, &step_ids, &places, &report_text)
    } else {
        Vec::new()
    };
    let notes = if steps_sound {
        checker.teaching(&files.teaching, teaching, &step_ids)
    } else {
        Vec::new()
    };
    let mut steps = steps;
    if steps.len() == notes.len() {
        for (step, note) in steps.iter_mut().zip(notes) {
            step.note = note;
        }
    }
    // Only a story that is otherwise sound can say which sentences it leaves
    // out; before that, a missing quote would be blamed on the report.
    if checker.errors.is_empty() {
        checker.check_report_is_told(&files.report, &steps);
    }

    if !checker.errors.is_empty() {
        return Err(checker.errors);
    }
    // Mark glossary terms in the statements: each term once per step, at its
    // first mention; a term the story never mentions is a mistake.
    let mut ever_marked = vec![false; terms.len()];
    for step in steps.iter_mut() {
        let mut marked = vec![false; terms.len()];
        let statements: Vec<Statement> = step
            .statements
            .iter()
            .map(|statement| Statement {
                segments: glossary::segments(statement.text, &phrases, &mut marked),
                ..*statement
            })
            .collect();
        step.statements = leak_slice(statements);
        for (ever, now) in ever_marked.iter_mut().zip(&marked) {
            *ever |= now;
        }
    }
    for (term, marked) in terms.iter().zip(&ever_marked) {
        if !marked {
            let offset = files
                .glossary
                .text
                .find(&format!("\"{}\"", term.id))
                .unwrap_or(0);
            let at = At {
                file: &files.glossary,
                item: None,
            };
            checker.report(at, offset, "matches", format!("term {:?} is never mentioned in content/steps.toml; expected matches that occur in a statement's text", term.id));
        }
    }
    if !checker.errors.is_empty() {
        return Err(checker.errors);
    }
    let steps_for_report: Vec<Vec<&str>> = steps
        .iter()
        .map(|step| step.statements.iter().filter_map(|s| s.quote).collect())
        .collect();
    Ok(Story {
        steps: leak_slice(steps),
        sources: leak_slice(sources.items),
        people: leak_slice(people.items),
        places: leak_slice(places.items),
        route: leak_slice(route),
        map: base,
        report: leak_slice(report_paragraphs(&files.report.text, &steps_for_report)),
        glossary: leak_slice(terms),
        quiz: leak_slice(questions),
    })
}

// ---------------------------------------------------------------------------
// The files as written. Every field is optional here so that a missing one is
// reported in our words, with its item, rather than as a bare serde error.

type Text = Option<Spanned<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Text,
    name: Text,
    about: Text,
    kind: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
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
struct PlacesFile {
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepsFile {
    #[serde(default)]
    step: Vec<Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Text,
    title: Text,
    #[serde(default)]
    places: Vec<Spanned<String>>,
    #[serde(default)]
    people: Vec<Spanned<String>>,
    when: Option<Spanned<RawWhen>>,
    visual: Option<Spanned<RawVisual>>,
    map: Option<Spanned<RawStepMap>>,
    #[serde(default)]
    statement: Vec<Spanned<RawStatement>>,
    #[serde(default)]
    distance: Vec<Spanned<distance::RawDistance>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStepMap {
    /// Where the train is at this step.
    train: Text,
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
struct RawStatement {
    text: Text,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    status: Text,
    quote: Text,
}

// ---------------------------------------------------------------------------

/// Ids of one kind, in file order, with the validated items.
pub(crate) struct Table<T> {
    pub(crate) items: Vec<T>,
    pub(crate) index: HashMap<String, u16>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            items: Vec::new(),
            index: HashMap::new(),
        }
    }
}

/// An item of a content file's array (`[[source]]`, `[[step]]`, …), where it
/// starts, and how messages name it: `kind` and its `key` field, e.g.
/// `source "tass"` (none while the key itself is missing).
pub(crate) fn located<'r, R>(
    item: &'r Spanned<R>,
    kind: &str,
    key: impl Fn(&R) -> &Text,
) -> (&'r R, usize, Option<String>) {
    let raw = item.get_ref();
    let named = key(raw)
        .as_ref()
        .map(|value| format!("{kind} {:?}", value.get_ref()));
    (raw, item.span().start, named)
}

/// Where a mistake is: the file, the item inside it, and a byte offset.
#[derive(Clone, Copy)]
pub(crate) struct At<'a> {
    pub(crate) file: &'a ContentFile,
    pub(crate) item: Option<&'a str>,
}

impl<'a> At<'a> {
    /// In `file`, at the item `named` (from [`located`]).
    pub(crate) fn of(file: &'a ContentFile, named: &'a Option<String>) -> At<'a> {
        At {
            file,
            item: named.as_deref(),
        }
    }
}

#[derive(Default)]
pub(crate) struct Checker {
    pub(crate) errors: Vec<ContentError>,
}

impl Checker {
    pub(crate) fn report(
        &mut self,
        at: At<'_>,
        offset: usize,
        field: &str,
        message: impl Into<String>,
    ) {
        self.errors.push(ContentError {
            file: at.file.path.clone(),
            line: line_of(&at.file.text, offset),
            item: at.item.map(str::to_owned),
            field: field.to_owned(),
            message: message.into(),
        });
    }

    pub(crate) fn parse<T: serde::de::DeserializeOwned>(
        &mut self,
        file: &ContentFile,
        kind: &str,
    ) -> Option<T> {
        match toml::from_str(&file.text) {
            Ok(parsed) => Some(parsed),
            Err(error) => {
                let offset = error.span().map_or(0, |span| span.start);
                let item = enclosing_item(&file.text, offset, kind);
                let field = key_on_line(&file.text, offset).unwrap_or_else(|| "(syntax)".into());
                let at = At {
                    file,
                    item: item.as_deref(),
                };
                let message = error.message().trim().replace('\n', " ");
                self.report(at, offset, &field, message);
                None
            }
        }
    }

    /// A required, non-empty text field.
    /// A required reference to a place in content/places.toml.
    pub(crate) fn place_ref(
        &mut self,
        at: At<'_>,
        item_offset: usize,
        field: &str,
        value: &Text,
        places: &Table<Place>,
    ) -> Option<PlaceRef> {
        let id = self.text(at, item_offset, field, value)?;
        let offset = value.as_ref().map_or(item_offset, |v| v.span().start);
        let index = resolve(
            self,
            at,
            offset,
            field,
            id,
            &places.index,
            "content/places.toml",
        )?;
        Some(PlaceRef(index))
    }

    /// An optional whole number of kilometres, 1 to 10,000.
    pub(crate) fn kilometres(
        &mut self,
        at: At<'_>,
        field: &str,
        value: &Option<Spanned<i64>>,
    ) -> Option<u16> {
        let km = value.as_ref()?;
        if (1..=10_000).contains(km.get_ref()) {
            return Some(*km.get_ref() as u16);
        }
        let message = format!(
            "{} is not a distance; expected whole kilometres between 1 and 10000",
            km.get_ref()
        );
        self.report(at, km.span().start, field, message);
        None
    }

    pub(crate) fn text(
        &mut self,
        at: At<'_>,
        item_offset: usize,
        field: &str,
        value: &Text,
    ) -> Option<&'static str> {
        match value {
            None => {
                self.report(at, item_offset, field, "missing; expected some text");
                None
            }
            Some(value) if value.get_ref().trim().is_empty() => {
                self.report(
                    at,
                    value.span().start,
                    field,
                    "is empty; expected some text",
                );
                None
            }
            Some(value) => Some(leak_str(value.get_ref().trim())),
        }
    }

    /// A required id: lowercase letters, digits and hyphens, unique in its table.
    fn id(
        &mut self,
        at: At<'_>,
        item_offset: usize,
        value: &Text,
        seen: &mut HashMap<String, u16>,
        next: usize,
    ) -> Option<&'static str> {
        let id = self.text(at, item_offset, "id", value)?;
        let offset = value.as_ref().map_or(item_offset, |v| v.span().start);
        let well_formed = id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !well_formed {
            self.report(at, offset, "id", format!("{id:?} is not a readable id; expected lowercase letters, digits and hyphens, like \"khasan-station\""));
            return None;
        }
        if seen.contains_key(id) {
            self.report(
                at,
                offset,
                "id",
                format!(
                    "{id:?} is used twice; expected every id in {} to be unique",
                    at.file.path
                ),
            );
            return None;
        }
        seen.insert(id.to_owned(), next as u16);
        Some(id)
    }

    fn sources(&mut self, file: &ContentFile, parsed: SourcesFile) -> Table<Source> {
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
            if let (Some(id), Some(name), Some(about), Some(kind)) = (id, name, about, kind) {
                table.items.push(Source {
                    id,
                    name,
                    about,
                    kind,
                });
            }
            // An item with mistakes keeps its id registered, so references to
            // it are not reported as unknown too: the build fails regardless.
        }
        table
    }

    fn people(&mut self, file: &ContentFile, parsed: PeopleFile) -> Table<Person> {
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

    fn places(
        &mut self,
        file: &ContentFile,
        parsed: PlacesFile,
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

    fn zone(
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

    fn steps(
        &mut self,
        file: &ContentFile,
        report_file: &ContentFile,
        parsed: StepsFile,
        sources: &Table<Source>,
        people: &Table<Person>,
        places: &Table<Place>,
    ) -> Vec<Step> {
        let report = report::normalise(&report_file.text);
        let mut ids = HashMap::new();
        let mut steps = Vec::new();
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
                    self.statement(at, number + 1, statement, sources, &report)
                })
                .collect();
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
            if self.errors.len() == errors_before {
                let map = step_map(&places.items, &step_places, train, missiles);
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
            let Some(kind) = sources
                .items
                .get(usize::from(index))
                .map(|source| source.kind)
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
        if refs.len() != raw.sources.len() {
            return None;
        }
        let text = text?;
        Some(Statement {
            text,
            sources: leak_slice(refs),
            status: status?,
            quote,
            // Split where glossary terms occur once the glossary is read.
            segments: leak_slice(vec![Segment { text, term: None }]),
        })
    }

    /// Every sentence of the report must be told by at least one statement,
    /// so the explainer cannot silently leave a fact out.
    fn check_report_is_told(&mut self, report_file: &ContentFile, steps: &[Step]) {
        let quotes: Vec<&str> = steps
            .iter()
            .flat_map(|step| step.statements)
            .filter_map(|statement| statement.quote)
            .collect();
        for sentence in report::sentences(&report_file.text) {
            if !quotes.iter().any(|quote| sentence.text.contains(quote)) {
                self.errors.push(ContentError {
                    file: report_file.path.clone(),
                    line: sentence.line,
                    item: None,
                    field: "quote".into(),
                    message: format!("no statement in content/steps.toml quotes this sentence, so the story leaves it out: {:?}; expected a statement whose quote is part of it", sentence.text),
                });
            }
        }
    }
}

/// Looks an id up in a table, reporting an unknown one.
pub(crate) fn resolve(
    checker: &mut Checker,
    at: At<'_>,
    offset: usize,
    field: &str,
    id: &str,
    index: &HashMap<String, u16>,
    defined_in: &str,
) -> Option<u16> {
    let found = index.get(id.trim()).copied();
    if found.is_none() {
        let mut known: Vec<&str> = index.keys().map(String::as_str).collect();
        known.sort_unstable();
        checker.report(
            at,
            offset,
            field,
            format!(
                "{id:?} is not defined; expected one of the ids in {defined_in}: {}",
                known.join(", ")
            ),
        );
    }
    found
}

/// Each report paragraph with the positions of the steps that quote it.
fn report_paragraphs(report_text: &str, quotes_by_step: &[Vec<&str>]) -> Vec<ReportParagraph> {
    report::paragraphs(report_text)
        .into_iter()
        .map(|(_, text)| {
            let steps: Vec<u16> = quotes_by_step
                .iter()
                .enumerate()
                .filter(|(_, quotes)| quotes.iter().any(|quote| text.contains(quote)))
                .map(|(index, _)| index as u16)
                .collect();
            ReportParagraph {
                text: leak_str(&text),
                steps: leak_slice(steps),
            }
        })
        .collect()
}

pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The `id` of the `[[kind]]` table that contains `offset`, for messages
/// about mistakes the parser finds before our checks can run.
fn enclosing_item(text: &str, offset: usize, kind: &str) -> Option<String> {
    let header = format!("[[{kind}]]");
    let before = &text[..offset.min(text.len())];
    let start = before.rfind(&header)?;
    let rest = &text[start + header.len()..];
    let end = rest.find(&header).unwrap_or(rest.len());
    rest[..end].lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "id").then(|| format!("{kind} {:?}", value.trim().trim_matches('"')))
    })
}

fn key_on_line(text: &str, offset: usize) -> Option<String> {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |at| at + 1);
    let line = text[start..].lines().next()?;
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    (!key.is_empty()).then(|| key.to_owned())
}

pub(crate) fn leak_str(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

pub(crate) fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}
