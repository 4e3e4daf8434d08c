//! Content validation: the fixture in `tests/fixtures/base` is a small valid
//! story; each mistake below is that fixture with one edit, and asserts the
//! exact message an editor would see when the build stops.

use std::path::Path;

use story::content::{load, load_dir, ContentFiles};
use story::Status;

fn base() -> ContentFiles {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    ContentFiles::read(&dir, "content").expect("fixture files are readable")
}

/// The project's own content files, to break one thing in.
fn real_content() -> ContentFiles {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    ContentFiles::read(&dir, "content").expect("content is readable")
}

/// What loading `files` says: its messages, or none for a sound story.
fn messages(files: &ContentFiles) -> Vec<String> {
    match load(files) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The messages the base fixture gives after replacing `find` (which must
/// occur) by `replace` in one of its files.
fn errors_after(file: &str, find: &str, replace: &str) -> Vec<String> {
    messages(&changed(file, find, replace))
}

/// The base fixture after replacing `find` (which must occur) by `replace`
/// in one of its files.
fn changed(file: &str, find: &str, replace: &str) -> ContentFiles {
    let mut files = base();
    let target = match file {
        "sources" => &mut files.sources,
        "people" => &mut files.people,
        "places" => &mut files.places,
        "steps" => &mut files.steps,
        "report" => &mut files.report,
        "route" => &mut files.route,
        "region" => &mut files.region,
        "rail" => &mut files.rail,
        "teaching" => &mut files.teaching,
        "glossary" => &mut files.glossary,
        "quiz" => &mut files.quiz,
        "analysis" => &mut files.analysis,
        other => panic!("no content file {other}"),
    };
    assert!(target.text.contains(find), "fixture has no {find:?}");
    target.text = target.text.replacen(find, replace, 1);
    files
}

#[track_caller]
fn assert_mistake(file: &str, find: &str, replace: &str, expected: &str) {
    let errors = errors_after(file, find, replace);
    assert_eq!(
        errors,
        [expected],
        "after replacing {find:?} by {replace:?} in {file}"
    );
}

#[test]
fn the_base_fixture_is_valid() {
    let story = load(&base()).expect("valid");
    assert_eq!(story.steps.len(), 2);
    assert_eq!(story.steps[0].statements[1].status, Status::Background);
    assert_eq!(story.place(story.steps[0].places[0]).name, "Khasan");
    // Each step carries its teacher's note (2 and 1 minutes in the fixture).
    let minutes: Vec<Option<u8>> = story
        .steps
        .iter()
        .map(|step| step.note.map(|note| note.minutes))
        .collect();
    assert_eq!(minutes, [Some(2), Some(1)]);
    // The loader's contract, as the property tests and the fuzz target
    // check it, holds for a sound story and hands it back.
    let files = base();
    let sound = story::content::check_loader(&files, "route.toml", &files.route.text);
    assert!(
        matches!(sound, Ok(Some(_))),
        "{:?}",
        sound.map(|s| s.is_some())
    );
}

#[test]
fn minutes_outside_one_to_thirty_are_refused() {
    for wrong in ["0", "45"] {
        let errors = errors_after("teaching", "minutes = 2", &format!("minutes = {wrong}"));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0]
                .starts_with("content/teaching.toml:3: note for step \"khasan\", field `minutes`"),
            "{errors:?}"
        );
    }
}

#[test]
fn reference_is_for_background_sources_only() {
    let errors = errors_after(
        "sources",
        "affiliation = \"reference\"",
        "affiliation = \"russian-state\"",
    );
    assert!(
        errors.iter().any(|e| e.contains("field `affiliation`: \"russian-state\" is for news sources; expected \"reference\" for a background source")),
        "{errors:?}"
    );
    let errors = errors_after(
        "sources",
        "affiliation = \"russian-state\"",
        "affiliation = \"reference\"",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("field `affiliation`: \"reference\" is for background sources")),
        "{errors:?}"
    );
}

#[test]
fn quiz_order_with_a_step_twice() {
    let errors = errors_after(
        "quiz",
        "items = [\"khasan\", \"next\"]",
        "items = [\"khasan\", \"khasan\"]",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("field `items`: not in story order")),
        "{errors:?}"
    );
}

#[test]
fn duplicate_step_id() {
    assert_mistake(
        "steps",
        "id = \"next\"",
        "id = \"khasan\"",
        "content/steps.toml:21: step \"khasan\", field `id`: \"khasan\" is used twice; expected every id in content/steps.toml to be unique",
    );
}

#[test]
fn unreadable_id() {
    assert_mistake(
        "steps",
        "id = \"next\"",
        "id = \"Next Step\"",
        "content/steps.toml:21: step \"Next Step\", field `id`: \"Next Step\" is not a readable id; expected lowercase letters, digits and hyphens, like \"khasan-station\"",
    );
}

