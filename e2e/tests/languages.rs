//! The explainer in English, Korean and Russian: one build each, a switch
//! on every page that opens the same step (and build) in another language,
//! and each build downloading only its own language.
//!
//! These open every language's build themselves, so they run once (on the
//! English pass); the Korean and Russian passes run the story's walks,
//! audits, keyboard checks and handout on their own builds.

use std::path::Path;

use e2e::{dist, lang, Browser, Site};
use serde_json::Value;
use story::content::translate::{languages, load_all};

fn content() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// Where a language's build is on the site.
fn root_of(code: &str) -> String {
    if code == "en" {
        "/".to_owned()
    } else {
        format!("/{code}/")
    }
}

#[tokio::test]
async fn the_switch_opens_the_same_step_and_build_in_each_language() {
    if lang() != "en" {
        return;
    }
    let site = Site::serve(dist());
    let languages = languages(&content(), "content").expect("languages.toml is sound");
    let all = load_all(&content(), "content").expect("content is sound");
    let browser = Browser::start(1280, 800).await;
    for from in &languages {
        let (story, _) = all.story(&from.code).expect("a listed language builds");
        let step = &story.steps[2];
        browser
            .client
            .goto(&format!(
                "{}{}#/{}",
                site.base,
                root_of(&from.code),
                step.id
            ))
            .await
            .unwrap();
        browser
            .wait_until(
                "the step the address names",
                // The address is checked too: the page the last turn left
                // open shows the same step, and Firefox can answer from it
                // while the new document replaces it.
                &format!(
                    "return location.pathname === '{}' && document.documentElement.dataset.app === 'started' && !!document.querySelector('article.step[data-step=\"{}\"]')",
                    root_of(&from.code),
                    step.id
                ),
            )
            .await;
        assert_eq!(
            browser.js("return document.documentElement.lang").await,
            Value::String(from.code.clone()),
            "the page says its language"
        );
        let links = browser
            .js("return Array.from(document.querySelectorAll('.language-switch a')).map(function (a) { var r = a.getBoundingClientRect(); return [a.getAttribute('hreflang'), a.lang, a.textContent, r.width > 0 && r.height > 0]; })")
            .await;
        let links = links.as_array().unwrap();
        assert_eq!(
            links.len(),
            languages.len() - 1,
            "{}: one link per other language",
            from.code
        );
        for to in languages.iter().filter(|l| l.code != from.code) {
            let link = links
                .iter()
                .find(|l| l[0] == Value::String(to.code.clone()))
                .unwrap_or_else(|| panic!("{}: no link to {}", from.code, to.code));
            assert_eq!(
                link[1],
                Value::String(to.code.clone()),
                "the link is in its own language, for a screen reader"
            );
            assert_eq!(
                link[2],
                Value::String(to.name.clone()),
                "named in its own language"
            );
            assert_eq!(link[3], Value::Bool(true), "the link can be seen");
        }
        // Follow one: the same step, in the other language, at its address.
        let to = languages.iter().find(|l| l.code != from.code).unwrap();
        let (other, _) = all.story(&to.code).unwrap();
        browser
            .click(&format!(".language-switch a[hreflang=\"{}\"]", to.code))
            .await;
        browser
            .wait_until(
                "the other language's build on the same step",
                &format!(
                    "var a = document.querySelector('article.step'); return document.documentElement.lang === '{}' && document.documentElement.dataset.app === 'started' && location.hash === '#/{}' && !!a && a.dataset.step === '{}'",
                    to.code, step.id, step.id
                ),
            )
            .await;
        assert_eq!(
            browser.js("return location.pathname").await,
            Value::String(root_of(&to.code)),
        );
        assert_eq!(
            browser.text(".step__title").await,
            other.steps[2].title,
            "{} → {}: the step's title in the new language",
            from.code,
            to.code
        );
    }
    browser.finish().await;
}

#[tokio::test]
async fn a_build_in_presenter_mode_keeps_its_build_across_the_switch() {
    if lang() != "en" {
        return;
    }
    let languages = languages(&content(), "content").expect("languages.toml is sound");
    let Some(other) = languages.get(1) else {
        panic!("content/languages.toml lists only English: the explainer is to be read in Korean and Russian too")
    };
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 720).await;
    browser.open(&site, "/#/missiles/3").await;
    let href = browser
        .js(&format!(
            "return document.querySelector('.language-switch a[hreflang=\"{}\"]').getAttribute('href')",
            other.code
        ))
        .await;
    assert_eq!(
        href,
        Value::String(format!("{}/#/missiles/3", other.code)),
        "the link carries the address, build and all"
    );
    browser.finish().await;
}

