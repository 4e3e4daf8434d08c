//! The map in the built site: at every step, on a phone and a projector, the
//! step's places are on the visible map, labels neither collide nor spill
//! out, and motion follows the reader's setting.

use e2e::label as words;
use e2e::{dist, fill, story, Browser, Site};
use serde_json::Value;
use story::hash;

const PHONE: (u32, u32) = (390, 844);
const PROJECTOR: (u32, u32) = (1920, 1080);

/// Bounding boxes, in page pixels: [left, top, right, bottom].
/// Each map label's glyph box on screen: from its rendered baseline and
/// advance width, 0.95 em above the baseline to 0.3 em below (capitals and
/// descenders). Not getBoundingClientRect: engines disagree on a text's
/// box (Firefox returns the font's whole line box, Chromium the glyphs'),
/// and readers see the glyphs.
async fn glyph_boxes(browser: &Browser) -> Vec<[f64; 4]> {
    let value = browser
        .js("return Array.from(document.querySelectorAll('.map__label')).map(function (t) {
               var start = t.getStartPositionOfChar(0), end = t.getEndPositionOfChar(t.getNumberOfChars() - 1);
               var em = parseFloat(getComputedStyle(t).fontSize);
               var m = t.getScreenCTM();
               function screen(x, y) { return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]; }
               var a = screen(start.x, start.y - 0.95 * em), b = screen(end.x, start.y + 0.3 * em);
               return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
             })")
        .await;
    rects(&value)
}

/// `[[left, top, right, bottom], …]` from a script's result.
fn rects(value: &Value) -> Vec<[f64; 4]> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let n = |i: usize| b[i].as_f64().unwrap();
            [n(0), n(1), n(2), n(3)]
        })
        .collect()
}

async fn boxes(browser: &Browser, css: &str) -> Vec<[f64; 4]> {
    let script = format!(
        "return Array.from(document.querySelectorAll({css:?})).map(function (e) {{
           var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }})"
    );
    rects(&browser.js(&script).await)
}

