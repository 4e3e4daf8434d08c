//! The built explainer in headless Chromium: a reader walks the whole story by
//! keyboard, by buttons, by the step list and by swiping; the URL follows;
//! Back/Forward, reload and shared links work; bad links open step 1; the page
//! fits a phone and a projector; nothing is requested from another origin.

use e2e::{dist, english, english_label, fill, label, story, Browser, Site};
use fantoccini::key::Key;
use story::{hash, Affiliation, Status};

const PHONE: (u32, u32) = (390, 844);
const LAPTOP: (u32, u32) = (1280, 800);
const PROJECTOR: (u32, u32) = (1920, 1080);

/// Checks everything the page says about step `index` against the content.
async fn assert_shows_step(browser: &Browser, index: usize) {
    let story = story();
    let step = &story.steps[index];
    browser.wait_for_step(step.id).await;
    assert_eq!(browser.text("#step-title").await, step.title);
    assert_eq!(browser.hash().await, hash::for_step(step.id));
    let counter = fill(
        &label("pager", "position"),
        &[
            ("n", &(index + 1).to_string()),
            ("total", &story.steps.len().to_string()),
        ],
    );
    assert_eq!(browser.text(".pager__counter").await, counter);
    assert_eq!(
        browser.text("#announcer").await,
        fill(
            &label("app", "announce-step"),
            &[("position", &counter), ("title", step.title)]
        )
    );
    let current = browser
        .text(".step-list [aria-current=step] .step-list__label")
        .await;
    assert_eq!(current, step.title, "the step list marks the current step");
}

#[tokio::test]
async fn walks_every_step_by_keyboard() {
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    let last = story().steps.len() - 1;
    browser.open(&site, "/").await;
    assert_shows_step(&browser, 0).await;
    for index in 1..=last {
        browser.press(Key::Right.into()).await;
        assert_shows_step(&browser, index).await;
    }
    browser.press(Key::Right.into()).await;
    assert_shows_step(&browser, last).await;

    browser.press(Key::Home.into()).await;
    assert_shows_step(&browser, 0).await;
    browser.press(Key::Left.into()).await;
    assert_shows_step(&browser, 0).await;
    browser.press(Key::End.into()).await;
    assert_shows_step(&browser, last).await;
    browser.press(Key::PageUp.into()).await;
    assert_shows_step(&browser, last - 1).await;
    browser.press(Key::PageDown.into()).await;
    assert_shows_step(&browser, last).await;
    browser.press(Key::Home.into()).await;
    browser.press(' ').await;
    assert_shows_step(&browser, 1).await;
    browser.press_shifted(' ').await;
    assert_shows_step(&browser, 0).await;
    browser.finish().await;
}

#[tokio::test]
async fn walks_every_step_by_buttons_and_focus_stays_on_the_button() {
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    let last = story().steps.len() - 1;
    browser.open(&site, "/").await;
    assert_eq!(
        browser.text(".pager__prev").await,
        label("pager", "previous")
    );
    let prev_disabled = browser
        .js("return document.querySelector('.pager__prev').getAttribute('aria-disabled')")
        .await;
    assert_eq!(
        prev_disabled, "true",
        "Previous is unavailable on the first step"
    );
    for index in 1..=last {
        browser.click(".pager__next").await;
        assert_shows_step(&browser, index).await;
    }
    let next_disabled = browser
        .js("return document.querySelector('.pager__next').getAttribute('aria-disabled')")
        .await;
    assert_eq!(
        next_disabled, "true",
        "Next is unavailable on the last step"
    );
    browser.click(".pager__next").await;
    assert_shows_step(&browser, last).await;
    assert!(
        browser.focused().await.contains("pager__next"),
        "focus stays on Next, not lost to the page"
    );
    for index in (0..last).rev() {
        browser.click(".pager__prev").await;
        assert_shows_step(&browser, index).await;
    }
    browser.finish().await;
}

