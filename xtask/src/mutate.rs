//! `cargo xtask e2e --dist DIR [--engine E]` runs the browser suite against
//! any built folder; `cargo xtask mutate` proves the suite notices what a
//! reader would: it copies the release build, injects one visible defect at
//! a time, and runs the suite on Chromium against each copy. Every defect
//! must be caught (the suite fails) and the unmutated copy must pass.
//! `cargo xtask mutate NAME ...` tries only the named defects (and says that
//! the unmutated copy was not run), to check a new test quickly.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::{fail, say, tools};

/// The browser tests, cheapest first, so a mutation is usually caught within
/// a minute; `audit` (axe on every panel, two minutes) and the soak come last.
const SUITE_ORDER: [&str; 17] = [
    "qr",
    "embed",
    "scorm",
    "speaker",
    "access",
    "layout",
    "navigation",
    "presenter",
    "map",
    "classroom",
    "csp",
    "handout",
    "prerender",
    "shipping",
    "pictures",
    "robustness",
    "audit",
];

/// How a defect is injected into a copy of the site.
enum Defect {
    /// A rule appended to the stylesheet (its integrity hash is updated).
    Style(&'static str),
    /// A same-origin script added to index.html that changes the page
    /// after the app draws it, as a wrong build would.
    Script(&'static str),
}

/// One user-visible defect: its name, what a reader would see, and how.
struct Mutation {
    name: &'static str,
    seen: &'static str,
    defect: Defect,
}

const MUTATIONS: [Mutation; 17] = [
    Mutation {
        name: "labels-hidden",
        seen: "statements lose their status labels",
        defect: Defect::Style(".status { visibility: hidden !important; }"),
    },
    Mutation {
        name: "tiny-type",
        seen: "statement text shrinks to 8 px",
        defect: Defect::Style(".statement__text { font-size: 8px !important; }"),
    },
    Mutation {
        name: "no-focus-ring",
        seen: "keyboard focus is invisible",
        defect: Defect::Style(
            ":focus-visible, :focus { outline: none !important; box-shadow: none !important; } .map__marker:focus-visible .map__hit { stroke: none !important; }",
        ),
    },
    Mutation {
        name: "pager-over-text",
        seen: "the pager sits over the statements",
        defect: Defect::Style(
            ".pager { position: fixed !important; top: 45% !important; left: 0 !important; right: 0 !important; }",
        ),
    },
    Mutation {
        name: "markers-hidden",
        seen: "the map shows no places",
        defect: Defect::Style(".map__marker { display: none !important; }"),
    },
    Mutation {
        name: "popover-off-screen",
        seen: "definitions run off the right edge",
        // Anchored by its right edge 15rem past the word's, so the app's
        // own shift (which sets `left`) cannot bring it back.
        defect: Defect::Style(".popover__tip { left: auto !important; right: -15rem !important; }"),
    },
    Mutation {
        name: "low-contrast",
        seen: "statement text turns pale grey",
        defect: Defect::Style(".statement__text { color: #b8b8b8 !important; }"),
    },
    Mutation {
        name: "label-swapped",
        seen: "a claim is labelled On the record",
        defect: Defect::Script(
            "new MutationObserver(function () { document.querySelectorAll('.status--claimed').forEach(function (s) { var t = s.lastChild; if (t && t.nodeType === 3 && t.textContent !== 'On the record') t.textContent = 'On the record'; }); }).observe(document.documentElement, {subtree: true, childList: true, characterData: true});",
        ),
    },
    Mutation {
        name: "guess-as-fact",
        seen: "a guess by unnamed media is labelled On the record",
        defect: Defect::Script(
            "new MutationObserver(function () { document.querySelectorAll('.status--speculation').forEach(function (s) { var t = s.lastChild; if (t && t.nodeType === 3 && t.textContent !== 'On the record') t.textContent = 'On the record'; }); }).observe(document.documentElement, {subtree: true, childList: true, characterData: true});",
        ),
    },
    Mutation {
        name: "forced-colour-markers",
        seen: "in forced colours the step's own places are drawn hollow, like the legend's Other place",
        defect: Defect::Style("@media (forced-colors: active) { .map__marker.is-focus circle:not(.map__hit) { fill: Canvas !important; } }"),
    },
    Mutation {
        name: "printed-markers",
        seen: "on the printed handout the step's own places are drawn hollow, like the legend's Other place",
        defect: Defect::Style("@media print { .map__marker.is-focus circle:not(.map__hit) { fill: #fff !important; } }"),
    },
    Mutation {
        name: "title-recoloured",
        seen: "the step's title turns dark red (still legible, so only the approved pictures notice)",
        defect: Defect::Style(".step__title { color: #a00 !important; }"),
    },
    Mutation {
        name: "speaker-unheard",
        seen: "the class's screen does not listen to the speaker window: the speaker view says Not connected, and its keys move nothing",
        // The class's window never hears a message (its listener is
        // dropped); the speaker window, another page, is as built.
        defect: Defect::Script(
            "var add = EventTarget.prototype.addEventListener; EventTarget.prototype.addEventListener = function (type, listener, options) { if (type === 'message' && this === window) return; return add.call(this, type, listener, options); };",
        ),
    },
    Mutation {
        name: "qr-first-step",
        seen: "the QR code on the projector opens step 1, whatever the step",
        defect: Defect::Script(
            "new MutationObserver(function () { var f = document.querySelector('.qr__code'); if (f && !/#\\/what-happened$/.test(f.src)) f.src = f.src.replace(/#.*$/, '#/what-happened'); }).observe(document.documentElement, {subtree: true, childList: true, attributes: true});",
        ),
    },
    Mutation {
        name: "embed-pager-scrolls-away",
        seen: "in a frame of the embed code's height (no host script), the pager scrolls out of sight below the step",
        defect: Defect::Style(".is-embed .pager { position: static !important; }"),
    },
    Mutation {
        name: "share-hidden",
        seen: "the toolbar has no Share button",
        defect: Defect::Style(".share__toggle { display: none !important; }"),
    },
    Mutation {
        name: "statements-removed",
        seen: "the missiles step shows no statement",
        defect: Defect::Style(".step[data-step=\"missiles\"] .statement { display: none !important; }"),
    },
];

/// `cargo xtask e2e --dist DIR [--engine chromium|firefox|webkit]`.
pub fn e2e(args: &[String]) {
    let mut dist = None;
    let mut engine = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--dist" => dist = rest.next().map(PathBuf::from),
            "--engine" => engine = rest.next().cloned(),
            _ => fail("usage: cargo xtask e2e --dist DIR [--engine chromium|firefox|webkit]"),
        }
    }
    let dist = dist.unwrap_or_else(|| fail("cargo xtask e2e needs --dist DIR (a built site)"));
    let dist = dist
        .canonicalize()
        .unwrap_or_else(|e| fail(&format!("no built site at {}: {e}", dist.display())));
    if !dist.join("index.html").exists() {
        fail(&format!("{} has no index.html", dist.display()));
    }
    let browsers = tools::browsers();
    let engines: Vec<&str> = match &engine {
        Some(wanted) => vec![browsers
            .engines
            .iter()
            .copied()
            .find(|e| e == wanted)
            .unwrap_or_else(|| {
                fail(&format!(
                    "engine {wanted} cannot run here (can: {})",
                    browsers.engines.join(", ")
                ))
            })],
        None => browsers.engines.clone(),
    };
    for engine in engines {
        say(&format!(
            "browser suite on {engine} against {}",
            dist.display()
        ));
        let mut command = suite(&dist, engine, &browsers, &[]);
        crate::run_tests_named(&mut command, engine);
    }
}

