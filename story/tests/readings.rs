//! The two readings of the real report: every paragraph is told by some
//! step, and the report's order differs from the story's.

use std::path::Path;

#[test]
fn every_report_paragraph_links_to_the_steps_that_tell_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let story = story::content::load_dir(&dir, "content").expect("content is valid");
    let report = std::fs::read_to_string(dir.join("report.txt")).unwrap();
    assert_eq!(story.report.len(), story::report::paragraphs(&report).len());
    for (number, paragraph) in story.report.iter().enumerate() {
        assert!(
            !paragraph.steps.is_empty(),
            "paragraph {} is told by no step",
            number + 1
        );
    }
    // The report opens with the talks, which happened last: a news story puts
    // the newest, biggest fact first.
    let talks = story.step_index("talks").unwrap() as u16;
    assert!(story.report[0].steps.contains(&talks));
    let khasan = story.step_index("khasan").unwrap() as u16;
    let first_khasan = story
        .report
        .iter()
        .position(|p| p.steps.contains(&khasan))
        .unwrap();
    assert!(
        first_khasan > 0,
        "the journey's start is told after the summit"
    );
}

#[test]
fn computed_distances_are_baked_from_the_places_coordinates() {
    use story::geo::great_circle_km;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let story = story::content::load_dir(&dir, "content").expect("content is valid");
    let mut checked = 0;
    for distance in story.steps.iter().flat_map(|step| step.distances) {
        let (from, to) = (story.place(distance.from), story.place(distance.to));
        let expected = great_circle_km(from.lat_lon(), to.lat_lon());
        assert!((distance.straight_km - expected).abs() < 1e-9);
        assert!(
            distance.straight_km > 1.0,
            "{} to {} is a real distance",
            from.id,
            to.id
        );
        checked += 1;
    }
    assert!(
        checked > 0,
        "the story checks at least one reported distance"
    );
    let vostochny = story.places.iter().find(|p| p.id == "vostochny").unwrap();
    for place in story.places {
        let expected = great_circle_km(place.lat_lon(), vostochny.lat_lon());
        assert_eq!(place.km_to_vostochny, Some(expected), "{}", place.id);
    }
}

/// The "who said it" lens outlines, in "As it was reported", the paragraphs
/// whose words the statements quote: every quoted statement must be found
/// through some paragraph, or the lens would miss it there.
#[test]
fn every_quoted_statement_is_found_through_its_paragraph() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let story = story::content::load_dir(&dir, "content").expect("content is valid");
    for step in story.steps {
        for statement in step.statements.iter().filter(|s| s.quote.is_some()) {
            let found = (0..story.report.len()).any(|at| {
                story
                    .statements_quoting(at)
                    .any(|s| std::ptr::eq(s, statement))
            });
            assert!(
                found,
                "step {}: {:?} is found through no paragraph",
                step.id, statement.quote
            );
        }
    }
}
