//! The first view's size budget, a ratchet: `size-budget.txt` holds the
//! gzip size (`gzip -9 -n`, as a static host serves it) of each asset the
//! front page loads and their total. The build is reproducible, so the sizes
//! are exact and the check is not a timing: `cargo xtask test` fails when
//! the total is over the budget, and also when it is more than
//! [`SLACK`] bytes under it, because a change that makes the page smaller
//! lowers the budget in the same commit (the ratchet only turns one way).
//! Raising it needs a line in the README's benchmark section saying what
//! paid for it. One asset may grow while another shrinks: only the total is
//! held; the per-asset lines say where the bytes went.

use std::path::Path;
use std::process::Command;

#[cfg(test)]
use crate::story_page;

pub const BUDGET_FILE: &str = "size-budget.txt";

/// The budget of a language's build: English's is [`BUDGET_FILE`], each
/// other language's `size-budget-<code>.txt`, in the same format.
pub fn budget_file(code: &str) -> String {
    if code == "en" {
        BUDGET_FILE.to_owned()
    } else {
        format!("size-budget-{code}.txt")
    }
}

/// How far under the budget the total may fall before the budget must be
/// lowered: small enough that every real saving is kept.
pub const SLACK: usize = 1024;

/// The kinds of asset the first view loads, in the budget file's order.
pub const KINDS: [&str; 4] = ["page", "stylesheet", "glue", "wasm"];

/// One first-view asset: its kind, file name and gzip size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    pub kind: &'static str,
    pub file: String,
    pub gzip: usize,
}

/// The budget as written: bytes per kind and the total.
#[derive(Debug, PartialEq, Eq)]
pub struct Budget {
    pub per_kind: Vec<(String, usize)>,
    pub total: usize,
}

/// Reads `name bytes` lines (`#` starts a comment); names a line it cannot
/// read by its number.
pub fn parse(text: &str) -> Result<Budget, String> {
    let mut per_kind = Vec::new();
    let mut total = None;
    for (number, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(name), Some(bytes), None) = (words.next(), words.next(), words.next()) else {
            return Err(format!(
                "{BUDGET_FILE}:{}: expected `name bytes`, like `wasm 180941`",
                number + 1
            ));
        };
        let bytes: usize = bytes.replace('_', "").parse().map_err(|_| {
            format!(
                "{BUDGET_FILE}:{}: {bytes:?} is not a number of bytes",
                number + 1
            )
        })?;
        match name {
            "total" => total = Some(bytes),
            kind if KINDS.contains(&kind) => per_kind.push((kind.to_owned(), bytes)),
            other => {
                return Err(format!(
                    "{BUDGET_FILE}:{}: {other:?} is not an asset; expected one of {} or total",
                    number + 1,
                    KINDS.join(", ")
                ))
            }
        }
    }
    let total = total.ok_or_else(|| format!("{BUDGET_FILE}: no `total` line"))?;
    Ok(Budget { per_kind, total })
}

/// The first view's assets in `dist`: index.html, and what it loads at
/// start: its stylesheets, and the glue and wasm its loader names. Other
/// pages and their files (the whole story, the worksheet, the handout,
/// speaker.html with the teacher's build, the offline file) are not loaded
/// by it, so they are not counted.
pub fn first_view(dist: &Path) -> Result<Vec<Asset>, String> {
    let page = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("cannot read {}/index.html: {e}", dist.display()))?;
    let mut files: Vec<(&'static str, String)> = vec![("page", "index.html".to_owned())];
    for href in crate::stylesheet::linked(&page)? {
        files.push(("stylesheet", href));
    }
    let loader = crate::integrity::loader_files(&page)?;
    files.push(("glue", loader.glue.to_owned()));
    files.push(("wasm", loader.wasm.to_owned()));
    let mut assets = Vec::new();
    for (kind, file) in files {
        let gzip = gzip_size(&dist.join(&file))?;
        assets.push(Asset { kind, file, gzip });
    }
    for kind in KINDS {
        if !assets.iter().any(|a| a.kind == kind) {
            return Err(format!(
                "{}/index.html loads no {kind} file",
                dist.display()
            ));
        }
    }
    Ok(assets)
}

/// Bytes after `gzip -9 -n` (no name or time in the header, so the size
/// depends on the content alone).
pub fn gzip_size(file: &Path) -> Result<usize, String> {
    let out = Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .arg(file)
        .output()
        .map_err(|e| format!("cannot run gzip: {e}"))?;
    if !out.status.success() {
        return Err(format!("gzip failed on {}", file.display()));
    }
    Ok(out.stdout.len())
}

/// Holds the measured assets to the budget: a readable table on success,
/// and on failure what to do.
pub fn check(budget: &Budget, assets: &[Asset]) -> Result<String, String> {
    let total: usize = assets.iter().map(|a| a.gzip).sum();
    let mut table = String::new();
    for kind in KINDS {
        let size: usize = assets
            .iter()
            .filter(|a| a.kind == kind)
            .map(|a| a.gzip)
            .sum();
        let allowed = budget
            .per_kind
            .iter()
            .find(|(k, _)| k == kind)
            .map_or_else(|| "-".to_owned(), |(_, b)| b.to_string());
        table.push_str(&format!(
            "  {kind:<11} {size:>7} B gzip (budget line {allowed})\n"
        ));
    }
    table.push_str(&format!(
        "  {:<11} {total:>7} B gzip (budget {})",
        "total", budget.total
    ));
    if total > budget.total {
        return Err(format!(
            "the first view is {total} B gzip, {} B over its budget of {} B ({BUDGET_FILE}):\n{table}\nMake the page smaller, or raise the budget with a line in the README's benchmark section that says what paid for it.",
            total - budget.total,
            budget.total
        ));
    }
    if budget.total - total > SLACK {
        return Err(format!(
            "the first view is {total} B gzip, {} B under its budget of {} B: lower {BUDGET_FILE} to these figures in this change (the ratchet only turns one way):\n{table}",
            budget.total - total,
            budget.total
        ));
    }
    Ok(table)
}

