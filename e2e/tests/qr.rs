//! Students follow on their phones (issue 16): Q in presenter mode shows the
//! step's address as a QR code, with the short address under it. The code
//! is read back from a screenshot by a real decoder (zbar's `zbarimg`, from
//! Debian's zbar-tools) and compared with the address the test expects from
//! the site it serves, step after step. Where a phone cannot open the
//! address (a loopback address, a file) the page says so instead.

use std::process::Command;

use e2e::{dist, skip_on, story, Browser, Engine, Site};
use fantoccini::key::Key;

/// What `zbarimg` reads in a screenshot of the page: each code's text.
async fn decode_screen(browser: &Browser, name: &str) -> Vec<String> {
    let png = browser.client.screenshot().await.expect("a screenshot");
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join(format!("qr-{}-{name}.png", browser.engine.name()));
    std::fs::write(&file, png).unwrap();
    let zbarimg = std::env::var("ZBARIMG").unwrap_or_else(|_| "zbarimg".to_owned());
    let output = Command::new(&zbarimg)
        .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {zbarimg} (Debian's zbar-tools): {e}"));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .filter(|line| !line.is_empty())
        .collect()
}

/// Waits until the frame's code is drawn: the frame has loaded the
/// teacher's build, which has drawn its SVG.
async fn wait_for_code(browser: &Browser, address: &str) {
    browser
        .wait_until_within(
            &format!("the QR code of {address} is drawn"),
            &format!(
                "var f = document.querySelector('.qr__code'); if (!f || !f.contentDocument) return false;
                 var svg = f.contentDocument.querySelector('.qr-page__code');
                 return !!svg && svg.getAttribute('aria-label') === 'QR code of ' + {address:?}"
            ),
            std::time::Duration::from_secs(20),
        )
        .await;
    browser.settle().await;
}

#[tokio::test]
async fn the_qr_code_reads_back_as_the_steps_address_and_follows_the_step() {
    let Some(site) = Site::serve_on_network(dist()) else {
        skip_on(
            &[Engine::current()],
            "the QR code read back from the screen",
            "this machine has no network address other than loopback to serve the site on",
        );
        return;
    };
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 720).await;
    let first = &story.steps[0];
    browser.open(&site, &format!("/#/{}", first.id)).await;
    browser.present().await;
    browser.press('q').await;
    // Several steps: the first, the next by the clicker, and the last.
    let mut checked = Vec::new();
    for round in 0..3 {
        let id = browser.step_id().await;
        // The address as the test knows it: the site it serves, and the step.
        let address = format!("{}/#/{id}", site.base);
        wait_for_code(&browser, &address).await;
        let read = decode_screen(&browser, &id).await;
        assert_eq!(
            read,
            vec![address.clone()],
            "the QR code on the screen of step {id:?}"
        );
        let short = address.trim_start_matches("http://");
        assert_eq!(
            browser
                .js("return document.querySelector('.qr__code').contentDocument.querySelector('.qr-page__address').textContent")
                .await,
            short,
            "the short address under the code"
        );
        // The code is large: at least half the screen's height.
        let side = browser
            .js("var f = document.querySelector('.qr__code'), svg = f.contentDocument.querySelector('.qr-page__code');
                 return svg.getBoundingClientRect().height / innerHeight")
            .await;
        assert!(
            side.as_f64().unwrap() >= 0.5,
            "the code is {side} of the screen's height"
        );
        checked.push(id);
        match round {
            0 => {
                // Through any builds of the first step to the second.
                while browser.step_id().await == first.id {
                    browser.press(Key::PageDown.into()).await;
                    browser.settle().await;
                }
            }
            _ => {
                browser.press(Key::End.into()).await;
                browser.wait_for_step(story.steps.last().unwrap().id).await;
            }
        }
    }
    assert_eq!(checked.len(), 3);
    browser.press('q').await;
    browser
        .wait_until("Q hides the code", "return !document.getElementById('qr')")
        .await;
    browser.finish().await;
}

#[tokio::test]
async fn on_a_loopback_address_or_a_file_the_page_says_a_phone_cannot_open_it() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 720).await;
    // The frame says so, and draws no code.
    // (The single offline file has the encoder and draws it in place.)
    let says = "var f = document.querySelector('#qr .qr__code'), d = f ? f.contentDocument : document;
        var note = d && d.querySelector('.qr-page__none');
        return !!note && note.textContent.indexOf('A phone cannot open this page') === 0 && !d.querySelector('.qr-page__code')";
    browser.open(&site, "/").await;
    browser.present().await;
    browser.press('q').await;
    browser
        .wait_until("the loopback page says a phone cannot open it", says)
        .await;
    browser.open_offline_file().await;
    browser.present().await;
    browser.press('q').await;
    browser
        .wait_until("the offline file says a phone cannot open it", says)
        .await;
    browser.finish().await;
}