fn overlap(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn inside(inner: &[f64; 4], outer: &[f64; 4]) -> bool {
    inner[0] >= outer[0] - 0.5
        && inner[1] >= outer[1] - 0.5
        && inner[2] <= outer[2] + 0.5
        && inner[3] <= outer[3] + 0.5
}

#[tokio::test]
async fn every_step_shows_its_places_with_labels_that_fit() {
    let site = Site::serve(dist());
    let story = story();
    for (width, height) in [PHONE, PROJECTOR] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        for (index, step) in story.steps.iter().enumerate() {
            browser
                .js(&format!("location.hash = {:?}", hash::for_step(step.id)))
                .await;
            browser.wait_for_step(step.id).await;
            browser.settle().await;
            let map = boxes(&browser, ".map__svg").await[0];
            for &place in step.places {
                let place = story.place(place);
                if place.at.is_none() {
                    // Beyond the region (Moscow): named under the map instead.
                    let far =
                        boxes(&browser, &format!(".map__far[data-place={:?}]", place.id)).await;
                    assert_eq!(
                        far.len(),
                        1,
                        "step {}: {} is named under the map",
                        step.id,
                        place.id
                    );
                    continue;
                }
                let css = format!(
                    ".map__marker[data-place={:?}] circle:not(.map__hit)",
                    place.id
                );
                let found = boxes(&browser, &css).await;
                assert_eq!(
                    found.len(),
                    1,
                    "step {index} ({}) at {width}px: {} is drawn once",
                    step.id,
                    place.id
                );
                assert!(
                    inside(&found[0], &map),
                    "step {} at {width}px: {} lies outside the map",
                    step.id,
                    place.id
                );
            }
            // Every dot a reader can see has its name beside it: within
            // LABEL_REACH view units of its centre (scaled to the screen).
            let dots = browser
                .js("var svg = document.querySelector('.step .map__svg'), r = svg.getBoundingClientRect();
                     var scale = r.width / svg.viewBox.baseVal.width;
                     return Array.from(document.querySelectorAll('.step .map__marker')).map(function (g) {
                       var c = g.querySelector('circle:not(.map__hit)').getBoundingClientRect();
                       var t = g.querySelector('.map__label'), b = null;
                       if (t) { var q = t.getBoundingClientRect(); b = [q.left, q.top, q.right, q.bottom]; }
                       return { place: g.dataset.place, seen: getComputedStyle(g).visibility === 'visible',
                                focus: g.classList.contains('is-focus'),
                                centre: [(c.left + c.right) / 2, (c.top + c.bottom) / 2], label: b, scale: scale };
                     })")
                .await;
            let mut drawn_kinds = (false, false);
            for dot in dots.as_array().unwrap() {
                let centre = [0, 1].map(|i| dot["centre"][i].as_f64().unwrap());
                let on_map = (map[0]..=map[2]).contains(&centre[0])
                    && (map[1]..=map[3]).contains(&centre[1]);
                if !on_map || dot["seen"] != true {
                    continue;
                }
                if dot["focus"] == true {
                    drawn_kinds.0 = true;
                } else {
                    drawn_kinds.1 = true;
                }
                let place = dot["place"].as_str().unwrap();
                let label = dot["label"].as_array().unwrap_or_else(|| {
                    panic!(
                        "step {} at {width}px: the dot of {place} has no name",
                        step.id
                    )
                });
                let b = [0, 1, 2, 3].map(|i| label[i].as_f64().unwrap());
                let dx = (b[0] - centre[0]).max(centre[0] - b[2]).max(0.0);
                let dy = (b[1] - centre[1]).max(centre[1] - b[3]).max(0.0);
                let reach = story::map::LABEL_REACH * dot["scale"].as_f64().unwrap() + 2.0;
                assert!(
                    dx.hypot(dy) <= reach,
                    "step {} at {width}px: {place}'s name is {:.0} px from its dot (at most {reach:.0})",
                    step.id,
                    dx.hypot(dy)
                );
            }
            // The legend names the kinds of marker the map draws, and only
            // those; the list of places names only places on the map.
            let legend = browser.text(".step .map-legend").await;
            assert_eq!(
                (
                    legend.contains(&words("legend", "place")),
                    legend.contains(&words("legend", "other-place"))
                ),
                drawn_kinds,
                "step {} at {width}px: the legend's markers against the map's: {legend}",
                step.id
            );
            let train_seen = boxes(&browser, ".step .map__train rect")
                .await
                .iter()
                .any(|b| overlap(b, &map));
            assert_eq!(
                legend.contains(&words("legend", "train")),
                train_seen,
                "step {} at {width}px: the legend lists the train exactly when the map shows it",
                step.id
            );
            let listed = browser
                .js("return Array.from(document.querySelectorAll('.step .map__place-button')).map(function (b) { return b.id.replace('place-button-', ''); })")
                .await;
            for id in listed.as_array().unwrap() {
                let id = id.as_str().unwrap();
                let place = story.places.iter().find(|p| p.id == id).unwrap();
                assert!(
                    place.at.is_some(),
                    "step {}: \"Places on this map\" lists {id}, which is off the map",
                    step.id
                );
            }
            // A screen reader hears the same: no place the map does not draw.
            let described = browser
                .js("return document.querySelector('.step .map__svg').getAttribute('aria-label')")
                .await;
            let described = described.as_str().unwrap();
            let shown = described.split(". ").next().unwrap_or_default();
            for place in story.places.iter().filter(|p| p.at.is_none()) {
                assert!(
                    !shown.contains(place.label),
                    "step {}: the map's description says it shows {}, which is off the map: {described}",
                    step.id,
                    place.label
                );
            }
            let labels = glyph_boxes(&browser).await;
            assert!(!labels.is_empty(), "step {} has labels", step.id);
            for (at, label) in labels.iter().enumerate() {
                assert!(
                    inside(label, &map),
                    "step {} at {width}px: a label spills off the map",
                    step.id
                );
                for other in &labels[at + 1..] {
                    assert!(
                        !overlap(label, other),
                        "step {} at {width}px: labels collide",
                        step.id
                    );
                }
            }
            // Country and sea names: on the map, clear of every place's
            // name, each a line a reader can see (at least 9 px tall).
            let names = boxes(&browser, ".step .map__name tspan").await;
            assert_eq!(
                names.len(),
                step.map
                    .names
                    .iter()
                    .map(|n| n.text.lines().count())
                    .sum::<usize>(),
                "step {} at {width}px: the names drawn",
                step.id
            );
            for name in &names {
                assert!(
                    inside(name, &map),
                    "step {} at {width}px: a country or sea name spills off the map",
                    step.id
                );
                assert!(
                    name[3] - name[1] >= 9.0,
                    "step {} at {width}px: a name is {:.1} px tall",
                    step.id,
                    name[3] - name[1]
                );
                for label in &labels {
                    assert!(
                        !overlap(name, label),
                        "step {} at {width}px: a country or sea name covers a place's name",
                        step.id
                    );
                }
            }
        }
        browser.finish().await;
    }
}

/// The route as a reader sees it: on the steps that draw it, each leg is a
/// line along the railway (many bends, not a straight chord), drawn in its
/// own dash style, visibly on the map, and named in the legend; where our
/// dotted connector to the cosmodrome (the mapped track stops short of it)
/// shows beyond its marker, the legend says who drew it. The legend lists only the styles
/// the frame shows. Which legs each step's frame shows is written here from
/// `content/route.toml` and the screenshots, not asked of the app.
#[tokio::test]
async fn the_route_follows_the_railway_in_its_styles_on_a_phone_and_a_projector() {
    let site = Site::serve(dist());
    // (step, the leg styles it draws, whether the cosmodrome's connector shows)
    let expected: [(&str, &[&str], bool); 5] = [
        ("khasan", &[], false),
        ("razdolnaya", &["reported"], false),
        ("where-next", &["reported", "speculated"], false),
        ("welcome", &["likely"], true),
        ("komsomolsk", &["likely", "planned"], true),
    ];
    for (width, height) in [PHONE, PROJECTOR] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        for (id, styles, connector) in expected {
            // Opened by address, as a shared link would be (one way to get
            // there; navigation.rs tests the hash change itself).
            browser
                .open(&site, &format!("/{}", hash::for_step(id)))
                .await;
            browser.settle().await;
            let map = boxes(&browser, ".map__svg").await[0];
            let legs = browser
                .js("return Array.from(document.querySelectorAll('.step path.map__leg')).map(function (p) {
                       var r = p.getBoundingClientRect(), s = getComputedStyle(p);
                       return { style: p.getAttribute('class').replace('map__leg map__leg--', ''),
                                bends: (p.getAttribute('d').match(/l/g) || []).length,
                                dashes: s.strokeDasharray, width: parseFloat(s.strokeWidth),
                                box: [r.left, r.top, r.right, r.bottom] }; })")
                .await;
            let legs = legs.as_array().unwrap();
            // The styles on the visible map (legs known by now but outside
            // the frame are in the drawing, for the pan, and out of sight).
            let on_map = |leg: &Value| {
                let b = &leg["box"];
                let b = [0, 1, 2, 3].map(|i| b[i].as_f64().unwrap());
                overlap(&b, &map) && b[2] - b[0] + b[3] - b[1] > 4.0
            };
            let mut drawn: Vec<&str> = legs
                .iter()
                .filter(|l| on_map(l))
                .map(|l| l["style"].as_str().unwrap())
                .collect();
            drawn.sort_unstable();
            drawn.dedup();
            let mut wanted = styles.to_vec();
            wanted.sort_unstable();
            assert_eq!(
                drawn, wanted,
                "step {id} at {width}px: the leg styles on the map"
            );
            let legend = browser.text(".step .map-legend").await;
            for style in ["reported", "likely", "speculated", "planned"] {
                assert_eq!(
                    legend.contains(&words("leg", style)),
                    styles.contains(&style),
                    "step {id} at {width}px: the legend lists {style} exactly when the map shows it: {legend}"
                );
            }
            for leg in legs {
                let style = leg["style"].as_str().unwrap();
                assert_ne!(
                    leg["dashes"].as_str(),
                    Some("none"),
                    "step {id}: the {style} leg has its dashes"
                );
                assert!(
                    leg["width"].as_f64().unwrap() >= 2.0,
                    "step {id}: the {style} leg is at least 2 px wide"
                );
            }
            // Each style's legs bend with the track (a short leg may be
            // nearly straight; all of a style's legs together are not).
            for style in styles {
                let bends: u64 = legs
                    .iter()
                    .filter(|l| l["style"] == *style)
                    .map(|l| l["bends"].as_u64().unwrap())
                    .sum();
                assert!(
                    bends >= 4,
                    "step {id}: the {style} legs are straight chords, not the railway"
                );
            }
            if !styles.is_empty() {
                assert!(
                    legend.contains(&words("legend", "railway")),
                    "step {id}: {legend}"
                );
            }
            // Listed exactly where it shows beyond the cosmodrome's marker.
            assert_eq!(
                legend.contains(&words("legend", "connector")),
                connector,
                "step {id} at {width}px: the legend names our connector: {legend}"
            );
            if connector {
                let drawn = boxes(&browser, ".step path.map__connector").await;
                let marker = boxes(&browser, ".step .map__marker circle:not(.map__hit)").await[0];
                let longest = drawn
                    .iter()
                    .map(|b| (b[2] - b[0]).hypot(b[3] - b[1]))
                    .fold(0.0, f64::max);
                assert!(
                    longest > marker[2] - marker[0],
                    "step {id} at {width}px: the connector ({longest:.0} px) shows beyond a marker"
                );
            }
        }
        browser.finish().await;
    }
}

