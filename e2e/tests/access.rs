//! What an accessibility audit cannot see: the whole story and every
//! feature by keyboard alone with focus always visible and never hidden
//! behind other content; reflow at 320 CSS px and at 200% zoom; forced
//! colours; reduced motion.

use e2e::{dist, skip_on, story, Browser, Engine, Setup, Site, View};
use fantoccini::key::Key;
use serde_json::Value;

/// Whether the focused element shows a focus indicator (an outline of at
/// least 2 px, or for map markers a ring of at least 2 px) and is not
/// covered by anything else at its centre. Returns a description when not.
/// Whether focus is on the page's last control in Tab order (after it,
/// Tab leaves the page for the browser's own chrome).
const ON_LAST_CONTROL: &str = "var all = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex=\"-1\"])'))
  .filter(function (e) { return !e.disabled && e.getClientRects().length > 0; });
return all.length > 0 && document.activeElement === all[all.length - 1];";

const FOCUS_PROBLEM: &str = "
    var e = document.activeElement;
    if (!e || e === document.body) return 'nothing has focus';
    var s = getComputedStyle(e);
    var visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    if (!visible) {
      var ring = e.querySelector && e.querySelector('.map__hit');
      if (ring) { var r = getComputedStyle(ring); visible = r.stroke !== 'none' && parseFloat(r.strokeWidth) >= 2; }
    }
    var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
    if (!visible) return name + ' has no visible focus indicator';
    var box = e.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return name + ' has no size';
    var x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    var y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    if (box.bottom < 0 || box.top > innerHeight) return name + ' is off screen';
    var top = document.elementFromPoint(x, y);
    if (!top || !(top === e || e.contains(top) || top.contains(e))) {
      return name + ' is covered by ' + (top ? top.tagName.toLowerCase() + '.' + top.getAttribute('class') : 'nothing');
    }
    return '';";

#[tokio::test]
async fn tab_reaches_every_control_with_focus_visible_and_never_covered() {
    let site = Site::serve(dist());
    for (width, height) in [(390, 844), (1920, 1080)] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/#/ussuriysk").await;
        let mut seen: Vec<String> = Vec::new();
        let mut problems = Vec::new();
        let mut was_last = false;
        // Tab through the whole page until focus comes round again.
        for _ in 0..150 {
            browser.press(Key::Tab.into()).await;
            browser.settle().await;
            // Its place in the document, plus its description: two buttons
            // can share a description, never a place.
            let place = browser
                .js("return Array.prototype.indexOf.call(document.querySelectorAll('*'), document.activeElement)")
                .await;
            let focused = format!("{} @{place}", browser.focused().await);
            if seen.first() == Some(&focused) {
                break;
            }
            let problem = browser.js(FOCUS_PROBLEM).await;
            if let Some(problem) = problem.as_str().filter(|p| !p.is_empty()) {
                // Focus leaving the page for the browser's own chrome ends a
                // round: that is where a keyboard user's Tab goes after the
                // last control. Anywhere before the page's last control, it
                // is a focus trap or a lost focus: a failure.
                if problem == "nothing has focus" && was_last {
                    break;
                }
                problems.push(format!("{problem} (after {} stops)", seen.len()));
            }
            was_last = browser.js(ON_LAST_CONTROL).await == Value::Bool(true);
            seen.push(focused);
        }
        for wanted in [
            "pager__next",
            "pager__prev",
            "step-list",
            "marker-ussuriysk",
            "switch__button",
            "units__button",
            "lens__button",
        ] {
            assert!(
                seen.iter().any(|f| f.contains(wanted)),
                "[{}x{}] Tab reaches {wanted}: {seen:?}",
                width,
                height
            );
        }
        assert!(
            problems.is_empty(),
            "[{} {width}x{height}] focus problems: {problems:?}",
            browser.engine.name()
        );
        browser.finish().await;
    }
}

