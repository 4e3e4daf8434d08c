//! Presenter mode with a keyboard or clicker: P to present, Page Down and
//! Page Up to move (through a long step's builds, then to the next step),
//! B or "." to blank, N for the notes, which follow the step; and what the
//! class sees: one screen, no scroll bar, nothing but the step.

use e2e::{dist, fill, label, story, Browser, Site};
use fantoccini::key::Key;
use serde_json::Value;

/// Presses Page Down (a clicker's Next) until the step after `from` shows,
/// walking through any builds on the way; at most one press per statement.
async fn clicker_to_next_step(browser: &Browser, from: &str, statements: usize) {
    for _ in 0..=statements {
        browser.press(Key::PageDown.into()).await;
        browser.settle().await;
        if browser.step_id().await != from {
            return;
        }
    }
    panic!("Page Down never left step {from:?}");
}

/// What the class sees, measured in the page: `[ok, problems…]`. Every
/// element named must exist (a renamed selector is a failure, not a pass).
const GEOMETRY: &str = r#"
var problems = [];
var vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
function box(e) { return e.getBoundingClientRect(); }
function inside(r) { return r.width > 0 && r.height > 0 && r.left >= -0.5 && r.top >= -0.5 && r.right <= vw + 0.5 && r.bottom <= vh + 0.5; }
function uncovered(e) { var r = box(e); var at = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12)); return !!at && (e === at || e.contains(at)); }
function need(css) { var e = document.querySelector(css); if (!e) { problems.push('missing ' + css); } return e; }
if (document.documentElement.scrollHeight > vh + 0.5) problems.push('the page scrolls: ' + document.documentElement.scrollHeight + ' > ' + vh);
if (document.documentElement.scrollWidth > vw + 0.5) problems.push('the page scrolls sideways');
var title = need('.step__title'), map = need('.is-presenting .map__svg'), sea = need('.is-presenting .map__sea'), pager = need('.pager');
if (title && !(inside(box(title)) && uncovered(title))) problems.push('title not in view');
if (map) {
  if (!(inside(box(map)) && uncovered(map))) problems.push('map not in view');
  // The drawn map (its sea), not just its box.
  if (sea && box(sea).width < 0.4 * vw) problems.push('map ' + Math.round(box(sea).width) + ' px wide, under 40% of ' + vw);
}
var shown = Array.from(document.querySelectorAll('.step .statement')).filter(function (li) { return getComputedStyle(li).display !== 'none'; });
if (shown.length === 0) problems.push('no statement shown');
shown.forEach(function (li, at) {
  var r = box(li);
  if (!inside(r)) problems.push('statement ' + (at + 1) + ' outside the screen: ' + JSON.stringify([r.top, r.bottom, vh]));
  if (!uncovered(li)) problems.push('statement ' + (at + 1) + ' covered');
  if (pager && r.bottom > box(pager).top + 0.5) problems.push('statement ' + (at + 1) + ' under the pager');
  // Its label (how sure it is) is seen, not just present.
  var label = li.querySelector('.status');
  if (!label || !uncovered(label)) problems.push('statement ' + (at + 1) + ' label not visible');
  var size = parseFloat(getComputedStyle(li.querySelector('.statement__text')).fontSize);
  if (size < arguments_min) problems.push('statement type ' + size + ' px');
});
['.masthead', '.toolbar', '.step-list', '.status-key', '.lens', '.unknowns', '.page-footer'].forEach(function (css) {
  var e = need(css);
  if (e && e.getClientRects().length > 0) problems.push(css + ' is visible');
});
return [problems, shown.map(function (li) {
  var text = li.querySelector('.statement__text').cloneNode(true);
  text.querySelectorAll('.term__tip').forEach(function (t) { t.remove(); });
  return text.textContent;
}), location.hash];
"#;

