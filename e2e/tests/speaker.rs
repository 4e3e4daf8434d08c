//! The speaker view (issue 16): S opens a second window with the teaching
//! note, what comes next and a timer, and the two windows stay in step both
//! ways through `postMessage`. Driven here as a teacher would: keys pressed
//! in each window, each window reloaded, the class's screen searched for the
//! note's words, and the same from the single offline file on `file://`.

use std::time::{Duration, Instant};

use e2e::{dist, story, Browser, Site};
use fantoccini::key::Key;
use fantoccini::wd::WindowHandle;

/// The speaker view is drawn and says it hears the class's window.
const CONNECTED: &str = "var s = document.querySelector('.speaker__link');
    return !!s && s.textContent.indexOf('In step with the class') === 0";

/// The two windows, once S has opened the speaker window and it is in step.
struct Windows {
    audience: WindowHandle,
    speaker: WindowHandle,
}

/// Presses S in the class's window (in presenter mode) and waits for the
/// speaker window to open and connect; leaves the speaker window current.
async fn open_speaker(browser: &Browser) -> Windows {
    let audience = browser.client.window().await.unwrap();
    browser.press('s').await;
    let deadline = Instant::now() + Duration::from_secs(10);
    let speaker = loop {
        let windows = browser.client.windows().await.unwrap();
        if let Some(other) = windows.into_iter().find(|w| *w != audience) {
            break other;
        }
        assert!(
            Instant::now() < deadline,
            "S opened no second window ({})",
            browser.text(".pager").await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    browser
        .client
        .switch_to_window(speaker.clone())
        .await
        .unwrap();
    browser
        .wait_until(
            "the speaker view is in step with the class's window",
            CONNECTED,
        )
        .await;
    Windows { audience, speaker }
}

impl Windows {
    async fn to_audience(&self, browser: &Browser) {
        browser
            .client
            .switch_to_window(self.audience.clone())
            .await
            .unwrap();
    }

    async fn to_speaker(&self, browser: &Browser) {
        browser
            .client
            .switch_to_window(self.speaker.clone())
            .await
            .unwrap();
    }
}

/// Waits until the speaker view says the class sees the step titled `title`.
async fn speaker_shows(browser: &Browser, title: &str) {
    let shown = browser
        .js("var h = document.getElementById('speaker-now'); return h ? h.textContent : 'nothing yet'")
        .await;
    browser
        .wait_until(
            &format!("the speaker view shows {title:?} (shows {shown:?})"),
            &format!(
                "var h = document.getElementById('speaker-now'); return !!h && h.textContent === {title:?}"
            ),
        )
        .await;
}

/// How far the class's window is: its step and the statements on screen.
async fn audience_place(browser: &Browser) -> (String, u64) {
    let shown = browser
        .js("return Array.from(document.querySelectorAll('.step .statement')).filter(function (li) { return getComputedStyle(li).display !== 'none'; }).length")
        .await
        .as_u64()
        .unwrap_or(0);
    (browser.step_id().await, shown)
}

#[tokio::test]
async fn keys_jumps_and_blank_in_either_window_move_both() {
    let site = Site::serve(dist());
    let story = story();
    let (first, last) = (&story.steps[0], story.steps.last().unwrap());
    let browser = Browser::start_reduced_motion(1366, 768).await;
    browser.open(&site, &format!("/#/{}", first.id)).await;
    browser.present().await;
    let windows = open_speaker(&browser).await;
    speaker_shows(&browser, first.title).await;
    // The teacher's screen is audited as the class's is.
    let problems = browser.axe_violations().await;
    assert!(
        problems.is_empty(),
        "the speaker view has accessibility violations:\n{}",
        problems.join("\n")
    );
    // And the QR frame, drawn by the same build (a loopback address here:
    // its note).
    windows.to_audience(&browser).await;
    browser.press('q').await;
    browser
        .wait_until(
            "the QR frame has drawn",
            "var f = document.querySelector('.qr__code'); return !!f && !!f.contentDocument && !!f.contentDocument.querySelector('.qr-page')",
        )
        .await;
    let problems = browser.axe_violations().await;
    assert!(
        problems.is_empty(),
        "the QR overlay has accessibility violations:\n{}",
        problems.join("\n")
    );
    browser.press('q').await;
    windows.to_speaker(&browser).await;

    // End in the speaker window: the class's window goes to the last step.
    browser.press(Key::End.into()).await;
    windows.to_audience(&browser).await;
    browser.wait_for_step(last.id).await;
    // Home in the class's window: the speaker view follows.
    browser.press(Key::Home.into()).await;
    browser.wait_for_step(first.id).await;
    windows.to_speaker(&browser).await;
    speaker_shows(&browser, first.title).await;

    // A clicker's Page Down in the speaker window: the class's window moves
    // on by one build (or step), and the speaker view shows the same place.
    windows.to_audience(&browser).await;
    let before = audience_place(&browser).await;
    windows.to_speaker(&browser).await;
    browser.press(Key::PageDown.into()).await;
    windows.to_audience(&browser).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    let after = loop {
        let now = audience_place(&browser).await;
        if now != before {
            break now;
        }
        assert!(
            Instant::now() < deadline,
            "Page Down in the speaker window did not move the class's window from {before:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    // The class's window may still be measuring whether the new step fits
    // (it shows the whole step, then builds it): the speaker view must
    // come to show the place the class's window settles on.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        windows.to_audience(&browser).await;
        let (id, shown) = audience_place(&browser).await;
        let title = story
            .steps
            .iter()
            .find(|s| s.id == id)
            .expect("a step of the story")
            .title;
        windows.to_speaker(&browser).await;
        let speaker = browser
            .js("var h = document.getElementById('speaker-now'); return [h ? h.textContent : '', document.querySelectorAll('.speaker__statements li:not(.is-waiting)').length]")
            .await;
        if speaker == serde_json::json!([title, shown]) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the speaker view shows {speaker} while the class sees {title:?} with {shown} statements (after {after:?})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // A jump from the speaker's step list.
    let third = &story.steps[2];
    browser
        .js("document.querySelectorAll('.speaker .step-list__button')[2].click()")
        .await;
    windows.to_audience(&browser).await;
    browser.wait_for_step(third.id).await;

    // B in the speaker window blanks the class's screen; B there brings it
    // back, and the speaker view says so.
    windows.to_speaker(&browser).await;
    browser.press('b').await;
    browser
        .wait_until(
            "the speaker view says the class's screen is blank",
            "return !!document.querySelector('.speaker__blank')",
        )
        .await;
    windows.to_audience(&browser).await;
    browser
        .wait_until(
            "the class's screen is blank",
            "return !!document.getElementById('blank-screen')",
        )
        .await;
    browser.press('b').await;
    browser
        .wait_until(
            "the class's screen is back",
            "return !document.getElementById('blank-screen')",
        )
        .await;
    windows.to_speaker(&browser).await;
    browser
        .wait_until(
            "the speaker view says the screen is back",
            "return !document.querySelector('.speaker__blank')",
        )
        .await;
    browser.finish().await;
}

#[tokio::test]
async fn the_class_never_sees_the_note_that_the_speaker_view_shows() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1366, 768).await;
    for step in story.steps.iter().filter(|s| s.note.is_some()).take(3) {
        let note = step.note.unwrap();
        browser.open(&site, &format!("/#/{}", step.id)).await;
        browser.present().await;
        let windows = open_speaker(&browser).await;
        speaker_shows(&browser, step.title).await;
        let has = |text: &str| format!("return document.body.textContent.indexOf({text:?}) >= 0");
        assert_eq!(
            browser.js(&has(note.notes)).await,
            true,
            "the speaker view shows the note of {:?}",
            step.id
        );
        assert_eq!(browser.js(&has(note.question)).await, true);
        windows.to_audience(&browser).await;
        // N, which shows the notes on the class's screen without a speaker
        // window, shows nothing there now.
        browser.press('n').await;
        browser.settle().await;
        let everything = "return document.documentElement.textContent + ' ' + Array.from(document.querySelectorAll('[aria-label],[title]')).map(function (e) { return (e.getAttribute('aria-label') || '') + (e.getAttribute('title') || ''); }).join(' ')";
        let page = browser.js(everything).await;
        let page = page.as_str().unwrap();
        assert!(
            !page.contains(note.notes) && !page.contains(note.question),
            "the class's window of {:?} holds the teaching note",
            step.id
        );
        // Close the speaker window: the class's window stays as it is.
        windows.to_speaker(&browser).await;
        browser.client.close_window().await.unwrap();
        windows.to_audience(&browser).await;
        browser.wait_for_step(step.id).await;
    }
    browser.finish().await;
}

#[tokio::test]
async fn reloading_either_window_keeps_them_in_step() {
    let site = Site::serve(dist());
    let story = story();
    let (first, last) = (&story.steps[0], story.steps.last().unwrap());
    let browser = Browser::start_reduced_motion(1366, 768).await;
    browser.open(&site, &format!("/#/{}", first.id)).await;
    browser.present().await;
    let windows = open_speaker(&browser).await;

    browser.press(Key::End.into()).await;
    windows.to_audience(&browser).await;
    browser.wait_for_step(last.id).await;

    // The speaker window reloads: it finds the class's window again and
    // shows where the class is.
    windows.to_speaker(&browser).await;
    browser.client.refresh().await.unwrap();
    browser
        .wait_until("the reloaded speaker view is in step", CONNECTED)
        .await;
    speaker_shows(&browser, last.title).await;
    browser.press(Key::Home.into()).await;
    windows.to_audience(&browser).await;
    browser.wait_for_step(first.id).await;

    // The class's window reloads: it opens on the same step, and the
    // speaker window (which says hello every few seconds) moves it again.
    browser.client.refresh().await.unwrap();
    browser
        .wait_until(
            "the class's window has started again",
            "return document.documentElement.dataset.app === 'started'",
        )
        .await;
    browser.wait_for_step(first.id).await;
    windows.to_speaker(&browser).await;
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        browser.press(Key::End.into()).await;
        windows.to_audience(&browser).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        if browser.step_id().await == last.id {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "after the class's window reloaded, keys in the speaker window never moved it again"
        );
        windows.to_speaker(&browser).await;
    }
    windows.to_speaker(&browser).await;
    speaker_shows(&browser, last.title).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_timer_pauses_resumes_resets_and_survives_a_reload() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1366, 768).await;
    browser
        .open(&site, &format!("/#/{}", story.steps[0].id))
        .await;
    browser.present().await;
    let _windows = open_speaker(&browser).await;
    let elapsed =
        "var e = document.querySelector('.speaker__elapsed'); return e ? e.textContent : ''";
    browser
        .wait_until_within(
            "the timer counts",
            "return document.querySelector('.speaker__elapsed').textContent !== 'Elapsed 0:00'",
            Duration::from_secs(5),
        )
        .await;
    browser.click(".speaker__timer .speaker__button").await;
    browser
        .wait_until(
            "the timer is paused",
            "return document.querySelector('.speaker__timer .speaker__button').textContent === 'Resume timer'",
        )
        .await;
    let paused = browser.js(elapsed).await;
    tokio::time::sleep(Duration::from_millis(2_200)).await;
    assert_eq!(
        browser.js(elapsed).await,
        paused,
        "a paused timer stands still"
    );
    browser.client.refresh().await.unwrap();
    browser
        .wait_until("the reloaded speaker view is in step", CONNECTED)
        .await;
    assert_eq!(
        browser.js(elapsed).await,
        paused,
        "the paused time survives a reload"
    );
    assert_eq!(
        browser.text(".speaker__timer .speaker__button").await,
        "Resume timer"
    );
    browser.click(".speaker__timer .speaker__button").await;
    browser
        .wait_until_within(
            "the resumed timer counts on",
            &format!(
                "return document.querySelector('.speaker__elapsed').textContent !== {}",
                paused
            ),
            Duration::from_secs(5),
        )
        .await;
    browser
        .click(".speaker__timer .speaker__button:nth-child(2)")
        .await;
    browser
        .wait_until(
            "the reset timer is back at zero",
            "var t = document.querySelector('.speaker__elapsed').textContent; return t === 'Elapsed 0:00' || t === 'Elapsed 0:01'",
        )
        .await;
    browser.finish().await;
}