#[tokio::test]
async fn the_map_pans_smoothly_unless_the_reader_asked_for_less_motion() {
    let site = Site::serve(dist());
    let duration =
        "return getComputedStyle(document.querySelector('.map__world')).transitionDuration";
    let browser = Browser::start(1280, 800).await;
    browser.open(&site, "/").await;
    assert_eq!(browser.js(duration).await, Value::from("0.6s"));
    browser.finish().await;
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser.open(&site, "/").await;
    // The stylesheet's reduced-motion rule leaves 0.01 ms, i.e. no animation.
    let seconds = browser
        .js(duration)
        .await
        .as_str()
        .unwrap()
        .trim_end_matches('s')
        .parse::<f64>()
        .unwrap();
    assert!(seconds < 0.001, "{seconds} s");
    browser.finish().await;
}

#[tokio::test]
async fn the_map_is_described_in_words_and_credits_natural_earth() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start(1280, 800).await;
    let where_next = story.step_index("where-next").unwrap();
    browser
        .open(
            &site,
            &format!("/{}", hash::for_step(story.steps[where_next].id)),
        )
        .await;
    let label = browser
        .js("return document.querySelector('.map__svg').getAttribute('aria-label')")
        .await;
    let label = label.as_str().unwrap();
    for place in story.steps[where_next].places {
        assert!(label.contains(story.place(*place).label), "{label}");
    }
    let place_label = |id: &str| story.places.iter().find(|p| p.id == id).unwrap().label;
    let train = fill(
        &words("map", "summary-train"),
        &[("place", place_label("ussuriysk"))],
    );
    assert!(label.contains(train.trim()), "{train:?} in {label}");
    assert!(
        label.contains(&words("map", "route-speculated")),
        "the speculated legs are described: {label}"
    );
    // "Route, drawn along the railway: Khasan to Razdolnaya bridge: reported"
    let first_leg = fill(
        &words("map", "summary-leg"),
        &[
            ("from", place_label("khasan")),
            ("to", place_label("razdolnaya-bridge")),
            ("status", &words("map", "route-reported")),
        ],
    );
    let route = fill(&words("map", "summary-route"), &[("legs", &first_leg)]);
    let route_opening = route.trim().trim_end_matches('.');
    assert!(
        label.contains(route_opening),
        "the route is told along the named places: {route_opening:?} in {label}"
    );
    let drawn_by_us = words("map", "summary-drawn-by-us");
    assert!(
        !label.contains(drawn_by_us.trim()),
        "the connector into the cosmodrome is too short to see here: {label}"
    );
    // Closer in, it shows, and the words say whose it is.
    browser
        .js(&format!("location.hash = {:?}", hash::for_step("welcome")))
        .await;
    browser.wait_for_step("welcome").await;
    let welcome = browser
        .js("return document.querySelector('.step .map__svg').getAttribute('aria-label')")
        .await;
    assert!(
        welcome.as_str().unwrap().contains(drawn_by_us.trim()),
        "the connector into the cosmodrome is said to be ours: {welcome}"
    );
    // The credit is said once, in the footer, not under every map.
    let credit = browser.text(".page-footer__maps").await;
    assert_eq!(credit, words("footer", "maps"));
    let repeated = browser
        .js("return document.querySelectorAll('.map .map__credit').length")
        .await;
    assert_eq!(repeated.as_u64(), Some(0), "no credit under the step's map");
    browser.finish().await;
}

