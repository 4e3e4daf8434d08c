//! Classroom lenses on one report: the report's own order beside the story's,
//! "who said it", what is not yet known, and the clocks.

use e2e::{
    dist, english, fill, label, source_name, statement, statement_at, story, Browser, Site, View,
};
use serde_json::Value;
use story::hash;

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
        .map(|&i| {
            fill(
                &label("report", "step"),
                &[
                    ("n", &(i + 1).to_string()),
                    ("title", story.steps[usize::from(i)].title),
                ],
            )
        })
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

/// For each statement in the step: `[names CHOSEN (a source's name) as its
/// source, outlined visibly (at least 3 px, 3:1 against the page), faded]`.
const OUTLINES_BY_NAMED_SOURCE: &str = r#"
function lum(c) {
  var m = c.match(/[\d.]+/g).slice(0, 3).map(Number).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2];
}
var bg = lum(getComputedStyle(document.body).backgroundColor);
return Array.from(document.querySelectorAll('.step .statement')).map(function (li) {
  var named = Array.from(li.querySelectorAll('.statement__source cite')).some(function (c) { return c.textContent === CHOSEN; });
  var style = getComputedStyle(li), width = parseFloat(style.outlineWidth), line = lum(style.outlineColor);
  var contrast = (Math.max(bg, line) + 0.05) / (Math.min(bg, line) + 0.05);
  return [named, style.outlineStyle !== 'none' && width >= 3 && contrast >= 3, li.classList.contains('is-faded')];
});
"#;

#[tokio::test]
async fn the_who_said_it_lens_counts_and_highlights() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser
        .open(&site, &format!("/{}", hash::for_step("missiles")))
        .await;
    // Counted by hand in content/steps.toml (the statements whose sources
    // name each): fixed figures, not the app's own count.
    for (id, statements) in [
        ("tass", "6"),
        ("japan-coast-guard", "2"),
        ("kyodo", "2"),
        ("yonhap", "1"),
        ("ria-novosti", "1"),
    ] {
        let name = source_name(id);
        let shown = browser
            .js(&format!(
                "var b = Array.from(document.querySelectorAll('.lens__button')).find(function (b) {{ return b.firstChild.textContent === {name:?}; }});
                 return b ? b.querySelector('.lens__count').textContent : null"
            ))
            .await;
        assert_eq!(shown, Value::from(statements), "{name}'s count");
    }
    // Who each source is, beside its name: the report calls Tass "Russian
    // state news agency", and Japan's Coast Guard is its government's.
    for (id, who) in [
        ("tass", "russian-state"),
        ("japan-coast-guard", "japanese-government"),
    ] {
        let (name, who) = (source_name(id), label("affiliation", who));
        let shown = browser
            .js(&format!(
                "var b = Array.from(document.querySelectorAll('.lens__button')).find(function (b) {{ return b.firstChild.textContent === {name:?}; }});
                 return b.querySelector('.lens__who').textContent"
            ))
            .await;
        assert_eq!(shown, Value::from(who));
    }
    let coast_guard = source_name("japan-coast-guard");
    browser
        .js(&format!(
            "Array.from(document.querySelectorAll('.lens__button')).find(function (b) {{ return b.firstChild.textContent === {coast_guard:?}; }}).click()"
        ))
        .await;
    browser.settle().await;
    // The outlined statements are the ones whose named source is the Coast
    // Guard (read from each statement's own "Source:" line), and the
    // outline is visible: a thick line in a colour that stands out against
    // the page (at least 3:1, WCAG's figure for non-text contrast).
    let seen = browser
        .js(&OUTLINES_BY_NAMED_SOURCE
            .replace("CHOSEN", &serde_json::to_string(coast_guard).unwrap()))
        .await;
    let rows = seen.as_array().expect("statements");
    assert!(
        rows.iter().any(|r| r[0] == true),
        "the Coast Guard is quoted in this step: {seen}"
    );
    for row in rows {
        assert_eq!(
            row[1], row[0],
            "outlined exactly when the Coast Guard is the source: {seen}"
        );
        assert_eq!(
            row[2],
            Value::Bool(row[0] != true),
            "the others fade: {seen}"
        );
    }
    browser.finish().await;
}