#[test]
fn unknown_place() {
    assert_mistake(
        "steps",
        "places = [\"khasan\"]\npeople",
        "places = [\"khasn\"]\npeople",
        "content/steps.toml:4: step \"khasan\", field `places`: \"khasn\" is not defined; expected one of the ids in content/places.toml: khasan",
    );
}

#[test]
fn unknown_person() {
    assert_mistake(
        "steps",
        "people = [\"kim\"]",
        "people = [\"putin\"]",
        "content/steps.toml:5: step \"khasan\", field `people`: \"putin\" is not defined; expected one of the ids in content/people.toml: kim",
    );
}

#[test]
fn unknown_source() {
    assert_mistake(
        "steps",
        "sources = [\"state-media\"]",
        "sources = [\"tass\"]",
        "content/steps.toml:11: step \"khasan\", field `statement[1].sources`: \"tass\" is not defined; expected one of the ids in content/sources.toml: state-media, wikipedia",
    );
}

#[test]
fn statement_without_source() {
    assert_mistake(
        "steps",
        "sources = [\"state-media\"]\nstatus = \"open\"",
        "status = \"open\"",
        "content/steps.toml:25: step \"next\", field `statement[1].sources`: missing; expected the ids of who said it, like sources = [\"tass\"]",
    );
}

#[test]
fn statement_without_status() {
    assert_mistake(
        "steps",
        "status = \"open\"\n",
        "",
        "content/steps.toml:25: step \"next\", field `statement[1].status`: missing; expected some text",
    );
}

#[test]
fn unknown_status() {
    assert_mistake(
        "steps",
        "status = \"open\"",
        "status = \"rumour\"",
        "content/steps.toml:28: step \"next\", field `statement[1].status`: \"rumour\" is not a status; expected one of on-record, claimed, unnamed-officials, speculation, analysis, unknown, open, background",
    );
}

#[test]
fn latitude_out_of_range() {
    assert_mistake(
        "places",
        "lat = 42.4283",
        "lat = 142.4283",
        "content/places.toml:4: place \"khasan\", field `lat`: 142.4283 is out of range; expected degrees between -90 and 90",
    );
}

#[test]
fn coordinate_that_is_not_a_number() {
    let errors = errors_after("places", "lon = 130.6456", "lon = \"east\"");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("content/places.toml:5: place \"khasan\", field `lon`: invalid type: string \"east\", expected f64"),
        "{errors:?}"
    );
}

#[test]
fn date_without_time_zone() {
    assert_mistake(
        "steps",
        "zone = \"+10:00\", label",
        "label",
        "content/steps.toml:6: step \"khasan\", field `when.zone`: missing; every date and place needs a time zone, expected a UTC offset like \"+10:00\"",
    );
}

#[test]
fn malformed_time_zone() {
    assert_mistake(
        "places",
        "zone = \"+10:00\"",
        "zone = \"Vladivostok\"",
        "content/places.toml:6: place \"khasan\", field `zone`: \"Vladivostok\" is not a time zone; expected a UTC offset like \"+10:00\" or \"-05:00\"",
    );
}

#[test]
fn date_that_does_not_exist() {
    assert_mistake(
        "steps",
        "2023-09-12",
        "2023-09-31",
        "content/steps.toml:6: step \"khasan\", field `when.date`: \"2023-09-31\" is not a date; expected YYYY-MM-DD, like \"2023-09-13\"",
    );
}

#[test]
fn empty_text() {
    assert_mistake(
        "steps",
        "text = \"Nobody said where the train went.\"",
        "text = \"   \"",
        "content/steps.toml:26: step \"next\", field `statement[1].text`: is empty; expected some text",
    );
}

#[test]
fn visual_without_alternative_text() {
    assert_mistake(
        "steps",
        "visual = { icon = \"train\", alt = \"A train\" }",
        "visual = { icon = \"train\" }",
        "content/steps.toml:7: step \"khasan\", field `visual.alt`: missing; expected some text",
    );
}

#[test]
fn quote_that_is_not_in_the_report() {
    assert_mistake(
        "steps",
        "quote = \"did not say where it went next\"",
        "quote = \"did not say where it went\"\n[[step.statement]]\ntext = \"x\"\nsources = [\"state-media\"]\nstatus = \"claimed\"\nquote = \"The train went to Moscow\"",
        "content/steps.toml:34: step \"next\", field `statement[2].quote`: \"The train went to Moscow\" is not in the report; expected words copied exactly from content/report.txt",
    );
}

