//! Where things are, measured as a reader would notice them: on a phone
//! every step opens with its first statement in sight, nothing runs off the
//! side with a popover or card open, and Tab never takes focus off screen.

use e2e::{dist, story, Browser, Site};
use fantoccini::key::Key;
use serde_json::{json, Value};

const PHONES: [(u32, u32); 2] = [(360, 740), (390, 844)];

/// `[problems…]` for the step on screen: the first statement's first line
/// is on the screen, above the sticky pager, and not covered.
const FIRST_STATEMENT_IN_SIGHT: &str = r#"
var problems = [];
var li = document.querySelector('.step .statement');
if (!li) return ['no statement'];
var r = li.getBoundingClientRect(), pager = document.querySelector('.pager').getBoundingClientRect();
var free = Math.min(innerHeight, pager.top);
if (r.top < 0 || r.top + 40 > free) problems.push('first statement at ' + Math.round(r.top) + ' px, the screen free to ' + Math.round(free) + ' px');
var at = document.elementFromPoint(r.left + 24, Math.max(r.top, 0) + 20);
if (!at || !li.contains(at)) problems.push('first statement covered by ' + (at ? at.className || at.tagName : 'nothing'));
if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push('the page scrolls sideways');
return problems;
"#;

#[tokio::test]
async fn on_a_phone_every_step_opens_with_its_first_statement_in_sight() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height) in PHONES {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        let mut failures = Vec::new();
        for step in &story.steps[1..] {
            // A student taps Next at the bottom of the screen.
            browser.click(".pager__next").await;
            browser.wait_for_step(step.id).await;
            browser.settle().await;
            let problems = browser.js(FIRST_STATEMENT_IN_SIGHT).await;
            if problems != json!([]) {
                browser
                    .save_screenshot(&format!("phone-{width}-{}", step.id))
                    .await;
                failures.push(format!("{}: {problems}", step.id));
            }
        }
        assert!(
            failures.is_empty(),
            "at {width}×{height}, after Next:\n{}",
            failures.join("\n")
        );
        browser.finish().await;
    }
}

/// Opens (pins) every popover in the step, one at a time, and returns
/// `[problems…]`: a popover outside the screen's width, a page that now
/// scrolls sideways, or a glossary popover over its statement's label.
const EVERY_POPOVER_INSIDE: &str = r#"
var done = arguments[arguments.length - 1];
var problems = [], vw = document.documentElement.clientWidth;
var triggers = Array.from(document.querySelectorAll('.step .popover > button'));
if (triggers.length === 0) { done(['no popover in the step']); return; }
var at = 0;
function next() {
  if (at === triggers.length) { done(problems); return; }
  var button = triggers[at++];
  button.scrollIntoView({block: 'center'});
  button.click();
  requestAnimationFrame(function () { setTimeout(function () {
    var tip = document.getElementById(button.getAttribute('aria-describedby'));
    var r = tip.getBoundingClientRect();
    var name = button.textContent.trim();
    if (r.width === 0) problems.push(name + ': did not open');
    if (r.left < 0 || r.right > vw) problems.push(name + ': from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px of ' + vw);
    if (r.top < 0 || r.bottom > innerHeight) problems.push(name + ': from ' + Math.round(r.top) + ' to ' + Math.round(r.bottom) + ' px high of ' + innerHeight);
    if (document.documentElement.scrollWidth > vw) problems.push(name + ': the page is ' + document.documentElement.scrollWidth + ' px wide');
    if (button.classList.contains('term__word')) {
      var label = button.closest('.statement').querySelector('.status').getBoundingClientRect();
      if (!(r.bottom <= label.top || r.top >= label.bottom || r.right <= label.left || r.left >= label.right)) problems.push(name + ': covers the statement\'s label');
    }
    button.click();
    next();
  }, 30); });
}
next();
"#;

