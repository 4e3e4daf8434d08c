//! `dist/vostochny-explainer-scorm12.zip`: the explainer as a SCORM 1.2
//! package, for any LMS (Moodle, Canvas, Blackboard, Brightspace) to import.
//! One SCO launches `index.html`: the front page with the teacher's build
//! (which has the quiz in the page and `edge::scorm`, the LMS's side), the
//! whole-story page its notes link to, and that build's glue, wasm and
//! stylesheet. `imsmanifest.xml` lists every file and sets the mastery score
//! the quiz is passed at. [`check`] reads a package back as an LMS would and
//! fails the build when it is wrong.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::speaker_page::SpeakerBuild;

pub const PACKAGE: &str = "vostochny-explainer-scorm12.zip";
const MANIFEST: &str = "imsmanifest.xml";
const LAUNCH: &str = "index.html";

/// The quiz's pass mark, in percent of its questions answered right
/// (`adlcp:masteryscore`; the LMS hands it to the explainer).
pub const MASTERY_SCORE: u32 = 70;

/// The manifest for a package of `files` (the launch file first), named
/// `title` in the LMS's course list (the launch page's own, so each
/// language's package is listed in its language; already HTML-escaped).
pub fn manifest(files: &[&str], title: &str) -> String {
    let listed: String = files
        .iter()
        .map(|file| format!("      <file href=\"{file}\"/>\n"))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<manifest identifier=\"vostochny-explainer\" version=\"1.0\"
  xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"
  xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"
  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"
  xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default=\"explainer\">
    <organization identifier=\"explainer\">
      <title>{title}</title>
      <item identifier=\"explainer-item\" identifierref=\"explainer-sco\" isvisible=\"true\">
        <title>{title}</title>
        <adlcp:masteryscore>{MASTERY_SCORE}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier=\"explainer-sco\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"{LAUNCH}\">
{listed}    </resource>
  </resources>
</manifest>
"
    )
}

/// The text of a page's `<title>`, as written in it (HTML-escaped, which XML
/// reads the same for the few entities a title has).
fn page_title(html: &str) -> Result<String, String> {
    let start = html
        .find("<title>")
        .ok_or("the launch page has no <title>")?
        + "<title>".len();
    let end = html[start..]
        .find("</title>")
        .ok_or("the launch page's <title> is not closed")?;
    Ok(html[start..start + end].trim().to_owned())
}

