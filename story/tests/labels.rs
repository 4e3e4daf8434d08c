//! The source-critical review of the real content (issue 11), held in
//! place: each expectation comes from the report's own words, not from the
//! loader, so a content edit that brings a finding back fails here too.

use std::path::Path;

use story::{Affiliation, Statement, Status, Story};

fn story() -> Story {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    story::content::load_dir(&dir, "content").expect("content is valid")
}

/// Every statement whose quote contains `words` (from the report).
fn quoting<'a>(story: &'a Story, words: &str) -> Vec<&'a Statement> {
    let found: Vec<&Statement> = story
        .steps
        .iter()
        .flat_map(|step| step.statements)
        .filter(|s| {
            s.quote
                .is_some_and(|q| q.contains(words) || words.contains(q))
        })
        .collect();
    assert!(!found.is_empty(), "no statement quotes {words:?}");
    found
}

fn source_ids(story: &Story, statement: &Statement) -> Vec<&'static str> {
    statement
        .sources
        .iter()
        .map(|&s| story.source(s).id)
        .collect()
}

#[test]
fn a_non_party_agency_is_on_the_record_and_a_state_agency_is_a_party() {
    let story = story();
    // "The South Korean news agency Yonhap later published a photo …"
    for s in quoting(
        &story,
        "Yonhap later published a photo it said showed the train in Ussuriysk",
    ) {
        assert_eq!(s.status, Status::OnRecord);
    }
    // "Russian news agency RIA-Novosti reported …" and "Russian state news agency Tass reported".
    for words in [
        "RIA-Novosti reported Kim's train headed north after crossing the Razdolnaya River",
        "The two leaders will inspect the cosmodrome and then sit down for talks, Russian state media reported",
        "began on Wednesday at the Vostochny cosmodrome, Russian state news agency Tass reported",
    ] {
        for s in quoting(&story, words) {
            assert_eq!(s.status, Status::Claimed, "{words:?}");
        }
    }
    let tass = story.sources.iter().find(|s| s.id == "tass").unwrap();
    assert_eq!(tass.affiliation, Affiliation::RussianState);
    let yonhap = story.sources.iter().find(|s| s.id == "yonhap").unwrap();
    assert!(!yonhap.affiliation.is_party());
}

#[test]
fn the_reporters_reading_is_analysis() {
    let story = story();
    for words in [
        "interests are aligning",
        "highly provocative run",
        "Kim used the distraction caused by Putin's war on Ukraine",
        "an opportunity to refill ammunition stores",
        "chance to get around crippling U.N. sanctions",
    ] {
        for s in quoting(&story, words) {
            assert_eq!(s.status, Status::Analysis, "{words:?}");
            assert_eq!(source_ids(&story, s), ["reporters"], "{words:?}");
        }
    }
}

#[test]
fn only_what_the_report_credits_is_credited() {
    let story = story();
    // The second sentence of the first paragraph does not name Tass itself.
    for s in quoting(&story, "including two launch pads") {
        assert_eq!(source_ids(&story, s), ["tass"]);
        assert!(s.carried_from.is_some_and(|c| c.contains("Tass reported")));
    }
    // The stop at Khasan and the honor guard are the reporters' own words;
    // "according to North Korean state media and video" belongs to the red carpet.
    for s in quoting(
        &story,
        "it was met by a military honor guard and a brass band",
    ) {
        assert_eq!(source_ids(&story, s), ["reporters"]);
    }
    for s in quoting(&story, "He was met on a red carpet") {
        assert_eq!(
            source_ids(&story, s),
            ["nk-state-media", "social-media-video"]
        );
        assert_eq!(
            s.status,
            Status::Claimed,
            "a party's account beside a video of unknown origin"
        );
    }
}

#[test]
fn what_the_report_answers_is_not_left_unknown() {
    let story = story();
    // "But it's not certain where": the lead says where they met.
    let welcome = story.step_index("welcome").unwrap() as u16;
    for s in quoting(&story, "But it's not certain where") {
        assert_eq!((s.status, s.answered_in), (Status::Unknown, Some(welcome)));
    }
    // Nothing in the report says how long the train took, nor how far the missiles flew.
    for words in ["it is unclear how long", "didn't immediately say how far"] {
        for s in quoting(&story, words) {
            assert_eq!(s.status, Status::Open, "{words:?}");
        }
    }
    // "it didn't specify where" is a fact about what KCNA left out.
    for s in quoting(&story, "but it didn't specify where") {
        assert_eq!(s.status, Status::OnRecord);
    }
}

#[test]
fn hedged_words_stay_hedged() {
    let story = story();
    for step in story.steps {
        assert!(!step.title.contains("wants"), "{:?}", step.title);
        for s in step.statements {
            assert!(!s.text.contains(" wants "), "{:?}", s.text);
        }
    }
    let recap = &story.steps[story.step_index("recap").unwrap()];
    assert!(
        recap
            .statements
            .iter()
            .all(|s| !s.text.contains("slow train")),
        "the recap does not call the journey's end unknown: Kim arrived"
    );
}