fn suite(dist: &Path, engine: &str, browsers: &tools::Browsers, tests: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command.args(["test", "-p", "e2e"]);
    for test in tests {
        command.args(["--test", test]);
    }
    command
        .args(["--", "--test-threads", "2"])
        .env("E2E_DIST", dist)
        .env("E2E_ENGINE", engine)
        .envs(browsers.env.iter().map(|(k, v)| (*k, v)));
    command
}

/// `cargo xtask mutate [NAME ...]`.
pub fn mutate(only: &[String]) {
    for name in only {
        if !MUTATIONS.iter().any(|m| m.name == name) {
            let names: Vec<&str> = MUTATIONS.iter().map(|m| m.name).collect();
            fail(&format!(
                "no mutation {name}; the mutations are: {}",
                names.join(", ")
            ));
        }
    }
    let chosen: Vec<&Mutation> = MUTATIONS
        .iter()
        .filter(|m| only.is_empty() || only.iter().any(|name| name == m.name))
        .collect();
    let tools = tools::build_tools();
    crate::dist(&tools);
    let browsers = tools::browsers();
    if !browsers.engines.contains(&"chromium") {
        fail("cargo xtask mutate runs the suite on Chromium, which cannot run here");
    }
    let root = std::env::current_dir().expect("cwd");
    let dist = root.join("dist");
    let work = root.join("target/mutants-site");
    let _ = std::fs::remove_dir_all(&work);
    // Build the test binaries once, before any timing matters.
    crate::run(Command::new("cargo").args(["test", "-p", "e2e", "--no-run"]));

    // `None` when only some mutations were asked for: the unmutated copy
    // is the whole suite's run, and is not repeated for a quick check.
    let passes = only.is_empty().then(|| {
        let plain = copy_site(&dist, &work.join("unmutated"));
        say("the unmutated copy must pass the whole suite on Chromium");
        run_quietly(&plain, &browsers, &SUITE_ORDER).is_none()
    });
    let mut caught = Vec::new();
    let mut missed = Vec::new();
    for mutation in &chosen {
        let site = copy_site(&dist, &work.join(mutation.name));
        inject(&site, &mutation.defect);
        say(&format!("mutation {}: {}", mutation.name, mutation.seen));
        match run_quietly(&site, &browsers, &SUITE_ORDER) {
            Some(by) => {
                say(&format!("  caught by e2e/tests/{by}.rs"));
                caught.push((mutation.name, by));
            }
            None => {
                say("  MISSED: the whole suite passed");
                missed.push(mutation.name);
            }
        }
    }
    println!("mutation check on Chromium:");
    println!(
        "  unmutated copy: {}",
        match passes {
            Some(true) => "passes",
            Some(false) => "FAILS",
            None => "not run (only named mutations were tried)",
        }
    );
    for (name, by) in &caught {
        println!("  {name}: caught by {by}.rs");
    }
    for name in &missed {
        println!("  {name}: MISSED");
    }
    println!("  {} of {} caught", caught.len(), chosen.len());
    if passes == Some(false) || !missed.is_empty() {
        fail("the suite must pass the unmutated site and catch every mutation");
    }
}