#[test]
fn report_sentence_the_story_leaves_out() {
    assert_mistake(
        "steps",
        "quote = \"did not say where it went next\"",
        "quote = \"state media said\"",
        "content/report.txt:3: field `quote`: no statement in content/steps.toml quotes this sentence, so the story leaves it out: \"Officials did not say where it went next.\"; expected a statement whose quote is part of it",
    );
}

#[test]
fn background_source_for_a_reported_statement() {
    assert_mistake(
        "steps",
        "sources = [\"state-media\"]",
        "sources = [\"wikipedia\"]",
        "content/steps.toml:11: step \"khasan\", field `statement[1].sources`: \"wikipedia\" is a background source; expected a source named in the report, or status = \"background\"",
    );
}

#[test]
fn background_statement_with_a_news_source() {
    assert_mistake(
        "steps",
        "sources = [\"wikipedia\"]",
        "sources = [\"state-media\"]",
        "content/steps.toml:17: step \"khasan\", field `statement[2].sources`: \"state-media\" is a news source; expected a background source for a background statement",
    );
}

#[test]
fn place_sourced_from_the_news() {
    assert_mistake(
        "places",
        "source = \"wikipedia\"",
        "source = \"state-media\"",
        "content/places.toml:8: place \"khasan\", field `source`: \"state-media\" is a news source; expected a background source, because this fact is not in the report",
    );
}

#[test]
fn misspelt_field() {
    let errors = errors_after(
        "steps",
        "title = \"Where next?\"",
        "titel = \"Where next?\"",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(
            "content/steps.toml:22: step \"next\", field `titel`: unknown field `titel`"
        ),
        "{errors:?}"
    );
}

#[test]
fn route_naming_a_step_that_does_not_exist() {
    assert_mistake(
        "route",
        "from = \"khasan\", status",
        "from = \"arrival\", status",
        "content/route.toml:5: leg \"khasan → khasan\", field `known[1].from`: \"arrival\" is not a step; expected the id of a step in content/steps.toml",
    );
}

#[test]
fn route_with_an_unknown_status() {
    assert_mistake(
        "route",
        "status = \"reported\"",
        "status = \"rumoured\"",
        "content/route.toml:5: leg \"khasan → khasan\", field `known[1].status`: \"rumoured\" is not a route status; expected one of likely, reported, speculated, planned",
    );
}

#[test]
fn route_leg_to_an_unknown_place() {
    assert_mistake(
        "route",
        "to = \"khasan\"",
        "to = \"vostok\"",
        "content/route.toml:3: leg \"khasan → vostok\", field `to`: \"vostok\" is not defined; expected one of the ids in content/places.toml: khasan",
    );
}

#[test]
fn map_train_at_an_unknown_place() {
    assert_mistake(
        "steps",
        "visual = { icon = \"train\", alt = \"A train\" }",
        "visual = { icon = \"train\", alt = \"A train\" }\nmap = { train = \"tumangang\" }",
        "content/steps.toml:8: step \"khasan\", field `map.train`: \"tumangang\" is not defined; expected one of the ids in content/places.toml: khasan",
    );
}

/// The train is drawn where the report puts it: at Khasan, where the first
/// step quotes "The train stopped in Khasan", on that step and later ones.
#[test]
fn map_train_where_the_report_puts_it() {
    let errors = errors_after(
        "steps",
        "places = [\"khasan\"]\n\n[[step.statement]]\ntext = \"Nobody",
        "places = [\"khasan\"]\nmap = { train = \"khasan\" }\n\n[[step.statement]]\ntext = \"Nobody",
    );
    assert_eq!(errors, Vec::<String>::new());
}

/// A train drawn where no quoted sentence puts it (here the report speaks
/// of a convoy): our inference shown as a fact.
#[test]
fn map_train_where_the_report_does_not_put_it() {
    let errors = errors_with(&[
        (
            "report.txt",
            "The train stopped in Khasan",
            "The convoy stopped in Khasan",
        ),
        (
            "steps.toml",
            "quote = \"The train stopped in Khasan",
            "quote = \"The convoy stopped in Khasan",
        ),
        (
            "quiz.toml",
            "\\\"The train stopped in Khasan",
            "\\\"The convoy stopped in Khasan",
        ),
        (
            "steps.toml",
            "visual = { icon = \"train\", alt = \"A train\" }",
            "visual = { icon = \"train\", alt = \"A train\" }\nmap = { train = \"khasan\" }",
        ),
    ]);
    assert_eq!(
        errors,
        ["content/steps.toml:8: step \"khasan\", field `map.train`: the report does not last put the train at \"khasan\" by this step (the latest quoted sentence about the train names no place); expected one of those places, or no train"]
    );
}

