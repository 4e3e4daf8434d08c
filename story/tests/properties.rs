//! Hostile input, generated: whatever a reader pastes into the address bar,
//! however they click, and whatever an editor (or a broken merge) leaves in a
//! content file, the story crate answers sensibly and never panics.
//!
//! The content properties are the stable twin of the fuzz target in
//! `fuzz/fuzz_targets/content.rs`: both feed one file's text through
//! [`load_with_file`] with the other files taken from `tests/fixtures/base`.

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::{select, Index};
use story::content::{check_loader, load_dir, load_with_file, ContentFiles, FILE_NAMES};
use story::hash;
use story::nav::{Action, Position};
use story::Story;

/// The real story, as the app ships it.
static STORY: LazyLock<Story> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    load_dir(&dir, "content").expect("content is valid")
});

/// The small valid fixture every content case starts from.
static BASE: LazyLock<ContentFiles> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    ContentFiles::read(&dir, "content").expect("fixture files are readable")
});

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(256)
}

// ---------------------------------------------------------------------------
// The URL hash.

/// Strings a reader, a link shortener or an attacker might put after `#`.
fn hostile_hash() -> impl Strategy<Value = String> {
    let ids: Vec<&'static str> = STORY.steps.iter().map(|step| step.id).collect();
    prop_oneof![
        // Arbitrary unicode, control characters included.
        any::<String>(),
        // URL-ish text.
        "[#/% a-zA-Z0-9_.~?&=+-]{0,40}",
        // Percent escapes, whole, broken and multi-byte.
        "#?/*(%[0-9a-fA-F]{2}|%[0-9a-zA-Z+-]?|%[é€😀]|[a-z-])*/*",
        select(vec![
            "", "#", "#/", "/", "//", "%", "#%", "#/%", "#/%f", "#/%%", "#/%+a", " ", "#/ /",
            "#/-", "#/%2F", "#/%00",
        ])
        .prop_map(String::from),
        // Very long: repeated units, up to some 40 KB.
        ("[#/%a-z0-9é]{1,8}", 1usize..5000).prop_map(|(unit, times)| unit.repeat(times)),
        // A real step id with junk around or inside it.
        (select(ids), ".{0,3}", ".{0,3}")
            .prop_map(|(id, before, after)| format!("{before}#/{id}{after}")),
    ]
}

proptest! {
    #![proptest_config(config())]

    /// Any hash opens a real step or none: never a panic, never a position
    /// past the end, and a step only when the hash names exactly that step.
    #[test]
    fn any_hash_names_a_real_step_or_none(text in hostile_hash()) {
        let id = hash::step_id(&text);
        if let Some(id) = &id {
            prop_assert!(!id.is_empty());
            prop_assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id:?} is not id-like"
            );
        }
        match hash::step_index(&STORY, &text) {
            None => {}
            Some(index) => {
                prop_assert!(index < STORY.steps.len(), "{index} is past the end");
                prop_assert_eq!(id.as_deref(), Some(STORY.steps[index].id));
            }
        }
    }

    /// Every step's written hash opens that step, and so does every variant the
    /// parser promises to forgive: a missing or repeated `/`, trailing `/`,
    /// surrounding (also percent-encoded) spaces, capitals and `%xx` escapes.
    #[test]
    fn every_step_hash_round_trips_with_forgiven_variants(
        step in any::<Index>(),
        outer_before in "[ \t\r\n]{0,2}",
        outer_after in "[ \t\r\n]{0,2}",
        mark in any::<bool>(),
        leading in 0usize..4,
        trailing in 0usize..4,
        inner_before in select(vec!["", " ", "%20", "%09", "%20%20"]),
        inner_after in select(vec!["", " ", "%20", "%0A"]),
        spelling in prop::collection::vec(0u8..4, 64),
    ) {
        let index = step.index(STORY.steps.len());
        let id = STORY.steps[index].id;
        prop_assert_eq!(hash::step_index(&STORY, &hash::for_step(id)), Some(index));

        let body: String = id
            .chars()
            .zip(spelling.iter().cycle())
            .map(|(c, how)| match how {
                0 => c.to_string(),
                1 => c.to_ascii_uppercase().to_string(),
                2 => format!("%{:02x}", c as u32),
                _ => format!("%{:02X}", c as u32),
            })
            .collect();
        let variant = format!(
            "{outer_before}{}{}{inner_before}{body}{inner_after}{}{outer_after}",
            if mark { "#" } else { "" },
            "/".repeat(leading),
            "/".repeat(trailing),
        );
        prop_assert_eq!(
            hash::step_index(&STORY, &variant),
            Some(index),
            "{:?} should open step {:?}",
            variant,
            id
        );
    }
}