#[tokio::test]
async fn every_step_and_build_fits_the_projector_without_scrolling() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height, min_type) in [(1280, 720, 20.0), (1920, 1080, 24.0)] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        browser.present().await;
        assert_eq!(
            browser.js("return innerWidth").await,
            width,
            "measured at {width} px"
        );
        // The class's view: notes start hidden.
        assert_eq!(
            browser
                .js("return !document.getElementById('notes-panel')")
                .await,
            Value::Bool(true),
            "the notes start hidden at {width} px"
        );
        browser.settle().await;
        let script = GEOMETRY.replace("arguments_min", &min_type.to_string());
        let mut seen: Vec<Vec<String>> = vec![Vec::new(); story.steps.len()];
        let mut builds = 0;
        let presses = story
            .steps
            .iter()
            .map(|s| s.statements.len())
            .sum::<usize>()
            + story.steps.len();
        for _ in 0..presses {
            browser.settle().await;
            let index = story
                .step_index(&browser.step_id().await)
                .expect("a step is shown");
            let mut measured = browser.js(&script).await;
            // What the class sees is the settled screen: a step that turns
            // out not to fit is re-rendered as a build a moment later (the
            // fit effect measures, then the app renders again), and a
            // loaded machine can take longer than two frames to do it. So
            // a problem counts only if it is still there after the app has
            // had time to refit; a step that never fits still fails.
            for _ in 0..5 {
                if measured[0] == serde_json::json!([]) {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                browser.settle().await;
                measured = browser.js(&script).await;
            }
            if measured[0] != serde_json::json!([]) {
                browser
                    .save_screenshot(&format!(
                        "presenter-{width}x{height}-{}",
                        story.steps[index].id
                    ))
                    .await;
            }
            assert_eq!(
                measured[0],
                serde_json::json!([]),
                "step {} at {width}×{height}",
                story.steps[index].id
            );
            let shown: Vec<String> = measured[1]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap().trim().to_owned())
                .collect();
            let hash = measured[2].as_str().unwrap().to_owned();
            let building = hash.matches('/').count() == 2;
            if building {
                builds += 1;
                // The address records the build: "#/missiles/3" shows the third
                // statement as the newest.
                let n: usize = hash.rsplit('/').next().unwrap().parse().unwrap();
                let newest = story.steps[index].statements[n - 1].text;
                assert_eq!(shown.last().map(String::as_str), Some(newest), "{hash}");
            } else {
                assert_eq!(
                    shown.len(),
                    story.steps[index].statements.len(),
                    "a step that fits shows whole: {hash}"
                );
            }
            seen[index].extend(shown);
            if index + 1 == story.steps.len() && !browser.js("return document.querySelector('.pager__next').getAttribute('aria-disabled') === 'false'").await.as_bool().unwrap() {
                break;
            }
            browser.press(Key::PageDown.into()).await;
        }
        for (step, texts) in story.steps.iter().zip(&seen) {
            for statement in step.statements {
                assert!(
                    texts.iter().any(|t| t == statement.text),
                    "{:?} of step {} never shown at {width}×{height}",
                    statement.text,
                    step.id
                );
            }
        }
        if width == 1280 {
            assert!(builds > 0, "at 1280×720 the long steps build");
        }
        browser.finish().await;
    }
}

#[tokio::test]
async fn an_address_with_a_build_opens_presenter_mode_at_that_build_and_back_walks_builds() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 720).await;
    // The missile launch has seven statements: too many for one 720 px screen.
    browser.open(&site, "/#/missiles/3").await;
    browser
        .wait_until("presenter mode at the build", "return !!document.querySelector('.app.is-presenting') && document.querySelectorAll('.step .statement').length === 3")
        .await;
    let missiles = &story.steps[story.step_index("missiles").unwrap()];
    assert_eq!(
        browser.text(".pager__build").await,
        fill(
            &label("pager", "build"),
            &[
                ("n", "3"),
                ("total", &missiles.statements.len().to_string())
            ]
        )
    );
    browser.press(Key::PageDown.into()).await;
    browser.wait_until("the fourth statement", "return location.hash === '#/missiles/4' && document.querySelectorAll('.step .statement').length === 4").await;
    // Back (the browser's, as a shared link's reader would) returns to build 3.
    browser.js("history.back()").await;
    browser.wait_until("back at build 3", "return location.hash === '#/missiles/3' && document.querySelectorAll('.step .statement').length === 3").await;
    // Page Up hides the newest statement, down to the first, then the step before.
    for n in [2, 1] {
        browser.press(Key::PageUp.into()).await;
        browser
            .wait_until(
                &format!("build {n}"),
                &format!("return location.hash === '#/missiles/{n}'"),
            )
            .await;
    }
    browser.press(Key::PageUp.into()).await;
    browser.wait_for_step("where-next").await;
    browser.finish().await;
}

