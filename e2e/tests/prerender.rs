//! Content before the wasm: the built page carries the first screen,
//! rendered by Yew's SSR at build time; readers without JavaScript see it,
//! and the app takes it over in place without shifting the layout.

use e2e::{dist, story, Browser, Site};
use serde_json::Value;

/// The text of the label the stylesheet shows above the pager until the app
/// has started (`none` when there is none).
const GETTING_READY: &str =
    "return getComputedStyle(document.querySelector('.pager'), '::after').content";

#[tokio::test]
async fn while_the_wasm_is_on_its_way_the_page_says_the_buttons_are_getting_ready() {
    let site = Site::serve_with_slow_wasm(dist(), std::time::Duration::from_secs(3));
    let browser = Browser::start(1280, 800).await;
    browser
        .js(&format!("location.href = '{}/'; return true", site.base))
        .await;
    browser
        .wait_until(
            "the pre-rendered page has been parsed",
            "return document.readyState !== 'loading' && !!document.querySelector('#app .pager')",
        )
        .await;
    let next_cursor = "return getComputedStyle(document.querySelector('.pager__next')).cursor";
    assert_eq!(
        browser.js(GETTING_READY).await,
        Value::from("\"Getting the buttons ready…\""),
        "before the wasm has arrived"
    );
    assert_eq!(browser.js(next_cursor).await, Value::from("progress"));
    browser
        .wait_until(
            "the app has started",
            "return document.documentElement.dataset.app === 'started'",
        )
        .await;
    assert_eq!(browser.js(GETTING_READY).await, Value::from("none"));
    assert_eq!(browser.js(next_cursor).await, Value::from("pointer"));
    browser.finish().await;
}