// ---------------------------------------------------------------------------
// Navigation.

/// One thing a reader does: a button, key or swipe (an [`Action`]), or a hash
/// typed into the address bar, which the app turns into `Go` or `First`.
#[derive(Debug, Clone)]
enum Input {
    Act(Action),
    Hash(String),
}

fn input() -> impl Strategy<Value = Input> {
    let len = STORY.steps.len();
    prop_oneof![
        3 => select(vec![Action::Next, Action::Prev, Action::First, Action::Last])
            .prop_map(Input::Act),
        // Jumps near the range, just outside it, and anywhere at all.
        2 => (0..len + 3).prop_map(|index| Input::Act(Action::Go(index))),
        1 => any::<usize>().prop_map(|index| Input::Act(Action::Go(index))),
        1 => Just(Input::Act(Action::Go(usize::MAX))),
        1 => hostile_hash().prop_map(Input::Hash),
    ]
}

proptest! {
    #![proptest_config(config())]

    /// However the reader moves, the page shows a real step, the counter says
    /// which, and the address bar names the same step the view shows.
    #[test]
    fn any_moves_keep_the_view_the_counter_and_the_hash_in_agreement(
        start in prop_oneof![any::<usize>(), 0..STORY.steps.len() + 2],
        inputs in prop::collection::vec(input(), 0..200),
    ) {
        let len = STORY.steps.len();
        let mut position = Position::new(start, len);
        // The same rules, written out plainly, to compare against.
        let mut expected = if start < len { start } else { 0 };
        check_position(position, expected)?;
        for input in inputs {
            let action = match &input {
                Input::Act(action) => *action,
                Input::Hash(text) => match hash::step_index(&STORY, text) {
                    Some(index) => Action::Go(index),
                    None => Action::First,
                },
            };
            expected = match action {
                Action::Next => (expected + 1).min(len - 1),
                Action::Prev => expected.saturating_sub(1),
                Action::First => 0,
                Action::Last => len - 1,
                Action::Go(target) if target < len => target,
                Action::Go(_) => expected,
            };
            position = position.apply(action);
            prop_assert_eq!(position.index(), expected, "after {:?}", input);
            check_position(position, expected)?;
        }
    }
}