/// The lens panel can be far from the step (below it on a phone), so it says
/// what it did: here, that the chosen source is not in this step, and where
/// it is. In "As it was reported" it outlines the report's paragraphs.
#[tokio::test]
async fn the_lens_says_where_a_source_is_and_outlines_the_report() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(390, 844).await;
    browser.open(&site, "/").await;
    let pick = |name: &str| {
        format!(
            "Array.from(document.querySelectorAll('.lens__button')).find(function (b) {{ return b.firstChild.textContent === {name:?}; }}).click()"
        )
    };
    // Kyodo is quoted once in the report, in its paragraph on Komsomolsk-on-Amur
    // (step 14, "Next: a fighter-jet plant?"), not in step 1.
    let story = story();
    let kyodo = source_name("kyodo");
    browser.js(&pick(kyodo)).await;
    browser.settle().await;
    let said = browser.text(".lens__result").await;
    let none_here = fill(&label("lens", "none-here"), &[("n", "1"), ("name", kyodo)]);
    assert!(
        said.starts_with(&none_here),
        "{said:?}, expected {none_here:?}"
    );
    let steps = browser
        .js("return Array.from(document.querySelectorAll('.lens__step')).map(function (b) { return b.textContent; })")
        .await;
    assert_eq!(
        steps,
        serde_json::json!([fill(&label("lens", "step"), &[("n", "14")])])
    );
    browser.click(".lens__step").await;
    browser.wait_for_step("komsomolsk").await;
    let picked = browser
        .js("return Array.from(document.querySelectorAll('.statement.is-picked cite')).map(function (c) { return c.textContent; })")
        .await;
    assert_eq!(
        picked,
        serde_json::json!([kyodo, kyodo]),
        "its statements are outlined"
    );
    // In the report's own order, the paragraphs outlined are the one that
    // names Kyodo; every other paragraph is faded.
    browser.open_view(View::Report).await;
    browser.settle().await;
    let outlined = browser
        .js("return Array.from(document.querySelectorAll('.report-view__paragraph.is-picked')).map(function (p) { return p.querySelector('.report-view__text').textContent; })")
        .await;
    let outlined = outlined.as_array().expect("a list");
    assert_eq!(outlined.len(), 1, "{outlined:?}");
    // The report itself is never translated: its English is shown.
    assert!(outlined[0]
        .as_str()
        .unwrap()
        .contains("Japan's Kyodo news agency reported"));
    let in_report = fill(
        &label("lens", "in-report"),
        &[
            ("paragraphs", "1"),
            ("total", &story.report.len().to_string()),
            ("name", kyodo),
        ],
    );
    let said = browser.text(".lens__result").await;
    assert!(
        said.starts_with(&in_report),
        "{said:?}, expected {in_report:?}"
    );
    browser.finish().await;
}

#[tokio::test]
async fn what_we_dont_know_separates_open_questions_from_answered_ones() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/").await;
    // Open to the end of the report: how far the missiles flew (South Korea's
    // Joint Chiefs "didn't immediately say", told in step 8 and the recap),
    // and what the talks produced (the report says only that they began).
    let open = browser
        .js("return Array.from(document.querySelectorAll('.unknowns__list--open li')).map(function (li) { return li.firstChild.textContent; })")
        .await;
    let open: Vec<&str> = open
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let expected: Vec<&str> = [
        ("where-next", "how long"),
        ("missiles", "how far the missiles flew"),
        ("talks", "discussed or agreed"),
        ("recap", "how far the missiles flew"),
    ]
    .iter()
    .map(|(step, words)| statement(step, words).text)
    .collect();
    assert_eq!(open, expected);
    // Open at the time, answered later: where they would meet ("not certain
    // where", step 4), answered when Kim arrives at the cosmodrome (step 9).
    // How long the train would take (step 7) the report never says.
    let answered = browser
        .js("return Array.from(document.querySelectorAll('.unknowns__list--answered li')).map(function (li) { return li.textContent; })")
        .await;
    let answered: Vec<&str> = answered
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(answered.len(), 1, "{answered:?}");
    let answered_in = fill(&label("unknowns", "answered"), &[("n", "9")]);
    let ending = format!(
        "{} {answered_in}",
        fill(&label("unknowns", "step"), &[("n", "4")])
    );
    assert!(
        answered[0].contains(statement("putin-in-vladivostok", "where they would meet").text)
            && answered[0].ends_with(&ending),
        "{answered:?}, expected to end with {ending:?}"
    );
    browser
        .js(&format!(
            "Array.from(document.querySelectorAll('.unknowns__list--answered .unknowns__step')).find(function (b) {{ return b.textContent === {}; }}).click()",
            serde_json::to_string(&answered_in).unwrap()
        ))
        .await;
    browser.wait_for_step("welcome").await;
    browser.finish().await;
}

