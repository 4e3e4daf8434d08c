//! Translations of the story and of the page's labels, each tied to the
//! English it translates.
//!
//! `content/languages.toml` lists the languages; English (the first) is the
//! source. A language `xx` has a folder `content/xx/` with one file per
//! English file it translates (`steps.toml`, `ui.toml`, …) and a
//! terminology table, `terms.toml`. Every translated field is written
//!
//! ```toml
//! [step.khasan]
//! title = { en = "5d41402a", text = "열차, 러시아에 닿다" }
//! ```
//!
//! where `en` is [`fingerprint`] of the English it translates. When the
//! English changes, its fingerprint changes and the build stops, naming the
//! file, item, field and language; a field with no translation stops it too.
//! `cargo xtask translate xx` adds what is missing (empty, for a translator
//! to fill) and `cargo xtask translate xx --reviewed` records the English a
//! checked translation now matches.
//!
//! The terminology table names, for every person, place, agency and status
//! label, the form this language's newspapers use; every translated field
//! whose English names one must use that form (see [`uses_form`]).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::{leak_slice, leak_str, line_of, ContentError};
use crate::quiz::QuestionKind;
use crate::*;

/// One language the explainer is built in (`content/languages.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 code, also the build's folder (`ko` → `/ko/`); the first
    /// language's build is the site's root.
    pub code: String,
    /// The language's name in itself, for the language switch.
    pub name: String,
    /// Open Graph's locale (`ko_KR`).
    pub og_locale: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Language>,
}

/// The languages, English first. A mistake names the file and line.
pub fn languages(dir: &Path, shown_as: &str) -> Result<Vec<Language>, ContentError> {
    let shown = format!("{shown_as}/languages.toml");
    let text = std::fs::read_to_string(dir.join("languages.toml")).map_err(|error| {
        error_at(
            &shown,
            1,
            None,
            "(file)",
            format!("cannot read the file: {error}"),
        )
    })?;
    let file: LanguagesFile = toml::from_str(&text).map_err(|error| {
        let line = error.span().map_or(1, |span| line_of(&text, span.start));
        error_at(&shown, line, None, "language", error.message().to_owned())
    })?;
    if file.language.first().map(|l| l.code.as_str()) != Some("en") {
        return Err(error_at(
            &shown,
            1,
            None,
            "code",
            "the first language must be English (`en`), the source every translation translates",
        ));
    }
    Ok(file.language)
}

/// A short fingerprint of an English text (FNV-1a, 32 bits, in hex): what a
/// translation records as the English it translates.
pub fn fingerprint(english: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in english.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{hash:08x}")
}

/// A label of the page: its group, key and text (`[pager] next = "Next"`).
pub type Label = (String, String, String);

/// One translatable English text: the English file it is in, the item
/// (`step.khasan`) and the field (`title`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub file: &'static str,
    pub item: String,
    pub field: String,
    pub english: String,
}

/// The page's labels (`content/ui.toml`): `[group] key = "English"`, in file
/// order. The app reads them as `UI.group_key`.
pub fn ui_labels(
    dir: &Path,
    shown_as: &str,
) -> Result<Vec<(String, String, String)>, ContentError> {
    let shown = format!("{shown_as}/ui.toml");
    let text = std::fs::read_to_string(dir.join("ui.toml")).map_err(|error| {
        error_at(
            &shown,
            1,
            None,
            "(file)",
            format!("cannot read the file: {error}"),
        )
    })?;
    let table: toml::Table = toml::from_str(&text).map_err(|error| {
        let line = error.span().map_or(1, |span| line_of(&text, span.start));
        error_at(&shown, line, None, "(file)", error.message().to_owned())
    })?;
    let mut labels = Vec::new();
    for (group, keys) in &table {
        let Some(keys) = keys.as_table() else {
            return Err(error_at(
                &shown,
                1,
                Some(group),
                "(table)",
                "expected a table of labels, [group] key = \"text\"",
            ));
        };
        for (key, value) in keys {
            let Some(english) = value.as_str() else {
                return Err(error_at(
                    &shown,
                    line_of(&text, text.find(key.as_str()).unwrap_or(0)),
                    Some(group),
                    key,
                    "expected a string",
                ));
            };
            if let Some(problem) = plural_problem(english, "English", "en") {
                return Err(error_at(
                    &shown,
                    line_of(&text, text.find(english).unwrap_or(0)),
                    Some(group),
                    key,
                    problem,
                ));
            }
            labels.push((group.clone(), key.clone(), english.to_owned()));
        }
    }
    // toml's table is sorted; keep the file's own order, which groups read.
    // A header is a line of its own: a comment may name a group too.
    let header = |group: &str| {
        let line = format!("[{group}]");
        text.lines()
            .scan(0, |at, l| {
                let start = *at;
                *at += l.len() + 1;
                Some((start, l))
            })
            .find(|(_, l)| l.trim() == line)
            .map(|(start, _)| start)
    };
    labels.sort_by_key(|(group, key, _)| {
        header(group)
            .and_then(|at| text[at..].find(&format!("\n{key} =")).map(|k| at + k))
            .unwrap_or(usize::MAX)
    });
    Ok(labels)
}