#[test]
fn broken_map_extract() {
    let errors = errors_after("region", "\"borders\"", "\"borderz\"");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("content/map/region.json:1: field `borders`: missing or malformed"),
        "{errors:?}"
    );
}

#[test]
fn broken_rail_extract() {
    let errors = errors_after("rail", "\"lines\"", "\"linez\"");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]
            .starts_with("content/map/rail.json:1: field `lines`: missing, empty or malformed"),
        "{errors:?}"
    );
    let errors = errors_after("rail", "[130.6532,42.4314]", "[130.6532,142.4314]");
    assert!(
        errors[0]
            .starts_with("content/map/rail.json:3: field `lines`: missing, empty or malformed"),
        "a latitude past the pole: {errors:?}"
    );
}

/// The real content with railway lines that do not join Ussuriysk to
/// Khabarovsk: one line by Khasan, one by Komsomolsk-on-Amur. Each place
/// snaps to the nearer line, and the leg between the two lines is refused.
#[test]
fn a_leg_with_no_railway_between_its_places() {
    let mut files = real_content();
    files.rail.text =
        r#"{"lines": [[[130.65,42.43],[130.66,42.42]], [[137.0,50.55],[137.01,50.56]]]}"#.into();
    let errors = messages(&files);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("content/route.toml:")
            && errors[0].contains("leg \"ussuriysk → khabarovsk\", field `to`: no railway line in content/map/rail.json joins these two places"),
        "{errors:?}"
    );
}

#[test]
fn step_without_teacher_notes() {
    assert_mistake(
        "teaching",
        "step = \"next\"",
        "step = \"khasan\"",
        "content/teaching.toml:8: note for step \"khasan\", field `step`: \"khasan\" has two notes; expected one note per step",
    );
    let errors = errors_after("teaching", "[[note]]\nstep = \"next\"\nminutes = 1\nnotes = \"Nobody knows yet.\"\nquestion = \"What would you ask?\"\n", "");
    assert_eq!(
        errors,
        ["content/teaching.toml:1: field `note`: step \"next\" has no note; expected a [[note]] with step = \"next\", minutes, notes and question"]
    );
}

#[test]
fn teacher_note_for_a_step_that_does_not_exist() {
    assert_mistake(
        "teaching",
        "step = \"next\"",
        "step = \"later\"",
        "content/teaching.toml:8: note for step \"later\", field `step`: \"later\" is not a step; expected the id of a step in content/steps.toml",
    );
}

#[test]
fn glossary_term_the_story_never_mentions() {
    assert_mistake(
        "glossary",
        "matches = [\"train\"]",
        "matches = [\"locomotive\"]",
        "content/glossary.toml:2: field `matches`: term \"train\" is never mentioned in content/steps.toml; expected matches that occur in a statement's text",
    );
}

#[test]
fn glossary_term_from_an_unknown_source() {
    assert_mistake(
        "glossary",
        "source = \"wikipedia\"",
        "source = \"encyclopedia\"",
        "content/glossary.toml:6: term \"train\", field `source`: \"encyclopedia\" is not defined; expected one of the ids in content/sources.toml: state-media, wikipedia",
    );
}

#[test]
fn quiz_answer_that_is_not_a_choice() {
    assert_mistake(
        "quiz",
        "answer = \"Khasan\"",
        "answer = \"Vladivostok\"",
        "content/quiz.toml:6: question \"where\", field `answer`: \"Vladivostok\" is not one of the choices; expected one of Khasan, Moscow",
    );
}

#[test]
fn quiz_linking_to_a_step_that_does_not_exist() {
    assert_mistake(
        "quiz",
        "step = \"next\"",
        "step = \"finale\"",
        "content/quiz.toml:15: question \"order\", field `step`: \"finale\" is not a step; expected the id of a step in content/steps.toml",
    );
}

#[test]
fn quiz_order_not_in_story_order() {
    assert_mistake(
        "quiz",
        "items = [\"khasan\", \"next\"]",
        "items = [\"next\", \"khasan\"]",
        "content/quiz.toml:14: question \"order\", field `items`: not in story order; expected the steps listed in the order they happen (the app shuffles them)",
    );
}

#[test]
fn quiz_feedback_quoting_words_not_in_the_report() {
    assert_mistake(
        "quiz",
        "\\\"The train stopped in Khasan\\\"",
        "\\\"The train stopped in Moscow\\\"",
        "content/quiz.toml:8: question \"where\", field `explain`: quotes \"The train stopped in Moscow\", which is not in the report; expected quoted words copied exactly from content/report.txt",
    );
}

