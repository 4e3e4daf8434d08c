//! Not a test of behaviour: pictures for a person to look at before a layout
//! change is called done. `cargo xtask screenshots` builds the site if
//! needed and runs these (ignored) tests in Chromium, which write PNGs of
//! every step in every mode and size into `target/screenshots/`:
//!
//! - `reading-WxH-NN-STEP.png`: reading mode at 1366×768 and 1920×1080,
//!   each step opened by its address (`#/STEP`), as a shared link opens it;
//! - `presenter-WxH-NN-STEP[-buildN].png`: presenter mode (P) at 1920×1080
//!   and 1280×720, walked with → from the first step: one picture per step,
//!   or per build of a step that builds statement by statement (`#/STEP/N`);
//! - `phone-WxH-NN-STEP.png` at 390×844 and 360×740, opened by address, and
//!   `phone-WxH-NN-STEP-after-next.png`, arrived at with → from the step
//!   before, as a student does;
//! - `view-WxH-VIEW.png`: the other views of the toolbar (as it was
//!   reported, glossary, quiz, handout) at 390×844 and 1366×768, and
//!   `no-javascript-390x844.png`, the page without JavaScript.
//!
//! Each picture is of the screen (the viewport) at that size, as the reader
//! sees it on arrival; each is checked to be that size and in that mode.

use std::path::PathBuf;

use e2e::{dist, story, Browser, Site, View};
use fantoccini::key::Key;
use serde_json::Value;

/// Where the pictures go: `E2E_SCREENSHOTS` (set by `cargo xtask
/// screenshots`), or `target/screenshots/`.
fn folder() -> PathBuf {
    let folder = std::env::var_os("E2E_SCREENSHOTS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots"),
        PathBuf::from,
    );
    std::fs::create_dir_all(&folder)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", folder.display()));
    folder
}

/// Width and height of a PNG, from its header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(
        png.len() > 24 && &png[1..4] == b"PNG",
        "the screenshot is not a PNG"
    );
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

/// Saves the screen as `NAME.png`, after the last change has been drawn,
/// and checks that the picture is the size its name says.
async fn shot(browser: &Browser, name: &str, size: (u32, u32)) {
    browser.settle().await;
    save(browser, name, size).await;
}

/// Saves the screen as `NAME.png` as it is (with JavaScript off nothing can
/// wait for a frame), checking its size.
async fn save(browser: &Browser, name: &str, (width, height): (u32, u32)) {
    let png = browser
        .client
        .screenshot()
        .await
        .unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
    assert_eq!(
        png_size(&png),
        (width, height),
        "{name}: the picture is not the screen's size"
    );
    let path = folder().join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    println!("saved {}", path.display());
}

/// `NN-STEP`: the step's place in the story and its id.
fn numbered(story: &story::Story, id: &str) -> String {
    let index = story
        .step_index(id)
        .unwrap_or_else(|| panic!("{id:?} is not a step"));
    format!("{:02}-{id}", index + 1)
}

/// Opens `#/STEP` as a fresh page load, as a shared link does.
async fn open_fresh(browser: &Browser, site: &Site, id: &str) {
    browser.client.goto("about:blank").await.unwrap();
    browser.open(site, &format!("/#/{id}")).await;
}

async fn presenting(browser: &Browser) -> bool {
    browser
        .js("return !!document.querySelector('.app.is-presenting')")
        .await
        == Value::Bool(true)
}

/// The address once the app has stopped changing it (a step that does not
/// fit the screen is measured whole first, then starts building).
async fn steady_hash(browser: &Browser) -> String {
    let mut last = browser.hash().await;
    for _ in 0..40 {
        browser.settle().await;
        let now = browser.hash().await;
        if now == last {
            return now;
        }
        last = now;
    }
    panic!("the address keeps changing: {last}");
}

#[tokio::test]
#[ignore = "screenshots for review, not an assertion: cargo xtask screenshots"]
async fn reading_mode_every_step() {
    let site = Site::serve(dist());
    let story = story();
    for size in [(1366, 768), (1920, 1080)] {
        let browser = Browser::start_reduced_motion(size.0, size.1).await;
        for step in story.steps {
            open_fresh(&browser, &site, step.id).await;
            assert!(!presenting(&browser).await, "{}: reading mode", step.id);
            let name = format!(
                "reading-{}x{}-{}",
                size.0,
                size.1,
                numbered(&story, step.id)
            );
            shot(&browser, &name, size).await;
        }
        browser.finish().await;
    }
}

