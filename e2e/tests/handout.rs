//! The printed handout: printed to PDF by headless Chromium, then read back
//! with poppler's pdftotext: every step with its sources, the glossary, the
//! quiz, and the answers alone on the last page.

use std::process::Command;

use e2e::{dist, fill, label, story, Browser, Site, View};
use fantoccini::wd::PrintConfiguration;

fn pdf_text(path: &std::path::Path, pages: Option<(u32, u32)>) -> String {
    let mut command = Command::new("pdftotext");
    command.arg("-layout");
    if let Some((first, last)) = pages {
        command.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let out = command
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    let text = unligature(String::from_utf8_lossy(&out.stdout).into_owned());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Firefox's PDFs set "fi" and friends as one ligature glyph.
fn unligature(text: String) -> String {
    let ligatures = [
        ("\u{fb00}", "ff"),
        ("\u{fb01}", "fi"),
        ("\u{fb02}", "fl"),
        ("\u{fb03}", "ffi"),
        ("\u{fb04}", "ffl"),
    ];
    ligatures
        .iter()
        .fold(text, |text, (glyph, letters)| text.replace(glyph, letters))
}

/// The words of one page's statement column, line by line: the print
/// layout sets the statements right of the map (from 44% of the page's
/// width, the grid's 5fr : 6fr), so the map's labels and legend, read by
/// position (`pdftotext -bbox`), are left out, and a statement's words
/// follow each other as printed.
fn statement_column(path: &std::path::Path, page: u32) -> String {
    let (width, _, words) = printed_words(path, page);
    let mut column: Vec<&PrintedWord> = words
        .iter()
        .filter(|word| word.x0 >= 0.44 * width)
        .collect();
    // Line by line: a word joins the line above if its middle lies within
    // that line's first word's height. (Not by rounding tops: a line mixing
    // fonts, Hangul beside Latin and digits, has words whose tops differ by
    // a few points.)
    let middle = |word: &PrintedWord| (word.y0 + word.y1) / 2.0;
    column.sort_by(|a, b| middle(a).total_cmp(&middle(b)));
    let mut lines: Vec<Vec<&PrintedWord>> = Vec::new();
    for word in column {
        match lines.last_mut() {
            Some(line) if middle(word) <= line[0].y1 => line.push(word),
            _ => lines.push(vec![word]),
        }
    }
    let text = lines
        .iter_mut()
        .flat_map(|line| {
            line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            line.iter().map(|word| word.text.as_str())
        })
        .collect::<Vec<_>>()
        .join(" ");
    unligature(text)
}

/// A word as printed: its box in points and its text.
struct PrintedWord {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    text: String,
}

/// Every word on a printed page with its box, and the page's width and
/// height, read by `pdftotext -bbox`.
fn printed_words(path: &std::path::Path, page: u32) -> (f64, f64, Vec<PrintedWord>) {
    let out = Command::new("pdftotext")
        .args(["-bbox", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    let xhtml = String::from_utf8_lossy(&out.stdout);
    let attribute = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!("{name}=\"")).expect("an attribute") + name.len() + 2;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    let page_tag = xhtml.split("<page ").nth(1).expect("a page");
    let (width, height) = (attribute(page_tag, "width"), attribute(page_tag, "height"));
    let words = xhtml
        .split("<word ")
        .skip(1)
        .filter_map(|word| {
            let (tag, rest) = word.split_once('>')?;
            let text = rest
                .split("</word>")
                .next()?
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            Some(PrintedWord {
                x0: attribute(tag, "xMin"),
                y0: attribute(tag, "yMin"),
                x1: attribute(tag, "xMax"),
                y1: attribute(tag, "yMax"),
                text,
            })
        })
        .collect();
    (width, height, words)
}

/// Prints what the browser shows to `target/e2e/NAME.pdf` as a reader's
/// browser would print it (`size`, or the driver's default A4; never shrunk
/// to fit) and returns the file and its page count.
async fn print_to_pdf(
    browser: &Browser,
    size: Option<fantoccini::wd::PrintSize>,
    name: &str,
) -> (std::path::PathBuf, u32) {
    let mut config = PrintConfiguration::builder().shrink_to_fit(false);
    if let Some(size) = size {
        config = config.size(size);
    }
    let pdf = browser
        .client
        .print(config.build().unwrap())
        .await
        .expect("the browser prints to PDF");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, &pdf).unwrap();
    let info = Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo runs");
    let pages = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    (path, pages)
}

/// Whether `text` holds `words`, spaces aside: a glossary word is its own
/// box in the PDF, so "Kim Jong Un's" may come out as "Kim Jong Un 's".
fn holds_in_order(text: &str, words: &str) -> bool {
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    squeeze(text).contains(&squeeze(words))
}

/// A step's heading on the handout, in the language under test.
fn step_heading(index: usize, title: &str) -> String {
    fill(
        &label("handout", "step"),
        &[("n", &(index + 1).to_string()), ("title", title)],
    )
}

/// A label's words before its first value ("Check the distance: " of
/// "Check the distance: {from} to {to}").
fn before_value(template: &str) -> &str {
    template.split('{').next().unwrap_or(template)
}

#[tokio::test]
async fn the_handout_prints_every_step_the_glossary_and_the_quiz_with_answers_last() {
    if e2e::skip_on(
        &[e2e::Engine::WebKit],
        "printing the handout to PDF",
        "WebKitWebDriver has no Print command (the print stylesheet is still checked on Chromium and Firefox)",
    ) {
        return;
    }
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 900).await;
    browser.open(&site, "/").await;
    browser.open_view(View::Handout).await;
    let (path, pages) = print_to_pdf(&browser, None, "handout").await;
    assert!(
        pages >= 8,
        "{pages} pages: fifteen steps with maps need more"
    );

    let text = pdf_text(&path, None);
    // Headings compared without spaces: pdftotext's layout mode puts
    // spaces where a digit and a Hangul letter come from different fonts
    // ("3   단계").
    let flat = |text: &str| {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    for (index, step) in story.steps.iter().enumerate() {
        assert!(
            flat(&text).contains(&flat(&step_heading(index, step.title))),
            "step {} is printed",
            step.id
        );
    }
    // Sources are named under the statements, in the right-hand column:
    // read that column line by line, as a reader does (pdftotext's layout
    // mode runs a row across both columns, so a name that wraps there has
    // the left column's words between its halves).
    let columns = (1..=pages)
        .map(|page| statement_column(&path, page))
        .collect::<Vec<_>>()
        .join(" ");
    for source in story
        .sources
        .iter()
        .filter(|s| s.kind == story::SourceKind::News)
    {
        assert!(
            holds_in_order(&columns, source.name),
            "source {} is printed",
            source.name
        );
    }
    assert!(text.contains(&label("glossary", "title")));
    assert!(
        // Its first sentence: a longer one may break across lines.
        text.contains(label("map", "credit").split('.').next().unwrap()),
        "the map credit is printed"
    );
    for term in story.glossary {
        assert!(
            text.contains(term.term),
            "glossary term {} is printed",
            term.term
        );
    }
    for question in story.quiz {
        assert!(
            text.contains(question.prompt),
            "question {} is printed",
            question.id
        );
    }
    let last = pdf_text(&path, Some((pages, pages)));
    assert!(
        last.starts_with(&label("handout", "answers")),
        "the last page starts with the answers: {last:.80}"
    );
    assert!(
        !last.contains(&label("handout", "quiz-title")),
        "the questions are on an earlier page"
    );
    let before_last = pdf_text(&path, Some((1, pages - 1)));
    assert!(
        !before_last.contains(&label("handout", "answers")),
        "answers appear only on the last page"
    );
    assert!(
        !text.contains(&label("pager", "next")),
        "controls are not printed"
    );
    // Packed, but nothing that belongs together split: each statement's
    // words lie whole on one page.
    let page_texts: Vec<String> = (1..=pages)
        .map(|page| statement_column(&path, page))
        .collect();
    for step in story.steps {
        for statement in step.statements {
            let words = statement
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                page_texts.iter().any(|page| holds_in_order(page, &words)),
                "step {}: the statement \"{words:.60}…\" is split across pages (or missing)",
                step.id
            );
        }
    }
    // No heading stranded at a page's foot: each step's heading is on the
    // page with its first statement.
    let layouts: Vec<String> = (1..=pages)
        .map(|page| pdf_text(&path, Some((page, page))))
        .collect();
    for (index, step) in story.steps.iter().enumerate() {
        let heading = step_heading(index, step.title);
        let page = layouts
            .iter()
            .position(|text| flat(text).contains(&flat(&heading)))
            .unwrap_or_else(|| panic!("{heading:?} is printed"));
        let first = step.statements[0].text;
        assert!(
            holds_in_order(&page_texts[page], first),
            "{heading:?} is on page {} without its first statement",
            page + 1
        );
    }
    // The quiz is one sheet: every question on the page that starts it.
    let quiz_page = layouts
        .iter()
        .position(|text| text.contains(&label("handout", "quiz-title")))
        .expect("the quiz is printed");
    for question in story.quiz {
        assert!(
            holds_in_order(&layouts[quiz_page], question.prompt),
            "question {} is not on the quiz's page ({}): the quiz is split",
            question.id,
            quiz_page + 1
        );
    }
    // Every step's distance box, as on screen.
    let boxes: usize = story.steps.iter().map(|step| step.distances.len()).sum();
    assert_eq!(
        text.matches(before_value(&label("distance", "title")))
            .count(),
        boxes,
        "every distance box is printed"
    );
    // A clean worksheet: one box to tick per choice, no list bullet beside it.
    for bullet in ["• ☐", "◦ ☐", "▪ ☐"] {
        assert!(
            !text.contains(bullet),
            "a choice prints two markers: {bullet:?}"
        );
    }
    browser.finish().await;
}

/// Printing one step (Ctrl+P on it) gives one page, at A4 and at US
/// Letter, with every statement of the step on it: nothing cut at the foot.
#[tokio::test]
async fn every_step_prints_on_one_page_at_a4_and_letter() {
    use fantoccini::wd::PrintSize;
    if e2e::skip_on(
        &[e2e::Engine::WebKit],
        "printing each step to PDF",
        "WebKitWebDriver has no Print command",
    ) {
        return;
    }
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 900).await;
    for step in story.steps {
        browser
            .open(&site, &format!("/{}", story::hash::for_step(step.id)))
            .await;
        for (paper, size) in [("a4", PrintSize::A4), ("letter", PrintSize::US_LETTER)] {
            let (path, pages) =
                print_to_pdf(&browser, Some(size), &format!("step-{}-{paper}", step.id)).await;
            assert_eq!(
                pages, 1,
                "step {} prints on {pages} pages at {paper}",
                step.id
            );
            let text = pdf_text(&path, None);
            assert!(text.contains(step.title), "step {}: title printed", step.id);
            let column = statement_column(&path, 1);
            for statement in step.statements {
                let words = statement
                    .text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    holds_in_order(&column, &words),
                    "step {} at {paper}: \"{words:.60}…\" is not on the page",
                    step.id
                );
            }
            for distance in step.distances {
                let title = fill(
                    &label("distance", "title"),
                    &[
                        ("from", story.place(distance.from).label),
                        ("to", story.place(distance.to).label),
                    ],
                );
                assert!(
                    holds_in_order(&text, &title),
                    "step {} at {paper}: its distance box is printed",
                    step.id
                );
            }
        }
    }
    browser.finish().await;
}