#[test]
fn every_mistake_is_reported_at_once() {
    let errors = errors_after(
        "steps",
        "id = \"next\"\ntitle = \"Where next?\"\nplaces = [\"khasan\"]",
        "id = \"khasan\"\ntitle = \"Where next?\"\nplaces = [\"nowhere\"]",
    );
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].starts_with("content/steps.toml:21: step \"khasan\", field `id`"));
    assert!(errors[1].starts_with("content/steps.toml:23: step \"khasan\", field `places`"));
}

#[test]
fn missing_file_is_named() {
    let errors = load_dir(Path::new("/nonexistent"), "content").unwrap_err();
    assert!(errors[0]
        .to_string()
        .starts_with("content/sources.toml:1: field `(file)`: cannot read the file"));
}

#[test]
fn the_real_content_is_valid_and_tells_the_whole_report() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let story = load_dir(&dir, "content").unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("content has mistakes:\n{}", lines.join("\n"))
    });
    assert!(story.steps.len() >= 10);
    assert_eq!(
        story.steps.first().map(|step| step.id),
        Some("what-happened")
    );
    assert_eq!(story.steps.last().map(|step| step.id), Some("recap"));
}

// ---------------------------------------------------------------------------
// Source-critical rules (README, "How to read the labels"): each is the base
// fixture with the edits an editor might make, and the message they would see.

/// The messages after every `(file, find, replace)` edit, in order.
fn errors_with(edits: &[(&str, &str, &str)]) -> Vec<String> {
    let mut files = base();
    for &(name, find, replace) in edits {
        let file = files.file_mut(name).expect("a content file");
        assert!(file.text.contains(find), "{name} has no {find:?}");
        file.text = file.text.replacen(find, replace, 1);
    }
    messages(&files)
}

const REPORTERS: &str = "\n[[source]]\nid = \"reporters\"\nname = \"The reporters\"\nabout = \"The report's authors\"\nkind = \"news\"\naffiliation = \"reporters\"\n";

#[test]
fn a_claim_by_a_party_must_come_from_one_of_the_two_sides() {
    // The Yonhap mistake: a South Korean agency is not a party to the summit.
    assert_eq!(
        errors_with(&[("sources.toml", "\"russian-state\"", "\"south-korean-media\"")]),
        ["content/steps.toml:11: step \"khasan\", field `statement[1].sources`: \"state-media\" is South Korean media, not one of the two sides; expected status = \"on-record\" for a named source outside the summit"]
    );
}

#[test]
fn a_party_speaking_for_itself_is_not_on_the_record() {
    // The RIA-Novosti and Tass mistake: Russian state media, "on the record".
    assert_mistake(
        "steps",
        "status = \"claimed\"",
        "status = \"on-record\"",
        "content/steps.toml:12: step \"khasan\", field `statement[1].status`: every source (state-media) speaks for one of the two sides; expected status = \"claimed\"",
    );
}

/// Material of unknown origin alone is not a named source either.
#[test]
fn material_of_unknown_origin_alone_is_not_on_the_record() {
    let video = "\n[[source]]\nid = \"video\"\nname = \"Video\"\nabout = \"Video posted online\"\nkind = \"news\"\naffiliation = \"unidentified\"\nnamed_as = [\"state media\"]\n";
    assert_eq!(
        errors_with(&[
            ("sources.toml", "[[source]]\nid = \"wikipedia\"", &format!("{video}\n[[source]]\nid = \"wikipedia\"")),
            ("steps.toml", "sources = [\"state-media\"]\nstatus = \"claimed\"", "sources = [\"video\"]\nstatus = \"on-record\""),
        ]),
        ["content/steps.toml:12: step \"khasan\", field `statement[1].status`: every source (video) is of unknown origin; expected a named source for \"on-record\", or the status of whoever the report says made it"]
    );
}

#[test]
fn material_of_unknown_origin_does_not_put_a_party_on_the_record() {
    // The red-carpet mistake: North Korean state media and a video whose
    // maker the report does not name.
    let video = "\n[[source]]\nid = \"video\"\nname = \"Video\"\nabout = \"Video posted online\"\nkind = \"news\"\naffiliation = \"unidentified\"\nnamed_as = [\"state media\"]\n";
    assert_eq!(
        errors_with(&[
            ("sources.toml", "[[source]]\nid = \"wikipedia\"", &format!("{video}\n[[source]]\nid = \"wikipedia\"")),
            ("steps.toml", "sources = [\"state-media\"]\nstatus = \"claimed\"", "sources = [\"state-media\", \"video\"]\nstatus = \"on-record\""),
        ]),
        ["content/steps.toml:12: step \"khasan\", field `statement[1].status`: beside one of the two sides, the only other sources (state-media, video) are of unknown origin; expected status = \"claimed\""]
    );
    // As a claim, it stands.
    assert_eq!(
        errors_with(&[
            (
                "sources.toml",
                "[[source]]\nid = \"wikipedia\"",
                &format!("{video}\n[[source]]\nid = \"wikipedia\"")
            ),
            (
                "steps.toml",
                "sources = [\"state-media\"]\nstatus = \"claimed\"",
                "sources = [\"state-media\", \"video\"]\nstatus = \"claimed\""
            ),
        ]),
        Vec::<String>::new()
    );
}