#[tokio::test]
#[ignore = "screenshots for review, not an assertion: cargo xtask screenshots"]
async fn presenter_mode_every_step_and_build() {
    let site = Site::serve(dist());
    let story = story();
    for size in [(1920, 1080), (1280, 720)] {
        let browser = Browser::start_reduced_motion(size.0, size.1).await;
        browser
            .open(&site, &format!("/#/{}", story.steps[0].id))
            .await;
        browser.present().await;
        assert_eq!(
            browser.js("return innerWidth").await,
            size.0,
            "presenting at {size:?}"
        );
        let mut hash = steady_hash(&browser).await;
        let mut pictures = 0;
        loop {
            assert!(presenting(&browser).await, "{hash}: presenter mode");
            let mut parts = hash.trim_start_matches("#/").split('/');
            let id = parts.next().unwrap_or_default().to_owned();
            let build = parts
                .next()
                .map(|n| format!("-build{n}"))
                .unwrap_or_default();
            let name = format!(
                "presenter-{}x{}-{}{build}",
                size.0,
                size.1,
                numbered(&story, &id)
            );
            shot(&browser, &name, size).await;
            pictures += 1;
            let more = browser
                .js("var n = document.querySelector('.pager__next'); return !!n && n.getAttribute('aria-disabled') !== 'true'")
                .await;
            if more != Value::Bool(true) {
                assert_eq!(
                    id,
                    story.steps.last().unwrap().id,
                    "Next is disabled before the last step"
                );
                break;
            }
            browser.press(Key::Right.into()).await;
            let before = hash.clone();
            browser
                .wait_until(
                    &format!("→ moves on from {before}"),
                    &format!("return location.hash !== {before:?}"),
                )
                .await;
            hash = steady_hash(&browser).await;
            assert!(pictures < 200, "presenter walk never ends");
        }
        browser.finish().await;
    }
}

#[tokio::test]
#[ignore = "screenshots for review, not an assertion: cargo xtask screenshots"]
async fn phone_every_step_by_address_and_by_next() {
    let site = Site::serve(dist());
    let story = story();
    for size in [(390, 844), (360, 740)] {
        let browser = Browser::start_reduced_motion(size.0, size.1).await;
        for step in story.steps {
            open_fresh(&browser, &site, step.id).await;
            let name = format!("phone-{}x{}-{}", size.0, size.1, numbered(&story, step.id));
            shot(&browser, &name, size).await;
        }
        // As a student arrives: → from the step before, all the way through.
        open_fresh(&browser, &site, story.steps[0].id).await;
        for step in &story.steps[1..] {
            browser.press(Key::Right.into()).await;
            browser.wait_for_step(step.id).await;
            assert!(!presenting(&browser).await, "{}: reading mode", step.id);
            let name = format!(
                "phone-{}x{}-{}-after-next",
                size.0,
                size.1,
                numbered(&story, step.id)
            );
            shot(&browser, &name, size).await;
        }
        browser.finish().await;
    }
}

#[tokio::test]
#[ignore = "screenshots for review, not an assertion: cargo xtask screenshots"]
async fn the_other_views_and_the_page_without_javascript() {
    let site = Site::serve(dist());
    let story = story();
    for size in [(390, 844), (1366, 768)] {
        let browser = Browser::start_reduced_motion(size.0, size.1).await;
        for view in View::OTHERS {
            open_fresh(&browser, &site, story.steps[0].id).await;
            browser.open_view(view).await;
            browser.settle().await;
            browser.js("window.scrollTo(0, 0)").await;
            let name = format!(
                "view-{}x{}-{}",
                size.0,
                size.1,
                view.name().replace(' ', "-")
            );
            shot(&browser, &name, size).await;
        }
        browser.finish().await;
    }
    let browser = Browser::start_without_javascript(390, 844).await;
    browser
        .client
        .goto(&format!("{}/", site.base))
        .await
        .unwrap();
    save(&browser, "no-javascript-390x844", (390, 844)).await;
    browser.finish().await;
}
