//! speaker.html: the teacher's second window (the speaker view, S).
//!
//! The speaker view is code the class's page never runs, so the site's
//! index.html is built without it (its first view has a size budget) and
//! a second Trunk build, with the feature `teacher`, makes the app that has
//! it. That build's glue, wasm and stylesheet (the site's styles plus
//! `styles/speaker.css`) go beside the site's own in `dist/`; its page
//! becomes speaker.html, which draws the speaker view, with no pre-rendered
//! story. The single offline file is made from that build too (one file
//! cannot open a second page, so it opens itself as the speaker view).

use std::fs;
use std::path::Path;

use crate::markup::tags;

pub const SPEAKER_PAGE: &str = "speaker.html";

/// The site's quiz page: the same page as speaker.html (the teacher's build,
/// which alone has the quiz), opened as `quiz.html?quiz`. The class's page
/// links to it; its first view has a size budget and the quiz is 7 KB.
pub const QUIZ_PAGE: &str = "quiz.html";

/// Where Trunk builds the app with the speaker view (Trunk empties the
/// folder it builds into, so not `dist/`).
pub const SPEAKER_DIST: &str = "target/speaker-dist";

/// The teacher's tools' own styles (the speaker view and the QR code, the
/// handout and the worksheet drawn in the app, the quiz), added to the
/// teacher's build's stylesheet only.
pub const TEACHER_STYLES: [&str; 4] = [
    "styles/speaker.css",
    "styles/handout.css",
    "styles/worksheet.css",
    "styles/quiz.css",
];

/// The files of the build with the speaker view, once in `dist/`.
pub struct SpeakerBuild {
    pub glue: String,
    pub wasm: String,
    pub stylesheet: String,
}

/// Finishes the speaker build in `built` (its index.html as Trunk wrote it,
/// glue already minified) and writes `dist/speaker.html`, its inline
/// scripts minified by `minify_scripts`. `map_base` is the page's one copy
/// of the coastline and borders, which this build's maps draw by reference
/// as the site's do (build.rs): without it the quiz's map and the steps'
/// maps on these pages were sea with no land. `localize` makes the page
/// the build's language (`lang`, its notes and title), as index.html is
/// made: without it the Korean quiz page said `lang="en"`.
pub fn write(
    built: &Path,
    dist: &Path,
    map_base: &str,
    localize: &dyn Fn(&str) -> Result<String, String>,
    minify_scripts: &dyn Fn(&str) -> String,
) -> Result<SpeakerBuild, String> {
    let mut html = fs::read_to_string(built.join("index.html"))
        .map_err(|e| format!("cannot read {}/index.html: {e}", built.display()))?;
    let app = html
        .find("<div id=\"app\">")
        .ok_or("the speaker build's index.html has no <div id=\"app\">")?;
    html.insert_str(app, map_base);
    let mut html = localize(&html)?;
    // The teacher's styles join the bundle as more stylesheet links.
    let links = tags(&html, "<link rel=\"stylesheet\" href=\"./")?;
    let after = links
        .last()
        .ok_or("the speaker build links no stylesheet")?
        .end;
    for source in TEACHER_STYLES.iter().rev() {
        let name = Path::new(source)
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
        fs::copy(source, built.join(&*name)).map_err(|e| format!("cannot copy {source}: {e}"))?;
        html.insert_str(
            after,
            &format!("<link rel=\"stylesheet\" href=\"./{name}\"/>"),
        );
    }
    let html = crate::stylesheet::bundle(&html, built)?;
    let html = minify_scripts(&html);
    let stylesheet = crate::stylesheet::linked(&html)?
        .into_iter()
        .next()
        .ok_or("the speaker build links no stylesheet")?;
    let files = crate::integrity::loader_files(&html)?;
    let (glue, wasm) = (files.glue.to_owned(), files.wasm.to_owned());
    for name in [&glue, &wasm, &stylesheet] {
        fs::copy(built.join(name), dist.join(name))
            .map_err(|e| format!("cannot copy {name} into dist/: {e}"))?;
    }
    let html = crate::integrity::apply(&html, dist)?;
    let html = crate::csp::apply(&html)?;
    for page in [SPEAKER_PAGE, QUIZ_PAGE] {
        fs::write(dist.join(page), &html).map_err(|e| format!("cannot write dist/{page}: {e}"))?;
    }
    Ok(SpeakerBuild {
        glue,
        wasm,
        stylesheet,
    })
}

/// The finished index.html as the build with the speaker view would load
/// it: the same page (pre-rendered screen and all; the two apps draw the
/// class's page alike), with that build's glue, wasm and stylesheet. The
/// single offline file is made from it.
pub fn index_with(index: &str, speaker: &SpeakerBuild) -> Result<String, String> {
    let files = crate::integrity::loader_files(index)?;
    let stylesheet = crate::stylesheet::linked(index)?
        .into_iter()
        .next()
        .ok_or("index.html links no stylesheet")?;
    Ok(index
        .replace(files.glue, &speaker.glue)
        .replace(files.wasm, &speaker.wasm)
        .replace(&stylesheet, &speaker.stylesheet))
}