#[tokio::test]
async fn a_place_card_opens_by_keyboard_and_escape_returns_focus() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser
        .open(&site, &format!("/{}", hash::for_step("ussuriysk")))
        .await;
    // Keyboard: focus the marker, press Enter.
    browser
        .js("document.getElementById('marker-ussuriysk').focus()")
        .await;
    browser.press(fantoccini::key::Key::Enter.into()).await;
    browser
        .wait_until(
            "the card is open",
            "return !!document.getElementById('place-card')",
        )
        .await;
    let ussuriysk = story().places.iter().find(|p| p.id == "ussuriysk").unwrap();
    assert_eq!(browser.text("#place-card-title").await, ussuriysk.name);
    // The reader sees the card's title: on screen and not covered.
    browser
        .wait_until(
            "the card's title is in view and not covered",
            "var t = document.getElementById('place-card-title'), r = t.getBoundingClientRect();
             var at = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
             return r.top >= 0 && r.bottom <= innerHeight && !!at && t.contains(at)",
        )
        .await;
    assert_eq!(
        browser.focused().await,
        "h3#place-card-title.place-card__title",
        "focus moves into the card"
    );
    let card = browser.text("#place-card").await;
    assert!(card.contains("UTC+10"), "local time zone: {card}");
    // 43.8000° N, 131.9670° E (places.md), in the language's compass letters.
    let coordinates = fill(
        &words("place_card", "coordinates-value"),
        &[
            ("lat", "43.8000"),
            ("ns", &words("place_card", "north")),
            ("lon", "131.9670"),
            ("ew", &words("place_card", "east")),
        ],
    );
    assert!(
        card.contains(&coordinates),
        "coordinates {coordinates:?}: {card}"
    );
    // Ussuriysk is in steps 6 (the Yonhap photo) and 7 (guessing where the
    // train is going), read off content/steps.toml by hand.
    let links = browser
        .js("return Array.from(document.querySelectorAll('.place-card__step')).map(function (a) { return a.textContent; })")
        .await;
    let step_link = |id: &str| {
        let story = story();
        let at = story.step_index(id).unwrap();
        fill(
            &words("place_card", "step"),
            &[
                ("n", &(at + 1).to_string()),
                ("title", story.steps[at].title),
            ],
        )
    };
    assert_eq!(
        links,
        serde_json::json!([step_link("ussuriysk"), step_link("where-next")]),
        "one link per step the place is in"
    );
    browser.press(fantoccini::key::Key::Escape.into()).await;
    browser
        .wait_until(
            "the card is closed",
            "return !document.getElementById('place-card')",
        )
        .await;
    assert_eq!(
        browser.js("return document.activeElement.id").await,
        Value::from("marker-ussuriysk"),
        "focus returns to the marker"
    );
    // A link in the card jumps to its step.
    browser.click("#place-button-ussuriysk").await;
    browser
        .wait_until(
            "the card is open",
            "return !!document.getElementById('place-card')",
        )
        .await;
    browser.click(".place-card__step").await;
    browser.wait_for_step("ussuriysk").await;
    browser.finish().await;
}

