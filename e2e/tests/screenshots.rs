//! Not a test of behaviour: `cargo test -p e2e --test screenshots -- --ignored`
//! saves screenshots of every view at phone and projector sizes into
//! target/e2e/, for a person to look at before a change lands.

use e2e::{dist, Browser, Site, View};

#[tokio::test]
#[ignore = "screenshots for review, not an assertion"]
async fn screenshots_of_every_view() {
    let site = Site::serve(dist());
    for (width, height) in [(390, 844), (1920, 1080)] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/#/khasan").await;
        browser
            .save_screenshot(&format!("view-story-{width}"))
            .await;
        for (view, name) in View::OTHERS
            .into_iter()
            .zip(["report", "glossary", "quiz", "handout"])
        {
            browser.open_view(view).await;
            browser.settle().await;
            browser.js("window.scrollTo(0, 0)").await;
            browser
                .save_screenshot(&format!("view-{name}-{width}"))
                .await;
        }
        browser.finish().await;
    }
    let browser = Browser::start_without_javascript(390, 844).await;
    browser
        .client
        .goto(&format!("{}/", site.base))
        .await
        .unwrap();
    browser.save_screenshot("view-no-javascript-390").await;
    browser.finish().await;
}
