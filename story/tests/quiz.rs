//! The quiz's right answers in words, as the quiz shows them after a wrong
//! answer and the handout prints them: checked against the content's own
//! words, written out here.

use std::path::Path;

use story::Story;

fn story() -> Story {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    story::content::load_dir(&dir, "content").expect("content is valid")
}

fn answer_to(story: &Story, id: &str) -> String {
    let question = story.quiz.iter().find(|q| q.id == id).expect(id);
    story.right_answer(question)
}

#[test]
fn the_right_answer_reads_as_the_choice_the_places_name_or_the_steps_in_order() {
    let story = story();
    assert_eq!(answer_to(&story, "who-reported-talks"), "Tass");
    assert_eq!(
        answer_to(&story, "destination-not-said"),
        "It did not say where"
    );
    assert_eq!(
        answer_to(&story, "train-journey-order"),
        "The train reaches Russia → Reported: the train turns north → \
         A photo said to show the train in Ussuriysk → Putin welcomes Kim"
    );
    assert_eq!(
        answer_to(&story, "find-the-jet-factory-city"),
        "Komsomolsk-on-Amur"
    );
}