/// A unit label with its word for `n` in the language under test: the
/// choice `{n:mile|miles}` (Russian `{n:миля|мили|миль}`) resolved by each
/// language's grammar as a reader knows it, written here on its own (not
/// `story::plural`, which this checks): 1 mile, 2 miles; 1, 21, 1031 миля;
/// 2–4, 22, 1032 мили; 5–20, 25, 1011 миль.
fn unit_word_for(label: &str, n: u64) -> String {
    let Some(open) = label.find("{n:") else {
        return label.to_owned();
    };
    let close = open + label[open..].find('}').unwrap();
    let forms: Vec<&str> = label[open + 3..close].split('|').collect();
    let form = match (e2e::lang().as_str(), forms.len()) {
        ("ru", 3) if n % 10 == 1 && n % 100 != 11 => forms[0],
        ("ru", 3) if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) => forms[1],
        ("ru", 3) => forms[2],
        ("en", 2) if n == 1 => forms[0],
        ("en", 2) => forms[1],
        (_, 1) => forms[0],
        (lang, count) => panic!("{lang}: a choice of {count} forms in {label:?}"),
    };
    format!("{}{form}{}", &label[..open], &label[close + 1..])
}

#[tokio::test]
async fn the_units_switch_changes_every_computed_distance() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 800).await;
    browser
        .open(&site, &format!("/{}", hash::for_step("where-next")))
        .await;
    let read = "return Array.from(document.querySelectorAll('[data-km]')).map(function (e) { return [parseFloat(e.dataset.km), e.textContent.trim()]; })";
    let check = |shown: Value, unit: &str, per_km: f64| {
        let rows = shown.as_array().unwrap().clone();
        assert!(rows.len() >= 3, "distance box (2) and scale bar: {rows:?}");
        for row in rows {
            let km = row[0].as_f64().unwrap();
            let text = row[1].as_str().unwrap().to_owned();
            // Digits without their group separator ("1,031" or "1 031").
            let figure = (km * per_km).round() as u64;
            let expected = fill(
                &unit_word_for(&words("units", unit), figure),
                &[("n", &figure.to_string())],
            );
            let digits = text.replace([',', '\u{a0}'], "");
            assert_eq!(digits, expected, "{km} km shown as {text}");
        }
    };
    check(browser.js(read).await, "distance-km", 1.0);
    browser.click(".units__button:nth-of-type(2)").await;
    browser.settle().await;
    check(browser.js(read).await, "distance-miles", 1.0 / 1.609344);
    // No distance left in kilometres in what the step shows, statements
    // included ("roughly 1,660 km by rail"), except the report's own words,
    // which give both units ("about 900 kilometers (550 miles)").
    // The page's own unit word for km too ("км" in Russian).
    let left = browser
        .js(&format!(
            "return document.querySelector('.step').innerText.match(/\\d[\\d,\\u00a0]* ?(km|{}|kilomet\\w+)(?![\\w\\u0400-\\u04ff]| \\()/g)",
            words("units", "km")
        ))
        .await;
    assert_eq!(
        left,
        Value::Null,
        "distances still in km after choosing miles: {left}"
    );
    let reported = browser.text(".distance__reported").await;
    // The report's words stay its English in every language.
    assert_eq!(
        reported,
        fill(
            &words("distance", "reported-words"),
            &[("words", "about 900 kilometers (550 miles)")]
        ),
        "the report's own words never change"
    );
    browser.click(".units__button:nth-of-type(1)").await;
    browser.settle().await;
    check(browser.js(read).await, "distance-km", 1.0);
    browser.finish().await;
}