#[test]
fn the_reporters_analysis_must_carry_the_analysis_label() {
    assert_eq!(
        errors_with(&[(
            "analysis.toml",
            "of its own.\n",
            "of its own.\n[[passage]]\nquote = \"The train stopped in Khasan early Tuesday\"\nwhy = \"A test.\"\n",
        )]),
        ["content/steps.toml:12: step \"khasan\", field `statement[1].status`: \"claimed\" for words of the reporters' own analysis (content/analysis.toml:3); expected status = \"analysis\""]
    );
}

#[test]
fn the_analysis_label_needs_a_listed_passage() {
    assert_mistake(
        "steps",
        "status = \"open\"",
        "status = \"analysis\"",
        "content/steps.toml:28: step \"next\", field `statement[1].status`: \"analysis\" is for the reporters' own reading; expected a quote inside a passage of content/analysis.toml, or another status",
    );
}

#[test]
fn analysis_is_credited_to_the_reporters_alone() {
    assert_eq!(
        errors_with(&[
            ("analysis.toml", "of its own.\n", "of its own.\n[[passage]]\nquote = \"did not say where it went next\"\nwhy = \"A test.\"\n"),
            ("steps.toml", "status = \"open\"", "status = \"analysis\""),
        ]),
        ["content/steps.toml:27: step \"next\", field `statement[1].sources`: \"state-media\" is not the reporters; expected the reporters alone as the source of their own analysis"]
    );
}

