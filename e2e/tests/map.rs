//! The map in the built site: at every step, on a phone and a projector, the
//! step's places are on the visible map, labels neither collide nor spill
//! out, and motion follows the reader's setting.

use e2e::{dist, story, Browser, Site};
use serde_json::Value;
use story::hash;

const PHONE: (u32, u32) = (390, 844);
const PROJECTOR: (u32, u32) = (1920, 1080);

/// Bounding boxes, in page pixels: [left, top, right, bottom].
async fn boxes(browser: &Browser, css: &str) -> Vec<[f64; 4]> {
    let script = format!(
        "return Array.from(document.querySelectorAll({css:?})).map(function (e) {{
           var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }})"
    );
    let value = browser.js(&script).await;
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let n = |i: usize| b[i].as_f64().unwrap();
            [n(0), n(1), n(2), n(3)]
        })
        .collect()
}

fn overlap(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn inside(inner: &[f64; 4], outer: &[f64; 4]) -> bool {
    inner[0] >= outer[0] - 0.5
        && inner[1] >= outer[1] - 0.5
        && inner[2] <= outer[2] + 0.5
        && inner[3] <= outer[3] + 0.5
}

#[tokio::test]
async fn every_step_shows_its_places_with_labels_that_fit() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height) in [PHONE, PROJECTOR] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        for (index, step) in story.steps.iter().enumerate() {
            browser
                .js(&format!("location.hash = {:?}", hash::for_step(step.id)))
                .await;
            browser.wait_for_step(step.id).await;
            browser.settle().await;
            let map = boxes(&browser, ".map__svg").await[0];
            for &place in step.places {
                let place = story.place(place);
                let css = if place.at.is_some() {
                    format!(".map__marker[data-place={:?}] circle", place.id)
                } else {
                    format!(".map__far[data-place={:?}] text", place.id)
                };
                let found = boxes(&browser, &css).await;
                assert_eq!(
                    found.len(),
                    1,
                    "step {index} ({}) at {width}px: {} is drawn once",
                    step.id,
                    place.id
                );
                assert!(
                    inside(&found[0], &map),
                    "step {} at {width}px: {} lies outside the map",
                    step.id,
                    place.id
                );
            }
            let labels = boxes(&browser, ".map__label").await;
            assert!(!labels.is_empty(), "step {} has labels", step.id);
            for (at, label) in labels.iter().enumerate() {
                assert!(
                    inside(label, &map),
                    "step {} at {width}px: a label spills off the map",
                    step.id
                );
                for other in &labels[at + 1..] {
                    assert!(
                        !overlap(label, other),
                        "step {} at {width}px: labels collide",
                        step.id
                    );
                }
            }
        }
        browser.finish().await;
    }
}

#[tokio::test]
async fn the_map_pans_smoothly_unless_the_reader_asked_for_less_motion() {
    let site = Site::serve(dist());
    let duration =
        "return getComputedStyle(document.querySelector('.map__world')).transitionDuration";
    let browser = Browser::start(1280, 800).await;
    browser.open(&site, "/").await;
    assert_eq!(browser.js(duration).await, Value::from("0.6s"));
    browser.finish().await;
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/").await;
    // The stylesheet's reduced-motion rule leaves 0.01 ms, i.e. no animation.
    let seconds = browser
        .js(duration)
        .await
        .as_str()
        .unwrap()
        .trim_end_matches('s')
        .parse::<f64>()
        .unwrap();
    assert!(seconds < 0.001, "{seconds} s");
    browser.finish().await;
}

#[tokio::test]
async fn the_map_is_described_in_words_and_credits_natural_earth() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start(1280, 800).await;
    let where_next = story.step_index("where-next").unwrap();
    browser
        .open(
            &site,
            &format!("/{}", hash::for_step(story.steps[where_next].id)),
        )
        .await;
    let label = browser
        .js("return document.querySelector('.map__svg').getAttribute('aria-label')")
        .await;
    let label = label.as_str().unwrap();
    for place in story.steps[where_next].places {
        assert!(label.contains(story.place(*place).label), "{label}");
    }
    assert!(label.contains("Kim's train is at Ussuriysk"), "{label}");
    assert!(
        label.contains("guessed"),
        "the speculated legs are described: {label}"
    );
    assert!(
        browser
            .text(".map__credit")
            .await
            .contains("Made with Natural Earth")
            || browser
                .text(".map__credit")
                .await
                .contains("made with Natural Earth")
    );
    browser.finish().await;
}