/// Every text a reader sees, in English, in the order of the files; the
/// map's country and sea names are `map_names` (every name a map may show,
/// [`super::MapInputs::names`]).
pub fn english_fields(
    story: &Story,
    ui: &[(String, String, String)],
    map_names: &[&str],
) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut add = |file: &'static str, item: String, field: String, english: &str| {
        fields.push(Field {
            file,
            item,
            field,
            english: english.to_owned(),
        })
    };
    for (group, key, english) in ui {
        add("ui.toml", format!("ui.{group}"), key.clone(), english);
    }
    for source in story.sources {
        let item = format!("source.{}", source.id);
        add("sources.toml", item.clone(), "name".into(), source.name);
        add("sources.toml", item.clone(), "about".into(), source.about);
        if let Some(publisher) = source.publisher {
            add("sources.toml", item, "publisher".into(), publisher);
        }
    }
    for person in story.people {
        let item = format!("person.{}", person.id);
        add("people.toml", item.clone(), "name".into(), person.name);
        add("people.toml", item, "role".into(), person.role);
    }
    for place in story.places {
        let item = format!("place.{}", place.id);
        add("places.toml", item.clone(), "name".into(), place.name);
        add("places.toml", item.clone(), "label".into(), place.label);
        add("places.toml", item, "about".into(), place.about);
    }
    for step in story.steps {
        let item = format!("step.{}", step.id);
        add("steps.toml", item.clone(), "title".into(), step.title);
        if let Some(when) = &step.when {
            add("steps.toml", item.clone(), "when".into(), when.label);
        }
        if let Some(visual) = &step.visual {
            add("steps.toml", item.clone(), "alt".into(), visual.alt);
        }
        for (n, statement) in step.statements.iter().enumerate() {
            add(
                "steps.toml",
                item.clone(),
                format!("statement-{}", n + 1),
                &written(statement),
            );
            if let Some(quote) = statement.quote {
                add(
                    "steps.toml",
                    item.clone(),
                    format!("statement-{}-quote", n + 1),
                    quote,
                );
            }
        }
        for (n, distance) in step.distances.iter().enumerate() {
            add(
                "steps.toml",
                item.clone(),
                format!("distance-{}-why", n + 1),
                distance.why,
            );
        }
    }
    for name in map_names {
        add("steps.toml", "map.names".into(), slug(name), name);
    }
    for (step, note) in story.steps.iter().filter_map(|s| s.note.map(|n| (s, n))) {
        let item = format!("note.{}", step.id);
        add("teaching.toml", item.clone(), "notes".into(), note.notes);
        add("teaching.toml", item, "question".into(), note.question);
    }
    for term in story.glossary {
        let item = format!("term.{}", term.id);
        add("glossary.toml", item.clone(), "term".into(), term.term);
        add("glossary.toml", item, "definition".into(), term.definition);
    }
    for question in story.quiz {
        let item = format!("question.{}", question.id);
        add("quiz.toml", item.clone(), "prompt".into(), question.prompt);
        if let QuestionKind::Choice { choices, .. } = question.kind {
            for (n, choice) in choices.iter().enumerate() {
                add(
                    "quiz.toml",
                    item.clone(),
                    format!("choice-{}", n + 1),
                    choice,
                );
            }
        }
        add("quiz.toml", item, "explain".into(), question.explain);
    }
    fields
}

/// A statement's text as its author wrote it: distances as `{km 1660}`, so
/// a translation carries the same distance for the units switch to convert.
fn written(statement: &Statement) -> String {
    statement
        .segments
        .iter()
        .map(|segment| match segment.km {
            Some(km) => format!("{{km {km}}}"),
            None => segment.text.to_owned(),
        })
        .collect()
}