#[tokio::test]
async fn a_teacher_presents_with_a_clicker() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height) in [(1280, 720), (1920, 1080)] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        // "missing" is a failure of its own: a renamed selector must not
        // pass as hidden.
        let hidden = |css: &str| {
            format!("var e = document.querySelector({css:?}); return !e ? 'missing' : e.getClientRects().length === 0 ? 'hidden' : 'shown'")
        };
        assert_eq!(browser.js(&hidden(".masthead")).await, "shown");

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
        for chrome in [
            ".masthead",
            ".step-list",
            ".status-key",
            ".page-footer",
            ".lens",
            ".unknowns",
            ".toolbar",
        ] {
            assert_eq!(
                browser.js(&hidden(chrome)).await,
                "hidden",
                "{chrome} is hidden at {width}px"
            );
        }
        let overflow = browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
        assert_eq!(overflow, 0, "no sideways scrolling at {width}px");

        // N shows the notes (they start hidden: this is the class's view),
        // in their own part of the screen: the step's title, map and first
        // statement are on screen and not under them.
        browser.press('n').await;
        browser
            .wait_until(
                "the notes are shown",
                "return !!document.getElementById('notes-panel')",
            )
            .await;
        browser.settle().await;
        let apart = browser
            .js("var n = document.getElementById('notes-panel').getBoundingClientRect();
                 return ['.step__title', '.map__svg', '.statement'].filter(function (css) {
                   var r = document.querySelector(css).getBoundingClientRect();
                   var beside = r.right <= n.left + 1 || r.bottom <= n.top + 1 || r.left >= n.right - 1 || r.top >= n.bottom - 1;
                   var inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0;
                   return !(beside && inside);
                 }).map(function (css) {
                   var r = document.querySelector(css).getBoundingClientRect();
                   return css + ' at ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(' ') + ' (notes ' + [n.left, n.top, n.right, n.bottom].map(Math.round).join(' ') + ', screen ' + innerWidth + '×' + innerHeight + ')';
                 }).concat(n.right <= innerWidth && n.bottom <= innerHeight ? [] : ['the notes themselves'])")
            .await;
        assert_eq!(
            apart,
            serde_json::json!([]),
            "with the notes shown at {width}x{height}, these are off screen or under the notes"
        );
        // The notes follow the step as a clicker moves through it (and
        // through the builds of a step too long for the screen).
        for (index, step) in story.steps.iter().enumerate().take(4) {
            browser.wait_for_step(step.id).await;
            let note = step.note.expect("every step has a note");
            let notes = browser.text("#notes-panel").await;
            assert!(
                notes.contains(note.notes) && notes.contains(note.question),
                "notes for step {index}: {notes}"
            );
            let position = fill(
                &label("pager", "position"),
                &[
                    ("n", &(index + 1).to_string()),
                    ("total", &story.steps.len().to_string()),
                ],
            );
            assert!(notes.contains(&position), "{position:?} in {notes}");
            clicker_to_next_step(&browser, step.id, step.statements.len()).await;
        }
        browser.wait_for_step(story.steps[4].id).await;
        for _ in 0..=story.steps[4].statements.len() {
            if browser.step_id().await == story.steps[3].id {
                break;
            }
            browser.press(Key::PageUp.into()).await;
            browser.settle().await;
        }
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
        assert_eq!(browser.js(&hidden(".masthead")).await, "shown");
        browser.finish().await;
    }
}

#[tokio::test]
async fn the_present_button_works_without_keys() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 720).await;
    browser.open(&site, "/").await;
    browser.keep_window_size_in_full_screen().await;
    browser.click(".presenter-bar__button").await;
    browser
        .wait_until(
            "presenter mode is on",
            "return !!document.querySelector('.app.is-presenting')",
        )
        .await;
    browser.settle().await;
    // The button does what P does: only the step, its map at least 40% of
    // the width, the page not scrolling.
    let seen = browser
        .js("var vw = document.documentElement.clientWidth, sea = document.querySelector('.map__sea');
             return [['.masthead', '.toolbar', '.step-list', '.lens', '.status-key'].filter(function (css) {
                       var e = document.querySelector(css); return !e || e.getClientRects().length > 0; }),
                     sea ? sea.getBoundingClientRect().width / vw : 0,
                     document.documentElement.scrollHeight <= innerHeight]")
        .await;
    assert_eq!(
        seen[0],
        serde_json::json!([]),
        "missing or still shown: {seen}"
    );
    assert!(
        seen[1].as_f64().unwrap() >= 0.4,
        "the map's share of the width: {seen}"
    );
    assert_eq!(
        seen[2],
        Value::Bool(true),
        "the page does not scroll: {seen}"
    );
    // The toolbar is hidden from the class; the pager's own button leaves.
    browser.click(".pager__leave").await;
    browser
        .wait_until(
            "presenter mode is off",
            "return !document.querySelector('.app.is-presenting')",
        )
        .await;
    browser.finish().await;
}