fn check_position(position: Position, expected: usize) -> Result<(), TestCaseError> {
    let len = STORY.steps.len();
    let index = position.index();
    prop_assert_eq!(index, expected);
    prop_assert!(index < len, "index {} of {} steps", index, len);
    prop_assert_eq!(position.step_count(), len);
    prop_assert_eq!(position.counter(), format!("Step {} of {}", index + 1, len));
    prop_assert_eq!(position.is_first(), index == 0);
    prop_assert_eq!(position.is_last(), index + 1 == len);
    let percent = position.percent_done();
    prop_assert!((1..=100).contains(&percent), "{}%", percent);
    prop_assert_eq!(percent == 100, position.is_last());
    // What the app writes into the address bar opens this very step.
    let written = hash::for_step(STORY.steps[index].id);
    prop_assert_eq!(
        hash::step_index(&STORY, &written),
        Some(index),
        "{}",
        written
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// Content files.

/// Loads the fixture with `name` holding `text` and checks the loader's
/// promise (`story::content::check_loader`, shared with the fuzz target):
/// a sound story, or mistakes that each name a content file, a line inside
/// it and a field, on one line. Returns the story when it loads.
fn check_load(name: &str, text: &str) -> Result<Option<Story>, TestCaseError> {
    match check_loader(&BASE, name, text) {
        Ok(story) => Ok(story),
        Err(broken) => {
            prop_assert!(false, "{}", broken);
            Ok(None)
        }
    }
}

/// Text written as a TOML basic string, quotes included.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// Strings that make trouble in text fields: case changes that alter byte
/// lengths (ẞ, İ, the Kelvin sign), quotes, escapes, control characters,
/// right-to-left marks, and the fixture's own ids and glossary word.
fn hostile_text() -> impl Strategy<Value = String> {
    let token = select(vec![
        "ẞ",
        "İ",
        "\u{212A}",
        "Σ",
        "ﬀ",
        "«",
        "»",
        "\"",
        "\\",
        "'",
        " ",
        "\n",
        "\t",
        "\u{0}",
        "\u{202E}",
        "é",
        ".",
        "-",
        "train",
        "Train",
        "TRAIN",
        "khasan",
        "Khasan",
        "kim",
        "next",
        "state-media",
        "wikipedia",
        "The train stopped in Khasan early Tuesday",
    ]);
    prop_oneof![
        3 => prop::collection::vec(token, 0..10).prop_map(|tokens| tokens.concat()),
        1 => any::<String>(),
        1 => ".{0,12}",
    ]
}

/// A TOML value of any type, some of them nonsense for the field they land in.
fn toml_value() -> impl Strategy<Value = String> {
    prop_oneof![
        hostile_text().prop_map(|text| toml_string(&text)),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:?}")),
        select(vec![
            "nan",
            "inf",
            "-inf",
            "1e400",
            "-0.0",
            "true",
            "false",
            "2023-09-12",
            "[]",
            "{}",
            "[\"khasan\"]",
            "[\"khasan\", \"khasan\"]",
            "[\"state-media\", \"wikipedia\"]",
            "[1, \"a\"]",
            "{ date = \"2023-02-30\", zone = \"+25:00\", label = \"x\" }",
            "{ icon = \"train\", alt = \"\" }",
            "{ train = \"khasan\", missiles = true }",
            "[{ from = \"next\", status = \"reported\" }, { from = \"khasan\", status = \"x\" }]",
            "\"\"",
            "\"   \"",
            "'''a\nb'''",
        ])
        .prop_map(String::from),
        ".{0,8}",
    ]
}

/// A line of text that looks like a content file: table headers, keys the
/// files use, values of any type, comments and junk.
fn toml_like_line() -> impl Strategy<Value = String> {
    let header = select(vec![
        "[[step]]",
        "[[step.statement]]",
        "[[step.distance]]",
        "[[source]]",
        "[[person]]",
        "[[place]]",
        "[[leg]]",
        "[[leg.known]]",
        "[[note]]",
        "[[term]]",
        "[[question]]",
        "[step]",
        "[[step",
        "[]",
        "[[]]",
    ])
    .prop_map(String::from);
    let key = select(vec![
        "id",
        "title",
        "places",
        "people",
        "when",
        "visual",
        "map",
        "text",
        "sources",
        "status",
        "quote",
        "name",
        "about",
        "kind",
        "role",
        "lat",
        "lon",
        "zone",
        "source",
        "label",
        "from",
        "to",
        "rail_km",
        "known",
        "reported",
        "why",
        "step",
        "minutes",
        "notes",
        "question",
        "term",
        "matches",
        "definition",
        "prompt",
        "choices",
        "answer",
        "items",
        "explain",
        "when.date",
        "unknown",
        "\"quoted key\"",
    ]);
    prop_oneof![
        2 => header,
        6 => (key, toml_value()).prop_map(|(key, value)| format!("{key} = {value}")),
        1 => Just(String::new()),
        1 => ".{0,30}".prop_map(|text| format!("# {text}")),
        1 => ".{0,30}",
    ]
}

/// One edit to a known-good file, as a careless editor or a bad merge makes.
#[derive(Debug, Clone)]
enum Edit {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    ReplaceChar(Index, char),
    InsertChar(Index, char),
    DeleteChar(Index),
    Truncate(Index),
    /// Replaces the inside of one `"..."` string on a line with hostile text.
    ReplaceString(Index, String),
    InsertLine(Index, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let special = select(vec![
        '"', '=', '[', ']', '{', '}', ',', '.', '#', '\\', '\n', '\'', ' ', '-', '+', '0', '9',
        'ẞ', 'İ', '\u{212A}', '«', '\u{0}',
    ]);
    let character = prop_oneof![any::<char>(), special];
    prop_oneof![
        1 => any::<Index>().prop_map(Edit::DeleteLine),
        1 => any::<Index>().prop_map(Edit::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        1 => (any::<Index>(), character.clone()).prop_map(|(at, c)| Edit::ReplaceChar(at, c)),
        1 => (any::<Index>(), character).prop_map(|(at, c)| Edit::InsertChar(at, c)),
        1 => any::<Index>().prop_map(Edit::DeleteChar),
        1 => any::<Index>().prop_map(Edit::Truncate),
        2 => (any::<Index>(), hostile_text()).prop_map(|(at, text)| Edit::ReplaceString(at, text)),
        1 => (any::<Index>(), toml_like_line()).prop_map(|(at, line)| Edit::InsertLine(at, line)),
    ]
}

/// `text` with `edit` made, always at character boundaries.
fn apply(text: &str, edit: &Edit) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(at, _)| at)
        .chain([text.len()])
        .collect();
    let char_at = |at: &Index| boundaries[at.index(boundaries.len())];
    let next_boundary = |at: usize| {
        boundaries
            .iter()
            .copied()
            .find(|&b| b > at)
            .unwrap_or(text.len())
    };
    match edit {
        Edit::DeleteLine(at) if !lines.is_empty() => {
            lines.remove(at.index(lines.len()));
        }
        Edit::DuplicateLine(at) if !lines.is_empty() => {
            let at = at.index(lines.len());
            lines.insert(at, lines[at].clone());
        }
        Edit::SwapLines(a, b) if !lines.is_empty() => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
        }
        Edit::InsertLine(at, line) => {
            let at = at.index(lines.len() + 1);
            lines.insert(at, line.clone());
        }
        Edit::ReplaceString(at, replacement) => {
            let quoted: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].matches('"').count() >= 2)
                .collect();
            if let Some(&line) = quoted.get(at.index(quoted.len().max(1))) {
                let old = &lines[line];
                let (open, close) = (old.find('"').unwrap(), old.rfind('"').unwrap());
                lines[line] = format!(
                    "{}{}{}",
                    &old[..open],
                    toml_string(replacement),
                    &old[close + 1..]
                );
            }
        }
        Edit::ReplaceChar(at, c) => {
            let at = char_at(at);
            return format!("{}{c}{}", &text[..at], &text[next_boundary(at)..]);
        }
        Edit::InsertChar(at, c) => {
            let at = char_at(at);
            return format!("{}{c}{}", &text[..at], &text[at..]);
        }
        Edit::DeleteChar(at) => {
            let at = char_at(at);
            return format!("{}{}", &text[..at], &text[next_boundary(at)..]);
        }
        Edit::Truncate(at) => return text[..char_at(at)].to_owned(),
        _ => {}
    }
    let mut joined = lines.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    joined
}