#[tokio::test]
async fn the_whole_story_and_every_view_work_by_keyboard_alone() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/").await;
    // Every step, by keys only.
    for step in story.steps.iter().skip(1) {
        browser.press(Key::Right.into()).await;
        browser.wait_for_step(step.id).await;
    }
    browser.press(Key::Home.into()).await;
    browser.wait_for_step(story.steps[0].id).await;
    // Each view, reached with Tab and opened with Enter, its heading or
    // first control then reachable with Tab.
    for (key, shows) in [
        ("as-reported", ".report-view"),
        ("glossary", ".glossary"),
        ("handout", ".handout"),
        ("as-it-happened", "article.step"),
        // Last, so the quiz below is answered in it.
        ("quiz", ".quiz"),
    ] {
        // The button's label in the language under test.
        let label = e2e::label("reading", key);
        let label = label.as_str();
        // Tab or Shift+Tab towards the button, whichever way it lies, never
        // past the page's ends (Firefox would leave for its own toolbar).
        let mut reached = false;
        for _ in 0..150 {
            let way = browser
                .js(&format!(
                    "var target = Array.from(document.querySelectorAll('.switch__button')).find(function (b) {{ return b.textContent.trim() === {label:?}; }});
                     var at = document.activeElement;
                     if (at === target) return 'here';
                     if (!at || at === document.body) return 'forward';
                     return (target.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING) ? 'back' : 'forward';"
                ))
                .await;
            match way.as_str() {
                Some("here") => {
                    reached = true;
                    break;
                }
                Some("back") => browser.press_shifted(Key::Tab.into()).await,
                _ => browser.press(Key::Tab.into()).await,
            }
        }
        assert!(reached, "Tab reaches the {label} button");
        let button = browser.focused().await;
        browser.press(Key::Enter.into()).await;
        browser
            .wait_until(
                &format!("{label} shows after Enter on {button}"),
                &format!("return !!document.querySelector({shows:?})"),
            )
            .await;
        // On the site the handout is a page of its own: the first Tab
        // reaches its link back, and Enter on it returns to the explainer.
        if browser
            .js("return /^handout(-miles)?[.]html$/.test(location.pathname.split('/').pop())")
            .await
            == true
        {
            browser.press(Key::Tab.into()).await;
            let back = browser
                .js("var e = document.activeElement; return e ? e.tagName + ' ' + e.textContent : ''")
                .await;
            assert_eq!(
                back,
                format!("A {}", e2e::label("handout", "back")),
                "the first Tab on the handout page reaches the way back (reached {back})"
            );
            browser.press(Key::Enter.into()).await;
            browser
                .wait_until(
                    "Enter on the handout's way back opens the explainer",
                    "return document.documentElement.dataset.app === 'started' && !!document.querySelector('article.step')",
                )
                .await;
            continue;
        }
        // On the site the quiz is a page of its own (quiz.html): a fresh
        // page, whose focus starts at its top, as any page's does; Tab below
        // then walks it from there to an answer.
        if browser
            .js("return location.pathname.split('/').pop() === 'quiz.html'")
            .await
            == true
        {
            continue;
        }
        // The app moves focus into the view after drawing it: let it land
        // before looking for the next button.
        browser.settle().await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let problem = browser.js(FOCUS_PROBLEM).await;
        assert_eq!(problem, "", "{label}: focus after opening it");
    }
    // The quiz by keyboard: choose with Space, check with Enter.
    let mut checked = false;
    let mut at_check = false;
    for _ in 0..200 {
        browser.press(Key::Tab.into()).await;
        let what = browser.focused().await;
        if what.contains("quiz__check") {
            at_check = true;
            break;
        }
        if what.starts_with("input") && !checked {
            browser.press(' ').await;
            checked = true;
        }
    }
    assert!(
        checked && at_check,
        "Tab reached an answer ({checked}) and then the Check button ({at_check})"
    );
    browser.press(Key::Enter.into()).await;
    let feedback = browser
        .js("return document.querySelectorAll('.quiz__feedback').length")
        .await;
    assert!(
        feedback.as_u64().unwrap_or(0) > 0,
        "the quiz answered by keyboard gives feedback"
    );
    browser.finish().await;
}

