//! Loading `content/*.toml` into a [`Story`], checking everything a reader
//! relies on. Every mistake becomes a [`ContentError`] that names the file,
//! the line, the step (or place, source, person) and the field, and says what
//! was expected; all mistakes are reported at once, not just the first.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use toml::Spanned;

use crate::report;
use crate::*;

mod contract;
mod distance;
mod geometry;
mod glossary;
mod quiz;
mod rail;
mod route;
mod rules;
mod steps;
mod tables;
mod teaching;
pub mod translate;

pub use contract::check_loader;

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
    /// The report's own analysis, passage by passage.
    pub analysis: ContentFile,
    /// The base map extract (`content/map/region.json`, made by `cargo xtask map`).
    pub region: ContentFile,
    /// The railway lines the route follows (`content/map/rail.json`, made by
    /// `cargo xtask map`).
    pub rail: ContentFile,
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
            analysis: read("analysis.toml")?,
            region: read("map/region.json")?,
            rail: read("map/rail.json")?,
        })
    }
}

/// The names of the content files inside a content folder, as
/// [`ContentFiles::read`] reads them and [`ContentFiles::file_mut`] finds them.
pub const FILE_NAMES: [&str; 12] = [
    "sources.toml",
    "people.toml",
    "places.toml",
    "steps.toml",
    "report.txt",
    "route.toml",
    "teaching.toml",
    "glossary.toml",
    "quiz.toml",
    "analysis.toml",
    "map/region.json",
    "map/rail.json",
];

impl ContentFiles {
    /// Every file, in the order of [`FILE_NAMES`].
    pub fn all(&self) -> [&ContentFile; 12] {
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
            &self.analysis,
            &self.region,
            &self.rail,
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
            "analysis.toml" => &mut self.analysis,
            "map/region.json" => &mut self.region,
            "map/rail.json" => &mut self.rail,
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
    load_dir_with_maps(dir, shown_as).map(|(story, _)| story)
}

/// What placing a step map's labels and names needs beyond the story: the
/// countries' outlines and the route lines each step draws. A translation
/// places them again for its own names' widths ([`MapInputs::relabel`]).
pub struct MapInputs {
    base: geometry::BaseLines,
    drawn: Vec<geometry::Lines>,
}

impl MapInputs {
    /// Every country and sea name a map may show, in English.
    pub fn names(&self) -> Vec<&str> {
        self.base
            .country_names()
            .chain(crate::names::SEAS.iter().map(|(name, _)| *name))
            .collect()
    }