/// Duplicate ids in the page, and references to ids that are not there
/// (labels, descriptions, controls and in-page links point nowhere).
const ID_PROBLEMS: &str = "
    var seen = {}, bad = [];
    document.querySelectorAll('[id]').forEach(function (e) {
      if (seen[e.id]) bad.push('duplicate id ' + e.id); seen[e.id] = true;
    });
    ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'].forEach(function (name) {
      document.querySelectorAll('[' + name + ']').forEach(function (e) {
        e.getAttribute(name).split(/\\s+/).forEach(function (id) {
          if (id && !document.getElementById(id)) bad.push(name + ' points to missing ' + id);
        });
      });
    });
    document.querySelectorAll('a[href^=\"#\"]').forEach(function (a) {
      var id = a.getAttribute('href').slice(1);
      if (id && id.charAt(0) !== '/' && !document.getElementById(id)) bad.push('link to missing #' + id);
    });
    return bad;";

#[tokio::test]
async fn the_handout_maps_mark_each_steps_places_as_the_legend_says_and_ids_are_unique() {
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 900).await;
    browser.open(&site, "/").await;
    browser.open_view(View::Handout).await;
    let problems = browser.js(ID_PROBLEMS).await;
    assert_eq!(problems, serde_json::json!([]), "ids in the handout view");
    // As printed, where the engine can show print styles on screen
    // (Chromium's DevTools); elsewhere in screen colours.
    let printed = e2e::Engine::current() == e2e::Engine::Chromium;
    if printed {
        browser
            .devtools(
                "Emulation.setEmulatedMedia",
                serde_json::json!({ "media": "print" }),
            )
            .await;
        assert_eq!(
            browser.js("return matchMedia('print').matches").await,
            serde_json::Value::Bool(true),
            "print styles apply"
        );
    }
    let mut problems = Vec::new();
    let mut markers = 0;
    for (index, step) in story.steps.iter().enumerate() {
        let places: Vec<&str> = step.places.iter().map(|&p| story.place(p).id).collect();
        let figure = format!(".handout__step:nth-of-type({}) .map", index + 1);
        let (found, count) = browser.markers_against_legend(&figure, &places).await;
        markers += count;
        problems.extend(found.into_iter().map(|p| format!("{}: {p}", step.id)));
    }
    assert!(markers > 0, "the handout's maps have markers");
    assert!(
        problems.is_empty(),
        "[printed {printed}] handout markers unlike their legend entries:\n{}",
        problems.join("\n")
    );
    browser.finish().await;
}