#[test]
fn analysis_from_the_reporters_is_accepted() {
    let errors = errors_with(&[
        ("sources.toml", "[[source]]\nid = \"wikipedia\"", &format!("{REPORTERS}\n[[source]]\nid = \"wikipedia\"")),
        ("analysis.toml", "of its own.\n", "of its own.\n[[passage]]\nquote = \"did not say where it went next\"\nwhy = \"A test.\"\n"),
        ("steps.toml", "sources = [\"state-media\"]\nstatus = \"open\"", "sources = [\"reporters\"]\nstatus = \"analysis\""),
    ]);
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn a_source_is_credited_only_where_the_report_names_it() {
    // The "two launch pads" mistake: credited to a source the sentence does not name.
    assert_mistake(
        "sources",
        "named_as = [\"state media\", \"Officials\"]",
        "named_as = [\"state media\"]",
        "content/steps.toml:27: step \"next\", field `statement[1].sources`: \"state-media\" is not named in the quoted sentence \"Officials did not say where it went next.\"; expected a quote from a sentence that names it (as \"state media\"), or carried_from with the words of the earlier sentence that does",
    );
}

#[test]
fn a_carried_over_attribution_must_come_from_the_same_paragraph() {
    assert_eq!(
        errors_with(&[
            ("sources.toml", "named_as = [\"state media\", \"Officials\"]", "named_as = [\"state media\"]"),
            ("steps.toml", "quote = \"did not say where it went next\"", "quote = \"did not say where it went next\"\ncarried_from = \"state media said\""),
        ]),
        ["content/steps.toml:30: step \"next\", field `statement[1].carried_from`: \"state media said\" is not in an earlier sentence of the same paragraph that names \"state-media\"; expected words from the sentence the attribution carries over from"]
    );
}

#[test]
fn a_carried_over_attribution_within_a_paragraph_is_kept_for_the_page() {
    let mut files = base();
    files.sources.text = files.sources.text.replace(
        "named_as = [\"state media\", \"Officials\"]",
        "named_as = [\"state media\"]",
    );
    files.report.text = files
        .report
        .text
        .replace("said.\n\nOfficials", "said. Officials");
    files.steps.text = files.steps.text.replace(
        "quote = \"did not say where it went next\"",
        "quote = \"did not say where it went next\"\ncarried_from = \"state media said\"",
    );
    let story = load(&files).expect("valid");
    assert_eq!(
        story.steps[1].statements[0].carried_from,
        Some("state media said")
    );
}

#[test]
fn a_carried_over_attribution_that_is_not_needed() {
    assert_mistake(
        "steps",
        "quote = \"did not say where it went next\"",
        "quote = \"did not say where it went next\"\ncarried_from = \"state media said\"",
        "content/steps.toml:30: step \"next\", field `statement[1].carried_from`: the quoted sentence already names every source; expected no carried_from",
    );
}

#[test]
fn a_news_source_is_named_as_the_report_writes_it() {
    assert_mistake(
        "sources",
        "\"Officials\"]",
        "\"Officials\", \"State TV\"]",
        "content/sources.toml:7: source \"state-media\", field `named_as`: \"State TV\" is not in the report; expected the source's name as the report writes it",
    );
}

#[test]
fn an_unknown_names_the_step_that_answers_it() {
    assert_mistake(
        "steps",
        "status = \"open\"",
        "status = \"unknown\"",
        "content/steps.toml:25: step \"next\", field `statement[1].answered_in`: missing; a question not yet known here names the later step that answers it, like answered_in = \"welcome\"; expected that, or status = \"open\" if the report never answers it",
    );
}

#[test]
fn an_unknown_is_answered_by_a_later_step() {
    assert_mistake(
        "steps",
        "status = \"open\"",
        "status = \"unknown\"\nanswered_in = \"khasan\"",
        "content/steps.toml:29: step \"next\", field `statement[1].answered_in`: \"khasan\" is not a later step; expected a step after \"next\" that answers it",
    );
}

#[test]
fn only_an_unknown_is_answered() {
    assert_mistake(
        "steps",
        "status = \"open\"",
        "status = \"open\"\nanswered_in = \"khasan\"",
        "content/steps.toml:29: step \"next\", field `statement[1].answered_in`: only a question a later step answers names one; expected no answered_in for status = \"open\"",
    );
}

#[test]
fn an_answer_in_a_step_that_does_not_exist() {
    assert_mistake(
        "steps",
        "status = \"open\"",
        "status = \"unknown\"\nanswered_in = \"arrival\"",
        "content/steps.toml:29: step \"next\", field `statement[1].answered_in`: \"arrival\" is not a step; expected the id of the step in content/steps.toml that answers this",
    );
}

#[test]
fn a_background_fact_names_a_specific_work() {
    // The catch-all "Public reporting and reference works" mistake.
    assert_mistake(
        "sources",
        "publisher = \"Wikipedia\"\n",
        "",
        "content/steps.toml:17: step \"khasan\", field `statement[2].sources`: \"wikipedia\" names no publisher; expected a specific work (a title and its publisher) for a background fact, not a catch-all",
    );
}

#[test]
fn an_affiliation_that_does_not_exist() {
    assert_mistake(
        "sources",
        "\"russian-state\"",
        "\"independent\"",
        "content/sources.toml:6: source \"state-media\", field `affiliation`: \"independent\" is not an affiliation; expected one of reporters, russian-state, north-korean-state, south-korean-government, south-korean-media, japanese-government, japanese-media, russian-media, unidentified, reference",
    );
}

#[test]
fn an_analysis_passage_that_is_not_in_the_report() {
    assert_mistake(
        "analysis",
        "of its own.\n",
        "of its own.\n[[passage]]\nquote = \"The train was late\"\nwhy = \"A test.\"\n",
        "content/analysis.toml:3: passage 1, field `quote`: \"The train was late\" is not in the report; expected words copied exactly from content/report.txt",
    );
}

#[test]
fn a_glossary_definition_is_general_knowledge() {
    // The "From the report" badge on general knowledge (and the reverse).
    assert_mistake(
        "glossary",
        "source = \"wikipedia\"",
        "source = \"state-media\"",
        "content/glossary.toml:6: term \"train\", field `source`: \"state-media\" is a news source; expected a background source, because a definition carries no claim from the report (tell those in content/steps.toml)",
    );
}

/// The story as Rust source for the app (`build.rs` writes it): every kind
/// of value the fixture holds comes out as the literal the content wrote.
#[test]
fn the_baked_source_holds_the_content_as_written() {
    let source = story::bake::story_source(&load(&base()).expect("valid"));
    assert!(source.starts_with("// Generated by build.rs"), "{source}");
    assert!(source.contains("pub static STORY: ::story::Story = ::story::Story {"));
    // Text, numbers, lists, flags, options, pairs and quiz kinds, each as
    // the fixture's files wrote them.
    for written in [
        "title: \"The train reaches Russia\"",
        "lat: 42.4283f64",
        "places: &[::story::PlaceRef(0),]",
        "missiles: false",
        "publisher: Some(\"Wikipedia\")",
        "rail_km: Some(1)",
        "carried_from: None",
        "kind: ::story::quiz::QuestionKind::Choice { choices: &[\"Khasan\",\"Moscow\",], answer: 0 }",
    ] {
        assert!(source.contains(written), "no {written:?} in the baked source");
    }
    // A place on the map: its position in map units, as a pair.
    assert!(source.contains("at: Some(("), "{source}");
}

#[test]
fn a_rail_file_that_is_not_json() {
    let errors = errors_after("rail", "\"about\"", "about");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("content/map/rail.json:2: field `(json)`:"),
        "{errors:?}"
    );
}