/// 320 CSS px is a 1280 px window at 400% zoom; 640 × 400 is a 1280 × 800
/// window at 200%. WebDriver cannot press Ctrl + for the browser, and the
/// CSS pixels the page lays out in are the same either way.
#[tokio::test]
async fn text_reflows_at_320_px_and_at_200_percent_zoom_without_sideways_scrolling() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height) in [(320, 640), (640, 400)] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        let mut problems = Vec::new();
        for (index, step) in story.steps.iter().enumerate() {
            browser.wait_for_step(step.id).await;
            let problem = browser
                .js("var doc = document.documentElement;
                     if (doc.scrollWidth > doc.clientWidth + 1) return 'the page scrolls sideways by ' + (doc.scrollWidth - doc.clientWidth) + ' px';
                     var wide = Array.from(document.querySelectorAll('p, li, h1, h2, h3, dd, dt, blockquote, button, a, figcaption'))
                       .filter(function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && (r.right > doc.clientWidth + 1 || r.left < -1); })
                       .map(function (e) { return e.tagName.toLowerCase() + '.' + e.className; });
                     return wide.length ? 'text outside the viewport: ' + wide.slice(0, 5).join(', ') : '';")
                .await;
            if problem != "" {
                problems.push(format!("step {}: {problem}", step.id));
            }
            if index + 1 < story.steps.len() {
                browser.press(Key::Right.into()).await;
            }
        }
        for view in [View::Report, View::Glossary, View::Quiz] {
            browser.open_view(view).await;
            let sideways = browser
                .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                .await;
            if sideways.as_i64().unwrap_or(0) > 1 {
                problems.push(format!(
                    "the {} view scrolls sideways by {sideways} px",
                    view.name()
                ));
            }
        }
        assert!(
            problems.is_empty(),
            "[{} {width}x{height}] {problems:#?}",
            browser.engine.name()
        );
        browser.finish().await;
    }
}

