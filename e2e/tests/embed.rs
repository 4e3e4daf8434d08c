//! The explainer in another site's page: the Share panel's link and embed
//! code, embed.html in a frame of a host page served from another origin
//! (another port), the host script that fits the frame to the story, the
//! messages between frame and host, and keys that stay with whoever has
//! focus.

use std::path::PathBuf;
use std::time::Duration;

use e2e::{dist, story, Browser, Site};
use fantoccini::key::Key;
use serde_json::Value;

/// The Share panel's two texts, as a teacher copies them: opened on the
/// step `id` of the class's page.
struct Shared {
    link: String,
    snippet: String,
}

async fn share(browser: &Browser, site: &Site, id: &str) -> Shared {
    browser.open(site, &format!("/#/{id}")).await;
    browser.click(".share__toggle").await;
    browser
        .wait_until(
            "the Share panel is open",
            "return !!document.querySelector('#share-embed')",
        )
        .await;
    let field = |id: &str| format!("return document.getElementById('{id}').value");
    let text = |value: Value| value.as_str().unwrap_or_default().to_owned();
    Shared {
        link: text(browser.js(&field("share-link")).await),
        snippet: text(browser.js(&field("share-embed")).await),
    }
}

/// A teacher's page on another site (another port: another origin): a
/// heading, the embed code, a paragraph after it, and a second frame of the
/// host's own (another window that is not the embed's parent). It records
/// the messages the embed's frame posts to it.
fn host_page(snippet: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!(
        "vostochny-host-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&folder).unwrap();
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Our class page</title>
<script>
  window.received = [];
  addEventListener('message', function (event) {{
    var frame = document.querySelector('iframe');
    if (frame && event.source === frame.contentWindow) window.received.push(event.data);
  }});
</script></head>
<body style=\"margin:0;font:16px sans-serif\">
<h1 id=\"host-title\" tabindex=\"-1\">Our class page</h1>
{snippet}
<p id=\"after\">After the explainer.</p>
<iframe id=\"other\" src=\"other.html\" title=\"Another frame\" style=\"width:20px;height:20px\"></iframe>
</body></html>"
    );
    std::fs::write(folder.join("host.html"), page).unwrap();
    // Another window on the host page: it sends "go" to the embed, which
    // must not listen to anyone but its parent.
    std::fs::write(
        folder.join("other.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Other</title></head><body>
<script>window.sendGo = function (step) { parent.frames[0].postMessage({type: 'vostochny-explainer:go', step: step}, '*'); return true; };</script>
</body></html>",
    )
    .unwrap();
    folder
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

/// Opens the host page and waits until the embed's app has started in its
/// frame; the browser is left in the host page.
async fn open_host(browser: &Browser, host: &Site) {
    browser
        .open_framing_page(
            &format!("{}/host.html", host.base),
            ".is-embed article.step",
        )
        .await;
    browser
        .client
        .enter_parent_frame()
        .await
        .expect("back to the host page");
}

/// The embed's frame fits its story: no scroll bar of its own, the pager in
/// it, on a phone and a laptop. The host's page scrolls instead.
#[tokio::test]
async fn with_the_host_script_the_frame_fits_its_story_at_390_and_1280_px() {
    let site = Site::serve(dist());
    let id = story().steps[2].id;
    for (width, height) in [(390, 844), (1280, 800)] {
        let browser = Browser::start(width, height).await;
        let shared = share(&browser, &site, id).await;
        assert!(
            shared.snippet.contains("embed.js"),
            "the embed code brings the host script: {}",
            shared.snippet
        );
        let host = Site::serve(host_page(&shared.snippet));
        open_host(&browser, &host).await;
        // The frame has been fitted: its page is no taller than the frame
        // (the host script sets the height a moment after the story draws).
        let mut fits = (false, String::new());
        for _ in 0..200 {
            fits = scroll_free(&browser).await;
            if fits.0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(
            fits.0,
            "at {width} px the embed scrolls inside its frame: {}",
            fits.1
        );
        let fitted = browser
            .js("return document.querySelector('iframe').style.height")
            .await;
        assert_ne!(
            fitted,
            Value::String(String::new()),
            "the host script set the frame's height ({})",
            fits.1
        );
        // The embed never moves its host's page: the teacher's heading is
        // still at the top, though the frame opened on a later step.
        assert_eq!(
            browser.js("return window.scrollY").await,
            serde_json::json!(0),
            "at {width} px the embed scrolled the host page"
        );
        // Below the frame, the host page goes on: nothing overlaps it.
        let gap = browser
            .js("return document.getElementById('after').getBoundingClientRect().top - document.querySelector('iframe').getBoundingClientRect().bottom")
            .await
            .as_f64()
            .unwrap_or(-1.0);
        assert!(
            gap >= 0.0,
            "the host's next paragraph starts below the frame ({gap})"
        );
        browser.finish().await;
    }
}

/// Whether the embed's page is no taller than its frame, and what it measured.
async fn scroll_free(browser: &Browser) -> (bool, String) {
    browser.client.enter_frame(0).await.unwrap();
    let v = browser
        .js("var h = document.documentElement, p = document.querySelector('.pager').getBoundingClientRect();
             return [h.scrollHeight, h.clientHeight, p.bottom]")
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    let (scroll, client, pager) = (
        v[0].as_f64().unwrap_or(-1.0),
        v[1].as_f64().unwrap_or(-1.0),
        v[2].as_f64().unwrap_or(-1.0),
    );
    (
        scroll <= client + 1.0 && pager <= client + 1.0,
        format!("page {scroll} px, frame {client} px, pager's bottom at {pager} px"),
    )
}

/// Without the host script (a site that strips scripts) the frame keeps
/// the embed code's height and the story scrolls inside it, its pager
/// always in sight.
#[tokio::test]
async fn without_the_host_script_the_frame_scrolls_and_keeps_its_pager_in_sight() {
    let site = Site::serve(dist());
    let browser = Browser::start(390, 844).await;
    let shared = share(&browser, &site, story().steps[0].id).await;
    let frame_only = shared.snippet.lines().next().unwrap().to_owned();
    assert!(frame_only.starts_with("<iframe"), "{frame_only}");
    let host = Site::serve(host_page(&frame_only));
    open_host(&browser, &host).await;
    let frame = browser
        .js("return document.querySelector('iframe').getBoundingClientRect().height")
        .await
        .as_f64()
        .unwrap();
    assert!(
        (frame - 720.0).abs() < 1.0,
        "the frame keeps the snippet's height ({frame})"
    );
    browser.client.enter_frame(0).await.unwrap();
    let v = browser
        .js("var h = document.documentElement, p = document.querySelector('.pager').getBoundingClientRect();
             return [h.scrollHeight, h.clientHeight, p.top, p.bottom]")
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    let (scroll, client, top, bottom) = (
        v[0].as_f64().unwrap(),
        v[1].as_f64().unwrap(),
        v[2].as_f64().unwrap(),
        v[3].as_f64().unwrap(),
    );
    assert!(
        scroll > client,
        "a phone's step is taller than 720 px ({scroll} in {client})"
    );
    assert!(
        top >= 0.0 && bottom <= client + 1.0,
        "the pager is in sight in the frame: {top}..{bottom} of {client}"
    );
    browser.finish().await;
}

/// The step messages the host has received from the embed, as ids.
async fn steps_received(browser: &Browser) -> Vec<String> {
    let ids = browser
        .js("return window.received.filter(function (m) { return m && m.type === 'vostochny-explainer:step'; }).map(function (m) { return m.id; })")
        .await;
    serde_json::from_value(ids).unwrap_or_default()
}

#[tokio::test]
async fn the_embed_and_its_host_talk_only_to_each_other() {
    let site = Site::serve(dist());
    let story = story();
    let steps = story.steps;
    let browser = Browser::start(1280, 800).await;
    let shared = share(&browser, &site, steps[2].id).await;
    let host = Site::serve(host_page(&shared.snippet));
    open_host(&browser, &host).await;
    // The first message names the step the embed code opened on, with its
    // place in the story and its title.
    browser
        .wait_until("the embed says which step it shows", "return window.received.some(function (m) { return m && m.type === 'vostochny-explainer:step'; })")
        .await;
    let first = browser
        .js("return window.received.filter(function (m) { return m && m.type === 'vostochny-explainer:step'; })[0]")
        .await;
    assert_eq!(first["id"], steps[2].id, "{first}");
    assert_eq!(first["index"], 2, "{first}");
    assert_eq!(first["count"], steps.len(), "{first}");
    assert_eq!(first["title"], steps[2].title, "{first}");
    // Heights, ours and Canvas's.
    browser
        .wait_until(
            "the embed says its height, in its own message and Canvas's",
            "return window.received.some(function (m) { return m && m.type === 'vostochny-explainer:height' && m.height > 300; })
               && window.received.some(function (m) { try { var c = JSON.parse(m); return c.subject === 'lti.frameResize' && c.height > 300; } catch (e) { return false; } })",
        )
        .await;

    // The parent asks for a step, by id: the embed goes there, says so, and
    // keeps it in its own address (a reload keeps it).
    browser
        .js(&format!(
            "document.querySelector('iframe').contentWindow.postMessage({{type: 'vostochny-explainer:go', step: {:?}}}, '*')",
            steps[5].id
        ))
        .await;
    browser
        .wait_until(
            "the embed reports the step its parent asked for",
            &format!(
                "return window.received.some(function (m) {{ return m && m.id === {:?}; }})",
                steps[5].id
            ),
        )
        .await;
    browser.client.enter_frame(0).await.unwrap();
    browser.wait_for_step(steps[5].id).await;
    assert_eq!(browser.hash().await, format!("#/{}", steps[5].id));
    browser.client.enter_parent_frame().await.unwrap();
    browser.settle().await;
    assert_eq!(
        browser.js("return window.scrollY").await,
        serde_json::json!(0),
        "a step asked for by the host scrolled the host page"
    );

    // Another window of the host page asks for a step: ignored. Then the
    // parent asks for another: when that arrives, the other's would have.
    let sent = browser
        .js(&format!(
            "return document.getElementById('other').contentWindow.sendGo({:?})",
            steps[8].id
        ))
        .await;
    assert_eq!(sent, Value::Bool(true));
    browser
        .js("document.querySelector('iframe').contentWindow.postMessage({type: 'vostochny-explainer:go', step: 1}, '*')")
        .await;
    browser
        .wait_until(
            "the embed reports the step its parent asked for by index",
            &format!(
                "return window.received.some(function (m) {{ return m && m.id === {:?}; }})",
                steps[1].id
            ),
        )
        .await;
    let received = steps_received(&browser).await;
    assert!(
        !received.iter().any(|id| id == steps[8].id),
        "a window other than the parent moved the embed: {received:?}"
    );

    // Keys on the host page stay there; in the frame, they turn the story.
    browser.click("#host-title").await;
    browser.press(Key::Right.into()).await;
    browser.press(Key::Right.into()).await;
    browser.client.enter_frame(0).await.unwrap();
    browser.settle().await;
    assert_eq!(
        browser.step_id().await,
        steps[1].id,
        "keys on the host page moved the embed"
    );
    browser.click(".step__title").await;
    browser.press(Key::Right.into()).await;
    browser.wait_for_step(steps[2].id).await;
    // Under its CSP, as the front page.
    assert_eq!(browser.csp_violations().await, serde_json::json!([]));
    browser.client.enter_parent_frame().await.unwrap();
    browser.finish().await;
}

/// The Share panel: its link opens the step it was on; its copy buttons copy
/// the whole text and say so.
#[tokio::test]
async fn the_share_panel_copies_a_link_and_an_embed_code_for_the_step_on_screen() {
    let site = Site::serve(dist());
    let id = story().steps[4].id;
    let browser = Browser::start(1280, 800).await;
    let shared = share(&browser, &site, id).await;
    assert_eq!(shared.link, format!("{}/#/{id}", site.base));
    assert!(
        shared
            .snippet
            .starts_with(&format!("<iframe src=\"{}/embed.html#/{id}\"", site.base)),
        "{}",
        shared.snippet
    );
    for needed in [
        "title=\"",
        "loading=\"lazy\"",
        "allow=\"fullscreen\"",
        "width=\"100%\"",
    ] {
        assert!(
            shared.snippet.contains(needed),
            "the iframe has {needed}: {}",
            shared.snippet
        );
    }
    // What a paste would give: the text the copy event carried.
    browser
        .js("window.copied = null; document.addEventListener('copy', function (e) { var t = e.target; window.copied = t && 'selectionStart' in t ? t.value.slice(t.selectionStart, t.selectionEnd) : String(getSelection()); });")
        .await;
    for (button, field, said) in [
        (
            ".share__row:nth-of-type(1) .share__copy",
            &shared.link,
            "The link is copied.",
        ),
        (
            ".share__row:nth-of-type(2) .share__copy",
            &shared.snippet,
            "The embed code is copied.",
        ),
    ] {
        browser.click(button).await;
        browser
            .wait_until(
                "the copy button says it has copied",
                &format!("return document.querySelector({button:?}).textContent === 'Copied'"),
            )
            .await;
        assert_eq!(browser.text(".share__status").await, said);
        assert_eq!(
            browser.js("return window.copied").await,
            Value::String(field.clone())
        );
    }
    // The link, opened, shows that step.
    browser.client.goto("about:blank").await.unwrap();
    browser.client.goto(&shared.link).await.unwrap();
    browser.wait_for_step(id).await;
    browser.finish().await;
}