/// The whole check on a built folder, for `cargo xtask test`.
pub fn enforce(dist: &Path, budget_file: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(budget_file)
        .map_err(|e| format!("cannot read {}: {e}", budget_file.display()))?;
    // Messages name the file they are about.
    let named = |m: String| m.replace(BUDGET_FILE, &budget_file.display().to_string());
    let budget = parse(&text).map_err(named)?;
    let assets = first_view(dist)?;
    check(&budget, &assets).map_err(named)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asset(kind: &'static str, gzip: usize) -> Asset {
        Asset {
            kind,
            file: format!("{kind}.file"),
            gzip,
        }
    }

    const BUDGET: &str = "# a comment\npage 100\nstylesheet 50\nglue 50\nwasm 800\ntotal 1000\n";

    #[test]
    fn reads_the_budget_file() {
        let budget = parse(BUDGET).unwrap();
        assert_eq!(budget.total, 1000);
        assert_eq!(budget.per_kind[3], ("wasm".to_owned(), 800));
        assert_eq!(
            parse("wasm 1\n").unwrap_err(),
            "size-budget.txt: no `total` line"
        );
        assert_eq!(
            parse("total 1\nfonts 3\n").unwrap_err(),
            "size-budget.txt:2: \"fonts\" is not an asset; expected one of page, stylesheet, glue, wasm or total"
        );
        assert_eq!(
            parse("total lots\n").unwrap_err(),
            "size-budget.txt:1: \"lots\" is not a number of bytes"
        );
    }

    #[test]
    fn a_total_within_the_budget_passes_even_when_one_asset_grew() {
        let budget = parse(BUDGET).unwrap();
        // The stylesheet is over its line, paid for by the wasm.
        let assets = [
            asset("page", 100),
            asset("stylesheet", 90),
            asset("glue", 50),
            asset("wasm", 700),
        ];
        assert!(check(&budget, &assets).is_ok());
    }

    #[test]
    fn a_larger_first_view_fails_and_says_by_how_much() {
        let budget = parse(BUDGET).unwrap();
        let assets = [
            asset("page", 100),
            asset("stylesheet", 50),
            asset("glue", 50),
            asset("wasm", 801),
        ];
        let message = check(&budget, &assets).unwrap_err();
        assert!(
            message.starts_with(
                "the first view is 1001 B gzip, 1 B over its budget of 1000 B (size-budget.txt)"
            ),
            "{message}"
        );
    }

    #[test]
    fn a_smaller_first_view_must_lower_the_budget() {
        let budget = parse("total 3000\n").unwrap();
        let assets = [
            asset("page", 100),
            asset("stylesheet", 50),
            asset("glue", 50),
            asset("wasm", 800),
        ];
        let message = check(&budget, &assets).unwrap_err();
        assert!(
            message.starts_with("the first view is 1000 B gzip, 2000 B under its budget of 3000 B: lower size-budget.txt"),
            "{message}"
        );
    }

    /// A built folder: a larger wasm than the budget allows fails the
    /// check, and the same folder passes a budget that fits it. The sizes
    /// come from gzip itself, not from this module's arithmetic.
    #[test]
    fn a_larger_build_fails_the_ratchet() {
        let dir = std::env::temp_dir().join(format!("budget-fixture-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<!doctype html><title>x</title><link rel=\"stylesheet\" href=\"./site.css\"/>\
             <script type=\"module\">import init from './site.js'; init({ module_or_path: './site.wasm' });</script>",
        )
        .unwrap();
        std::fs::write(dir.join("site.css"), "body { margin: 0 }").unwrap();
        std::fs::write(dir.join("site.js"), "export default 1;").unwrap();
        // Bytes that gzip cannot shrink: a simple generator's output.
        let mut state: u32 = 12345;
        let noise: Vec<u8> = (0..4000)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (state >> 16) as u8
            })
            .collect();
        std::fs::write(dir.join("site.wasm"), &noise).unwrap();
        std::fs::write(dir.join(story_page::STORY_PAGE), "not counted").unwrap();
        // Another page's wasm (speaker.html's), which index.html does not load.
        std::fs::write(dir.join("teacher.wasm"), &noise).unwrap();
        let budget_file = dir.join("budget.txt");
        std::fs::write(&budget_file, "total 3000\n").unwrap();
        let message = enforce(&dir, &budget_file).unwrap_err();
        assert!(message.contains("over its budget of 3000 B"), "{message}");
        std::fs::write(&budget_file, "total 4300\n").unwrap();
        assert!(
            enforce(&dir, &budget_file).is_ok(),
            "4 KB of noise and three small files fit 4,300 B"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