/// A map name as a key: "Yellow Sea" → `yellow-sea`; a name drawn on two
/// lines, "North\nKorea", is another text: `north--korea`.
fn slug(name: &str) -> String {
    name.lines()
        .map(|line| {
            line.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join("--")
}

/// The files a translation folder holds, besides `terms.toml`.
pub const TRANSLATED_FILES: [&str; 8] = [
    "ui.toml",
    "sources.toml",
    "people.toml",
    "places.toml",
    "steps.toml",
    "teaching.toml",
    "glossary.toml",
    "quiz.toml",
];

/// One translated field as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// [`fingerprint`] of the English it translates; empty until reviewed.
    pub en: String,
    pub text: String,
}

/// `[kind.id] field = { en, text }`.
type Entries = BTreeMap<String, BTreeMap<String, BTreeMap<String, Spanned<Entry>>>>;

/// A translation folder as written: each file's text and entries.
pub struct Translation {
    pub language: Language,
    shown_as: String,
    files: HashMap<&'static str, (String, Entries)>,
    terms: Terms,
}

/// `terms.toml`: the form of each name this language's newspapers use.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// English name as the English text writes it → this language's form.
    pub names: BTreeMap<String, String>,
    /// Status slug (`on-record`) → this language's label.
    pub labels: BTreeMap<String, String>,
}

fn error_at(
    file: &str,
    line: usize,
    item: Option<&str>,
    field: &str,
    message: impl Into<String>,
) -> ContentError {
    ContentError {
        file: file.to_owned(),
        line,
        item: item.map(str::to_owned),
        field: field.to_owned(),
        message: message.into(),
    }
}