/// Runs the test binaries in order, stopping at the first that fails; the
/// failing binary's name, or `None` when all pass. Output goes to a log
/// beside the copy, so the summary stays readable.
fn run_quietly(site: &Path, browsers: &tools::Browsers, order: &[&str]) -> Option<&'static str> {
    let log_path = site.with_extension("log");
    for test in order {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", log_path.display())));
        let status = suite(site, "chromium", browsers, &[test])
            .stdout(Stdio::from(log.try_clone().expect("log")))
            .stderr(Stdio::from(log))
            .status()
            .unwrap_or_else(|e| fail(&format!("could not run the suite: {e}")));
        if !status.success() {
            let name = SUITE_ORDER
                .iter()
                .find(|t| *t == test)
                .copied()
                .unwrap_or("?");
            return Some(name);
        }
    }
    None
}

fn copy_site(from: &Path, to: &Path) -> PathBuf {
    std::fs::create_dir_all(to).unwrap_or_else(|e| fail(&format!("{}: {e}", to.display())));
    for entry in
        std::fs::read_dir(from).unwrap_or_else(|e| fail(&format!("{}: {e}", from.display())))
    {
        let path = entry.expect("a file").path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().expect("a name")))
                .unwrap_or_else(|e| fail(&format!("copying {}: {e}", path.display())));
        }
    }
    to.to_owned()
}

fn inject(site: &Path, defect: &Defect) {
    match defect {
        Defect::Style(rule) => {
            // The class's page's stylesheet (speaker.html has its own).
            let index = std::fs::read_to_string(site.join("index.html")).expect("index.html");
            let css = std::fs::read_dir(site)
                .expect("the copy")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .find(|p| {
                    p.extension().is_some_and(|x| x == "css")
                        && index.contains(&*p.file_name().unwrap_or_default().to_string_lossy())
                })
                .unwrap_or_else(|| fail("index.html links no stylesheet"));
            let old = std::fs::read(&css).expect("the stylesheet");
            let mut new = old.clone();
            new.extend_from_slice(b"\n");
            new.extend_from_slice(rule.as_bytes());
            std::fs::write(&css, &new).expect("write the stylesheet");
            // Every page checks the stylesheet's integrity: give the changed
            // file its own hash everywhere, as a build would (a page left
            // with the old hash would be unstyled: a defect of the copy,
            // not the one under test).
            let (before, after) = (
                crate::integrity::digest(&old),
                crate::integrity::digest(&new),
            );
            let mut named = false;
            for page in pages(site) {
                let html = std::fs::read_to_string(&page).expect("a page");
                if html.contains(&before) {
                    named = true;
                    std::fs::write(&page, html.replace(&before, &after)).expect("write a page");
                }
            }
            if !named {
                fail("no page names the stylesheet's hash");
            }
        }
        Defect::Script(source) => {
            let index_path = site.join("index.html");
            let index = std::fs::read_to_string(&index_path).expect("index.html");
            std::fs::write(site.join("mutation.js"), source).expect("write the script");
            let index = index.replace("</head>", "<script src=\"./mutation.js\"></script></head>");
            std::fs::write(&index_path, index).expect("write index.html");
        }
    }
}

fn pages(site: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(site)
        .expect("the copy")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect()
}