#[tokio::test]
async fn tab_and_enter_reach_every_control_and_focus_is_visible() {
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    browser.open(&site, "/").await;
    // Keyboard only: Tab until the Next button has focus, then press Enter.
    let mut seen = Vec::new();
    for _ in 0..80 {
        browser.press(Key::Tab.into()).await;
        let focused = browser.focused().await;
        // HTML controls show an outline; map markers (SVG) a ring of at least 2 px.
        let outline = browser
            .js("var e = document.activeElement, s = getComputedStyle(e);
                 if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return true;
                 var ring = e.querySelector && e.querySelector('.map__hit');
                 if (!ring) return false;
                 var r = getComputedStyle(ring);
                 return r.stroke !== 'none' && parseFloat(r.strokeWidth) >= 2;")
            .await;
        assert_eq!(outline, true, "{focused} shows a visible focus outline");
        seen.push(focused.clone());
        if focused.contains("pager__next") {
            break;
        }
    }
    assert!(
        seen.last().is_some_and(|f| f.contains("pager__next")),
        "Tab reaches Next: {seen:?}"
    );
    browser.press(Key::Enter.into()).await;
    assert_shows_step(&browser, 1).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_step_list_jumps_and_moves_focus_to_the_new_heading() {
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    let count = story().steps.len();
    browser.open(&site, "/").await;
    for index in [count - 1, 3, 0, count / 2] {
        browser
            .click(&format!(".step-list li:nth-child({}) button", index + 1))
            .await;
        assert_shows_step(&browser, index).await;
        assert_eq!(
            browser.focused().await,
            "h2#step-title.step__title",
            "focus moves to the heading"
        );
        // And the reader sees it: the heading comes into view (the list
        // can be far below it), not covered.
        browser
            .wait_until(
                "the new heading is in view and not covered",
                "var h = document.getElementById('step-title'), r = h.getBoundingClientRect();
                 var at = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
                 return r.top >= 0 && r.bottom <= innerHeight && !!at && h.contains(at)",
            )
            .await;
    }
    browser.finish().await;
}

#[tokio::test]
async fn back_forward_and_reload_follow_the_steps() {
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    browser.open(&site, "/").await;
    browser.press(Key::Right.into()).await;
    assert_shows_step(&browser, 1).await;
    browser.press(Key::Right.into()).await;
    assert_shows_step(&browser, 2).await;
    browser.client.back().await.unwrap();
    assert_shows_step(&browser, 1).await;
    browser.client.back().await.unwrap();
    assert_shows_step(&browser, 0).await;
    browser.client.forward().await.unwrap();
    assert_shows_step(&browser, 1).await;
    browser.client.refresh().await.unwrap();
    browser
        .wait_until(
            "the app has restarted",
            "return document.documentElement.dataset.app === 'started'",
        )
        .await;
    assert_shows_step(&browser, 1).await;
    browser.finish().await;
}

#[tokio::test]
async fn shared_links_open_their_step_and_bad_ones_open_the_first() {
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    let story = story();
    for (index, step) in story.steps.iter().enumerate() {
        browser
            .open(&site, &format!("/{}", hash::for_step(step.id)))
            .await;
        assert_shows_step(&browser, index).await;
    }
    for bad in [
        "#/no-such-step",
        "#%E0%A4%A",
        "#/<script>alert(1)</script>",
        "#",
        "#/missiles/extra",
    ] {
        browser.open(&site, &format!("/{bad}")).await;
        assert_shows_step(&browser, 0).await;
        let fatal_hidden = browser
            .js("return document.getElementById('fatal').hidden")
            .await;
        assert_eq!(
            fatal_hidden,
            true,
            "{bad} shows no error: {}",
            browser
                .js("return document.getElementById('fatal').textContent")
                .await
        );
    }
    // Editing the address while the page is open behaves the same way.
    browser
        .js(&format!(
            "location.hash = {:?}",
            hash::for_step(story.steps[4].id)
        ))
        .await;
    assert_shows_step(&browser, 4).await;
    browser.js("location.hash = '#/nowhere'").await;
    assert_shows_step(&browser, 0).await;
    browser.finish().await;
}

#[tokio::test]
async fn swipes_turn_the_page_on_touch_screens() {
    if e2e::skip_on(
        &[e2e::Engine::WebKit],
        "swipes",
        "WebKitGTK on a desktop has no Touch events to send (Chromium and Firefox run this)",
    ) {
        return;
    }
    let site = Site::serve(dist());
    let browser = Browser::start(PHONE.0, PHONE.1).await;
    browser.open(&site, "/").await;
    let swipe = |from: i32, to: i32, dy: i32| {
        format!(
            "var el = document.querySelector('article.step');
             function fire(type, x, y) {{
               var t = new Touch({{identifier: 1, target: el, clientX: x, clientY: y}});
               el.dispatchEvent(new TouchEvent(type, {{bubbles: true, cancelable: true, touches: type === 'touchend' ? [] : [t], changedTouches: [t]}}));
             }}
             fire('touchstart', {from}, 300); fire('touchend', {to}, {});",
            300 + dy
        )
    };
    browser.js(&swipe(320, 80, 10)).await;
    assert_shows_step(&browser, 1).await;
    browser.js(&swipe(60, 330, -5)).await;
    assert_shows_step(&browser, 0).await;
    // A mostly vertical gesture is a scroll, not a page turn.
    browser.js(&swipe(300, 220, 200)).await;
    assert_shows_step(&browser, 0).await;
    browser.finish().await;
}

#[tokio::test]
async fn every_statement_shows_its_source_and_status() {
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    let story = story();
    browser.open(&site, "/").await;
    for (index, step) in story.steps.iter().enumerate() {
        browser
            .js(&format!("location.hash = {:?}", hash::for_step(step.id)))
            .await;
        assert_shows_step(&browser, index).await;
        let shown = browser
            .js("return Array.from(document.querySelectorAll('.statement')).map(function (li) {
                   var text = li.querySelector('.statement__text').cloneNode(true);
                   text.querySelectorAll('.term__tip').forEach(function (t) { t.remove(); });
                   return [text.textContent.trim(),
                           li.querySelector('.status').textContent,
                           Array.from(li.querySelectorAll('cite')).map(function (c) { return c.textContent; })];
                 })")
            .await;
        let shown = shown.as_array().expect("a list of statements");
        assert_eq!(shown.len(), step.statements.len(), "step {}", step.id);
        for (statement, row) in step.statements.iter().zip(shown) {
            assert_eq!(row[0], statement.text);
            assert_eq!(row[1], label("status", statement.status.slug()).as_str());
            let names: Vec<&str> = statement
                .sources
                .iter()
                .map(|&s| story.source(s).name)
                .collect();
            assert_eq!(
                row[2],
                serde_json::json!(names),
                "sources of {:?}",
                statement.text
            );
        }
        if let Some(visual) = step.visual {
            let label = browser
                .js("return document.querySelector('.step-icon svg').getAttribute('aria-label')")
                .await;
            assert_eq!(label, visual.alt, "the drawing has its alternative text");
        }
    }
    browser.finish().await;
}

/// The labels on the page obey the written rules (README, "How to read the
/// labels"), checked from what the page itself shows beside each label: who
/// the source is. An independent check of the labels, not a copy of the
/// content files: a claim relabelled "On the record" breaks it.
#[tokio::test]
async fn every_label_on_the_page_follows_its_written_rule() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(LAPTOP.0, LAPTOP.1).await;
    let story = story();
    // The report itself, the one independent reference for what its
    // sentences say (the page shows each statement's words from it).
    let report = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content/report.txt"
    ))
    .expect("content/report.txt")
    .replace(['\u{2019}', '\u{2018}'], "'");
    // The rules are written in English: the page's words in the language
    // under test are read back as the English page writes them (a label,
    // a source's name, who it is), by the content's own pairs.
    let english_story = english();
    let mut in_english = std::collections::HashMap::new();
    for status in Status::ALL {
        in_english.insert(
            label("status", status.slug()),
            english_label("status", status.slug()),
        );
    }
    for affiliation in Affiliation::ALL {
        in_english.insert(
            label("affiliation", affiliation.slug()),
            english_label("affiliation", affiliation.slug()),
        );
    }
    for (source, english) in story.sources.iter().zip(english_story.sources) {
        in_english.insert(source.name.to_owned(), english.name.to_owned());
        if let (Some(ours), Some(theirs)) = (source.publisher, english.publisher) {
            in_english.insert(ours.to_owned(), theirs.to_owned());
        }
    }
    let english_of = |shown: &str| {
        in_english
            .get(shown)
            .cloned()
            .unwrap_or_else(|| shown.to_owned())
    };
    // "Answered in step N: …": the words before N.
    let answered_label = label("statement", "answered");
    let answered_before = answered_label
        .split("{n}")
        .next()
        .unwrap_or_default()
        .to_owned();
    browser.open(&site, "/").await;
    let mut broken = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (index, step) in story.steps.iter().enumerate() {
        browser
            .js(&format!("location.hash = {:?}", hash::for_step(step.id)))
            .await;
        browser.wait_for_step(step.id).await;
        let rows = browser
            .js("return Array.from(document.querySelectorAll('.step .statement')).map(function (li) {
                   var quote = li.querySelector('.statement__quote blockquote');
                   var answered = li.querySelector('.statement__answered');
                   return {
                     label: li.querySelector('.status').textContent,
                     sources: Array.from(li.querySelectorAll('.statement__source cite')).map(function (c) {
                       var who = c.nextElementSibling && c.nextElementSibling.classList.contains('statement__affiliation')
                         ? c.nextElementSibling.textContent.trim().replace(/^\\(|\\)$/g, '') : '';
                       return [c.textContent, who];
                     }),
                     quote: quote ? quote.textContent : null,
                     answered: answered ? answered.textContent : null
                   };
                 })")
            .await;
        for row in rows.as_array().expect("statements") {
            let label = english_of(row["label"].as_str().unwrap_or_default());
            let sources: Vec<(String, String)> = row["sources"]
                .as_array()
                .expect("sources")
                .iter()
                .map(|s| {
                    (
                        english_of(s[0].as_str().unwrap()),
                        english_of(s[1].as_str().unwrap()),
                    )
                })
                .collect();
            let quote = row["quote"].as_str();
            // The report's sentence the quoted words come from, lower case.
            let sentence = quote.and_then(|quote| report_sentence(&report, quote));
            // Whether the sentence has one of `words` as a whole word, or a
            // word starting with one that ends in `*` ("speculat*").
            let says = |words: &[&str]| {
                sentence.as_ref().is_some_and(|s| {
                    s.split(|c: char| !c.is_alphanumeric()).any(|token| {
                        words.iter().any(|w| match w.strip_suffix('*') {
                            Some(stem) => token.starts_with(stem),
                            None => token == *w,
                        })
                    })
                })
            };
            // "Answered in step N: …", N counted from 1.
            let answered_in = row["answered"].as_str().and_then(|text| {
                let digits: String = text
                    .strip_prefix(answered_before.as_str())?
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                digits.parse::<usize>().ok()
            });
            let party = |who: &str| who == "Russian state" || who == "North Korean state";
            let reporters_alone = sources.len() == 1 && sources[0].0 == "The reporters";
            let ok = match label.as_str() {
                // A party's own word: every source one of the two states
                // (or material whose maker is not named), at least one a state.
                "Claimed by a party" => {
                    sources
                        .iter()
                        .all(|(_, who)| party(who) || who == "maker not named")
                        && sources.iter().any(|(_, who)| party(who))
                }
                // Stated openly by someone who is neither side nor unknown.
                // Never a guess or a nameless official's word.
                "On the record" => {
                    sources
                        .iter()
                        .any(|(_, who)| !party(who) && who != "maker not named")
                        && !says(&["speculat*", "unidentified", "unnamed"])
                }
                // The reporters' own reading, credited to them alone, in
                // the report's words.
                "Analysis" => reporters_alone && sentence.is_some(),
                // The report's sentence cites officials without names.
                "Unnamed officials" => says(&["unidentified", "unnamed", "anonymous"]),
                // The report's sentence itself calls it a guess or an expectation.
                "Speculation" => says(&[
                    "speculat*",
                    "expected",
                    "expects",
                    "may",
                    "might",
                    "could",
                    "likely",
                ]),
                // Open at this point; a later step answers it, and says so.
                "Not yet known" => {
                    answered_in.is_some_and(|n| n > index + 1 && n <= story.steps.len())
                }
                // Never answered: no step named, and the reporters say it.
                "Still unknown" => answered_in.is_none() && reporters_alone,
                // Not in the report: no report's words, and a specific work
                // with its publisher, never a catch-all.
                "Background" => {
                    quote.is_none()
                        && !sources.is_empty()
                        && sources.iter().all(|(work, publisher)| {
                            !publisher.is_empty()
                                && !work.to_lowercase().contains("reference works")
                                && !work.to_lowercase().contains("public reporting")
                        })
                }
                _ => false,
            };
            // Every label but Background is the report's: it shows the
            // report's words, and they are the report's.
            let ok = ok && (label == "Background" || sentence.is_some());
            seen.insert(label.clone());
            if !ok {
                broken.push(format!(
                    "{}: {label} from {sources:?}, words {quote:?}, answered {answered_in:?}",
                    step.id
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "labels against their rules:\n{}",
        broken.join("\n")
    );
    for label in [
        "Claimed by a party",
        "On the record",
        "Analysis",
        "Unnamed officials",
        "Speculation",
        "Not yet known",
        "Still unknown",
        "Background",
    ] {
        assert!(seen.contains(label), "the walk met {label}: {seen:?}");
    }
    browser.finish().await;
}

/// The sentence of the report that holds `quote` (shown as “…words…”), in
/// lower case; `None` when the words are not the report's.
fn report_sentence(report: &str, quote: &str) -> Option<String> {
    let words = quote
        // The quote marks of any language: “…” or «…».
        .trim_matches(['\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\u{2026}', ' '])
        .replace(['\u{2019}', '\u{2018}'], "'");
    let flat = report.split_whitespace().collect::<Vec<_>>().join(" ");
    let at = flat.find(&words)?;
    // A sentence ends at . ? or ! (a closing quote may follow) and a space.
    let ends = |text: &str| -> Vec<usize> {
        let bytes = text.as_bytes();
        (0..bytes.len())
            .filter(|&i| {
                matches!(bytes[i], b'.' | b'?' | b'!') && {
                    let rest = &text[i + 1..];
                    let rest = rest.trim_start_matches(['"', '\u{201d}', '\u{2019}']);
                    rest.starts_with(' ')
                }
            })
            .collect()
    };
    let start = ends(&flat[..at]).last().map_or(0, |&i| i + 1);
    let end = ends(&flat[at + words.len()..])
        .first()
        .copied()
        .map_or(flat.len(), |i| at + words.len() + i + 1);
    Some(
        flat[start..end]
            .trim_start_matches(['"', '\u{201d}', '\u{2019}', ' '])
            .to_lowercase(),
    )
}

#[tokio::test]
async fn fits_a_phone_and_a_projector_without_sideways_scrolling() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height) in [PHONE, PROJECTOR] {
        let browser = Browser::start(width, height).await;
        browser.open(&site, "/").await;
        let inner = browser.js("return window.innerWidth").await;
        assert_eq!(inner, browser.width, "the viewport is {width} px wide");
        for (index, step) in story.steps.iter().enumerate() {
            browser
                .js(&format!("location.hash = {:?}", hash::for_step(step.id)))
                .await;
            assert_shows_step(&browser, index).await;
            let overflow = browser
                .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                .await;
            assert_eq!(
                overflow, 0,
                "step {} scrolls sideways at {width} px",
                step.id
            );
            let small_targets = browser
                .js("return Array.from(document.querySelectorAll('button:not(.term__word), summary, a[href]')).filter(function (e) {
                       var r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 24 || r.height < 24);
                     }).map(function (e) { return e.textContent.trim(); })")
                .await;
            assert_eq!(
                small_targets,
                serde_json::json!([]),
                "targets under 24 px at {width} px"
            );
        }
        browser.finish().await;
    }
}

