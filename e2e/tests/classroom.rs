//! Classroom lenses on one report: the report's own order beside the story's,
//! "who said it", what is not yet known, and the clocks.

use e2e::{dist, story, Browser, Site, View};
use serde_json::Value;
use story::{hash, Status};

#[tokio::test]
async fn as_it_was_reported_links_each_paragraph_to_its_steps() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/").await;
    browser.open_view(View::Report).await;
    let paragraphs = browser
        .js("return document.querySelectorAll('.report-view__paragraph').length")
        .await;
    assert_eq!(paragraphs, story.report.len() as u64);
    // The report opens with the talks (paragraph 1), which the story tells late.
    let first_links = browser
        .js("return Array.from(document.querySelectorAll('.report-view__paragraph:first-child .report-view__step')).map(function (b) { return b.textContent; })")
        .await;
    let expected: Vec<String> = story.report[0]
        .steps
        .iter()
        .map(|&i| format!("Step {}: {}", i + 1, story.steps[usize::from(i)].title))
        .collect();
    assert_eq!(first_links, serde_json::json!(expected));
    for paragraph in story.report {
        assert!(
            !paragraph.steps.is_empty(),
            "every paragraph is told somewhere"
        );
    }
    browser
        .click(".report-view__paragraph:first-child .report-view__step")
        .await;
    let target = story.steps[usize::from(story.report[0].steps[0])].id;
    browser.wait_for_step(target).await;
    assert_eq!(browser.hash().await, hash::for_step(target));
    browser.finish().await;
}

#[tokio::test]
async fn the_who_said_it_lens_counts_and_highlights() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser
        .open(&site, &format!("/{}", hash::for_step("missiles")))
        .await;
    let tass = story
        .sources
        .iter()
        .position(|s| s.id == "japan-coast-guard")
        .unwrap();
    let count = story.statements_per_source()[tass].1;
    let label = story.sources[tass].name;
    let script = format!(
        "var b = Array.from(document.querySelectorAll('.lens__button')).find(function (b) {{ return b.firstChild.textContent === {label:?}; }});
         return b ? b.querySelector('.lens__count').textContent : null"
    );
    assert_eq!(browser.js(&script).await, Value::from(count.to_string()));
    browser
        .js(&format!(
            "Array.from(document.querySelectorAll('.lens__button')).find(function (b) {{ return b.firstChild.textContent === {label:?}; }}).click()"
        ))
        .await;
    browser.settle().await;
    let step = &story.steps[story.step_index("missiles").unwrap()];
    let expected: Vec<bool> = step
        .statements
        .iter()
        .map(|s| s.sources.iter().any(|&r| usize::from(r.0) == tass))
        .collect();
    let shown = browser.js("return Array.from(document.querySelectorAll('.statement')).map(function (li) { return li.classList.contains('is-picked'); })").await;
    assert_eq!(shown, serde_json::json!(expected));
    let faded = browser
        .js("return document.querySelectorAll('.statement.is-faded').length")
        .await;
    assert_eq!(faded, expected.iter().filter(|p| !**p).count() as u64);
    browser.finish().await;
}

#[tokio::test]
async fn what_we_dont_know_lists_every_open_question() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/").await;
    let unknowns = story
        .steps
        .iter()
        .flat_map(|s| s.statements)
        .filter(|s| s.status == Status::Unknown)
        .count();
    let shown = browser
        .js("return document.querySelectorAll('.unknowns__list li').length")
        .await;
    assert_eq!(shown, unknowns as u64);
    let text = browser.text(".unknowns__list").await;
    assert!(text.contains("how far the missiles flew"), "{text}");
    browser.finish().await;
}

#[tokio::test]
async fn clocks_compare_time_zones_without_inventing_a_time() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser
        .open(&site, &format!("/{}", hash::for_step("khasan")))
        .await;
    let clocks = browser.text(".clocks").await;
    assert_eq!(
        clocks,
        "Local time here is UTC+10. Pyongyang: 1 hour behind. Moscow: 7 hours behind. UTC: 10 hours behind. The report gives no clock time."
    );
    browser.finish().await;
}