/// The students' worksheet (`worksheet.html`) prints on at most two pages at
/// A4 and at US Letter, with every step's title and every discussion
/// question, every word inside the page, and no answers on it.
#[tokio::test]
async fn the_worksheet_prints_on_two_pages_with_every_step_and_question_and_no_answers() {
    if e2e::skip_on(
        &[e2e::Engine::WebKit],
        "printing the worksheet to PDF",
        "WebKitWebDriver has no Print command",
    ) {
        return;
    }
    let site = Site::serve(dist());
    let story = story();
    let browser = Browser::start_reduced_motion(1280, 900).await;
    browser
        .client
        .goto(&format!(
            "{}{}worksheet.html",
            site.base.trim_end_matches('/'),
            e2e::root()
        ))
        .await
        .unwrap();
    worksheet_prints_whole(&browser, &story, "worksheet").await;
    // The single offline file draws it in the app, from the handout's link.
    browser.open_offline_file().await;
    browser.open_view(View::Handout).await;
    browser.click(".handout__worksheet a").await;
    browser
        .wait_until(
            "the offline file shows the worksheet",
            "return !!document.querySelector('.worksheet') && location.protocol === 'file:'",
        )
        .await;
    worksheet_prints_whole(&browser, &story, "offline-worksheet").await;
    browser.finish().await;
}