impl Translation {
    /// Reads `dir` (`content/ko`), shown in messages as `shown_as`. A file
    /// that is missing reads as empty: its fields are then reported missing.
    pub fn read(
        dir: &Path,
        shown_as: &str,
        language: Language,
    ) -> Result<Translation, Vec<ContentError>> {
        let mut errors = Vec::new();
        let mut files = HashMap::new();
        for name in TRANSLATED_FILES {
            let shown = format!("{shown_as}/{name}");
            let text = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
            match toml::from_str::<Entries>(&text) {
                Ok(entries) => {
                    files.insert(name, (text, entries));
                }
                Err(error) => {
                    let line = error.span().map_or(1, |span| line_of(&text, span.start));
                    errors.push(error_at(&shown, line, None, "(entry)", format!("{}; expected entries like [step.khasan] title = {{ en = \"5d41402a\", text = \"…\" }}", error.message().trim())));
                }
            }
        }
        let terms_shown = format!("{shown_as}/terms.toml");
        let terms = match std::fs::read_to_string(dir.join("terms.toml")) {
            Ok(text) => toml::from_str::<Terms>(&text).unwrap_or_else(|error| {
                let line = error.span().map_or(1, |span| line_of(&text, span.start));
                errors.push(error_at(
                    &terms_shown,
                    line,
                    None,
                    "(table)",
                    error.message().trim().to_owned(),
                ));
                Terms::default()
            }),
            Err(error) => {
                errors.push(error_at(
                    &terms_shown,
                    1,
                    None,
                    "(file)",
                    format!("cannot read the terminology table: {error}"),
                ));
                Terms::default()
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Translation {
            language,
            shown_as: shown_as.to_owned(),
            files,
            terms,
        })
    }

    fn shown(&self, file: &str) -> String {
        format!("{}/{file}", self.shown_as)
    }

    fn entry(&self, field: &Field) -> Option<&Spanned<Entry>> {
        let (kind, id) = field.item.split_once('.')?;
        self.files
            .get(field.file)?
            .1
            .get(kind)?
            .get(id)?
            .get(&field.field)
    }

    fn line(&self, file: &'static str, entry: &Spanned<Entry>) -> usize {
        self.files
            .get(file)
            .map_or(1, |(text, _)| line_of(text, entry.span().start))
    }

    /// The translated text of each field, in `fields`' order, checked or
    /// not (empty where there is none): for `cargo xtask translate`, which
    /// shows a translator every mistake at once.
    pub fn texts(&self, fields: &[Field]) -> Vec<String> {
        fields
            .iter()
            .map(|field| {
                self.entry(field)
                    .map_or_else(String::new, |e| e.get_ref().text.clone())
            })
            .collect()
    }

    /// Checks every field: translated, not stale, names in the table's form.
    /// Returns the translated text of each field, in `fields`' order.
    pub fn check(&self, fields: &[Field]) -> Result<Vec<String>, Vec<ContentError>> {
        let language = &self.language.name;
        let code = &self.language.code;
        let mut errors = Vec::new();
        let mut texts = Vec::new();
        for field in fields {
            let shown = self.shown(field.file);
            let Some(entry) = self.entry(field) else {
                errors.push(error_at(&shown, 1, Some(&field.item), &field.field, format!(
                    "no {language} ({code}) translation of {:?}; expected [{}] {} = {{ en = \"{}\", text = \"…\" }} (`cargo xtask translate {code}` adds every missing field)",
                    field.english, field.item, field.field, fingerprint(&field.english)
                )));
                texts.push(String::new());
                continue;
            };
            let line = self.line(field.file, entry);
            let Entry { en, text } = entry.get_ref();
            let now = fingerprint(&field.english);
            if unwritten(text) {
                errors.push(error_at(&shown, line, Some(&field.item), &field.field, format!(
                    "the {language} ({code}) translation is empty; expected the translation of {:?}",
                    field.english
                )));
            } else if en.is_empty() {
                errors.push(error_at(&shown, line, Some(&field.item), &field.field, format!(
                    "the {language} ({code}) translation has not been reviewed; expected en = \"{now}\" once it is checked against {:?} (`cargo xtask translate {code} --reviewed`)",
                    field.english
                )));
            } else if *en != now {
                errors.push(error_at(&shown, line, Some(&field.item), &field.field, format!(
                    "the {language} ({code}) translation is stale: it translates English {en}, but content/{} now says {:?} ({now}); expected the translation brought up to date, then `cargo xtask translate {code} --reviewed`",
                    field.file, field.english
                )));
            } else if placeholders(&field.english) != placeholders(text) {
                errors.push(error_at(&shown, line, Some(&field.item), &field.field, format!(
                    "the {language} ({code}) translation has the values {:?} where the English has {:?}; expected each of the English's, which the page fills in",
                    placeholders(text), placeholders(&field.english)
                )));
            } else {
                let plural = plural_problem(text, language, code);
                for problem in plural.into_iter().chain(self.terminology(field, text)) {
                    errors.push(error_at(
                        &shown,
                        line,
                        Some(&field.item),
                        &field.field,
                        problem,
                    ));
                }
            }
            texts.push(text.clone());
        }
        // An entry with no English behind it is a leftover or a typo.
        for name in TRANSLATED_FILES {
            let Some((file_text, entries)) = self.files.get(name) else {
                continue;
            };
            for (kind, items) in entries {
                for (id, named) in items {
                    for (key, entry) in named {
                        let item = format!("{kind}.{id}");
                        if !fields
                            .iter()
                            .any(|f| f.file == name && f.item == item && f.field == *key)
                        {
                            errors.push(error_at(&self.shown(name), line_of(file_text, entry.span().start), Some(&item), key, format!(
                                "translates nothing: content/{name} has no field `{key}` in `{item}`; expected it removed (`cargo xtask translate {code}` drops it)"
                            )));
                        }
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(texts)
        } else {
            Err(errors)
        }
    }

    /// What a translated field gets wrong about names: for every name the
    /// English uses (as a whole word, exact case), the table's form.
    fn terminology(&self, field: &Field, text: &str) -> Vec<String> {
        let mut problems = Vec::new();
        let labels = Status::ALL.iter().filter_map(|status| {
            self.terms
                .labels
                .get(status.slug())
                .map(|form| (status.label().to_owned(), form))
        });
        let names = self
            .terms
            .names
            .iter()
            .map(|(name, form)| (name.clone(), form));
        for (english, form) in names.chain(labels) {
            if contains_word(&field.english, &english) && !uses_form(text, form) {
                problems.push(format!(
                    "the English names {english:?}, so the {} translation must use the terminology table's form {form:?} ({}/terms.toml); it does not: {text:?}",
                    self.language.name, self.shown_as
                ));
            }
        }
        problems
    }

    /// The label a status has in this language (from `terms.toml`).
    pub fn label(&self, status: Status) -> Option<&str> {
        self.terms.labels.get(status.slug()).map(String::as_str)
    }
}

/// The values a label leaves for the page to fill in (`{reason}`) and the
/// distances a statement gives (`{km 1660}`), sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .match_indices('{')
        .filter_map(|(at, _)| {
            let end = at + text[at..].find('}')?;
            let inside = &text[at + 1..end];
            inside
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ' ')
                .then_some(&text[at..=end])
        })
        .collect();
    found.sort_unstable();
    found
}

/// What is wrong with the choices (`{n:mile|miles}`, [`crate::plural`]) in
/// a label of the language `code`: a choice needs one form for each of the
/// language's plural categories, in their order.
fn plural_problem(text: &str, language: &str, code: &str) -> Option<String> {
    let categories = crate::plural::categories(code);
    let forms = crate::plural::choices(text)
        .into_iter()
        .find(|&forms| forms != categories.len())?;
    Some(format!(
        "a choice in {text:?} gives {forms} form{}; {language} ({code}) has {} plural categor{} ({}), so expected one form for each, separated by |, in that order",
        if forms == 1 { "" } else { "s" },
        categories.len(),
        if categories.len() == 1 { "y" } else { "ies" },
        categories.join(", "),
    ))
}

/// Whether `text` contains `word` as a whole word (exact case).
fn contains_word(text: &str, word: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word).any(|(at, _)| {
        !is_word(text[..at].chars().next_back()) && !is_word(text[at + word.len()..].chars().next())
    })
}

/// Whether `text` uses `form`: its words, in order, each begin a word of
/// the text (words are runs of letters and digits; case is ignored). So a Russian name
/// may take its case ending (Путин → Путина) and a Korean one its particle
/// (김정은 → 김정은이), but a different name or spelling never matches.
pub fn uses_form(text: &str, form: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| !w.is_empty())
            .collect()
    };
    let text = words(text);
    let form = words(form);
    !form.is_empty()
        && text.windows(form.len()).any(|run| {
            run.iter()
                .zip(&form)
                .all(|(word, start)| word.starts_with(start.as_str()))
        })
}