#[tokio::test]
async fn a_blocked_pop_up_says_how_to_allow_it_and_the_notes_stay_here() {
    let site = Site::serve(dist());
    let story = story();
    let step = story.steps.iter().find(|s| s.note.is_some()).unwrap();
    let browser = Browser::start_reduced_motion(1366, 768).await;
    browser.open(&site, &format!("/#/{}", step.id)).await;
    browser.present().await;
    // As a browser that blocks pop-ups answers `window.open`.
    browser
        .js("window.open = function () { return null; }")
        .await;
    browser.press('s').await;
    browser
        .wait_until(
            "the page says the speaker window was blocked",
            "var p = document.querySelector('.pager__blocked'); return !!p && p.getClientRects().length > 0 && p.textContent.indexOf('Allow pop-ups') >= 0",
        )
        .await;
    assert_eq!(browser.client.windows().await.unwrap().len(), 1);
    browser.press('n').await;
    browser
        .wait_until(
            "N shows the notes in this window",
            "return !!document.getElementById('notes-panel')",
        )
        .await;
    browser.finish().await;
}

#[tokio::test]
async fn the_offline_files_speaker_view_works_from_disk() {
    let story = story();
    let (first, last) = (&story.steps[0], story.steps.last().unwrap());
    let browser = Browser::start_reduced_motion(1366, 768).await;
    browser.open_offline_file().await;
    browser.present().await;
    let windows = open_speaker(&browser).await;
    let address = browser.js("return location.href").await;
    assert!(
        address.as_str().unwrap().starts_with("file://"),
        "the speaker view is the offline file itself: {address}"
    );
    speaker_shows(&browser, first.title).await;
    browser.press(Key::End.into()).await;
    windows.to_audience(&browser).await;
    browser.wait_for_step(last.id).await;
    browser.press(Key::Home.into()).await;
    windows.to_speaker(&browser).await;
    speaker_shows(&browser, first.title).await;
    browser.finish().await;
}