    /// Step `index`'s map with its place labels and country and sea names
    /// placed for `places`' labels, the missile note `missile_note` and the
    /// names `name_in` gives (a translation's): the frame, train and route
    /// stay as they are.
    pub fn relabel(
        &self,
        places: &[Place],
        step: &Step,
        index: usize,
        missile_note: &str,
        name_in: &dyn Fn(&str) -> &'static str,
    ) -> StepMap {
        let drawn = &self.drawn[index];
        let mut map = geometry::step_map(
            places,
            step.places,
            step.map.train,
            step.map.missiles.then_some(missile_note),
            drawn,
        );
        map.names = geometry::map_names(&self.base, places, &map, drawn, missile_note, name_in);
        map.train_path = step.map.train_path;
        map
    }
}

/// [`load_dir`], and what its maps were placed from.
pub fn load_dir_with_maps(
    dir: &Path,
    shown_as: &str,
) -> Result<(Story, MapInputs), Vec<ContentError>> {
    let files = ContentFiles::read(dir, shown_as).map_err(|error| vec![error])?;
    load_with_maps(&files)
}

/// Parses and validates all content. The strings are leaked into `'static`
/// storage: this runs once, in build.rs or a test, never in the app.
///
/// The loader is a pipeline of four stages; each runs only on what the one
/// before it found sound, so one mistake is reported once, in its own file:
///
/// 1. **parse** every file into its raw shape (`Parsed::read`);
/// 2. **resolve** each item's fields and turn ids into references
///    (`tables`, `steps`, `route`, `glossary`, `quiz`, `teaching`);
/// 3. **rules**: what a story must agree with across files, such as who is
///    credited, which label a source can carry, what the report leaves out
///    (`rules/`, one module a family);
/// 4. **bake** the finished story: glossary marks and the report's
///    paragraphs linked to the steps that tell them.
pub fn load(files: &ContentFiles) -> Result<Story, Vec<ContentError>> {
    load_with_maps(files).map(|(story, _)| story)
}

fn load_with_maps(files: &ContentFiles) -> Result<(Story, MapInputs), Vec<ContentError>> {
    let mut checker = Checker::default();
    let Some(parsed) = Parsed::read(&mut checker, files) else {
        return Err(checker.errors);
    };
    let mut draft = checker.resolve(files, &parsed);
    if checker.errors.is_empty() {
        rules::run(&mut checker, files, &parsed, &draft);
    }
    if !checker.errors.is_empty() {
        return Err(checker.errors);
    }
    let maps = MapInputs {
        base: parsed.base,
        drawn: std::mem::take(&mut draft.drawn),
    };
    Ok((bake_story(checker, files, draft)?, maps))
}

/// Stage 1: every content file in its raw, as-written shape.
struct Parsed {
    sources: tables::SourcesFile,
    people: tables::PeopleFile,
    places: tables::PlacesFile,
    steps: steps::StepsFile,
    route: route::RouteFile,
    teaching: teaching::TeachingFile,
    glossary: glossary::GlossaryFile,
    quiz: quiz::QuizFile,
    analysis: rules::AnalysisFile,
    base: geometry::BaseLines,
    rail: rail::Network,
}

impl Parsed {
    fn read(checker: &mut Checker, files: &ContentFiles) -> Option<Parsed> {
        let sources = checker.parse(&files.sources, "source");
        let people = checker.parse(&files.people, "person");
        let places = checker.parse(&files.places, "place");
        let steps = checker.parse(&files.steps, "step");
        let route = checker.parse(&files.route, "leg");
        let teaching = checker.parse(&files.teaching, "note");
        let glossary = checker.parse(&files.glossary, "term");
        let quiz = checker.parse(&files.quiz, "question");
        let analysis = checker.parse(&files.analysis, "passage");
        let base = geometry::base_map(checker, &files.region);
        let rail = rail::network(checker, &files.rail);
        Some(Parsed {
            sources: sources?,
            people: people?,
            places: places?,
            steps: steps?,
            route: route?,
            teaching: teaching?,
            glossary: glossary?,
            quiz: quiz?,
            analysis: analysis?,
            base: base?,
            rail: rail?,
        })
    }
}

/// Stage 2's result: every item checked and its references resolved.
struct Draft {
    sources: Table<Source>,
    people: Table<Person>,
    places: Table<Place>,
    steps: Vec<Step>,
    route: Vec<Leg>,
    terms: Vec<Term>,
    phrases: Vec<Vec<String>>,
    questions: Vec<Question>,
    base: MapBase,
    quiz_map: QuizMap,
    /// The route lines each step draws (map units), its labels kept clear of them.
    drawn: Vec<geometry::Lines>,
}

impl Checker {
    /// Stage 2: resolve every file against the tables it refers to.
    fn resolve(&mut self, files: &ContentFiles, parsed: &Parsed) -> Draft {
        // Every step id as written, valid step or not, so a mistake in a step is
        // not reported a second time by the route that names it.
        let step_ids: Vec<String> = parsed
            .steps
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
        let sources = self.sources(&files.sources, &parsed.sources);
        let people = self.people(&files.people, &parsed.people);
        let places = self.places(&files.places, &parsed.places, &sources);
        let mut steps = self.steps(
            &files.steps,
            &files.report,
            &parsed.steps,
            &step_ids,
            &sources,
            &people,
            &places,
        );
        let frames: Vec<map::Frame> = steps.iter().map(|step| step.map.frame).collect();
        // The quiz's map shows every place on the map.
        let everywhere: Vec<(f64, f64)> = places.items.iter().filter_map(|p| p.at).collect();
        let quiz_frame = map::Frame::around(&everywhere);
        if !map::frame_within_region(&quiz_frame) {
            let at = At {
                file: &files.places,
                item: None,
            };
            self.report(at, 0, "lat", "the map of all places (the quiz's) would reach past the map extract, where it has no land; expected places inside story::map::REGION with room around them, or a wider extract (then `cargo xtask map`)");
        }
        let base = geometry::bake_base(&parsed.base, &[frames.as_slice(), &[quiz_frame]].concat());
        let quiz_map = geometry::quiz_map(&places.items, quiz_frame);
        let (route, route_lines) = self.route(
            &files.route,
            &parsed.route,
            &places,
            &step_ids,
            &parsed.rail,
            &frames,
        );
        // Labels keep clear of the route lines each step draws.
        let mut drawn_by_step = Vec::new();
        for (index, step) in steps.iter_mut().enumerate() {
            let drawn: Vec<Vec<(f64, f64)>> = route
                .iter()
                .zip(&route_lines)
                .filter(|(leg, _)| leg.status_at(index).is_some())
                .flat_map(|(_, lines)| lines.iter().cloned())
                .collect();
            let map = step.map;
            let note = crate::map::MISSILE_NOTE;
            step.map = geometry::step_map(
                &places.items,
                step.places,
                map.train,
                map.missiles.then_some(note),
                &drawn,
            );
            step.map.names = geometry::map_names(
                &parsed.base,
                &places.items,
                &step.map,
                &drawn,
                note,
                &|name| leak_str(name),
            );
            drawn_by_step.push(drawn);
        }
        // Where the train moved since its last reported place: along the track.
        let mut last_train = None;
        for step in steps.iter_mut() {
            let Some(train) = step.map.train else {
                continue;
            };
            let at = |p: PlaceRef| {
                let place = &places.items[usize::from(p.0)];
                (place.at.is_some()).then_some(crate::geo::LatLon {
                    lat: place.lat,
                    lon: place.lon,
                })
            };
            if let (Some(from), Some(to)) =
                (last_train.filter(|&p| p != train).and_then(at), at(train))
            {
                step.map.train_path = geometry::train_path(&parsed.rail, from, to, &step.map.frame);
            }
            last_train = Some(train);
        }
        let (terms, phrases) = self.glossary(&files.glossary, &parsed.glossary, &sources);
        let report_text = report::normalise(&files.report.text);
        // The quiz and the notes name steps by id: check them once the steps'
        // ids are sound, or a renamed step would be reported twice.
        let steps_sound = !self.errors.iter().any(|e| e.file == files.steps.path);
        let questions = if steps_sound {
            self.quiz(&files.quiz, &parsed.quiz, &step_ids, &places, &report_text)
        } else {
            Vec::new()
        };
        let notes = if steps_sound {
            self.teaching(&files.teaching, &parsed.teaching, &step_ids)
        } else {
            Vec::new()
        };
        if steps.len() == notes.len() {
            for (step, note) in steps.iter_mut().zip(notes) {
                step.note = note;
            }
        }
        Draft {
            sources,
            people,
            places,
            steps,
            route,
            terms,
            phrases,
            questions,
            base,
            quiz_map,
            drawn: drawn_by_step,
        }
    }
}

/// Stage 4: the finished story, with glossary terms marked in the
/// statements (each term once per step, at its first mention; a term the
/// story never mentions is a mistake) and the report's paragraphs linked to
/// the steps that quote them.
fn bake_story(
    mut checker: Checker,
    files: &ContentFiles,
    draft: Draft,
) -> Result<Story, Vec<ContentError>> {
    let Draft {
        sources,
        people,
        places,
        mut steps,
        route,
        terms,
        phrases,
        questions,
        base,
        quiz_map,
        drawn: _,
    } = draft;
    let mut ever_marked = vec![false; terms.len()];
    for step in steps.iter_mut() {
        let mut marked = vec![false; terms.len()];
        let statements: Vec<Statement> = step
            .statements
            .iter()
            .map(|statement| Statement {
                // Terms are marked in the words, never inside a distance.
                segments: leak_slice(
                    statement
                        .segments
                        .iter()
                        .flat_map(|segment| match segment.km {
                            Some(_) => std::slice::from_ref(segment),
                            None => glossary::segments(segment.text, &phrases, &mut marked),
                        })
                        .copied()
                        .collect(),
                ),
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
        quiz_map,
    })
}

// ---------------------------------------------------------------------------
// The files as written. Every field is optional here so that a missing one is
// reported in our words, with its item, rather than as a bare serde error.

type Text = Option<Spanned<String>>;

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
}

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