/// The quiz (`quiz.html?quiz`) and the teacher's page (`speaker.html`) are
/// pages of their own in every language's build: the switch on them opens
/// the same page in the other language, not that language's front page
/// (which has neither the quiz nor the speaker view).
#[tokio::test]
async fn the_switch_on_a_teachers_page_opens_that_page_in_the_other_language() {
    if lang() != "en" {
        return;
    }
    let all = load_all(&content(), "content").expect("content is sound");
    let site = Site::serve(dist());
    let browser = Browser::start(1280, 800).await;
    let step = all.story("en").unwrap().0.steps[2].id;
    // (from, to, the page with its query, its hash): English to Korean
    // leaves the root for a folder; Korean to Russian goes folder to folder.
    for (from, to, page, hash) in [
        ("en", "ko", "quiz.html?quiz", String::new()),
        ("ko", "ru", "speaker.html", format!("#/{step}")),
    ] {
        browser
            .client
            .goto(&format!("{}{}{page}{hash}", site.base, root_of(from)))
            .await
            .unwrap();
        browser
            .wait_until(
                "the teacher's page has started",
                &format!(
                    "return location.pathname === '{}' && location.hash.indexOf('#/') === 0 && document.documentElement.dataset.app === 'started' && !!document.querySelector('.language-switch a[hreflang=\"{to}\"]')",
                    root_of(from) + page.split('?').next().unwrap()
                ),
            )
            .await;
        // The step on screen, in the address (waited for above: the quiz
        // page writes the step it keeps, the first, once it has started;
        // WebKit was once asked before); speaker.html keeps the one opened.
        let step_there = browser.js("return location.hash").await;
        if !hash.is_empty() {
            assert_eq!(
                step_there,
                Value::String(hash.clone()),
                "{from}: {page}'s step"
            );
        }
        browser
            .click(&format!(".language-switch a[hreflang=\"{to}\"]"))
            .await;
        let (story, labels) = all.story(to).unwrap();
        let (selector, words) = if page.starts_with("quiz") {
            ("#quiz-title", e2e::find_label(&labels, "quiz", "title"))
        } else {
            (".step__title", story.steps[2].title.to_owned())
        };
        browser
            .wait_until(
                &format!("{page} in {to}"),
                &format!(
                    "var e = document.querySelector('{selector}'); return document.documentElement.lang === '{to}' && document.documentElement.dataset.app === 'started' && !!e && e.textContent === {words:?}"
                ),
            )
            .await;
        assert_eq!(
            browser
                .js("return location.pathname + location.search + location.hash")
                .await,
            Value::String(format!(
                "{}{page}{}",
                root_of(to),
                step_there.as_str().unwrap_or_default()
            )),
            "{from} → {to}: the same page, query and step"
        );
    }
    browser.finish().await;
}

/// The pages without a script (the whole story, the handout, the
/// worksheet) have a switch a reader can see too, to the same page in the
/// other language, and say their language.
#[tokio::test]
async fn the_switch_on_a_page_without_script_opens_that_page_in_the_other_language() {
    if lang() != "en" {
        return;
    }
    let languages = languages(&content(), "content").expect("languages.toml is sound");
    let all = load_all(&content(), "content").expect("content is sound");
    let site = Site::serve(dist());
    let browser = Browser::start(1280, 800).await;
    // (from, to, the page, its title's `[pages]` label)
    for (from, to, page, title) in [
        ("en", "ko", "story.html", "story-title"),
        ("ko", "ru", "handout.html", "handout-title"),
        ("ru", "en", "worksheet.html", "worksheet-title"),
    ] {
        browser
            .client
            .goto(&format!("{}{}{page}", site.base, root_of(from)))
            .await
            .unwrap();
        let name = &languages.iter().find(|l| l.code == to).unwrap().name;
        let link = browser
            .js(&format!(
                "var a = document.querySelector('.language-switch a[hreflang=\"{to}\"]'); if (!a) {{ return null; }} var r = a.getBoundingClientRect(); return [document.documentElement.lang, a.textContent, a.lang, r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight]"
            ))
            .await;
        assert_eq!(
            link,
            serde_json::json!([from, name, to, true]),
            "{from}/{page}: the page's language, then a link to {to} named in its own language, in sight on the first screen"
        );
        // Where it is: after the way back to the explainer, so the first Tab
        // still reaches that; first in the worksheet, which has none.
        let before = browser
            .js("var n = document.querySelector('.language-switch'), p = n.previousElementSibling; return p ? p.className : 'first in ' + n.parentElement.className")
            .await;
        let expected = if page == "worksheet.html" {
            "first in worksheet"
        } else {
            "story-page__back"
        };
        assert_eq!(
            before,
            Value::from(expected),
            "{from}/{page}: the switch's place"
        );
        browser
            .click(&format!(".language-switch a[hreflang=\"{to}\"]"))
            .await;
        let (_, labels) = all.story(to).unwrap();
        let title = e2e::find_label(&labels, "pages", title);
        browser
            .wait_until(
                &format!("{page} in {to}"),
                &format!(
                    "return location.pathname === '{}{page}' && document.documentElement.lang === '{to}' && document.title === {title:?}",
                    root_of(to)
                ),
            )
            .await;
    }
    browser.finish().await;
}

#[tokio::test]
async fn each_language_downloads_only_its_own_build() {
    if lang() != "en" {
        return;
    }
    let languages = languages(&content(), "content").expect("languages.toml is sound");
    let all = load_all(&content(), "content").expect("content is sound");
    for language in &languages {
        let site = Site::serve(dist());
        let browser = Browser::start(1280, 800).await;
        let (story, _) = all.story(&language.code).unwrap();
        browser
            .client
            .goto(&format!("{}{}", site.base, root_of(&language.code)))
            .await
            .unwrap();
        browser
            .wait_until(
                "started",
                "return document.documentElement.dataset.app === 'started'",
            )
            .await;
        // Its own story on screen, and no other language's files fetched.
        assert_eq!(browser.text(".step__title").await, story.steps[0].title);
        for path in site.requests() {
            let inside = if language.code == "en" {
                languages
                    .iter()
                    .skip(1)
                    .all(|l| !path.starts_with(&format!("/{}/", l.code)))
            } else {
                path.starts_with(&root_of(&language.code))
            };
            assert!(inside, "{}: the page asked for {path}", language.code);
        }
        browser.finish().await;
    }
}
