//! The locked-down page: a strict Content-Security-Policy (no inline script
//! without its hash, nothing from another origin) that every feature obeys.

use e2e::{dist, Browser, Site, View};
use fantoccini::key::Key;
use serde_json::{json, Value};

#[tokio::test]
async fn every_feature_runs_under_the_policy_without_a_violation() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/").await;
    let policy = browser
        .js("var m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m ? m.content : ''")
        .await;
    let policy = policy.as_str().unwrap().to_owned();
    let script_src = policy
        .split("script-src")
        .nth(1)
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("");
    assert!(
        script_src.contains("'self'") && script_src.contains("'sha256-"),
        "{policy}"
    );
    let tokens: Vec<&str> = script_src.split_whitespace().collect();
    assert!(
        !tokens.contains(&"'unsafe-inline'") && !tokens.contains(&"'unsafe-eval'"),
        "scripts need no unsafe-inline or unsafe-eval: {policy}"
    );
    assert!(policy.contains("default-src 'self'"), "{policy}");

    // Walk the story, open a place card, use the glossary, present, quiz,
    // print view; each step must have done what it says (a feature that
    // silently did nothing would also raise no violation).
    for _ in 0..6 {
        browser.press(Key::Right.into()).await;
    }
    browser.wait_for_step("where-next").await;
    browser
        .js("document.querySelector('.map__marker[role=button]').focus()")
        .await;
    browser.press(Key::Enter.into()).await;
    browser
        .wait_until(
            "a place card opened",
            "return !!document.querySelector('.place-card')",
        )
        .await;
    browser.press(Key::Escape.into()).await;
    browser
        .wait_until(
            "the place card closed",
            "return !document.querySelector('.place-card')",
        )
        .await;
    browser.click(".term__word").await;
    assert_eq!(
        browser
            .js("return document.querySelector('.term__word').getAttribute('aria-expanded')")
            .await,
        "true",
        "a glossary word opened"
    );
    browser.click(".units__button:nth-of-type(2)").await;
    assert_eq!(
        browser.js("return document.querySelector('.units__button:nth-of-type(2)').getAttribute('aria-pressed')").await,
        "true",
        "miles chosen"
    );
    browser
        .js("document.activeElement && document.activeElement.blur()")
        .await;
    browser.press('p').await;
    browser
        .wait_until(
            "presenter mode is on",
            "return !!document.querySelector('.app.is-presenting')",
        )
        .await;
    browser.press('b').await;
    browser
        .wait_until(
            "the screen is blank",
            "return !!document.getElementById('blank-screen')",
        )
        .await;
    browser.press('b').await;
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
    for view in View::OTHERS.into_iter().chain([View::Story]) {
        browser.open_view(view).await;
        browser.settle().await;
    }
    assert_eq!(
        browser.csp_violations().await,
        json!([]),
        "the page broke its own policy"
    );
    // The policy bites, and the recorder sees it: an injected inline script
    // without a listed hash is refused.
    browser
        .js("var s = document.createElement('script'); s.textContent = 'window.injected = true'; document.head.appendChild(s);")
        .await;
    browser.settle().await;
    assert_eq!(
        browser.js("return window.injected === true").await,
        Value::Bool(false)
    );
    let recorded = browser.csp_violations().await;
    assert!(
        recorded.as_array().is_some_and(|v| !v.is_empty()),
        "{recorded}"
    );
    browser.finish().await;
}

#[tokio::test]
async fn the_offline_file_carries_its_own_policy_and_obeys_it() {
    let browser = Browser::start(1280, 800).await;
    browser.open_offline_file().await;
    let policies = browser.js("return document.querySelectorAll('meta[http-equiv=\"Content-Security-Policy\"]').length").await;
    assert_eq!(policies, Value::from(1));
    browser.press(Key::Right.into()).await;
    assert_eq!(browser.csp_violations().await, json!([]));
    browser.finish().await;
}
