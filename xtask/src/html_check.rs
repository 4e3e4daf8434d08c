//! Every page the build writes is valid HTML: the Nu Html Checker (vnu, the
//! W3C's checker, from npm's `vnu-jar`) over every `.html` file in `dist/`,
//! errors only. It runs on Java 17 or newer.

use std::path::{Path, PathBuf};

use crate::{fail, say, tools};

/// Messages that are the checker's mistakes, not the page's, dropped with
/// `--filterpattern` (matched against the whole message). vnu checks the CSS
/// inside `<style>` elements (the offline file inlines the stylesheet) with a
/// CSS grammar that lacks properties the stylesheet uses and every current
/// browser supports: `vector-effect` and `paint-order` (SVG 2, the map's
/// lines and halos), `offset-path`, `offset-distance` and `offset-rotate`
/// (CSS Motion Path, the train running along the track) and
/// `container-type` with the `@container` rule (CSS Containment 3, place
/// names sized to the map). Any other CSS error still fails.
const CHECKER_MISTAKES: &str = "CSS: “(vector-effect|paint-order|offset-path|offset-distance|offset-rotate|container-type)”: Property “\\1” doesn't exist\\.|CSS: Unrecognized at-rule “@container”";

/// Checks every `.html` file under `dist` and fails, with the checker's
/// messages, on any error. Returns how many pages were checked.
pub fn check_dist(dist: &Path) -> usize {
    let checker = tools::html_checker();
    let mut pages = Vec::new();
    html_files(dist, &mut pages);
    pages.sort();
    if pages.is_empty() {
        fail(&format!("{} holds no .html page to check", dist.display()));
    }
    let names: Vec<String> = pages.iter().map(|p| shown(p, dist)).collect();
    say(&format!(
        "checking that every built page is valid HTML (Nu Html Checker {}, errors only): {}",
        checker.version,
        names.join(", ")
    ));
    let output = checker
        .command()
        .args([
            "--errors-only",
            "--skip-non-html",
            "--filterpattern",
            CHECKER_MISTAKES,
        ])
        .args(&pages)
        .output()
        .unwrap_or_else(|e| {
            fail(&format!(
                "could not start the Nu Html Checker (java -jar): {e}"
            ))
        });
    // vnu writes its messages to stderr, one a line: "file:/…/dist/x.html":L.C-L.C: error: …
    let messages = String::from_utf8_lossy(&output.stderr);
    let prefix = format!("\"file:{}/", dist.display());
    let errors: Vec<String> = messages
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| match line.strip_prefix(&prefix) {
            Some(rest) => format!("dist/{}", rest.replacen('"', "", 1)),
            None => line.to_owned(),
        })
        .collect();
    if !output.status.success() && !errors.iter().any(|e| e.contains(": error:")) {
        fail(&format!(
            "the Nu Html Checker did not run ({}): {}{}",
            output.status,
            messages.trim(),
            String::from_utf8_lossy(&output.stdout).trim()
        ));
    }
    if !output.status.success() || !errors.is_empty() {
        for error in &errors {
            eprintln!("[xtask]   {error}");
            if let Some(source) = source_at(error, dist) {
                eprintln!("[xtask]       at: {source}");
            }
        }
        fail(&format!(
            "the Nu Html Checker found {} error{} in the built pages (above, as page:line.column: message); \
             fix the page, or the template or component that writes it",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        ));
    }
    say(&format!(
        "valid HTML: {} page{}, no errors",
        pages.len(),
        if pages.len() == 1 { "" } else { "s" }
    ));
    pages.len()
}

/// The markup an error points at, so a reader can find it on a page whose
/// pre-rendered story is one long line: `dist/PAGE:L.C-L.C: error: …`
/// gives the page, the line and the columns (1-based, in characters).
fn source_at(error: &str, dist: &Path) -> Option<String> {
    let (page, rest) = error.strip_prefix("dist/")?.split_once(':')?;
    let (place, _) = rest.split_once(": ")?;
    let (from, to) = place.split_once('-').unwrap_or((place, place));
    let (line, start) = from.split_once('.')?;
    let (end_line, end) = to.split_once('.')?;
    let (line, start, end): (usize, usize, usize) =
        (line.parse().ok()?, start.parse().ok()?, end.parse().ok()?);
    let text = std::fs::read_to_string(dist.join(page)).ok()?;
    let row = text.lines().nth(line.checked_sub(1)?)?;
    let end = if end_line == line.to_string() {
        end
    } else {
        row.chars().count()
    };
    let shown: String = row
        .chars()
        .skip(start.checked_sub(1)?)
        .take((end + 1).saturating_sub(start))
        .take(160)
        .collect();
    (!shown.trim().is_empty()).then(|| shown.trim().to_owned())
}

/// Every `.html` file under `folder`, in any sub-folder too.
fn html_files(folder: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(folder)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", folder.display())));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            html_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "html") {
            found.push(path);
        }
    }
}

fn shown(page: &Path, dist: &Path) -> String {
    page.strip_prefix(dist)
        .map_or_else(|_| page.display().to_string(), |p| p.display().to_string())
}