/// The page on screen, printed at A4 and US Letter: at most two pages,
/// every step's title and question and the exercise, no answer, and no
/// word cut at a page's edge.
async fn worksheet_prints_whole(browser: &Browser, story: &story::Story, name: &str) {
    use fantoccini::wd::PrintSize;
    for (paper, size) in [("a4", PrintSize::A4), ("letter", PrintSize::US_LETTER)] {
        let (path, pages) = print_to_pdf(browser, Some(size), &format!("{name}-{paper}")).await;
        assert!(
            pages <= 2,
            "{name}: the worksheet prints on {pages} pages at {paper}"
        );
        let text = pdf_text(&path, None);
        // The timeline is page one's right-hand column: read it as a reader
        // does, not across the map beside it.
        let timeline = statement_column(&path, 1);
        for step in story.steps {
            assert!(
                holds_in_order(&timeline, step.title),
                "{name} {paper}: step {:?} on the worksheet",
                step.title
            );
            if let Some(note) = step.note {
                assert!(
                    holds_in_order(&text, note.question),
                    "{name} {paper}: the question {:?} on the worksheet",
                    note.question
                );
            }
        }
        // What the exercise asks is there; what it answers is not.
        for status in story::LABEL_EXERCISE {
            assert!(
                holds_in_order(&text, &label("status", status.slug())),
                "{name} {paper}: label {:?}",
                status.slug()
            );
        }
        for (_, statement, status) in story.label_exercise() {
            assert!(
                holds_in_order(&text, statement.text),
                "{name} {paper}: exercise statement"
            );
            for letter in ['A', 'B', 'C', 'D', 'E', 'F'] {
                assert!(
                    !holds_in_order(
                        &text,
                        &format!("{letter}: {}", label("status", status.slug()))
                    ),
                    "{name} {paper}: an answer is printed on the worksheet"
                );
            }
        }
        assert!(
            !text.contains(&label("handout", "answers")),
            "{name} {paper}: no answers section"
        );
        // Nothing cut at the edges: every word lies wholly on its page.
        for page in 1..=pages {
            let (width, height, words) = printed_words(&path, page);
            assert!(!words.is_empty(), "{name} {paper}: page {page} has text");
            for PrintedWord { x0, y0, x1, y1, .. } in words {
                assert!(
                    x0 >= 0.0 && y0 >= 0.0 && x1 <= width && y1 <= height,
                    "{name} {paper}: page {page}: a word at {x0:.0},{y0:.0}–{x1:.0},{y1:.0} runs off the {width:.0}×{height:.0} page"
                );
            }
        }
    }
}