#[tokio::test]
async fn each_statement_says_how_the_report_sources_it_and_who_the_source_is() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1366, 768).await;
    // The launch pads: the report names Tass only in the sentence before.
    browser
        .open(&site, &format!("/{}", hash::for_step("rocket-tour")))
        .await;
    let pads = format!(
        "document.querySelectorAll('.step .statement')[{}]",
        statement_at("rocket-tour", "two launch pads")
    );
    let carried = statement("rocket-tour", "two launch pads")
        .carried_from
        .expect("the launch pads' source is carried over");
    let row = browser
        .js(&format!(
            "var li = {pads}; li.scrollIntoView({{block: 'center'}});
             var note = li.querySelector('.statement__carried'); var box = note.getBoundingClientRect();
             return [li.querySelector('.status').textContent, li.querySelector('cite').textContent,
                     li.querySelector('.statement__affiliation').textContent, note.textContent,
                     box.top >= 0 && box.bottom <= innerHeight && box.height > 0,
                     parseFloat(getComputedStyle(note).fontSize)]"
        ))
        .await;
    assert_eq!(
        row[0],
        label("status", "claimed").as_str(),
        "Tass speaks for one side"
    );
    assert_eq!(row[1], source_name("tass"));
    assert_eq!(
        row[2],
        fill(
            &label("statement", "who"),
            &[("who", &label("affiliation", "russian-state"))]
        )
        .as_str()
    );
    // In English the carried words are "…Russian state news agency Tass reported…".
    assert_eq!(
        row[3],
        fill(&label("statement", "carried"), &[("words", carried)]).as_str(),
        "{row:?}"
    );
    assert_eq!(row[4], true, "the carried-over note is on screen: {row:?}");
    assert!(row[5].as_f64().unwrap() >= 14.0, "readable note: {row:?}");
    // The reporters' own reading is labelled as analysis, not on the record.
    browser
        .open(&site, &format!("/{}", hash::for_step("missiles")))
        .await;
    let analysis: Vec<usize> = english().steps[english().step_index("missiles").unwrap()]
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.text.contains("provocative") || s.text.contains("distraction"))
        .map(|(at, _)| at)
        .collect();
    assert_eq!(
        analysis.len(),
        2,
        "the reporters' two readings of the launches"
    );
    let labels = browser
        .js(&format!(
            "var all = document.querySelectorAll('.step .statement'); return {analysis:?}.map(function (at) {{ return all[at].querySelector('.status').textContent; }})"
        ))
        .await;
    let analysis_label = label("status", "analysis");
    assert_eq!(labels, serde_json::json!([analysis_label, analysis_label]));
    // An unknown the report answers later links to the step that answers it.
    browser
        .open(
            &site,
            &format!("/{}", hash::for_step("putin-in-vladivostok")),
        )
        .await;
    let link = browser.text(".statement__answered").await;
    let story = story();
    assert_eq!(
        link,
        fill(
            &label("statement", "answered"),
            &[
                ("n", "9"),
                (
                    "title",
                    story.steps[story.step_index("welcome").unwrap()].title
                )
            ]
        )
    );
    browser.click(".statement__answered").await;
    browser.wait_for_step("welcome").await;
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
    // In English: "Local time here is UTC+10. Pyongyang: 1 hour behind.
    // Moscow: 7 hours behind. UTC: 10 hours behind. The report gives no
    // clock time." Khasan is at UTC+10 (places.md); the differences are
    // worked out by hand, not by the app's code.
    let behind = |amount: String| fill(&label("clocks", "behind"), &[("amount", &amount)]);
    let hours = |n: &str| fill(&label("clocks", "hours"), &[("hours", n)]);
    let other = |place: &str, difference: String| {
        fill(
            &label("clocks", "other"),
            &[
                ("place", &label("clocks", place)),
                ("difference", &difference),
            ],
        )
    };
    let expected = [
        fill(&label("clocks", "local"), &[("zone", "UTC+10")]),
        other("pyongyang", behind(label("clocks", "one-hour"))),
        other("moscow", behind(hours("7"))),
        other("utc", behind(hours("10"))),
        label("clocks", "note"),
    ]
    .concat();
    assert_eq!(clocks, expected.trim());
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
    // The word's description is its popover (each occurrence has its own
    // id), which names the term in bold and defines it.
    let described = browser
        .js("var id = document.querySelector('.term__word').getAttribute('aria-describedby'), tip = document.getElementById(id);
             return tip && tip.classList.contains('term__tip') ? tip.querySelector('strong').textContent : null")
        .await;
    let term = story
        .glossary
        .iter()
        .find(|t| Some(t.term) == described.as_str())
        .unwrap_or_else(|| panic!("a real term: {described}"));
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
                    assert!(feedback.starts_with(&label("quiz", "wrong")), "{feedback}");
                    // And which answer was right, so a wrong answer teaches.
                    let right = choices[usize::from(answer)];
                    assert!(
                        feedback.contains(&format!("{}{right}", label("quiz", "right-answer"))),
                        "a wrong answer shows the right one: {feedback}"
                    );
                    let link = browser.text(&format!("{q} .quiz__step")).await;
                    let step = usize::from(question.step);
                    assert_eq!(
                        link,
                        fill(
                            &label("quiz", "read-step"),
                            &[
                                ("n", &(step + 1).to_string()),
                                ("title", story.steps[step].title)
                            ]
                        )
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
                browser.put_in_story_order(&q, &story, items).await;
            }
            QuestionKind::Place { answer } => {
                // Markers are numbered in the order of content/places.toml;
                // Komsomolsk-on-Amur is its ninth place, all eight before it
                // on the map (read off the file by hand).
                assert_eq!(story.place(answer).id, "komsomolsk-on-amur");
                let number = 9;
                assert_eq!(
                    browser
                        .text(&format!(
                            "{q} .quiz__choices--inline .quiz__choice:nth-child({number})"
                        ))
                        .await,
                    fill(&label("quiz", "marker"), &[("n", "9")])
                );
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
            feedback.starts_with(&label("quiz", "right")),
            "question {}: {feedback}",
            question.id
        );
    }
    assert_eq!(
        browser.text(".quiz__score").await,
        fill(
            &label("quiz", "score"),
            &[
                ("right", &story.quiz.len().to_string()),
                ("total", &story.quiz.len().to_string())
            ]
        )
    );
    browser.click(".quiz__retry").await;
    assert_eq!(
        browser.text(".quiz__score").await,
        fill(
            &label("quiz", "so-far"),
            &[("right", "0"), ("total", &story.quiz.len().to_string())]
        )
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

/// "The report's words" are the report's English in every language; a
/// translated build marks them as English and puts the project's
/// translation after them, labelled as ours.
#[tokio::test]
async fn the_reports_words_stay_english_with_our_translation_beside_them() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser
        .open(&site, &format!("/{}", hash::for_step("khasan")))
        .await;
    let english = english();
    let khasan = english.steps[english.step_index("khasan").unwrap()];
    let shown = browser
        .js("var d = document.querySelector('.step .statement__quote'); d.open = true;
             var q = d.querySelector('blockquote'), ours = d.querySelector('.statement__ours'), r = q.getBoundingClientRect();
             return [q.textContent, q.getAttribute('lang'), ours ? ours.textContent : null, r.height > 0]")
        .await;
    let quote = khasan.statements[0]
        .quote
        .expect("the first statement quotes the report");
    assert_eq!(
        shown[0],
        fill(&label("statement", "quote"), &[("quote", quote)]).as_str(),
        "the report's own English words"
    );
    assert_eq!(shown[3], true, "shown once opened");
    match statement("khasan", khasan.statements[0].text).quote_translation {
        None => {
            assert_eq!(e2e::lang(), "en");
            assert_eq!(shown[1], Value::Null, "English needs no language mark");
            assert_eq!(shown[2], Value::Null, "nothing to translate");
        }
        Some(ours) => {
            assert_eq!(
                shown[1], "en",
                "marked as English for a screen reader's voice"
            );
            assert_eq!(
                shown[2],
                fill(&label("statement", "ours"), &[("quote", ours)]).as_str(),
                "the project's translation, labelled as ours"
            );
        }
    }
    browser.finish().await;
}