/// The quiz's "find the city" map can be answered fairly at every size: no
/// numbered marker covers another (once 2 sat under 12 and 3 under 4), and
/// the numbers are at least 12 px tall on a phone and on a projector.
#[tokio::test]
async fn the_quiz_map_markers_stand_apart_with_readable_numbers() {
    let site = Site::serve(dist());
    for (width, height) in [PHONE, PROJECTOR] {
        let browser = Browser::start_reduced_motion(width, height).await;
        browser.open(&site, "/").await;
        browser.open_view(e2e::View::Quiz).await;
        let markers = browser
            .js("var svg = document.querySelector('.quiz__map');
                 svg.scrollIntoView({block: 'center', behavior: 'instant'});
                 var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                 return Array.from(svg.querySelectorAll('.quiz__marker')).map(function (g) {
                   var c = g.querySelector('circle:not(.quiz__spot)').getBoundingClientRect();
                   var t = g.querySelector('text');
                   return { number: t.textContent, box: [c.left, c.top, c.right, c.bottom],
                            type: parseFloat(getComputedStyle(t).fontSize) * scale };
                 })")
            .await;
        let markers = markers.as_array().unwrap();
        assert!(markers.len() >= 10, "{markers:?}");
        let map = boxes(&browser, ".quiz__map").await[0];
        for (i, a) in markers.iter().enumerate() {
            let number = a["number"].as_str().unwrap();
            let b = [0, 1, 2, 3].map(|k| a["box"][k].as_f64().unwrap());
            assert!(
                inside(&b, &map),
                "at {width}px: marker {number} leaves the map"
            );
            let type_px = a["type"].as_f64().unwrap();
            assert!(
                type_px >= 12.0,
                "at {width}px: marker {number}'s number is {type_px:.1} px tall"
            );
            let centre = ((b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0);
            let diameter = b[2] - b[0];
            for other in &markers[i + 1..] {
                let o = [0, 1, 2, 3].map(|k| other["box"][k].as_f64().unwrap());
                let d = (centre.0 - (o[0] + o[2]) / 2.0).hypot(centre.1 - (o[1] + o[3]) / 2.0);
                assert!(
                    d >= diameter - 0.5,
                    "at {width}px: markers {number} and {} are {d:.0} px apart, less than their {diameter:.0} px diameter",
                    other["number"].as_str().unwrap()
                );
            }
        }
        browser.finish().await;
    }
}

/// Every page that draws a map draws the land on it: the maps draw the
/// coastline and borders by reference to the page's one copy (build.rs),
/// and a page without that copy showed sea alone, with no error. The
/// teacher's pages (speaker.html, the quiz) once did: "find the city on the
/// map" on a blank blue box.
#[tokio::test]
async fn every_page_with_a_map_draws_the_land_on_it() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1366, 768).await;
    let step = story().steps[8].id;
    for page in [
        "/".to_owned(),
        format!("/speaker.html#/{step}"),
        "quiz".to_owned(),
    ] {
        if page == "quiz" {
            browser.open(&site, "/").await;
            browser.open_view(e2e::View::Quiz).await;
        } else {
            browser.open(&site, &page).await;
        }
        // For each map, the share of its box that the drawn land and borders
        // cover (their box clipped to the map's).
        let maps = browser
            .js("return Array.from(document.querySelectorAll('svg.map__svg, svg.quiz__map')).map(function (svg) {
                   svg.scrollIntoView({block: 'center', behavior: 'instant'});
                   var m = svg.getBoundingClientRect();
                   var land = svg.querySelector('use, .map__land');
                   if (!land) { return 0; }
                   var l = land.getBoundingClientRect();
                   var w = Math.max(0, Math.min(l.right, m.right) - Math.max(l.left, m.left));
                   var h = Math.max(0, Math.min(l.bottom, m.bottom) - Math.max(l.top, m.top));
                   return w * h / (m.width * m.height);
                 })")
            .await;
        let maps = maps.as_array().unwrap();
        assert!(!maps.is_empty(), "{page}: no map on the page");
        for (at, share) in maps.iter().enumerate() {
            let share = share.as_f64().unwrap();
            assert!(
                share >= 0.2,
                "{page}: map {} draws land over {:.0} % of its box (none drawn: the page lacks #map-base?)",
                at + 1,
                share * 100.0
            );
        }
    }
    browser.finish().await;
}