/// The handout offers the worksheet: on the site its link opens
/// `worksheet.html`; in the single offline file, which has no page beside
/// it, the same link draws the worksheet in the app.
#[tokio::test]
async fn the_handouts_link_opens_the_worksheet_on_the_site_and_in_the_offline_file() {
    let site = Site::serve(dist());
    let browser = Browser::start_reduced_motion(1280, 900).await;
    browser.open(&site, "/").await;
    browser.open_view(View::Handout).await;
    let link = browser
        .js("var a = document.querySelector('.handout__worksheet a'); return a && a.getClientRects().length > 0 ? a.href : null")
        .await;
    let href = link
        .as_str()
        .expect("the site's handout shows a link to the worksheet");
    let page = browser
        .js_async(&format!(
            "var done = arguments[0]; fetch({href:?}).then(function (r) {{ return r.text(); }}).then(done, function () {{ done(''); }});"
        ))
        .await;
    assert!(
        page.as_str()
            .unwrap_or_default()
            .contains("<main class=\"worksheet\">"),
        "the link opens the worksheet"
    );
    browser.open_offline_file().await;
    browser.open_view(View::Handout).await;
    browser.click(".handout__worksheet a").await;
    browser
        .wait_until(
            "the offline file's link shows the worksheet in the app",
            "return !!document.querySelector('.app .worksheet') && location.protocol === 'file:'",
        )
        .await;
    browser.finish().await;
}