#[tokio::test]
async fn on_a_phone_every_popover_and_card_stays_on_the_screen() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height) in PHONES {
        let browser = Browser::start_reduced_motion(width, height).await;
        let mut failures = Vec::new();
        for step in story.steps {
            browser.open(&site, &format!("/#/{}", step.id)).await;
            browser.wait_for_step(step.id).await;
            let problems = browser
                .client
                .execute_async(EVERY_POPOVER_INSIDE, vec![])
                .await
                .expect("the popover walk runs");
            if problems != json!([]) {
                failures.push(format!("{}: {problems}", step.id));
            }
            // Each place card, opened from the list under the map.
            let places = browser
                .js("return document.querySelectorAll('.map__place-button').length")
                .await
                .as_u64()
                .unwrap_or(0);
            for at in 1..=places {
                // Pressed from script: WebKitWebDriver's element click
                // sometimes fails here with an empty error, and what is
                // measured is the card, not the click.
                browser
                    .js(&format!("document.querySelector('.map__places li:nth-child({at}) .map__place-button').click()"))
                    .await;
                browser
                    .wait_until(
                        "the place card is open",
                        "return !!document.querySelector('.place-card')",
                    )
                    .await;
                // Measured against the page's own width (an engine may not
                // make a window as narrow as asked; the harness says so).
                let wide = browser
                    .js("var r = document.querySelector('.place-card').getBoundingClientRect(), w = document.documentElement.clientWidth;
                         return [document.documentElement.scrollWidth <= w && r.left >= 0 && r.right <= w, document.documentElement.scrollWidth, w, r.left, r.right]")
                    .await;
                if wide[0] != Value::Bool(true) {
                    failures.push(format!(
                        "{}: place card {at}: [fits, page width, screen width, left, right] = {wide}",
                        step.id
                    ));
                }
                browser.press(Key::Escape.into()).await;
                browser
                    .wait_until(
                        "the place card is closed",
                        "return !document.querySelector('.place-card')",
                    )
                    .await;
            }
        }
        assert!(
            failures.is_empty(),
            "at {width}×{height}:\n{}",
            failures.join("\n")
        );
        browser.finish().await;
    }
}

/// After a Tab: `null` if the focused element is on the screen and not
/// covered, otherwise what is wrong with it.
const FOCUS_IN_SIGHT: &str = r#"
var e = document.activeElement;
if (!e || e === document.body) return null;
var r = e.getBoundingClientRect();
var name = e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '') + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
var vw = document.documentElement.clientWidth, vh = innerHeight;
if (r.width === 0 && r.height === 0) return name + ' has no box';
if (r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw) return name + ' is off screen at ' + JSON.stringify([Math.round(r.left), Math.round(r.top)]);
var x = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1), y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), vh - 1);
var at = document.elementFromPoint(x, y);
if (!at || !(e === at || e.contains(at) || at.contains(e))) return name + ' is covered by ' + (at ? at.tagName.toLowerCase() + '.' + at.className : 'nothing');
return null;
"#;

/// Tabs `stops` times through the page and returns the stops that were off
/// screen or covered.
async fn tab_through(browser: &Browser, stops: usize) -> Vec<String> {
    let mut wrong = Vec::new();
    for _ in 0..stops {
        browser.press(Key::Tab.into()).await;
        if let Value::String(problem) = browser.js(FOCUS_IN_SIGHT).await {
            wrong.push(problem);
        }
    }
    wrong
}

#[tokio::test]
async fn tab_never_takes_focus_off_the_screen() {
    let site = Site::serve(dist());
    let stops_in_page = 90;
    for (width, height) in [
        (1280, 800),
        (1366, 768),
        (390, 844),
        (360, 740),
        (1920, 1080),
    ] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/#/ussuriysk").await;
        browser.wait_for_step("ussuriysk").await;
        let wrong = tab_through(&browser, stops_in_page).await;
        assert!(
            wrong.is_empty(),
            "reading mode at {width}×{height}: {wrong:#?}"
        );
        browser.finish().await;
    }
    for (width, height) in [(1280, 720), (1920, 1080)] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/#/ussuriysk").await;
        browser.present().await;
        let mut wrong = tab_through(&browser, 30).await;
        browser.press('n').await;
        browser
            .wait_until(
                "the notes are shown",
                "return !!document.getElementById('notes-panel')",
            )
            .await;
        wrong.extend(tab_through(&browser, 30).await);
        assert!(
            wrong.is_empty(),
            "presenter mode at {width}×{height}: {wrong:#?}"
        );
        browser.finish().await;
    }
}

/// At 1280 px the page has two tracks: the step on the left and, beside it,
/// the side column (step list, lens, key) starting on the first screen; and
/// in the step, the map beside the statements.
#[tokio::test]
async fn at_1280_px_the_step_and_the_side_column_sit_side_by_side() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/#/missiles").await;
    let seen = browser
        .js("function box(css) { var e = document.querySelector(css); return e ? e.getBoundingClientRect() : null; }
             var reader = box('.reader'), side = box('.side'), map = box('.step .map__svg'), first = box('.step .statement');
             if (!reader || !side || !map || !first) return ['missing'];
             var problems = [];
             if (side.left < reader.right) problems.push('the side column is not beside the step');
             if (side.top > innerHeight) problems.push('the side column starts below the first screen');
             if (first.left < map.right) problems.push('the statements are not beside the map');
             if (first.top > innerHeight - 100) problems.push('the first statement starts below the first screen');
             return problems;")
        .await;
    assert_eq!(seen, json!([]), "at 1280×800: {seen}");
    browser.finish().await;
}