#[tokio::test]
async fn without_javascript_the_first_step_is_readable() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_without_javascript(1280, 800).await;
    browser
        .client
        .goto(&format!("{}/", site.base))
        .await
        .unwrap();
    let title = browser.text("#step-title").await;
    assert_eq!(title, story.steps[0].title);
    let statements = browser
        .js("return document.querySelectorAll('article.step .statement').length")
        .await;
    assert_eq!(statements, story.steps[0].statements.len() as u64);
    let app_started = browser
        .js("return document.documentElement.dataset.app || ''")
        .await;
    assert_eq!(app_started, Value::from(""), "JavaScript really is off");
    assert_eq!(
        browser.js(GETTING_READY).await,
        Value::from("none"),
        "no 'getting ready' label: without JavaScript it would never go"
    );
    let preview = browser
        .js("var m = document.querySelector('meta[property=\"og:title\"]'); return m ? m.content : ''")
        .await;
    assert_eq!(
        preview,
        Value::from("Putin and Kim meet at Vostochny: the story step by step"),
        "link previews have a title"
    );
    let noscript = browser
        .js("return document.querySelector('noscript') !== null")
        .await;
    assert_eq!(
        noscript,
        Value::Bool(true),
        "a note says JavaScript is needed to step through"
    );
    // The note links to the whole story on one page: every step with its
    // statements, each with its source.
    browser.click("noscript a, a[href='./story.html']").await;
    browser
        .wait_until(
            "the whole-story page is open",
            "return location.pathname.endsWith('/story.html') && document.readyState === 'complete'",
        )
        .await;
    let whole = browser
        .js("return document.querySelectorAll('.full-text__step').length")
        .await;
    assert_eq!(
        whole,
        story.steps.len() as u64,
        "every step is readable without JavaScript"
    );
    let all_statements = browser
        .js("return document.querySelectorAll('.full-text .statement').length")
        .await;
    let expected: usize = story.steps.iter().map(|s| s.statements.len()).sum();
    assert_eq!(all_statements, expected as u64);
    let unsourced = browser
        .js("return Array.from(document.querySelectorAll('.full-text .statement'))
               .filter(function (s) { return !s.querySelector('.statement__source cite') || !s.querySelector('.status'); }).length")
        .await;
    assert_eq!(unsourced, 0, "every statement names its source and status");
    // The key to the labels is on this page too, before the steps, and
    // visible; the way back to the explainer looks like a button (44 px).
    let key = browser
        .js("var k = document.querySelector('.full-text .status-key'), first = document.querySelector('.full-text__step');
             if (!k || k.getClientRects().length === 0) return null;
             return [Array.from(k.querySelectorAll('dt')).map(function (d) { return d.textContent; }),
                     !!(k.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
                     document.querySelector('.story-page__back a').getBoundingClientRect().height]")
        .await;
    assert_eq!(
        key[0],
        serde_json::json!([
            "On the record",
            "Claimed by a party",
            "Unnamed officials",
            "Speculation",
            "Analysis",
            "Not yet known",
            "Still unknown",
            "Background"
        ]),
        "story.html explains every label: {key}"
    );
    assert_eq!(key[1], Value::Bool(true), "the key comes before the steps");
    assert!(
        key[2].as_f64().unwrap_or(0.0) >= 44.0,
        "the link back to the explainer is a 44 px button: {key}"
    );
    // The same labels as the app: the reporters' analysis, a carried-over
    // credit, and an answered question that links to its answer on this page.
    let labels = browser
        .js("return Array.from(document.querySelectorAll('#step-missiles .status')).map(function (s) { return s.textContent; })")
        .await;
    assert!(
        labels
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| *l == "Analysis")
            .count()
            == 2,
        "{labels}"
    );
    let carried = browser.text("#step-talks .statement__carried").await;
    assert!(
        carried.contains("Russian state news agency Tass reported"),
        "{carried}"
    );
    browser
        .click("#step-putin-in-vladivostok .statement__answered")
        .await;
    browser
        .wait_until(
            "the answer's step is scrolled into view",
            "var box = document.getElementById('step-welcome').getBoundingClientRect(); return location.hash === '#step-welcome' && box.top >= -1 && box.top < innerHeight / 2",
        )
        .await;
    browser.finish().await;
}

#[tokio::test]
async fn the_app_hydrates_the_pre_rendered_page_without_shifting_it() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/").await;
    browser.settle().await;
    // The served HTML and the live page say the same thing.
    let same = browser
        .client
        .execute_async(
            "var done = arguments[0];
             fetch(location.href).then(function (r) { return r.text(); }).then(function (html) {
               var served = new DOMParser().parseFromString(html, 'text/html').querySelector('article.step');
               var live = document.querySelector('article.step');
               done([served ? served.textContent : null, live.textContent]);
             });",
            vec![],
        )
        .await
        .unwrap();
    assert!(same[0].is_string(), "the served page holds the first step");
    assert_eq!(
        same[0], same[1],
        "pre-rendered and hydrated text are the same"
    );
    // Layout shifts since the page began, as the browser recorded them.
    let shifts = browser
        .client
        .execute_async(
            "var done = arguments[0], total = 0, moved = [];
             new PerformanceObserver(function (list) {
               list.getEntries().forEach(function (e) {
                 total += e.value;
                 (e.sources || []).forEach(function (s) {
                   var n = s.node, a = s.previousRect, b = s.currentRect;
                   moved.push((n ? n.nodeName.toLowerCase() + (typeof n.className === 'string' && n.className ? '.' + n.className.split(' ')[0] : '') : 'a removed node')
                     + ' at ' + Math.round(e.startTime) + ' ms from ' + [a.x, a.y, a.width, a.height].map(Math.round).join(',')
                     + ' to ' + [b.x, b.y, b.width, b.height].map(Math.round).join(','));
                 });
               });
             }).observe({type: 'layout-shift', buffered: true});
             setTimeout(function () { done([total, moved]); }, 300);",
            vec![],
        )
        .await
        .unwrap();
    // What moved is named, so a shift seen once on a loaded machine can be
    // traced (x, y, width, height before and after).
    assert!(
        shifts[0].as_f64().unwrap_or(0.0) < 0.01,
        "layout shift {}: {}",
        shifts[0],
        shifts[1]
    );
    browser.finish().await;
}

/// A link to a later step, opened on a slow network: while the wasm is on
/// its way, the pre-rendered step 1 is not shown as if it were the step
/// linked; once the app has started, the linked step is shown.
#[tokio::test]
async fn a_link_to_a_later_step_never_shows_step_one_in_its_place() {
    let story = story();
    let linked = &story.steps[3];
    let site = Site::serve_with_slow_wasm(dist(), std::time::Duration::from_secs(3));
    let browser = Browser::start(1280, 800).await;
    // Navigating from a script returns at once, before the page has loaded.
    browser
        .js(&format!(
            "location.href = '{}/#/{}'; return true",
            site.base, linked.id
        ))
        .await;
    browser
        .wait_until(
            "the pre-rendered page has been parsed",
            "return document.readyState !== 'loading' && !!document.querySelector('#app article.step')",
        )
        .await;
    let before = browser
        .js("var a = document.querySelector('#app article.step');
             return [document.documentElement.dataset.app || '', a.dataset.step, getComputedStyle(a).opacity]")
        .await;
    assert_eq!(
        before,
        serde_json::json!(["loading", story.steps[0].id, "0"]),
        "before the wasm: the app has not started, and step 1 is hidden"
    );
    browser
        .wait_until(
            "the app has started",
            "return document.documentElement.dataset.app === 'started'",
        )
        .await;
    browser.settle().await;
    let after = browser
        .js("var a = document.querySelector('#app article.step');
             return [a.dataset.step, getComputedStyle(a).opacity]")
        .await;
    assert_eq!(after, serde_json::json!([linked.id, "1"]));
    browser.finish().await;
}