/// Place names a reader can read and that never outshout the step: at
/// least 13.5 px on a 360 px phone and every size up to a 1920 px
/// projector, and never larger than the step's heading.
#[tokio::test]
async fn place_names_are_readable_on_a_phone_and_smaller_than_the_heading() {
    let site = Site::serve(dist());
    let sizes = [
        (360, 740, false),
        (390, 844, false),
        (1366, 768, false),
        (1366, 768, true),
        (1920, 1080, true),
    ];
    for (width, height, presenting) in sizes {
        let phone = width < 400;
        if phone
            && e2e::skip_on(
                &[e2e::Engine::Firefox, e2e::Engine::WebKit],
                &format!("place names on a {width} px phone"),
                "emulating a phone's overlay scroll bar needs Chromium's DevTools",
            )
        {
            continue;
        }
        let browser = Browser::start_reduced_motion(width, height).await;
        if phone {
            // As a phone: its scroll bar overlays the page instead of taking
            // 15 px of its width, as a desktop window's does.
            browser
                .devtools(
                    "Emulation.setDeviceMetricsOverride",
                    serde_json::json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": true }),
                )
                .await;
        }
        browser
            .open(&site, &format!("/{}", hash::for_step("khasan")))
            .await;
        if presenting {
            browser.press('p').await;
            browser.settle().await;
        }
        let sizes = browser
            .js("var svg = document.querySelector('.step .map__svg');
                 var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                 var heading = parseFloat(getComputedStyle(document.querySelector('.step h2')).fontSize);
                 return [heading].concat(Array.from(document.querySelectorAll('.step .map__label:not(.map__label--note)')).map(function (t) {
                   return parseFloat(getComputedStyle(t).fontSize) * scale; }))")
            .await;
        let sizes: Vec<f64> = sizes
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        let (heading, labels) = (sizes[0], &sizes[1..]);
        assert!(!labels.is_empty(), "at {width}px: labels drawn");
        for &label in labels {
            assert!(
                (13.5..=heading).contains(&label),
                "at {width}×{height}{}: a place name is {label:.1} px (heading {heading:.1} px)",
                if presenting { " presenting" } else { "" }
            );
        }
        browser.finish().await;
    }
}

/// Moving on a step, the train runs along the railway from its last
/// reported place (Khasan) to the new one (the Razdolnaya bridge), not
/// along a straight chord: sampled every frame, each position it shows is
/// on the drawn track (within 2 px; a chord strays 4 px), it takes
/// several, and it stops on its place. (Under reduced motion it is simply
/// there: the other map tests run so and find it on its place.)
#[tokio::test]
async fn the_train_runs_along_the_track_when_the_reader_moves_on() {
    let site = Site::serve(dist());
    let browser = Browser::start(1280, 800).await;
    browser
        .open(
            &site,
            &format!("/{}", hash::for_step("putin-in-vladivostok")),
        )
        .await;
    browser.click(".pager__next").await;
    let seen = browser
        .js_async("var done = arguments[0], start = performance.now(), seen = [];
                   function sample() {
                     var rect = document.querySelector('.step .map__train rect');
                     if (rect) {
                       var r = rect.getBoundingClientRect();
                       seen.push([(r.left + r.right) / 2, (r.top + r.bottom) / 2, parseFloat(getComputedStyle(rect.parentNode).opacity), performance.now() - start]);
                     }
                     if (performance.now() - start < 3000) { requestAnimationFrame(sample); } else { finish(); }
                   }
                   function finish() {
                     var track = [];
                     document.querySelectorAll('.step path.map__leg, .step path.map__connector').forEach(function (p) {
                       var m = p.getScreenCTM(), n = p.getTotalLength();
                       for (var at = 0; at <= n; at += n / 2000) {
                         var q = p.getPointAtLength(at);
                         track.push([m.a * q.x + m.c * q.y + m.e, m.b * q.x + m.d * q.y + m.f]);
                       }
                     });
                     var marker = document.querySelector('.map__marker[data-place=\"razdolnaya-bridge\"] circle:not(.map__hit)').getBoundingClientRect();
                     done({ seen: seen, track: track, place: [(marker.left + marker.right) / 2, (marker.top + marker.bottom) / 2] });
                   }
                   requestAnimationFrame(sample);")
        .await;
    assert_eq!(browser.step_id().await, "razdolnaya");
    let point = |v: &Value| (v[0].as_f64().unwrap(), v[1].as_f64().unwrap());
    let track: Vec<(f64, f64)> = seen["track"]
        .as_array()
        .unwrap()
        .iter()
        .map(point)
        .collect();
    assert!(track.len() > 100, "the drawn track: {} points", track.len());
    let samples = seen["seen"].as_array().unwrap();
    // Shown and past the pan: the run itself.
    let running: Vec<(f64, f64)> = samples
        .iter()
        .filter(|s| s[2].as_f64().unwrap() > 0.5 && s[3].as_f64().unwrap() > 700.0)
        .map(point)
        .collect();
    let mut distinct = running.clone();
    distinct.dedup_by(|a, b| (a.0 - b.0).hypot(a.1 - b.1) < 1.0);
    assert!(
        distinct.len() >= 8,
        "the train moves through several positions: {distinct:?}"
    );
    for &(x, y) in &running {
        let off = track
            .iter()
            .map(|&(tx, ty)| (tx - x).hypot(ty - y))
            .fold(f64::INFINITY, f64::min);
        // On the track it is within a pixel; along the chord, 4 px off.
        assert!(
            off <= 2.0,
            "the train at ({x:.0}, {y:.0}) is {off:.1} px off the track"
        );
    }
    let end = point(samples.last().unwrap());
    let place = point(&seen["place"]);
    assert!(
        (end.0 - place.0).hypot(end.1 - place.1) < 1.5,
        "it stops on its place: {end:?} vs {place:?}"
    );
    browser.finish().await;
}
