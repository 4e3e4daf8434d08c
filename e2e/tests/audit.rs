//! Accessibility audit: axe-core on every step and with every panel and
//! mode open in turn (place card, glossary word and glossary, quiz, report
//! order, who-said-it lens, presenter mode with and without notes, handout),
//! at a phone's and a projector's size, in light and dark: zero violations
//! of the WCAG 2.0/2.1/2.2 A and AA rules.

use e2e::{dist, story, Browser, Setup, Site, View};
use fantoccini::key::Key;

const SIZES: [(u32, u32); 2] = [(390, 844), (1920, 1080)];

/// Audits the page as it is; collects violations under `context`.
async fn audit(browser: &Browser, context: &str, found: &mut Vec<String>) {
    browser.settle().await;
    for violation in browser.axe_violations().await {
        found.push(format!("{context}: {violation}"));
    }
}

async fn audit_everything(dark: bool) {
    let site = Site::serve(dist());
    let story = story();
    let scheme = if dark { "dark" } else { "light" };
    let mut found = Vec::new();
    for (width, height) in SIZES {
        let setup = Setup {
            reduced_motion: true,
            dark,
            ..Setup::default()
        };
        let browser = Browser::start_with(width, height, setup).await;
        let engine = browser.engine.name();
        let at = |what: &str| format!("[{engine} {width}x{height} {scheme}] {what}");
        browser.open(&site, "/").await;
        let matches_scheme = browser
            .js("return matchMedia('(prefers-color-scheme: dark)').matches")
            .await;
        assert_eq!(
            matches_scheme,
            dark,
            "{}",
            at("the browser reports the scheme asked for")
        );
        for step in story.steps.iter() {
            browser.wait_for_step(step.id).await;
            audit(&browser, &at(&format!("step {}", step.id)), &mut found).await;
            browser.press(Key::Right.into()).await;
        }

        // A place card, opened from its marker.
        browser.open(&site, "/#/ussuriysk").await;
        browser
            .js("document.getElementById('marker-ussuriysk').focus()")
            .await;
        browser.press(Key::Enter.into()).await;
        browser
            .wait_until(
                "the card is open",
                "return !!document.getElementById('place-card')",
            )
            .await;
        audit(&browser, &at("place card"), &mut found).await;
        browser.press(Key::Escape.into()).await;

        // A glossary word's definition, opened by focus.
        browser.open(&site, "/#/rocket-tour").await;
        browser
            .js("document.querySelector('.term__word').focus()")
            .await;
        audit(&browser, &at("glossary word open"), &mut found).await;

        // The who-said-it lens with a source picked.
        browser.click(".lens__button").await;
        audit(&browser, &at("who-said-it lens on"), &mut found).await;
        browser.click(".lens__button").await;

        // Each other view: report order, glossary, quiz, handout.
        for view in View::OTHERS {
            browser.open_view(view).await;
            audit(&browser, &at(view.name()), &mut found).await;
            if view == View::Quiz {
                // An answered question, with its feedback.
                browser
                    .js("document.querySelector('.quiz__choice input').click();
                         document.querySelector('.quiz__check').click();")
                    .await;
                audit(&browser, &at("quiz answered"), &mut found).await;
            }
        }
        browser.open_view(View::Story).await;

        // Presenter mode, with the notes panel and without it.
        browser.open(&site, "/#/khasan").await;
        browser.press('p').await;
        browser
            .wait_until(
                "presenter mode is on",
                "return document.querySelector('.app.is-presenting') !== null",
            )
            .await;
        audit(&browser, &at("presenter mode without notes"), &mut found).await;
        browser.press('n').await;
        audit(&browser, &at("presenter mode with notes"), &mut found).await;
        browser.press('p').await;
        browser.finish().await;
    }
    assert!(
        found.is_empty(),
        "{} accessibility violations:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[tokio::test]
async fn axe_finds_nothing_on_any_step_or_panel_in_light() {
    audit_everything(false).await;
}

#[tokio::test]
async fn axe_finds_nothing_on_any_step_or_panel_in_dark() {
    audit_everything(true).await;
}

/// The pages a reader may get instead of the app: the whole story on one
/// page, and the single offline file (which holds the app and the whole
/// story, so its ids must not clash), with and without dark mode.
#[tokio::test]
async fn axe_finds_nothing_on_the_whole_story_page_or_the_offline_file() {
    let site = Site::serve(dist());
    let mut found = Vec::new();
    for dark in [false, true] {
        let setup = Setup {
            reduced_motion: true,
            dark,
            ..Setup::default()
        };
        let browser = Browser::start_with(1366, 768, setup).await;
        let scheme = if dark { "dark" } else { "light" };
        // A static page: no app to wait for.
        browser
            .client
            .goto(&format!("{}{}story.html", site.base, e2e::root()))
            .await
            .unwrap();
        browser
            .wait_until("story.html has loaded", "return document.readyState === 'complete' && !!document.querySelector('.full-text__step')")
            .await;
        audit(&browser, &format!("[story.html {scheme}]"), &mut found).await;
        browser.open_offline_file().await;
        audit(&browser, &format!("[offline file {scheme}]"), &mut found).await;
        browser.finish().await;
    }
    assert!(
        found.is_empty(),
        "{} accessibility violations:\n{}",
        found.len(),
        found.join("\n")
    );
}