#[tokio::test]
async fn glossary_words_open_by_focus_and_by_tap_and_the_glossary_lists_all() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser
        .open(&site, &format!("/{}", hash::for_step("rocket-tour")))
        .await;
    let visible = "var t = document.querySelector('.term__tip'); return !!t && getComputedStyle(t).display !== 'none'";
    assert_eq!(
        browser.js(visible).await,
        Value::Bool(false),
        "hidden until asked for"
    );
    // Keyboard: focus shows the definition.
    browser
        .js("document.querySelector('.term__word').focus()")
        .await;
    assert_eq!(
        browser.js(visible).await,
        Value::Bool(true),
        "focus shows it"
    );
    let first = browser
        .js("return document.querySelector('.term__word').getAttribute('aria-describedby')")
        .await;
    let term_id = first
        .as_str()
        .unwrap()
        .trim_start_matches("tip-")
        .to_owned();
    let term = story
        .glossary
        .iter()
        .find(|t| t.id == term_id)
        .expect("a real term");
    assert!(browser.text(".term__tip").await.contains(term.definition));
    // Tap: pins it open even without focus or hover; Escape closes it. (The
    // pointer stays over the word after a click, so read the pinned state.)
    let pinned = "return document.querySelector('.term__tip').classList.contains('is-pinned')";
    browser.click(".term__word").await;
    assert_eq!(
        browser.js(pinned).await,
        Value::Bool(true),
        "a tap pins it open"
    );
    browser
        .js("document.querySelector('.term__word').focus()")
        .await;
    browser.press(fantoccini::key::Key::Escape.into()).await;
    browser.settle().await;
    assert_eq!(
        browser.js(pinned).await,
        Value::Bool(false),
        "Escape unpins it"
    );
    // The full glossary.
    browser.open_view(View::Glossary).await;
    let entries = browser
        .js("return document.querySelectorAll('.glossary__entry').length")
        .await;
    assert_eq!(entries, story.glossary.len() as u64);
    // A to Z, whatever the case of each term's first letter.
    let shown = browser
        .js("return [...document.querySelectorAll('.glossary__entry dt')].map(t => t.textContent)")
        .await;
    let shown: Vec<String> = serde_json::from_value(shown).expect("a list of terms");
    let mut sorted = shown.clone();
    sorted.sort_by_key(|term| term.to_lowercase());
    assert_eq!(shown, sorted, "the glossary is in A-to-Z order");
    browser.finish().await;
}

#[tokio::test]
async fn a_full_quiz_run_with_right_and_wrong_answers() {
    use story::quiz::QuestionKind;
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 900).await;
    browser.open(&site, "/").await;
    browser.open_view(View::Quiz).await;
    let on_map: Vec<&str> = story
        .places
        .iter()
        .filter(|p| p.at.is_some())
        .map(|p| p.id)
        .collect();
    for (index, question) in story.quiz.iter().enumerate() {
        let q = format!(".quiz__question[data-question={:?}]", question.id);
        match question.kind {
            QuestionKind::Choice { choices, answer } => {
                if index == 0 {
                    // A wrong answer first: the feedback says so and links to the step.
                    let wrong = (usize::from(answer) + 1) % choices.len();
                    browser
                        .click(&format!("{q} .quiz__choice:nth-child({}) input", wrong + 1))
                        .await;
                    browser.click(&format!("{q} .quiz__check")).await;
                    let feedback = browser.text(&format!("{q} .quiz__feedback")).await;
                    assert!(feedback.starts_with("Not quite."), "{feedback}");
                    let link = browser.text(&format!("{q} .quiz__step")).await;
                    let step = usize::from(question.step);
                    assert_eq!(
                        link,
                        format!("Read step {}: {}", step + 1, story.steps[step].title)
                    );
                }
                browser
                    .click(&format!(
                        "{q} .quiz__choice:nth-child({}) input",
                        usize::from(answer) + 1
                    ))
                    .await;
            }
            QuestionKind::Order { items, .. } => {
                // Sort by "earlier" buttons, as a keyboard user would.
                for (target_at, &step) in items.iter().enumerate() {
                    let title = story.steps[usize::from(step)].title;
                    loop {
                        let titles = browser
                            .js(&format!("return Array.from(document.querySelectorAll('{q} .quiz__item span')).map(function (s) {{ return s.textContent; }})"))
                            .await;
                        let at = titles
                            .as_array()
                            .unwrap()
                            .iter()
                            .position(|t| t == title)
                            .unwrap();
                        if at == target_at {
                            break;
                        }
                        browser
                            .click(&format!(
                                "{q} .quiz__item:nth-child({}) .quiz__move",
                                at + 1
                            ))
                            .await;
                    }
                }
            }
            QuestionKind::Place { answer } => {
                let id = story.place(answer).id;
                let number = on_map.iter().position(|p| *p == id).unwrap() + 1;
                browser
                    .click(&format!(
                        "{q} .quiz__choices--inline .quiz__choice:nth-child({number}) input"
                    ))
                    .await;
            }
        }
        browser.click(&format!("{q} .quiz__check")).await;
        let feedback = browser.text(&format!("{q} .quiz__feedback")).await;
        assert!(
            feedback.starts_with("Right."),
            "question {}: {feedback}",
            question.id
        );
    }
    assert_eq!(
        browser.text(".quiz__score").await,
        format!("Your score: {0} of {0}.", story.quiz.len())
    );
    browser.click(".quiz__retry").await;
    assert_eq!(
        browser.text(".quiz__score").await,
        format!("Checked so far: 0 right of {} questions.", story.quiz.len())
    );
    // Feedback links go to the step that holds the answer.
    let first = &story.quiz[0];
    if let QuestionKind::Choice { answer, .. } = first.kind {
        let q = format!(".quiz__question[data-question={:?}]", first.id);
        browser
            .click(&format!(
                "{q} .quiz__choice:nth-child({}) input",
                usize::from(answer) + 1
            ))
            .await;
        browser.click(&format!("{q} .quiz__check")).await;
        browser.click(&format!("{q} .quiz__step")).await;
        browser
            .wait_for_step(story.steps[usize::from(first.step)].id)
            .await;
    }
    browser.finish().await;
}