/// The story with every field replaced by its translation (`texts`, in the
/// order of [`english_fields`]), and the translated labels. Glossary terms
/// are marked again in the translated statements, by the translated
/// `term` (a word's ending may differ: see [`uses_form`]).
impl Translation {
    pub fn translated_story(
        &self,
        story: &Story,
        maps: &super::MapInputs,
        fields: &[Field],
        texts: &[String],
    ) -> Result<Story, Vec<ContentError>> {
        let at = |item: &str, field: &str| -> (String, usize) {
            let file = if item.starts_with("term.") {
                "glossary.toml"
            } else {
                "steps.toml"
            };
            let line = item.split_once('.').and_then(|(kind, id)| {
                let (text, entries) = self.files.get(file)?;
                let entry = entries.get(kind)?.get(id)?.get(field)?;
                Some(line_of(text, entry.span().start))
            });
            (self.shown(file), line.unwrap_or(1))
        };
        let lookup: HashMap<(&str, &str), &str> = fields
            .iter()
            .zip(texts)
            .map(|(f, t)| ((f.item.as_str(), f.field.as_str()), t.as_str()))
            .collect();
        let get = |item: String, field: &str, english: &'static str| -> &'static str {
            lookup
                .get(&(item.as_str(), field))
                .map_or(english, |t| leak_str(t))
        };
        let mut errors = Vec::new();
        let sources: Vec<Source> = story
            .sources
            .iter()
            .map(|s| {
                let item = format!("source.{}", s.id);
                Source {
                    name: get(item.clone(), "name", s.name),
                    about: get(item.clone(), "about", s.about),
                    publisher: s.publisher.map(|p| get(item.clone(), "publisher", p)),
                    ..*s
                }
            })
            .collect();
        let people: Vec<Person> = story
            .people
            .iter()
            .map(|p| {
                let item = format!("person.{}", p.id);
                Person {
                    name: get(item.clone(), "name", p.name),
                    role: get(item, "role", p.role),
                    ..*p
                }
            })
            .collect();
        let places: Vec<Place> = story
            .places
            .iter()
            .map(|p| {
                let item = format!("place.{}", p.id);
                Place {
                    name: get(item.clone(), "name", p.name),
                    label: get(item.clone(), "label", p.label),
                    about: get(item, "about", p.about),
                    ..*p
                }
            })
            .collect();
        let mut glossary: Vec<Term> = story
            .glossary
            .iter()
            .map(|t| {
                let item = format!("term.{}", t.id);
                Term {
                    term: get(item.clone(), "term", t.term),
                    definition: get(item, "definition", t.definition),
                    ..*t
                }
            })
            .collect();
        // The glossary reads A to Z in its own language (the English is in
        // English order): Hangul syllables and Cyrillic letters sort by
        // their code points in dictionary order (ё aside). Terms are marked
        // below by their place in this order.
        glossary.sort_by_key(|t| t.term.to_lowercase());
        let phrases: Vec<Vec<String>> = glossary
            .iter()
            .map(|t| vec![t.term.to_lowercase()])
            .collect();
        let mut ever = vec![false; glossary.len()];
        // The note the page draws beside the missiles, in this language:
        // labels and names keep clear of its own width.
        let missile_note = get("ui.map".into(), "missile-note", crate::map::MISSILE_NOTE);
        let steps: Vec<Step> = story.steps.iter().enumerate().map(|(index, step)| {
        let item = format!("step.{}", step.id);
        let mut marked = vec![false; glossary.len()];
        let statements: Vec<Statement> = step.statements.iter().enumerate().map(|(n, s)| {
            let field = format!("statement-{}", n + 1);
            let text = lookup.get(&(item.as_str(), field.as_str())).copied();
            let segments = match text.map(super::distance::written_distances) {
                None => s.segments,
                Some(Ok(parts)) => {
                    let km = |parts: &[Segment]| parts.iter().filter_map(|p| p.km).collect::<Vec<_>>();
                    if km(&parts) != km(s.segments) {
                        let (file, line) = at(&item, &field);
                        errors.push(error_at(&file, line, Some(&item), &field, format!("the translation gives the distances {:?}, the English {:?}; expected the same {{km N}} distances", km(&parts), km(s.segments))));
                    }
                    let marked_parts: Vec<Segment> = parts.iter().flat_map(|part| match part.km {
                        Some(km) => vec![Segment { text: written_km(&lookup, km), ..*part }],
                        None => super::glossary::segments_by_stem(part.text, &phrases, &mut marked).to_vec(),
                    }).collect();
                    leak_slice(marked_parts)
                }
                Some(Err(message)) => {
                    let (file, line) = at(&item, &field);
                    errors.push(error_at(&file, line, Some(&item), &field, message));
                    s.segments
                }
            };
            Statement {
                text: leak_str(&segments.iter().map(|p| p.text).collect::<String>()),
                segments,
                quote_translation: s.quote.map(|q| get(item.clone(), &format!("{field}-quote"), q)),
                ..*s
            }
        }).collect();
        for (e, m) in ever.iter_mut().zip(&marked) {
            *e |= m;
        }
        let distances: Vec<Distance> = step.distances.iter().enumerate().map(|(n, d)| Distance {
            why: get(item.clone(), &format!("distance-{}-why", n + 1), d.why),
            ..*d
        }).collect();
        // Labels and names placed again for this language's widths.
        let map = maps.relabel(&places, step, index, missile_note, &|name| {
            get("map.names".into(), &slug(name), leak_str(name))
        });
        let note = step.note.map(|note| {
            let item = format!("note.{}", step.id);
            TeacherNote { notes: get(item.clone(), "notes", note.notes), question: get(item, "question", note.question), ..note }
        });
        Step {
            title: get(item.clone(), "title", step.title),
            when: step.when.map(|w| When { label: get(item.clone(), "when", w.label), ..w }),
            visual: step.visual.map(|v| Visual { alt: get(item.clone(), "alt", v.alt), ..v }),
            statements: leak_slice(statements),
            distances: leak_slice(distances),
            map,
            note,
            ..*step
        }
    }).collect();
        for (term, marked) in glossary.iter().zip(&ever) {
            if !marked {
                let item = format!("term.{}", term.id);
                let (file, line) = at(&item, "term");
                errors.push(error_at(&file, line, Some(&item), "term", format!("{:?} never begins a word of a translated statement, so the glossary cannot mark it; expected the term as the statements write it", term.term)));
            }
        }
        let quiz: Vec<Question> = story
            .quiz
            .iter()
            .map(|q| {
                let item = format!("question.{}", q.id);
                let kind = match q.kind {
                    QuestionKind::Choice { choices, answer } => QuestionKind::Choice {
                        choices: leak_slice(
                            choices
                                .iter()
                                .enumerate()
                                .map(|(n, c)| get(item.clone(), &format!("choice-{}", n + 1), c))
                                .collect(),
                        ),
                        answer,
                    },
                    other => other,
                };
                Question {
                    prompt: get(item.clone(), "prompt", q.prompt),
                    explain: get(item, "explain", q.explain),
                    kind,
                    ..*q
                }
            })
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Story {
            steps: leak_slice(steps),
            sources: leak_slice(sources),
            people: leak_slice(people),
            places: leak_slice(places),
            glossary: leak_slice(glossary),
            quiz: leak_slice(quiz),
            ..*story
        })
    }
}