#[tokio::test]
async fn requests_stay_on_the_page_origin() {
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    browser.open(&site, "/").await;
    let last = story().steps.len();
    for _ in 0..last {
        browser.press(Key::Right.into()).await;
    }
    let foreign = browser
        .js("return performance.getEntries().map(function (e) { return e.name; })
               .filter(function (n) { return /^[a-z]+:/.test(n) && n.indexOf(location.origin) !== 0; })")
        .await;
    assert_eq!(foreign, serde_json::json!([]), "requests to other origins");
    let requests = site.requests();
    assert!(
        requests.iter().any(|path| path.ends_with(".wasm")),
        "the wasm came from the site itself: {requests:?}"
    );
    browser.finish().await;
}

/// A missing or corrupt wasm, and a script or wasm changed after the build
/// (subresource integrity: both changes below are still valid files, which
/// would run if the page did not check their digests).
#[tokio::test]
async fn a_broken_or_changed_file_gives_a_readable_message_not_a_blank_page() {
    for name in [
        "missing-wasm",
        "corrupt-wasm",
        "changed-wasm",
        "changed-script",
    ] {
        let site_root = e2e::copy_of_dist(name);
        let copy = site_root.join(e2e::root().trim_start_matches('/'));
        // The front page's own file (speaker.html loads another build's).
        let index = std::fs::read_to_string(copy.join("index.html")).unwrap();
        let built = |extension: &str| {
            std::fs::read_dir(&copy)
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .find(|path| {
                    path.extension().is_some_and(|e| e == extension)
                        && index.contains(&*path.file_name().unwrap().to_string_lossy())
                })
                .expect("index.html loads a file of this kind")
        };
        let append = |path: std::path::PathBuf, tail: &[u8]| {
            let mut bytes = std::fs::read(&path).unwrap();
            bytes.extend_from_slice(tail);
            std::fs::write(path, bytes).unwrap();
        };
        match name {
            "missing-wasm" => std::fs::remove_file(built("wasm")).unwrap(),
            "corrupt-wasm" => {
                std::fs::write(built("wasm"), b"\0asm\x01\0\0\0this is not a module").unwrap()
            }
            // A custom section (id 0, 5 bytes, named "test"): still a valid module.
            "changed-wasm" => append(built("wasm"), b"\x00\x05\x04test"),
            _ => append(built("js"), b"\n// changed after the build\n"),
        }
        let site = Site::serve(site_root);
        let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
        // A link to a later step: its pre-rendered stand-in must show again.
        let linked = &e2e::story().steps[2];
        browser
            .client
            .goto(&format!("{}{}#/{}", site.base, e2e::root(), linked.id))
            .await
            .unwrap();
        browser
            .wait_until(
                &format!("{name}: the failure message is shown"),
                "return !document.getElementById('fatal').hidden",
            )
            .await;
        let message = browser.text("#fatal").await;
        let cannot_start = label("page", "cannot-start");
        let opening = cannot_start.split("{reason}").next().unwrap_or_default();
        assert!(message.starts_with(opening), "{name}: {message}");
        let role = browser
            .js("return document.getElementById('fatal').getAttribute('role')")
            .await;
        assert_eq!(role, "alert");
        let shown = browser
            .js("return getComputedStyle(document.querySelector('#app article.step')).opacity")
            .await;
        assert_eq!(shown, "1", "{name}: the pre-rendered story is readable");
        let whole = browser
            .js("var a = document.querySelector('#fatal a'); return a ? a.href : ''")
            .await;
        assert!(
            whole.as_str().unwrap_or("").ends_with("/story.html"),
            "{name}: the note links to the whole story: {whole}"
        );
        browser.finish().await;
    }
}

#[tokio::test]
async fn a_fast_clicker_is_never_pulled_back_by_its_own_history() {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let site = Site::serve(dist());
    let browser = Browser::start(LAPTOP.0, LAPTOP.1).await;
    browser.open(&site, "/").await;
    // Presses as fast as WebDriver can send them: each move writes the hash,
    // whose hashchange event arrives after the next press.
    let (down, up): (char, char) = (Key::PageDown.into(), Key::PageUp.into());
    let mut keys = KeyActions::new("clicker".to_owned());
    for key in [down, down, up, down, up, up, down, down, down, up] {
        keys = keys
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
    }
    browser.client.perform_actions(keys).await.unwrap();
    // Six forward, four back: step 3, and it stays there.
    assert_shows_step(&browser, 2).await;
    browser.settle().await;
    browser.settle().await;
    assert_shows_step(&browser, 2).await;
    browser.finish().await;
}

#[tokio::test]
async fn on_a_laptop_the_title_map_and_first_statement_share_the_first_screen() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1366, 768).await;
    browser.open(&site, "/").await;
    assert_eq!(browser.js("return innerWidth").await, 1366);
    for (index, step) in story.steps.iter().enumerate() {
        browser
            .js(&format!("location.hash = {:?}", hash::for_step(step.id)))
            .await;
        assert_shows_step(&browser, index).await;
        browser.js("window.scrollTo(0, 0)").await;
        browser.settle().await;
        // Each must exist (a renamed selector fails) and start above the
        // pager, inside the first screen; the map sits beside the statements.
        let measured = browser
            .js("var pager = document.querySelector('.pager').getBoundingClientRect();
                 var parts = ['.step__title', '.step .map__svg', '.step .statement'].map(function (css) {
                   var e = document.querySelector(css);
                   return e ? e.getBoundingClientRect() : null;
                 });
                 if (parts.indexOf(null) >= 0) return 'missing: ' + JSON.stringify(parts);
                 var late = parts.filter(function (r) { return r.top < 0 || r.top + 24 > pager.top; });
                 if (late.length) return 'below the first screen: ' + JSON.stringify(parts.map(function (r) { return Math.round(r.top); })) + ' pager at ' + Math.round(pager.top);
                 if (parts[2].left < parts[1].right) return 'the first statement is not beside the map';
                 return 'ok';")
            .await;
        assert_eq!(measured, "ok", "step {} at 1366×768", step.id);
    }
    browser.finish().await;
}
