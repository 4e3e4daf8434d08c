//! The worksheet's statement-to-label exercise, from the real content: one
//! statement per label, each carrying the label it is paired with, and no
//! statement printed beside its own label.

use std::path::Path;

use story::{Status, Story, LABEL_EXERCISE};

fn story() -> Story {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    story::content::load_dir(&dir, "content").expect("content is valid")
}

#[test]
fn each_label_has_one_statement_that_carries_it_and_none_stands_beside_its_own() {
    let story = story();
    let exercise = story.label_exercise();
    assert_eq!(
        exercise.len(),
        LABEL_EXERCISE.len(),
        "a statement for every label"
    );
    for (at, (_, statement, status)) in exercise.iter().enumerate() {
        assert_eq!(statement.status, *status, "{:?}", statement.text);
        assert_ne!(
            *status, LABEL_EXERCISE[at],
            "statement {at} is printed beside its own label"
        );
    }
    let mut statuses: Vec<Status> = exercise.iter().map(|(_, _, status)| *status).collect();
    statuses.sort_by_key(|status| status.slug());
    statuses.dedup();
    assert_eq!(statuses.len(), 6, "six different labels");
    // The first printed is the Russian media's guess, as the content says it.
    // The statements the content marks, in the printed order (A to F).
    let printed: Vec<(&str, &str)> = exercise
        .iter()
        .map(|(index, statement, _)| (story.steps[*index].id, statement.text))
        .collect();
    assert_eq!(
        printed,
        [
            ("where-next", "Some Russian news outlets guessed that Kim was heading for the Vostochny spaceport, which Putin was due to visit soon."),
            ("khasan", "Kim Jong Un's personal train stopped at Khasan, a station on Russia's border with North Korea, early on Tuesday."),
            ("what-happened", "Why it matters, in the reporters' view: the summit underlines how the two leaders' interests are lining up, as each of them faces his own intensifying confrontation with the United States."),
            ("what-happened", "Russia's President Vladimir Putin and North Korea's leader Kim Jong Un began talks on Wednesday at Vostochny, a Russian rocket launch site, Russia's state news agency Tass reported."),
            ("missiles", "South Korea's military chiefs did not say straight away how far the missiles flew."),
            ("komsomolsk", "Kyodo got this from Russian officials whose names it did not give."),
        ]
    );
}