/// A TOML basic string.
/// A `{km N}` distance as this language's page writes it (its `[units]`
/// labels `distance-km` and `thousands`), so a statement's baked text reads
/// as the screen does ("1 660 км", not the English "1,660 km").
fn written_km(lookup: &HashMap<(&str, &str), &str>, km: u16) -> &'static str {
    let label = |key: &str| lookup.get(&("ui.units", key)).copied();
    let figure = Units::Km
        .figure(f64::from(km))
        .replace(',', label("thousands").unwrap_or(","));
    leak_str(
        &label("distance-km")
            .unwrap_or("{n} km")
            .replace("{n}", &figure),
    )
}

/// A field nobody has written: empty or only spaces and line breaks. A
/// no-break space alone is written on purpose (Russian groups digits with
/// it), so it counts as text.
fn unwritten(text: &str) -> bool {
    text.trim_matches(|c: char| c.is_ascii_whitespace())
        .is_empty()
}

fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            // Control characters and invisible spaces (a no-break space
            // looks like a plain one) are written as escapes a reader sees.
            c if c.is_control() || (c.is_whitespace() && !c.is_ascii()) => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Translation {
    /// Each translation file rewritten in the English's order: every
    /// translated field kept as it is, each missing one added empty (for a
    /// translator to fill), leftovers dropped, and the English shown above
    /// each field as a comment, for the translator and the reviewer. With
    /// `reviewed`, every filled field records the English it now matches:
    /// run it only once each translation has been checked against it.
    pub fn rewrite(&self, fields: &[Field], reviewed: bool) -> Vec<(&'static str, String)> {
        TRANSLATED_FILES
            .iter()
            .map(|&name| {
                let mut out = format!(
                    "# {} for content/{name}: `text` translates the English in the comment above it;\n# `en` is the fingerprint of the English it was checked against (README, \"Translations\").\n",
                    self.language.name
                );
                // Each item's fields together under one header, items in
                // the order they first appear.
                let mut items: Vec<&str> = Vec::new();
                for field in fields.iter().filter(|f| f.file == name) {
                    if !items.contains(&field.item.as_str()) {
                        items.push(&field.item);
                    }
                }
                let ordered = items.iter().flat_map(|item| {
                    fields
                        .iter()
                        .filter(move |f| f.file == name && f.item == *item)
                });
                let mut item = "";
                for field in ordered {
                    if field.item != item {
                        item = &field.item;
                        out.push_str(&format!("\n[{item}]\n"));
                    }
                    let (en, text) = match self.entry(field).map(Spanned::get_ref) {
                        Some(entry) if reviewed && !unwritten(&entry.text) => {
                            (fingerprint(&field.english), entry.text.clone())
                        }
                        Some(entry) => (entry.en.clone(), entry.text.clone()),
                        None => (String::new(), String::new()),
                    };
                    for line in field.english.lines() {
                        out.push_str(&format!("# {line}\n"));
                    }
                    out.push_str(&format!(
                        "{} = {{ en = {}, text = {} }}\n",
                        field.field,
                        quoted(&en),
                        quoted(&text)
                    ));
                }
                (name, out)
            })
            .collect()
    }
}

