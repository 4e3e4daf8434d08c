//! Translations: a fixture language added as a content change (a line in
//! `languages.toml` and a folder), and the exact messages an editor sees
//! when a translation is missing, stale or uses the wrong form of a name.
//!
//! The fixture language `xx` is a pseudo-translation: every text is the
//! English behind "[xx] ", so a test can tell the translation from the
//! English at a glance; glossary terms stay as they are, so they still
//! begin a word of the statements.

use std::path::{Path, PathBuf};

use story::content::translate::{fingerprint, load_all, uses_form, Field, TRANSLATED_FILES};

/// A fresh copy of the base fixture with the page's labels and a list of
/// languages, `en` and `xx`, in a folder of its own.
fn fixture(name: &str) -> PathBuf {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    let dir =
        std::env::temp_dir().join(format!("story-translations-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&base, &dir);
    std::fs::write(
        dir.join("ui.toml"),
        "[status]\non-record = \"On the record\"\nclaimed = \"Claimed by a party\"\n\n[pager]\nnext = \"Next\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("languages.toml"),
        "[[language]]\ncode = \"en\"\nname = \"English\"\nog_locale = \"en_GB\"\n\n[[language]]\ncode = \"xx\"\nname = \"Pseudo\"\nog_locale = \"en_XX\"\n",
    )
    .unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The English fields of the fixture, as the build lists them.
fn fields(dir: &Path) -> Vec<Field> {
    let (english, maps) =
        story::content::load_dir_with_maps(dir, "content").expect("the base fixture is sound");
    let labels = story::content::translate::ui_labels(dir, "content").unwrap();
    story::content::translate::english_fields(&english, &labels, &maps.names())
}

/// Writes `content/xx/`: every field translated and reviewed, with `Kim`
/// required in the form `KIM` wherever the English names him.
fn translate_all(dir: &Path) {
    let xx = dir.join("xx");
    std::fs::create_dir_all(&xx).unwrap();
    std::fs::write(
        xx.join("terms.toml"),
        "[names]\n\"Kim\" = \"Kim\"\n\n[labels]\non-record = \"[xx] On the record\"\n",
    )
    .unwrap();
    for file in TRANSLATED_FILES {
        // The format the README documents: [kind.id] field = { en, text }.
        let mut out = String::new();
        let mut item = String::new();
        for field in fields(dir).iter().filter(|f| f.file == file) {
            if field.item != item {
                item = field.item.clone();
                out.push_str(&format!("\n[{item}]\n"));
            }
            let text = if field.item.starts_with("term.") && field.field == "term" {
                field.english.clone()
            } else {
                format!("[xx] {}", field.english)
            };
            out.push_str(&format!(
                "{} = {{ en = {}, text = {} }}\n",
                field.field,
                toml::Value::String(fingerprint(&field.english)),
                toml::Value::String(text)
            ));
        }
        std::fs::write(xx.join(file), out).unwrap();
    }
}

fn messages(dir: &Path) -> Vec<String> {
    match load_all(dir, "content") {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The line of `file` (1-based) where `needle` first occurs after `after`.
fn line_of(file: &Path, after: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(file).unwrap();
    let start = text
        .find(after)
        .unwrap_or_else(|| panic!("{after:?} not in {}", file.display()));
    let at = start + text[start..].find(needle).unwrap();
    text[..at].matches('\n').count() + 1
}

#[test]
fn a_fixture_language_is_added_by_a_line_and_a_folder_and_is_built_translated() {
    let dir = fixture("added");
    translate_all(&dir);
    let languages = load_all(&dir, "content").unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let (english, english_labels) = languages.story("en").unwrap();
    let (pseudo, labels) = languages.story("xx").unwrap();
    assert_eq!(english.steps[0].title, "The train reaches Russia");
    assert_eq!(pseudo.steps[0].title, "[xx] The train reaches Russia");
    assert!(pseudo.steps[0].statements[0].text.starts_with("[xx] "));
    // The report's words stay English; their translation sits beside them.
    let statement = &pseudo.steps[0].statements[0];
    let quote = statement
        .quote
        .expect("the fixture's first statement quotes the report");
    assert_eq!(english.steps[0].statements[0].quote, Some(quote));
    assert_eq!(
        statement.quote_translation,
        Some(format!("[xx] {quote}").as_str())
    );
    assert!(english_labels.contains(&("pager".into(), "next".into(), "Next".into())));
    assert!(labels.contains(&("pager".into(), "next".into(), "[xx] Next".into())));
    assert!(
        languages.story("zz").is_err(),
        "a language not listed is not built"
    );
}

#[test]
fn a_changed_english_text_makes_its_translation_stale_naming_file_item_field_and_language() {
    let dir = fixture("stale");
    translate_all(&dir);
    let steps = dir.join("steps.toml");
    let text = std::fs::read_to_string(&steps).unwrap();
    std::fs::write(
        &steps,
        text.replace("The train reaches Russia", "The train arrives in Russia"),
    )
    .unwrap();
    let line = line_of(&dir.join("xx/steps.toml"), "[step.khasan]", "title =");
    assert_eq!(
        messages(&dir),
        [format!(
            "content/xx/steps.toml:{line}: step.khasan, field `title`: the Pseudo (xx) translation is stale: it translates English {}, but content/steps.toml now says \"The train arrives in Russia\" ({}); expected the translation brought up to date, then `cargo xtask translate xx --reviewed`",
            fingerprint("The train reaches Russia"),
            fingerprint("The train arrives in Russia")
        )]
    );
}

#[test]
fn a_missing_translation_stops_the_build_naming_what_to_add() {
    let dir = fixture("missing");
    translate_all(&dir);
    let ui = dir.join("xx/ui.toml");
    let text = std::fs::read_to_string(&ui).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| !line.starts_with("next ="))
        .collect();
    assert_ne!(
        kept.len(),
        text.lines().count(),
        "the fixture translates pager.next"
    );
    std::fs::write(&ui, kept.join("\n")).unwrap();
    assert_eq!(
        messages(&dir),
        [format!(
            "content/xx/ui.toml:1: ui.pager, field `next`: no Pseudo (xx) translation of \"Next\"; expected [ui.pager] next = {{ en = \"{}\", text = \"…\" }} (`cargo xtask translate xx` adds every missing field)",
            fingerprint("Next")
        )]
    );
}

#[test]
fn a_translation_that_drops_a_names_form_is_named_with_the_form_it_needs() {
    let dir = fixture("terms");
    translate_all(&dir);
    // The fixture's English names Kim in the first statement; the table asks
    // for "KIMI", which the pseudo-translation does not write.
    let terms = dir.join("xx/terms.toml");
    std::fs::write(&terms, "[names]\n\"Kim\" = \"KIMI\"\n\n[labels]\n").unwrap();
    let found = messages(&dir);
    assert!(
        !found.is_empty(),
        "a field naming Kim without KIMI is a mistake"
    );
    for message in &found {
        assert!(
            message.contains("the English names \"Kim\", so the Pseudo translation must use the terminology table's form \"KIMI\" (content/xx/terms.toml); it does not: "),
            "{message}"
        );
    }
}

#[test]
fn fingerprints_are_fnv1a_so_any_tool_can_compute_them() {
    // The published FNV-1a 32-bit values of "" and "a".
    assert_eq!(fingerprint(""), "811c9dc5");
    assert_eq!(fingerprint("a"), "e40c292c");
}

#[test]
fn a_names_form_may_take_an_ending_but_not_change() {
    assert!(uses_form(
        "встреча Владимира Путина и Ким Чен Ына",
        "Владимир Путин"
    ));
    assert!(uses_form(
        "встреча Владимира Путина и Ким Чен Ына",
        "Ким Чен Ын"
    ));
    assert!(uses_form("на космодроме «Восточный»", "Восточн"));
    assert!(uses_form("김정은이 보스토치니에 도착했다", "김정은"));
    assert!(!uses_form("김 위원장이 도착했다", "김정은"));
    assert!(!uses_form("Путин встретил Кима", "Владимир Путин"));
    assert!(!uses_form("ТАССом", "ИТАР-ТАСС"));
}

#[test]
fn a_translation_must_keep_the_values_the_page_fills_in() {
    let dir = fixture("values");
    std::fs::write(
        dir.join("ui.toml"),
        "[status]\non-record = \"On the record\"\n\n[pager]\nnext = \"Step {n} of {total}\"\n",
    )
    .unwrap();
    translate_all(&dir);
    let ui = dir.join("xx/ui.toml");
    let text = std::fs::read_to_string(&ui).unwrap();
    std::fs::write(
        &ui,
        text.replace("[xx] Step {n} of {total}", "[xx] Step {n}"),
    )
    .unwrap();
    let line = line_of(&ui, "[ui.pager]", "next =");
    assert_eq!(
        messages(&dir),
        [format!("content/xx/ui.toml:{line}: ui.pager, field `next`: the Pseudo (xx) translation has the values [\"{{n}}\"] where the English has [\"{{n}}\", \"{{total}}\"]; expected each of the English's, which the page fills in")]
    );
}

#[test]
fn a_word_that_changes_with_a_number_has_one_form_per_plural_category() {
    // English has two categories (1 mile, 2 miles): three forms are wrong.
    let dir = fixture("plural-english");
    std::fs::write(
        dir.join("ui.toml"),
        "[status]\non-record = \"On the record\"\n\n[units]\ndistance-miles = \"{n} {n:mile|miles|milez}\"\n",
    )
    .unwrap();
    assert_eq!(
        messages(&dir),
        ["content/ui.toml:5: units, field `distance-miles`: a choice in \"{n} {n:mile|miles|milez}\" gives 3 forms; English (en) has 2 plural categories (one, other), so expected one form for each, separated by |, in that order"]
    );
    // The fixture language has no plural rule, so one form for every
    // number: the English's two, copied, are named.
    let dir = fixture("plural-translated");
    std::fs::write(
        dir.join("ui.toml"),
        "[status]\non-record = \"On the record\"\n\n[units]\ndistance-miles = \"{n} {n:mile|miles}\"\n",
    )
    .unwrap();
    translate_all(&dir);
    let ui = dir.join("xx/ui.toml");
    let line = line_of(&ui, "[ui.units]", "distance-miles =");
    assert_eq!(
        messages(&dir),
        [format!("content/xx/ui.toml:{line}: ui.units, field `distance-miles`: a choice in \"[xx] {{n}} {{n:mile|miles}}\" gives 2 forms; Pseudo (xx) has 1 plural category (other), so expected one form for each, separated by |, in that order")]
    );
    let text = std::fs::read_to_string(&ui).unwrap();
    std::fs::write(&ui, text.replace("{n:mile|miles}", "{n:mijl}")).unwrap();
    assert_eq!(messages(&dir), Vec::<String>::new(), "one form is right");
}

#[test]
fn a_name_in_brackets_or_quotes_still_counts() {
    assert!(uses_form(
        "2023년 9월 13일 수요일(보스토치니 시각)",
        "보스토치니"
    ));
    assert!(uses_form("ракета «Союз-2»", "Союз-2"));
}

#[test]
fn every_listed_language_of_the_real_content_is_complete_current_and_builds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let languages = story::content::translate::languages(&dir, "content").unwrap();
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(
        codes,
        ["en", "ko", "ru"],
        "the explainer is read in English, Korean and Russian"
    );
    let all = load_all(&dir, "content").unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let (english, _) = all.story("en").unwrap();
    for code in ["ko", "ru"] {
        let (story, labels) = all.story(code).unwrap();
        assert_eq!(story.steps.len(), english.steps.len());
        for (step, original) in story.steps.iter().zip(english.steps) {
            assert_ne!(
                step.title, original.title,
                "{code}: step {} is translated",
                step.id
            );
            for (statement, original) in step.statements.iter().zip(original.statements) {
                // The report's words stay the English original.
                assert_eq!(statement.quote, original.quote);
                assert_eq!(
                    statement.quote_translation.is_some(),
                    original.quote.is_some()
                );
                assert_eq!(statement.status, original.status, "a claim stays a claim");
            }
        }
        assert!(labels.iter().all(|(_, _, text)| !text.is_empty()));
    }
}

#[test]
fn a_translated_statement_writes_its_distances_as_its_language_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let all = load_all(&dir, "content").unwrap_or_else(|errors| panic!("{errors:?}"));
    // The story's {km 1660} (Khasan to Vostochny by rail), as each page
    // writes it: Russian groups digits with a no-break space, because
    // "1,660" reads as 1.66 in Russian; Korean as English, unit unspaced.
    for (code, written) in [
        ("en", "1,660 km"),
        ("ko", "1,660km"),
        ("ru", "1\u{a0}660 км"),
    ] {
        let (story, _) = all.story(code).unwrap();
        let distances: Vec<&str> = story
            .steps
            .iter()
            .flat_map(|step| step.statements)
            .flat_map(|statement| statement.segments)
            .filter(|segment| segment.km == Some(1660))
            .map(|segment| segment.text)
            .collect();
        assert!(!distances.is_empty(), "{code}: the story gives 1,660 km");
        assert!(
            distances.iter().all(|text| *text == written),
            "{code}: {distances:?}, expected {written:?}"
        );
        let statement = story
            .steps
            .iter()
            .flat_map(|step| step.statements)
            .find(|statement| statement.segments.iter().any(|s| s.km == Some(1660)))
            .unwrap();
        assert!(
            statement.text.contains(written),
            "{code}: {}",
            statement.text
        );
    }
}
