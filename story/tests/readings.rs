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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let story = story::content::load_dir(&dir, "content").expect("content is valid");
    let mut checked = 0;
    for distance in story.steps.iter().flat_map(|step| step.distances) {
        let (from, to) = (story.place(distance.from), story.place(distance.to));
        let expected = by_unit_vectors(from.lat_lon(), to.lat_lon());
        assert!(
            (distance.straight_km - expected).abs() < 0.001,
            "{} to {}: baked {} km, {expected} km by unit vectors",
            from.id,
            to.id,
            distance.straight_km
        );
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
        let expected = by_unit_vectors(place.lat_lon(), vostochny.lat_lon());
        let baked = place.km_to_vostochny.expect("every place has its distance");
        assert!(
            (baked - expected).abs() < 0.001,
            "{}: {baked} against {expected}",
            place.id
        );
    }
}

/// The great-circle distance a second way, independent of the haversine
/// formula the bake uses: the angle between the two points' unit vectors
/// (atan2 of the cross and dot products, well-conditioned at every range),
/// on the same mean Earth radius (IUGG, 6,371.0088 km).
fn by_unit_vectors(a: story::geo::LatLon, b: story::geo::LatLon) -> f64 {
    let unit = |p: story::geo::LatLon| {
        let (lat, lon) = (p.lat.to_radians(), p.lon.to_radians());
        [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
    };
    let (u, v) = (unit(a), unit(b));
    let cross = [
        u[1] * v[2] - u[2] * v[1],
        u[2] * v[0] - u[0] * v[2],
        u[0] * v[1] - u[1] * v[0],
    ];
    let sine = (cross[0].powi(2) + cross[1].powi(2) + cross[2].powi(2)).sqrt();
    let cosine = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    6371.0088 * sine.atan2(cosine)
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

/// The lens's counts, tallied a second way: one pass over every statement,
/// adding one to each of its sources. Every source is counted, sources
/// with no statement at 0 (glossary-only background works).
#[test]
fn statements_per_source_match_a_tally_of_every_statement() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let story = story::content::load_dir(&dir, "content").expect("content is valid");
    let mut tally = vec![0usize; story.sources.len()];
    for step in story.steps {
        for statement in step.statements {
            for source in statement.sources {
                tally[usize::from(source.0)] += 1;
            }
        }
    }
    let counted = story.statements_per_source();
    assert_eq!(counted.len(), story.sources.len());
    for (source, count) in counted {
        assert_eq!(
            count,
            tally[usize::from(source.0)],
            "{}",
            story.source(source).id
        );
    }
    assert!(
        tally.iter().sum::<usize>() > story.steps.len(),
        "every step has statements"
    );
}
