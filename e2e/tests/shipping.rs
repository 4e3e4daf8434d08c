//! The same build shipped two more ways: under a sub-path, as GitHub Pages
//! serves a project site, and as one HTML file opened from disk (file://).

use e2e::{dist, story, Browser, Site};
use fantoccini::key::Key;
use serde_json::Value;
use story::hash;

#[tokio::test]
async fn the_site_works_under_a_github_pages_project_path() {
    let site = Site::serve_under(dist(), "/vostochny-explainer/");
    let story = story();
    let browser = Browser::start(1280, 800).await;
    browser.open(&site, "/").await;
    for (index, step) in story.steps.iter().enumerate().take(4) {
        browser.wait_for_step(step.id).await;
        assert_eq!(browser.hash().await, hash::for_step(step.id));
        if index < 3 {
            browser.press(Key::Right.into()).await;
        }
    }
    let requests = site.requests();
    assert!(
        requests
            .iter()
            .all(|path| path.starts_with("/vostochny-explainer/")),
        "{requests:?}"
    );
    assert!(requests.iter().any(|path| path.ends_with(".wasm")));
    browser.finish().await;
}

/// A reader who comes back within ten minutes (from the handout's link back,
/// or to the embed beside the front page) gets the glue and the wasm from
/// the browser's cache, as GitHub Pages serves them: the app must start
/// again. (Red before the fix on Chromium: the glue's preload carried the
/// digest of the glue before terser, and the second visit failed with "a
/// file failed to load".)
#[tokio::test]
async fn a_second_visit_from_the_browser_cache_starts_the_app() {
    let site = Site::serve_cached(dist());
    let browser = Browser::start(1280, 800).await;
    let step = story().steps[1].id;
    let embed = format!("/embed.html#/{step}");
    for page in ["/", "/story.html", "/", embed.as_str()] {
        browser
            .client
            .goto(&format!("{}{page}", site.base))
            .await
            .unwrap();
        if page.ends_with("story.html") {
            continue;
        }
        browser
            .wait_until(
                &format!("the app has started on {page}"),
                "var a = document.documentElement.dataset.app; return a === 'started' || a === 'failed'",
            )
            .await;
        let state = browser
            .js("var f = document.getElementById('fatal'); return document.documentElement.dataset.app + (f && !f.hidden ? ': ' + f.textContent : '')")
            .await;
        assert_eq!(
            state,
            Value::String("started".into()),
            "{page} on a visit from the cache"
        );
    }
    browser.wait_for_step(step).await;
    let cached = site
        .requests()
        .iter()
        .filter(|p| p.ends_with(".wasm"))
        .count();
    assert_eq!(
        cached,
        1,
        "the later visits took the wasm from the cache: {:?}",
        site.requests()
    );
    browser.finish().await;
}

#[tokio::test]
async fn a_cold_load_downloads_each_file_once() {
    // On a slow classroom network a second copy of the wasm is seconds more
    // of waiting: a preload the browser does not match to the real request
    // would fetch it twice.
    let site = Site::serve(dist());
    let browser = Browser::start(1280, 800).await;
    browser.open(&site, "/").await;
    let requests = site.requests();
    for kind in [".html", ".css", ".js", ".wasm"] {
        let fetched: Vec<_> = requests
            .iter()
            .filter(|path| path.ends_with(kind) || (kind == ".html" && path.ends_with('/')))
            .collect();
        assert_eq!(fetched.len(), 1, "{kind} requests: {requests:?}");
    }
    browser.finish().await;
}

#[tokio::test]
async fn the_offline_file_runs_from_disk_with_no_requests() {
    let story = story();
    let browser = Browser::start(1280, 800).await;
    browser.open_offline_file().await;
    for step in story.steps.iter().take(5) {
        browser.wait_for_step(step.id).await;
        browser.press(Key::Right.into()).await;
    }
    browser.press(Key::End.into()).await;
    browser.wait_for_step(story.steps.last().unwrap().id).await;
    let resources = browser
        .js("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
        .await;
    assert_eq!(resources, serde_json::json!([]), "nothing is fetched");
    let fatal_hidden = browser
        .js("return document.getElementById('fatal').hidden")
        .await;
    assert_eq!(fatal_hidden, Value::Bool(true));
    browser.finish().await;
}

/// The offline file without JavaScript: the first step, and the whole story
/// in a section of the same file (there is no other page to link to).
#[tokio::test]
async fn the_offline_file_without_javascript_still_tells_the_whole_story() {
    let story = story();
    let browser = Browser::start_without_javascript(1280, 800).await;
    let file = dist().join("vostochny-explainer-offline.html");
    browser
        .client
        .goto(&format!("file://{}", file.display()))
        .await
        .unwrap();
    assert_eq!(browser.text("#step-title").await, story.steps[0].title);
    let link = browser
        .js("var a = document.querySelector('noscript a') || document.querySelector('a[href=\"#whole-story\"]'); return a ? a.getAttribute('href') : ''")
        .await;
    assert_eq!(link, "#whole-story", "the note links within the file");
    let whole = browser
        .js("var s = document.getElementById('whole-story');
             return s && getComputedStyle(s).display !== 'none' ? s.querySelectorAll('.full-text__step').length : -1")
        .await;
    assert_eq!(whole, story.steps.len() as u64, "the whole story is shown");
    browser.finish().await;
}