/// Writes the package into `dist`: `launch` is the finished front page with
/// the teacher's build (`speaker_page::index_with`).
pub fn write(dist: &Path, launch: &str, teacher: &SpeakerBuild) -> Result<PathBuf, String> {
    let read = |name: &str| {
        std::fs::read(dist.join(name)).map_err(|e| format!("cannot read dist/{name}: {e}"))
    };
    let mut files: Vec<(&str, Vec<u8>)> = vec![(LAUNCH, launch.as_bytes().to_vec())];
    for name in [
        crate::story_page::STORY_PAGE,
        &teacher.glue,
        &teacher.wasm,
        &teacher.stylesheet,
    ] {
        files.push((name, read(name)?));
    }
    let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // A fixed date (the format's first day), so the same site makes the
    // same package byte for byte.
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let zip_error = |e: zip::result::ZipError| format!("writing {PACKAGE}: {e}");
    let io_error = |e: std::io::Error| format!("writing {PACKAGE}: {e}");
    zip.start_file(MANIFEST, options).map_err(zip_error)?;
    zip.write_all(manifest(&names, &page_title(launch)?).as_bytes())
        .map_err(io_error)?;
    for (name, bytes) in &files {
        zip.start_file(*name, options).map_err(zip_error)?;
        zip.write_all(bytes).map_err(io_error)?;
    }
    let bytes = zip.finish().map_err(zip_error)?.into_inner();
    check(&bytes)?;
    let path = dist.join(PACKAGE);
    std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// What a package holds, read back as an LMS reads it.
#[derive(Debug, PartialEq, Eq)]
pub struct Checked {
    pub launch: String,
    pub mastery_score: u32,
    pub files: usize,
}

/// Reads a package: the manifest is well-formed XML, names one SCO whose
/// launch file is in the package, lists every file the package holds (and
/// holds every file it lists), and sets a mastery score from 0 to 100.
pub fn check(zip_bytes: &[u8]) -> Result<Checked, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip_bytes))
        .map_err(|e| format!("{PACKAGE} is not a zip file: {e}"))?;
    let held: Vec<String> = archive
        .file_names()
        .map(|name| name.map(|name| name.into_owned()))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{PACKAGE}: a file name cannot be read: {e}"))?;
    let mut text = String::new();
    archive
        .by_name(MANIFEST)
        .map_err(|_| format!("{PACKAGE} has no {MANIFEST}"))?
        .read_to_string(&mut text)
        .map_err(|e| format!("{PACKAGE}: {MANIFEST}: {e}"))?;
    let document = roxmltree::Document::parse(&text)
        .map_err(|e| format!("{PACKAGE}: {MANIFEST} is not well-formed XML: {e}"))?;
    const ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    let scos: Vec<roxmltree::Node> = document
        .descendants()
        .filter(|n| n.has_tag_name("resource") && n.attribute((ADLCP, "scormtype")) == Some("sco"))
        .collect();
    let [sco] = scos.as_slice() else {
        return Err(format!(
            "{PACKAGE}: {MANIFEST} names {} SCOs, not one",
            scos.len()
        ));
    };
    let launch = sco
        .attribute("href")
        .ok_or(format!("{PACKAGE}: the SCO has no launch file (href)"))?;
    if !held.iter().any(|name| name == launch) {
        return Err(format!(
            "{PACKAGE}: the launch file {launch} is not in the package"
        ));
    }
    let listed: Vec<&str> = sco
        .children()
        .filter(|n| n.has_tag_name("file"))
        .filter_map(|n| n.attribute("href"))
        .collect();
    for name in held.iter().filter(|name| *name != MANIFEST) {
        if !listed.contains(&name.as_str()) {
            return Err(format!(
                "{PACKAGE}: {name} is in the package but not listed in {MANIFEST}"
            ));
        }
    }
    for name in &listed {
        if !held.iter().any(|held| held == name) {
            return Err(format!(
                "{PACKAGE}: {MANIFEST} lists {name}, which is not in the package"
            ));
        }
    }
    let mastery = document
        .descendants()
        .find(|n| n.tag_name().name() == "masteryscore" && n.tag_name().namespace() == Some(ADLCP))
        .and_then(|n| n.text())
        .ok_or(format!("{PACKAGE}: {MANIFEST} sets no mastery score"))?;
    let mastery_score: u32 = mastery
        .trim()
        .parse()
        .ok()
        .filter(|score| *score <= 100)
        .ok_or(format!(
            "{PACKAGE}: the mastery score {mastery:?} is not a whole number from 0 to 100"
        ))?;
    Ok(Checked {
        launch: launch.to_owned(),
        mastery_score,
        files: listed.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_package_is_listed_under_the_launch_pages_own_title() {
        let page = "<html lang=\"ko\"><head><title> 푸틴과 김정은 </title></head>";
        assert_eq!(page_title(page).unwrap(), "푸틴과 김정은");
        assert!(manifest(&["index.html"], "푸틴과 김정은").contains("<title>푸틴과 김정은</title>"));
        assert!(page_title("<html><head></head>").is_err());
    }

    /// A zip of `(name, text)` entries.
    fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, text) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_package_with_every_file_listed_passes() {
        let files = ["index.html", "app.wasm"];
        let package = zip_of(&[
            (MANIFEST, &manifest(&files, "The explainer")),
            ("index.html", "<p>hi</p>"),
            ("app.wasm", "\0asm"),
        ]);
        assert_eq!(
            check(&package),
            Ok(Checked {
                launch: "index.html".to_owned(),
                mastery_score: MASTERY_SCORE,
                files: 2
            })
        );
    }

    #[test]
    fn each_kind_of_broken_package_is_named() {
        let listed = manifest(&["index.html"], "The explainer");
        let cases = [
            (
                zip_of(&[(MANIFEST, &listed), ("index.html", "x"), ("extra.js", "x")]),
                "extra.js is in the package but not listed in imsmanifest.xml",
            ),
            (
                zip_of(&[
                    (
                        MANIFEST,
                        &manifest(&["index.html", "gone.css"], "The explainer"),
                    ),
                    ("index.html", "x"),
                ]),
                "imsmanifest.xml lists gone.css, which is not in the package",
            ),
            (
                zip_of(&[(MANIFEST, &listed)]),
                "the launch file index.html is not in the package",
            ),
            (
                zip_of(&[
                    (MANIFEST, &listed.replace("</manifest>", "")),
                    ("index.html", "x"),
                ]),
                "imsmanifest.xml is not well-formed XML",
            ),
            (
                zip_of(&[
                    (
                        MANIFEST,
                        &listed.replace("<adlcp:masteryscore>70</adlcp:masteryscore>", ""),
                    ),
                    ("index.html", "x"),
                ]),
                "imsmanifest.xml sets no mastery score",
            ),
            (
                zip_of(&[
                    (MANIFEST, &listed.replace(">70<", ">170<")),
                    ("index.html", "x"),
                ]),
                "the mastery score \"170\" is not a whole number from 0 to 100",
            ),
            (zip_of(&[("index.html", "x")]), "has no imsmanifest.xml"),
        ];
        for (package, wanted) in cases {
            let error = check(&package).unwrap_err();
            assert!(error.contains(wanted), "wanted {wanted:?}, got {error:?}");
        }
    }
}
