//! Presenter mode with a keyboard or clicker: P to present, Page Down and
//! Page Up to move, B or "." to blank, N for the notes, which follow the step.

use e2e::{dist, story, Browser, Site};
use fantoccini::key::Key;
use serde_json::Value;

#[tokio::test]
async fn a_teacher_presents_with_a_clicker() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height) in [(1280, 720), (1920, 1080)] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        let hidden = |css: &str| {
            format!("var e = document.querySelector({css:?}); return !e || getComputedStyle(e).display === 'none'")
        };
        assert_eq!(browser.js(&hidden(".masthead")).await, Value::Bool(false));

        browser.press('p').await;
        browser
            .wait_until(
                "presenter mode is on",
                "return !!document.querySelector('.app.is-presenting')",
            )
            .await;
        // Full screen where allowed: let the window settle into it before the
        // clicker keys, as a teacher would.
        browser
            .wait_until(
                "the page is full screen",
                "return document.fullscreenElement !== null || !document.fullscreenEnabled",
            )
            .await;
        browser.settle().await;
        for chrome in [".masthead", ".step-list", ".status-key", ".page-footer"] {
            assert_eq!(
                browser.js(&hidden(chrome)).await,
                Value::Bool(true),
                "{chrome} is hidden at {width}px"
            );
        }
        let overflow = browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
        assert_eq!(overflow, 0, "no sideways scrolling at {width}px");

        // The notes follow the step as a clicker moves through it.
        for (index, step) in story.steps.iter().enumerate().take(4) {
            browser.wait_for_step(step.id).await;
            let note = step.note.expect("every step has a note");
            let notes = browser.text("#notes-panel").await;
            assert!(
                notes.contains(note.notes) && notes.contains(note.question),
                "notes for step {index}: {notes}"
            );
            assert!(notes.contains(&format!("Step {} of {}", index + 1, story.steps.len())));
            browser.press(Key::PageDown.into()).await;
        }
        browser.wait_for_step(story.steps[4].id).await;
        browser.press(Key::PageUp.into()).await;
        browser.wait_for_step(story.steps[3].id).await;
        browser.settle().await;
        browser
            .save_screenshot(&format!("presenter-{width}x{height}"))
            .await;

        browser.press('n').await;
        browser
            .wait_until(
                "the notes are hidden",
                "return !document.getElementById('notes-panel')",
            )
            .await;
        browser.press('b').await;
        browser
            .wait_until(
                "the screen is blank",
                "return !!document.getElementById('blank-screen')",
            )
            .await;
        let cover = browser.js("var r = document.getElementById('blank-screen').getBoundingClientRect(); return r.left <= 0 && r.top <= 0 && r.width >= document.documentElement.clientWidth && r.height >= document.documentElement.clientHeight").await;
        assert_eq!(
            cover,
            Value::Bool(true),
            "the blank covers the whole screen"
        );
        browser.press('.').await;
        browser
            .wait_until(
                "the slide is back",
                "return !document.getElementById('blank-screen')",
            )
            .await;

        browser.press('p').await;
        browser
            .wait_until(
                "presenter mode is off",
                "return !document.querySelector('.app.is-presenting')",
            )
            .await;
        assert_eq!(browser.js(&hidden(".masthead")).await, Value::Bool(false));
        browser.finish().await;
    }
}

#[tokio::test]
async fn the_present_button_works_without_keys() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 720).await;
    browser.open(&site, "/").await;
    browser.click(".presenter-bar__button").await;
    browser
        .wait_until(
            "presenter mode is on",
            "return !!document.querySelector('.app.is-presenting')",
        )
        .await;
    let pressed = browser
        .js("return document.querySelector('.presenter-bar__button').getAttribute('aria-pressed')")
        .await;
    assert_eq!(pressed, "true");
    browser.click(".presenter-bar__button").await;
    browser
        .wait_until(
            "presenter mode is off",
            "return !document.querySelector('.app.is-presenting')",
        )
        .await;
    browser.finish().await;
}
