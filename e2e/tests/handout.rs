//! The printed handout: printed to PDF by headless Chromium, then read back
//! with poppler's pdftotext: every step with its sources, the glossary, the
//! quiz, and the answers alone on the last page.

use std::process::Command;

use e2e::{dist, story, Browser, Site, View};
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
    // Firefox's PDFs set "fi" and friends as one ligature glyph.
    let ligatures = [
        ("\u{fb00}", "ff"),
        ("\u{fb01}", "fi"),
        ("\u{fb02}", "fl"),
        ("\u{fb03}", "ffi"),
        ("\u{fb04}", "ffl"),
    ];
    let text = ligatures.iter().fold(
        String::from_utf8_lossy(&out.stdout).into_owned(),
        |text, (glyph, letters)| text.replace(glyph, letters),
    );
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
    let pdf = browser
        .client
        .print(PrintConfiguration::default())
        .await
        .expect("the browser prints to PDF");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("handout.pdf");
    std::fs::write(&path, &pdf).unwrap();

    let info = Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout);
    let pages: u32 = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    assert!(
        pages >= 8,
        "{pages} pages: fifteen steps with maps need more"
    );

    let text = pdf_text(&path, None);
    for (index, step) in story.steps.iter().enumerate() {
        assert!(
            text.contains(&format!("Step {}: {}", index + 1, step.title)),
            "step {} is printed",
            step.id
        );
    }
    for source in story
        .sources
        .iter()
        .filter(|s| s.kind == story::SourceKind::News)
    {
        assert!(
            text.contains(source.name),
            "source {} is printed",
            source.name
        );
    }
    assert!(text.contains("Glossary and who's who"));
    assert!(
        text.contains("Made with Natural Earth"),
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
        last.starts_with("Answers"),
        "the last page starts with the answers: {last:.80}"
    );
    assert!(
        !last.contains("Check your understanding"),
        "the questions are on an earlier page"
    );
    let before_last = pdf_text(&path, Some((1, pages - 1)));
    assert!(
        !before_last.contains("Answers"),
        "answers appear only on the last page"
    );
    assert!(!text.contains("Next →"), "controls are not printed");
    browser.finish().await;
}