#[tokio::test]
async fn forced_colours_keep_markers_and_focus_visible() {
    if skip_on(
        &[Engine::WebKit],
        "forced colours",
        "WebKitGTK has no forced-colours mode",
    ) {
        return;
    }
    let site = Site::serve(dist());
    let setup = Setup {
        forced_colors: true,
        reduced_motion: true,
        ..Setup::default()
    };
    let browser = Browser::start_with(1280, 800, setup).await;
    browser.open(&site, "/#/ussuriysk").await;
    assert_eq!(
        browser
            .js("return matchMedia('(forced-colors: active)').matches")
            .await,
        Value::Bool(true),
        "forced colours are on"
    );
    // Markers: their outline differs from the map behind them.
    let contrast = browser
        .js("var sea = getComputedStyle(document.querySelector('.map__sea')).fill;
             return Array.from(document.querySelectorAll('.map__marker circle:not(.map__hit)')).map(function (c) {
               var s = getComputedStyle(c); return [s.stroke, s.fill, sea];
             });")
        .await;
    let markers = contrast.as_array().expect("markers");
    assert!(!markers.is_empty(), "the step has markers");
    for marker in markers {
        assert_ne!(
            marker[0], marker[2],
            "a marker's outline stands out from the map: {marker}"
        );
        assert_ne!(marker[0], "none", "{marker}");
    }
    // Focus: a marker's ring and a button's outline.
    browser
        .js("document.getElementById('marker-ussuriysk').focus()")
        .await;
    browser.press(Key::Tab.into()).await;
    browser.press_shifted(Key::Tab.into()).await;
    let ring = browser
        .js(
            "var r = getComputedStyle(document.querySelector('#marker-ussuriysk .map__hit'));
             var sea = getComputedStyle(document.querySelector('.map__sea')).fill;
             return r.stroke !== 'none' && parseFloat(r.strokeWidth) >= 2 && r.stroke !== sea;",
        )
        .await;
    assert_eq!(ring, Value::Bool(true), "the focused marker's ring shows");
    browser
        .js("document.querySelector('.pager__next').focus()")
        .await;
    browser.press_shifted(Key::Tab.into()).await;
    browser.press(Key::Tab.into()).await;
    let problem = browser.js(FOCUS_PROBLEM).await;
    assert_eq!(problem, "", "a button's focus outline shows");
    browser.finish().await;
}

/// The step view's map in normal and forced colours: each marker looks like
/// the legend entry that explains it, judged against the step's places in
/// the content (the handout's maps: `handout.rs`).
#[tokio::test]
async fn map_markers_look_like_their_legend_entries_in_normal_and_forced_colours() {
    let site = Site::serve(dist());
    let story = story();
    for forced in [false, true] {
        if forced
            && skip_on(
                &[Engine::WebKit],
                "forced-colour markers against the legend",
                "WebKitGTK has no forced-colours mode",
            )
        {
            continue;
        }
        let setup = Setup {
            forced_colors: forced,
            reduced_motion: true,
            ..Setup::default()
        };
        let browser = Browser::start_with(1280, 800, setup).await;
        browser.open(&site, "/").await;
        let mut problems = Vec::new();
        let mut markers = 0;
        for step in story.steps {
            browser
                .js(&format!(
                    "location.hash = {:?}",
                    story::hash::for_step(step.id)
                ))
                .await;
            browser.wait_for_step(step.id).await;
            let places: Vec<&str> = step.places.iter().map(|&p| story.place(p).id).collect();
            let (found, count) = browser.markers_against_legend(".step .map", &places).await;
            markers += count;
            problems.extend(found.into_iter().map(|p| format!("{}: {p}", step.id)));
        }
        assert!(markers > 0, "the walk met markers");
        assert!(
            problems.is_empty(),
            "[forced colours {forced}] markers unlike their legend entries:\n{}",
            problems.join("\n")
        );
        browser.finish().await;
    }
}

#[tokio::test]
async fn reduced_motion_turns_animation_off_and_it_is_on_otherwise() {
    let site = Site::serve(dist());
    let running = "return document.getAnimations().filter(function (a) { return a.playState === 'running'; }).length";
    for reduced in [true, false] {
        let setup = Setup {
            reduced_motion: reduced,
            ..Setup::default()
        };
        let browser = Browser::start_with(1280, 800, setup).await;
        browser.open(&site, "/").await;
        assert_eq!(
            browser
                .js("return matchMedia('(prefers-reduced-motion: reduce)').matches")
                .await,
            Value::Bool(reduced)
        );
        // To a step with another map frame: the map has to pan.
        let frame = "return document.querySelector('.map__world').getAttribute('style')";
        let before = browser.js(frame).await;
        // Every transition or animation that starts is counted as it starts:
        // a busy machine may take longer to answer than the 600 ms pan.
        browser
            .js("window.motionStarted = 0; ['transitionrun', 'animationstart'].forEach(function (e) { document.addEventListener(e, function () { window.motionStarted++; }, true); }); return true")
            .await;
        browser.press(Key::End.into()).await;
        assert_ne!(
            browser.js(frame).await,
            before,
            "the last step's map is framed differently"
        );
        // Transitions start with the next frame.
        browser.settle().await;
        let moving = browser.js(running).await.as_u64().unwrap_or(0);
        let started = browser
            .js("return window.motionStarted")
            .await
            .as_u64()
            .unwrap_or(0);
        if reduced {
            assert_eq!(
                (moving, started),
                (0, 0),
                "under reduced motion nothing animates (running, started)"
            );
        } else {
            assert!(
                started > 0,
                "without it the map pans (so the check above can fail)"
            );
        }
        browser.finish().await;
    }
}
