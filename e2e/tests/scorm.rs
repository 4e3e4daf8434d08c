//! The SCORM 1.2 package in a real SCORM runtime: scorm-again's
//! `Scorm12API` (the LMS's side, as LMS projects use it) in a page that plays
//! the LMS and frames the package's launch file, as Moodle or Canvas do. The
//! package is the one `cargo xtask dist` wrote, unpacked as an LMS unpacks it.

use std::io::Read;
use std::path::{Path, PathBuf};

use e2e::{dist, story, Browser, Site};
use serde_json::{json, Value};
use story::quiz::QuestionKind;

/// The package unpacked into a fresh folder beside scorm-again's script, and
/// the mastery score its manifest sets.
fn unpacked() -> (PathBuf, String) {
    let zip = std::fs::read(dist().join("vostochny-explainer-scorm12.zip"))
        .expect("cargo xtask dist writes dist/vostochny-explainer-scorm12.zip");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("a zip file");
    let folder = std::env::temp_dir().join(format!(
        "vostochny-lms-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    let package = folder.join("package");
    std::fs::create_dir_all(&package).unwrap();
    archive.extract(&package).expect("the package unpacks");
    let mut manifest = String::new();
    archive
        .by_name("imsmanifest.xml")
        .unwrap()
        .read_to_string(&mut manifest)
        .unwrap();
    let mastery = manifest
        .split("<adlcp:masteryscore>")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the manifest sets a mastery score")
        .trim()
        .to_owned();
    let runtime = std::env::var("SCORM_AGAIN")
        .expect("SCORM_AGAIN is set by cargo xtask test (npm's scorm-again)");
    std::fs::copy(runtime, folder.join("scorm12.min.js")).unwrap();
    (folder, mastery)
}

/// Writes the LMS's page: the API with what the LMS holds for this learner
/// (the manifest's mastery score, and a former session's data), and the
/// package's launch file in a frame.
fn write_lms(folder: &Path, held: &Value) {
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>An LMS</title>
<script src=\"scorm12.min.js\"></script>
<script>
  window.API = new Scorm12API({{ logLevel: 5 }});
  API.loadFromJSON({held}, '');
  window.finished = 0;
  API.on('LMSFinish', function () {{ window.finished++; }});
</script></head>
<body style=\"margin:0\"><iframe id=\"sco\" src=\"package/index.html\" title=\"The explainer\" style=\"border:0;width:1200px;height:780px\"></iframe></body></html>"
    );
    std::fs::write(folder.join("lms.html"), page).unwrap();
}

async fn launch(browser: &Browser, lms: &Site) {
    browser
        .open_framing_page(&format!("{}/lms.html", lms.base), ".switch")
        .await;
}

/// What the LMS has recorded, read in the LMS's page.
async fn recorded(browser: &Browser) -> Value {
    browser.client.enter_parent_frame().await.unwrap();
    let values = browser
        .js("var c = API.cmi.core; return {initialized: API.isInitialized(), location: c.lesson_location,
               status: c.lesson_status, raw: c.score.raw, min: c.score.min, max: c.score.max,
               suspend: API.cmi.suspend_data, finished: window.finished}")
        .await;
    browser.client.enter_frame(0).await.unwrap();
    values
}

/// Answers every question right, or every one wrong, and checks each.
async fn answer_quiz(browser: &Browser, story: &story::Story, right: bool) {
    for question in story.quiz {
        let q = format!(".quiz__question[data-question={:?}]", question.id);
        match question.kind {
            QuestionKind::Choice { choices, answer } => {
                let at = if right {
                    usize::from(answer)
                } else {
                    (usize::from(answer) + 1) % choices.len()
                };
                browser
                    .click(&format!("{q} .quiz__choice:nth-child({}) input", at + 1))
                    .await;
            }
            // Shown shuffled, so never in story order until sorted.
            QuestionKind::Order { items, .. } => {
                if right {
                    browser.put_in_story_order(&q, story, items).await;
                }
            }
            QuestionKind::Place { answer } => {
                // Marker 9 is Komsomolsk-on-Amur (classroom.rs reads why).
                assert_eq!(story.place(answer).id, "komsomolsk-on-amur");
                let number = if right { 9 } else { 1 };
                browser
                    .click(&format!(
                        "{q} .quiz__choices--inline .quiz__choice:nth-child({number}) input"
                    ))
                    .await;
            }
        }
        browser.click(&format!("{q} .quiz__check")).await;
    }
}

#[tokio::test]
async fn an_lms_launches_the_package_records_the_walk_and_the_quiz_and_resumes() {
    let story = story();
    let steps = story.steps;
    let (folder, mastery) = unpacked();
    assert_eq!(mastery, "70");
    write_lms(
        &folder,
        &json!({"student_data": {"mastery_score": mastery}}),
    );
    let lms = Site::serve(folder.clone());
    let browser = Browser::start_reduced_motion(1280, 900).await;
    launch(&browser, &lms).await;

    // Launched: initialized, at step 1, incomplete.
    let first = recorded(&browser).await;
    assert_eq!(first["initialized"], true, "{first}");
    assert_eq!(first["location"], steps[0].id, "{first}");
    assert_eq!(first["status"], "incomplete", "{first}");
    let unseen = "0".repeat(steps.len() - 1);
    assert_eq!(first["suspend"], format!("seen=1{unseen}"), "{first}");

    // A walk of three steps: the LMS follows.
    for _ in 0..3 {
        browser.click(".pager__next").await;
    }
    browser.wait_for_step(steps[3].id).await;
    let walked = recorded(&browser).await;
    assert_eq!(walked["location"], steps[3].id, "{walked}");
    let seen = format!("seen=1111{}", "0".repeat(steps.len() - 4));
    assert_eq!(walked["suspend"], seen, "{walked}");
    assert_eq!(walked["status"], "incomplete", "{walked}");
    // A look back at step 3: the furthest step is still the one to resume at.
    browser.click(".pager__prev").await;
    browser.wait_for_step(steps[2].id).await;
    let back = recorded(&browser).await;
    assert_eq!(back["location"], steps[3].id, "{back}");

    // The quiz, all wrong: 0 of 100, failed against the mastery score.
    browser.open_view(e2e::View::Quiz).await;
    answer_quiz(&browser, &story, false).await;
    let wrong = recorded(&browser).await;
    assert_eq!(
        (
            &wrong["raw"],
            &wrong["min"],
            &wrong["max"],
            &wrong["status"]
        ),
        (&json!("0"), &json!("0"), &json!("100"), &json!("failed")),
        "{wrong}"
    );
    // Tried again, all right: 100, passed.
    browser.click(".quiz__retry").await;
    answer_quiz(&browser, &story, true).await;
    let right = recorded(&browser).await;
    assert_eq!(
        (&right["raw"], &right["status"]),
        (&json!("100"), &json!("passed")),
        "{right}"
    );
    assert_eq!(
        right["finished"], 0,
        "LMSFinish waits for the page to be left"
    );

    // The learner leaves: the session's length and LMSFinish.
    browser.client.enter_parent_frame().await.unwrap();
    browser
        .js("document.getElementById('sco').src = 'about:blank'")
        .await;
    browser
        .wait_until(
            "the explainer has said LMSFinish",
            "return window.finished === 1",
        )
        .await;
    let left = browser
        // session_time is write-only to content; the LMS reads it in its record.
        .js("return {session: API.renderCMIToJSONObject().cmi.core.session_time, location: API.cmi.core.lesson_location,
                     status: API.cmi.core.lesson_status, raw: API.cmi.core.score.raw, suspend: API.cmi.suspend_data}")
        .await;
    let session = left["session"].as_str().unwrap_or_default().to_owned();
    assert!(
        session.len() >= 11 && session != "00:00:00" && !session.starts_with("00:00:00.00"),
        "a session time was recorded: {left}"
    );

    // Next time, the LMS hands back what it kept: the explainer opens where
    // the learner left off, and keeps the result.
    write_lms(
        &folder,
        &json!({
            "student_data": {"mastery_score": mastery},
            "suspend_data": left["suspend"],
            "core": {"lesson_location": left["location"], "lesson_status": left["status"],
                     "score": {"raw": left["raw"], "min": "0", "max": "100"}}
        }),
    );
    launch(&browser, &lms).await;
    browser.wait_for_step(steps[3].id).await;
    let resumed = recorded(&browser).await;
    assert_eq!(resumed["location"], steps[3].id, "{resumed}");
    assert_eq!(resumed["status"], "passed", "{resumed}");
    assert_eq!(resumed["suspend"], seen, "{resumed}");
    // Every step seen, in this session: the result stays passed.
    while browser.step_id().await != steps[steps.len() - 1].id {
        browser.click(".pager__next").await;
        browser.settle().await;
    }
    let all = recorded(&browser).await;
    assert_eq!(
        all["suspend"],
        format!("seen={}", "1".repeat(steps.len())),
        "{all}"
    );
    assert_eq!(all["status"], "passed", "{all}");
    browser.finish().await;
}

/// Without an LMS (the site, the offline file), nothing of SCORM runs: the
/// page is as it always is, and no API is asked for.
#[tokio::test]
async fn without_an_lms_the_package_page_is_the_plain_explainer() {
    let (folder, _) = unpacked();
    let site = Site::serve(folder.join("package"));
    let browser = Browser::start(1280, 800).await;
    browser.open(&site, "/").await;
    browser.click(".pager__next").await;
    browser.wait_for_step(story().steps[1].id).await;
    let fatal = browser
        .js("var f = document.getElementById('fatal'); return !!f && !f.hidden")
        .await;
    assert_eq!(fatal, false);
    browser.finish().await;
}

/// Every step seen and no quiz taken: completed.
#[tokio::test]
async fn every_step_seen_without_the_quiz_completes_the_lesson() {
    let steps = story().steps;
    let (folder, mastery) = unpacked();
    write_lms(
        &folder,
        &json!({"student_data": {"mastery_score": mastery}}),
    );
    let lms = Site::serve(folder);
    let browser = Browser::start_reduced_motion(1280, 900).await;
    launch(&browser, &lms).await;
    for step in &steps[1..] {
        let before = recorded(&browser).await;
        assert_eq!(before["status"], "incomplete", "{before}");
        browser.click(".pager__next").await;
        browser.wait_for_step(step.id).await;
    }
    let all = recorded(&browser).await;
    assert_eq!(all["status"], "completed", "{all}");
    assert_eq!(all["raw"], "", "no quiz, no score: {all}");
    browser.finish().await;
}