/// The English story, its labels and fields, and each language's checked
/// translation, as build.rs and the tests load them.
pub struct Languages {
    pub english: Story,
    /// What the English maps were placed from, to place each language's.
    pub maps: super::MapInputs,
    pub labels: Vec<(String, String, String)>,
    pub fields: Vec<Field>,
    pub translations: Vec<(Translation, Vec<String>)>,
}

/// Loads `content/` (shown as `shown_as`) and checks every translation
/// that `languages.toml` lists. All mistakes are reported at once.
pub fn load_all(dir: &Path, shown_as: &str) -> Result<Languages, Vec<ContentError>> {
    let (english, maps) = super::load_dir_with_maps(dir, shown_as)?;
    let labels = ui_labels(dir, shown_as).map_err(|e| vec![e])?;
    let fields = english_fields(&english, &labels, &maps.names());
    let languages = languages(dir, shown_as).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut translations = Vec::new();
    for language in languages.into_iter().skip(1) {
        let code = language.code.clone();
        match Translation::read(&dir.join(&code), &format!("{shown_as}/{code}"), language) {
            Ok(translation) => match translation.check(&fields) {
                Ok(texts) => translations.push((translation, texts)),
                Err(found) => errors.extend(found),
            },
            Err(found) => errors.extend(found),
        }
    }
    if errors.is_empty() {
        Ok(Languages {
            english,
            maps,
            labels,
            fields,
            translations,
        })
    } else {
        Err(errors)
    }
}