/// The fixture file called `name`.
fn fixture_text(name: &str) -> String {
    let mut files = (*BASE).clone();
    files.file_mut(name).expect("a content file").text.clone()
}

proptest! {
    #![proptest_config(config())]

    /// Random TOML-like text in any content file: the build reports mistakes
    /// it can place, and never panics.
    #[test]
    fn any_toml_like_file_loads_or_names_its_mistakes(
        name in select(FILE_NAMES.to_vec()),
        lines in prop::collection::vec(toml_like_line(), 0..30),
    ) {
        check_load(name, &lines.join("\n"))?;
    }

    /// Any text at all, even the bytes of another format.
    #[test]
    fn any_text_in_any_file_loads_or_names_its_mistakes(
        name in select(FILE_NAMES.to_vec()),
        text in any::<String>(),
    ) {
        check_load(name, &text)?;
    }

    /// The fixture's own files with lines deleted, duplicated, swapped or
    /// added, characters changed, strings replaced and text cut short.
    #[test]
    fn edited_fixture_files_load_or_name_their_mistakes(
        name in select(FILE_NAMES.to_vec()),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let text = edits
            .iter()
            .fold(fixture_text(name), |text, edit| apply(&text, edit));
        check_load(name, &text)?;
    }

    /// Any statement text, glossary words among unusual letters: the story
    /// loads, the text reads the same once split, and only the glossary's
    /// word is marked.
    #[test]
    fn any_statement_text_is_split_and_marked_soundly(text in hostile_text()) {
        let steps = fixture_text("steps.toml");
        let old = "text = \"The train stopped in Khasan.\"";
        prop_assert!(steps.contains(old));
        let edited = steps.replacen(old, &format!("text = {}", toml_string(&text)), 1);
        if let Some(story) = check_load("steps.toml", &edited)? {
            let statement = &story.steps[0].statements[0];
            prop_assert_eq!(statement.text, text.trim());
            let joined: String = statement.segments.iter().map(|s| s.text).collect();
            prop_assert_eq!(joined, statement.text);
            for segment in statement.segments.iter().filter(|s| s.term.is_some()) {
                prop_assert_eq!(segment.text.to_lowercase(), "train");
            }
        }
    }
}

/// Found by `edited_fixture_files_load_or_name_their_mistakes`: a leg's
/// places were shown unescaped, so a line break in one split the message.
#[test]
fn a_leg_with_a_line_break_in_its_name_is_reported_on_one_line() {
    let route = fixture_text("route.toml").replacen("from = \"khasan\"", "from = \"\\n\"", 1);
    let errors = load_with_file(&BASE, "route.toml", &route).expect_err("an empty place");
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        ["content/route.toml:2: leg \"\\n → khasan\", field `from`: is empty; expected some text"]
    );
}
