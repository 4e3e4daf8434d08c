//! `cargo xtask bench`: timings a reader feels, measured in headless Chromium
//! on the built site. Ignored by the normal test run (numbers go in the
//! README, not in assertions that flake); run with `--ignored`.

use e2e::{dist, Browser, Site};

fn summarise(label: &str, mut samples: Vec<f64>) {
    samples.sort_by(f64::total_cmp);
    let median = samples[samples.len() / 2];
    let worst = samples[samples.len() - 1];
    println!(
        "bench: {label}: median {median:.1} ms, worst {worst:.1} ms over {} runs",
        samples.len()
    );
}

#[tokio::test]
#[ignore = "a benchmark: run by `cargo xtask bench`"]
async fn step_change_to_next_frame() {
    let site = Site::serve(dist());
    let browser = Browser::start(1280, 800).await;
    let mut first_paints = Vec::new();
    for _ in 0..10 {
        browser.open(&site, "/").await;
        // The paint entry is recorded once the frame is on screen.
        browser.settle().await;
        let paint = browser
            .js("var p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1")
            .await;
        // No entry when Chromium painted nothing measurable before the
        // query: count those loads apart rather than as -1 ms.
        if let Some(ms) = paint.as_f64().filter(|ms| *ms >= 0.0) {
            first_paints.push(ms);
        } else {
            println!("bench: (a load reported no first-contentful-paint entry)");
        }
        browser.client.goto("about:blank").await.unwrap();
    }
    summarise(
        "first contentful paint (local server, no throttling)",
        first_paints,
    );

    browser.open(&site, "/").await;
    // 100 step changes: a key press, then the time until the frame after it
    // has been painted (two animation frames: the change is on screen).
    let timings = browser
        .client
        .execute_async(
            "var done = arguments[arguments.length - 1];
             var times = [], renders = [];
             var article = document.querySelector('article.step');
             function one(i) {
               if (i === 100) { done([times, renders]); return; }
               var key = (i % 15 === 14) ? 'Home' : 'ArrowRight';
               var before = article.dataset.step;
               var start = performance.now();
               var seen = new MutationObserver(function () {
                 if (article.dataset.step !== before) { renders.push(performance.now() - start); seen.disconnect(); }
               });
               seen.observe(article, {attributes: true, attributeFilter: ['data-step']});
               document.dispatchEvent(new KeyboardEvent('keydown', {key: key, bubbles: true, cancelable: true}));
               requestAnimationFrame(function () { requestAnimationFrame(function () {
                 times.push(performance.now() - start); one(i + 1);
               }); });
             }
             one(0);",
            vec![],
        )
        .await
        .expect("the timing script runs");
    let series = |at: usize| -> Vec<f64> {
        let values = timings[at].as_array().expect("a list of timings");
        values.iter().filter_map(|v| v.as_f64()).collect()
    };
    let (frames, renders) = (series(0), series(1));
    assert_eq!(frames.len(), 100);
    summarise("key press to the new step in the DOM (Yew render)", renders);
    summarise("key press to the frame after next (change painted)", frames);
    browser.finish().await;
}

#[test]
#[ignore = "a benchmark: run by `cargo xtask bench`"]
fn baked_map_geometry_size() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let story = e2e::story();
    let geometry = format!("{}{}", story.map.land, story.map.borders);
    let mut gzip = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gzip runs");
    gzip.stdin
        .take()
        .unwrap()
        .write_all(geometry.as_bytes())
        .unwrap();
    let packed = gzip.wait_with_output().unwrap().stdout.len();
    let points = geometry.matches(['M', 'l']).count();
    println!(
        "bench: baked map geometry: {} B raw, {packed} B gzip, {points} points",
        geometry.len()
    );
}