impl Languages {
    /// The story and labels for the language `code` (`en` for English).
    pub fn story(&self, code: &str) -> Result<(Story, Vec<Label>), Vec<ContentError>> {
        if code == "en" {
            return Ok((self.english, self.labels.clone()));
        }
        let Some((translation, texts)) = self
            .translations
            .iter()
            .find(|(t, _)| t.language.code == code)
        else {
            return Err(vec![error_at(
                "content/languages.toml",
                1,
                None,
                "code",
                format!(
                    "no language {code:?}; expected one of en, {}",
                    self.translations
                        .iter()
                        .map(|(t, _)| t.language.code.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )]);
        };
        let story = translation.translated_story(&self.english, &self.maps, &self.fields, texts)?;
        let labels = self
            .fields
            .iter()
            .zip(texts)
            .filter(|(f, _)| f.file == "ui.toml")
            .map(|(f, text)| {
                (
                    f.item["ui.".len()..].to_owned(),
                    f.field.clone(),
                    text.clone(),
                )
            })
            .collect();
        Ok((story, labels))
    }
}

/// Rust source for the page's labels in one language: `pub static UI: Ui`
/// with a field `group_key` per label, the build's language and the list
/// of languages for the switch. `english` is the English labels: a label
/// whose English has a choice is a list in every language (the code is
/// one for all), even where the language's own text has none (Korean).
pub fn ui_source(
    labels: &[(String, String, String)],
    english: &[(String, String, String)],
    code: &str,
    languages: &[Language],
) -> String {
    let name = |group: &str, key: &str| format!("{group}_{key}").replace('-', "_");
    let mut out = String::from("// Generated by build.rs from content/ui.toml and its translations. Do not edit.\n\n/// Every label of the page, in this build's language. A `const`, not a\n/// `static`: only the labels a build uses end up in its wasm.\npub struct Ui {\n");
    // A label with a choice (`{n:mile|miles}`) in English is baked as one
    // text per plural category of the language; the page picks one with
    // `crate::plural::category`.
    let forms = |group: &str, key: &str, text: &str| -> Option<Vec<String>> {
        let chooses = english
            .iter()
            .any(|(g, k, e)| g == group && k == key && !crate::plural::choices(e).is_empty());
        let count = crate::plural::categories(code).len();
        chooses.then(|| {
            (0..count)
                .map(|at| crate::plural::choose_form(text, at))
                .collect()
        })
    };
    let baked: Vec<(String, Option<Vec<String>>, &str)> = labels
        .iter()
        .map(|(group, key, text)| (name(group, key), forms(group, key, text), text.as_str()))
        .collect();
    for (field, forms, _) in &baked {
        let kind = if forms.is_some() {
            "&'static [&'static str]"
        } else {
            "&'static str"
        };
        out.push_str(&format!("    pub {field}: {kind},\n"));
    }
    out.push_str("}\n\npub const UI: Ui = Ui {\n");
    for (field, forms, text) in &baked {
        match forms {
            Some(forms) => out.push_str(&format!("    {field}: &{forms:?},\n")),
            None => out.push_str(&format!("    {field}: {text:?},\n")),
        }
    }
    out.push_str("};\n\n/// This build's language (BCP 47).\npub const LANG: &str = ");
    out.push_str(&format!("{code:?};\n"));
    let og = languages
        .iter()
        .find(|l| l.code == code)
        .map_or("en_GB", |l| l.og_locale.as_str());
    out.push_str(&format!(
        "/// Open Graph's locale for this build.\npub const OG_LOCALE: &str = {og:?};\n"
    ));
    out.push_str("/// Every language the explainer is built in: (code, name in itself).\npub static LANGUAGES: &[(&str, &str)] = &[");
    for language in languages {
        out.push_str(&format!("({:?}, {:?}), ", language.code, language.name));
    }
    out.push_str("];\n");
    out
}