/// Distances are counted from 1 in messages, as a person counts them.
#[test]
fn a_distance_mistake_names_the_distance_by_its_number() {
    let mut files = real_content();
    let first = files
        .steps
        .text
        .find("[[step.distance]]")
        .expect("a distance");
    let from = first
        + files.steps.text[first..]
            .find("from = \"")
            .expect("its from");
    files
        .steps
        .text
        .insert_str(from + "from = \"".len(), "nowhere-");
    let errors = messages(&files);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("field `distance[1].from`")),
        "{errors:?}"
    );
}

/// A place near the extract's corner: every map that shows it would reach
/// past the extract's cut edge, where a false coast would show.
#[test]
fn a_map_reaching_past_the_extract_names_each_step_and_the_quiz_map() {
    let reaching = "would reach past the map extract (100–165° E, 25–62° N), where it has no land, so a cut edge would show as a false coast; expected places whose map fits it, or a wider extract (story::map::REGION, then `cargo xtask map`); its frame is 500 km across";
    assert_eq!(
        errors_after("places", "lat = 42.4283\nlon = 130.6456", "lat = 61.9\nlon = 164.5"),
        [
            format!("content/steps.toml:4: step \"khasan\", field `places`: this step's map {reaching}"),
            format!("content/steps.toml:23: step \"next\", field `places`: this step's map {reaching}"),
            "content/places.toml:1: field `lat`: the map of all places (the quiz's) would reach past the map extract, where it has no land; expected places inside story::map::REGION with room around them, or a wider extract (then `cargo xtask map`)".to_owned(),
        ]
    );
}

/// A distance in kilometres only would stay in km when a reader picks
/// miles: the build asks for `{km N}`, which the switch converts.
#[test]
fn a_distance_in_one_unit_names_its_words_and_asks_for_a_km_token() {
    assert_mistake(
        "steps",
        "Khasan is on the border.",
        "Khasan is 1,660 kilometers by rail from Vostochny.",
        "content/steps.toml:16: step \"khasan\", field `statement[2].text`: \"1,660 kilometers\" is a distance in one unit only, which the km/miles switch cannot convert; expected {km N} (background), or both units as the report writes them (\"about 900 kilometers (550 miles)\")",
    );
    assert_mistake(
        "steps",
        "Khasan is on the border.",
        "Khasan is {km 1,660} by rail.",
        "content/steps.toml:16: step \"khasan\", field `statement[2].text`: \"{km 1,660}\" is not a distance; expected whole kilometres, like {km 1660}",
    );
    assert_mistake(
        "teaching",
        "Point at the sources.",
        "Point at the 60 km.",
        "content/teaching.toml:4: note for step \"khasan\", field `notes`: \"60 km\" is a distance in one unit only; expected both units, as the report writes them (\"about 900 kilometers (550 miles)\")",
    );
    let story = load(&changed(
        "steps",
        "Khasan is on the border.",
        "Khasan is {km 1660} by rail.",
    ))
    .expect("valid");
    let segments: Vec<(&str, Option<u16>)> = story.steps[0].statements[1]
        .segments
        .iter()
        .map(|s| (s.text, s.km))
        .collect();
    assert!(segments.contains(&("1,660 km", Some(1660))), "{segments:?}");
    assert_eq!(
        story.steps[0].statements[1].text,
        "Khasan is 1,660 km by rail."
    );
}

#[test]
fn a_worksheet_statement_must_carry_a_label_the_worksheet_asks_about() {
    assert_mistake(
        "steps",
        "status = \"background\"",
        "status = \"background\"\nworksheet = true",
        "content/steps.toml:19: step \"khasan\", field `statement[2].worksheet`: status \"background\" is not one the worksheet asks about; expected worksheet = true only on a statement with status [\"on-record\", \"claimed\", \"unnamed-officials\", \"speculation\", \"analysis\", \"open\"]",
    );
}

#[test]
fn the_worksheet_takes_one_statement_per_label() {
    let files = changed(
        "steps",
        "quote = \"The train stopped in Khasan early Tuesday\"",
        "quote = \"The train stopped in Khasan early Tuesday\"\nworksheet = true\n\n[[step.statement]]\ntext = \"It stopped.\"\nsources = [\"state-media\"]\nstatus = \"claimed\"\nquote = \"The train stopped in Khasan early Tuesday\"\nworksheet = true",
    );
    assert_eq!(
        messages(&files),
        ["content/steps.toml:21: step \"khasan\", field `statement[2].worksheet`: a second worksheet statement with status \"claimed\" (the first is in step \"khasan\"); expected one per label"]
    );
}
