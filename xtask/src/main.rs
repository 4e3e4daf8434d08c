//! `cargo xtask <command>`: the project's own build tool. It installs what is
//! missing (and says so), then builds, serves or tests the explainer. It has
//! no dependencies so that it compiles in seconds on a fresh machine.
//!
//! Commands:
//!   serve [--port N] [--lan]  build the site (as dist) and serve it on http://127.0.0.1:N/
//!                     (8080); with --lan, on this computer's network address, for phones
//!   dev [--port N]    Trunk's development server (rebuilds on change; class's page only)
//!   test              formatting, lints, native tests, then browser tests
//!   dist              build the release site into dist/
//!   bench             asset sizes, then load and step-change timings in Chromium
//!   screenshots       every step in every mode and size, as PNGs in target/screenshots/
//!   check-html        the Nu Html Checker over the pages in dist/ (as `test` does)
//!   map               regenerate content/map/region.json (npm's world-atlas) and
//!                     content/map/rail.json (the shared Natural Earth rail extract)

use std::env;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

mod budget;
mod csp;
mod embed_page;
mod fuzz;
mod html_check;
mod inline_scripts;
mod integrity;
mod language;
mod markup;
mod mutate;
mod offline;
mod scorm_package;
mod serve;
mod speaker_page;
mod story_page;
mod stylesheet;
mod tools;
mod wasm_breakdown;
mod worksheet_page;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = project_root();
    env::set_current_dir(&root)
        .unwrap_or_else(|e| fail(&format!("cannot enter {}: {e}", root.display())));
    match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("dev") => dev(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench(),
        Some("screenshots") => screenshots(&args[1..]),
        Some("e2e") => mutate::e2e(&args[1..]),
        Some("mutate") => mutate::mutate(&args[1..]),
        Some("check-html") => {
            let dist = env::current_dir().expect("cwd").join("dist");
            html_check::check_dist(&dist);
        }
        Some("map") => map(),
        Some("translate") => translate(&args[1..]),
        Some("dist") => {
            let tools = tools::build_tools();
            dist(&tools);
        }
        _ => {
            eprintln!(
                "usage: cargo xtask serve [--port N] [--lan] | dev [--port N] | test | dist | bench | screenshots [--bless] | check-html | map | translate CODE [--reviewed] | e2e --dist DIR [--engine E] | mutate [NAME ...]"
            );
            exit(2);
        }
    }
}

/// `cargo xtask translate ko`: rewrites content/ko/*.toml in the English's
/// order, adding every missing field empty and dropping leftovers, with the
/// English above each field; `--reviewed` then records, for every filled
/// field, the English it was checked against (README, "Translations").
fn translate(args: &[String]) {
    use story::content::translate;
    let (code, reviewed) = match args {
        [code] => (code.as_str(), false),
        [code, flag] if flag == "--reviewed" => (code.as_str(), true),
        _ => fail("usage: cargo xtask translate CODE [--reviewed]"),
    };
    let content = Path::new("content");
    let shown = |errors: Vec<story::content::ContentError>| -> ! {
        for error in &errors {
            eprintln!("  {error}");
        }
        fail("the English content has mistakes; fix them first")
    };
    let (english, maps) =
        story::content::load_dir_with_maps(content, "content").unwrap_or_else(|e| shown(e));
    let labels = translate::ui_labels(content, "content").unwrap_or_else(|e| shown(vec![e]));
    let fields = translate::english_fields(&english, &labels, &maps.names());
    let languages = translate::languages(content, "content").unwrap_or_else(|e| shown(vec![e]));
    // A language not yet listed can be worked on: the build checks and
    // builds it once its line is in content/languages.toml.
    let language = languages
        .into_iter()
        .skip(1)
        .find(|l| l.code == code)
        .unwrap_or_else(|| {
            say(&format!(
                "{code:?} is not in content/languages.toml yet: the build will check it once it is"
            ));
            translate::Language {
                code: code.to_owned(),
                name: code.to_owned(),
                og_locale: String::new(),
            }
        });
    let dir = content.join(code);
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", dir.display())));
    let terms = dir.join("terms.toml");
    if !terms.exists() {
        let template = "# The form of each name this language's newspapers use: every translated\n# field whose English names one must use this form (README, \"Translations\").\n\n[names]\n\n# The status labels, by their slug (content/ui.toml, [status]).\n[labels]\n";
        std::fs::write(&terms, template)
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", terms.display())));
    }
    let translation = translate::Translation::read(&dir, &format!("content/{code}"), language)
        .unwrap_or_else(|e| shown(e));
    for (name, text) in translation.rewrite(&fields, reviewed) {
        let path = dir.join(name);
        std::fs::write(&path, text)
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
        say(&format!("wrote {}", path.display()));
    }
    let translation =
        translate::Translation::read(&dir, &format!("content/{code}"), translation.language)
            .unwrap_or_else(|e| shown(e));
    let mut errors = translation.check(&fields).err().unwrap_or_default();
    let texts = translation.texts(&fields);
    errors.extend(
        translation
            .translated_story(&english, &maps, &fields, &texts)
            .err()
            .unwrap_or_default(),
    );
    for error in &errors {
        eprintln!("  {error}");
    }
    if errors.is_empty() {
        say(&format!(
            "content/{code}: every field translated, reviewed and named as terms.toml says"
        ));
    } else {
        say(&format!("content/{code}: {} mistake(s), listed above: fields still to translate, review or correct", errors.len()));
    }
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the project")
        .to_path_buf()
}

/// Prints one line of progress, so a newcomer sees what is happening.
pub fn say(message: &str) {
    println!("[xtask] {message}");
}

/// Stops with a message that says what to do.
pub fn fail(message: &str) -> ! {
    eprintln!("[xtask] error: {message}");
    exit(1);
}

/// Runs a command to completion, failing loudly if it fails.
pub fn run(command: &mut Command) {
    let args: Vec<String> = command
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let shown = format!(
        "{} {}",
        command.get_program().to_string_lossy(),
        args.join(" ")
    );
    say(&format!("running {shown}"));
    match command.status() {
        Ok(status) if status.success() => {}
        Ok(status) => fail(&format!("{shown} failed ({status})")),
        Err(error) => fail(&format!("could not start {shown}: {error}")),
    }
}

fn serve(args: &[String]) {
    let (mut port, mut lan) = ("8080".to_owned(), false);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match (arg.as_str(), rest.clone().next()) {
            ("--port", Some(n)) => {
                port = n.clone();
                rest.next();
            }
            ("--lan", _) => lan = true,
            _ => fail("usage: cargo xtask serve [--port N] [--lan]"),
        }
    }
    let tools = tools::build_tools();
    dist(&tools);
    // On this computer only, unless asked: `--lan` serves the school's
    // network too, so phones can open the QR code's address.
    let host = if lan {
        serve::network_address().unwrap_or_else(|| {
            fail("--lan: this computer has no network address other than loopback")
        })
    } else {
        "127.0.0.1".to_owned()
    };
    say(&format!(
        "serving dist/ (the site as it would be published): open http://{host}:{port}/ (Ctrl+C stops){}",
        if lan {
            "; phones on the same network can open it too (Q shows a step's QR code)"
        } else {
            ""
        }
    ));
    serve::serve(Path::new("dist"), &host, &port).unwrap_or_else(|e| fail(&e));
}

/// `cargo xtask dev`: Trunk's development server, which rebuilds when a
/// file changes and keeps panic messages (a debug-style build of the
/// class's page only: no pre-rendering, no teacher's pages).
fn dev(args: &[String]) {
    let port = match args {
        [] => "8080".to_owned(),
        [flag, port] if flag == "--port" => port.clone(),
        _ => fail("usage: cargo xtask dev [--port N]"),
    };
    let tools = tools::build_tools();
    say(&format!(
        "Trunk's development server: open http://127.0.0.1:{port}/ (Ctrl+C stops)"
    ));
    run(tools.trunk().args([
        "serve",
        "--release",
        "--offline",
        "--address",
        "127.0.0.1",
        "--port",
        &port,
    ]));
}

/// Trunk's builds (the app with the speaker view, then the site's), then
/// each step that finishes them, in order: the glue minified, the first
/// screen pre-rendered into index.html, one stylesheet, the whole-story
/// and worksheet pages, subresource integrity, the Content-Security-Policy,
/// speaker.html, and last the offline file made from the finished page
/// with the speaker build's files.
/// Builds the site in every language of `content/languages.toml`: English
/// into dist/, each other language into dist/<code>/, each with only its
/// own text baked in and its own pages, handout and offline file.
pub fn dist(tools: &tools::BuildTools) {
    let content = Path::new("content");
    let languages = story::content::translate::languages(content, "content")
        .unwrap_or_else(|e| fail(&format!("{e}")));
    let built = story::content::translate::load_all(content, "content").unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("  {error}");
        }
        fail("the content has mistakes (listed above)")
    });
    let pages = language::Pages::new(&built, &languages).unwrap_or_else(|e| fail(&e));
    let dist = Path::new("dist");
    dist_language(tools, &pages, "en", dist);
    for language in languages.iter().skip(1) {
        let code = &language.code;
        let out = PathBuf::from(format!("target/dist-{code}"));
        dist_language(tools, &pages, code, &out);
        let into = dist.join(code);
        let _ = std::fs::remove_dir_all(&into);
        std::fs::rename(&out, &into).unwrap_or_else(|e| {
            fail(&format!(
                "cannot move {} to {}: {e}",
                out.display(),
                into.display()
            ))
        });
        say(&format!(
            "built the {} explainer into {}",
            language.name,
            into.display()
        ));
    }
}

/// One language's site into `out`: the app with the speaker view first, in
/// a folder of its own (Trunk empties the folder it builds into); then the
/// site's, without it; then the pages made from them.
fn dist_language(tools: &tools::BuildTools, pages: &language::Pages, code: &str, out: &Path) {
    let out_arg = out.to_string_lossy().into_owned();
    say(&format!("[{code}] building the app with the teacher's tools (speaker view, handout), for speaker.html and the offline file"));
    run(tools::lean_std(&mut tools.trunk())
        .env("EXPLAINER_LANG", code)
        .args([
            "build",
            "--release",
            "--offline",
            "--features",
            "teacher",
            "--dist",
            speaker_page::SPEAKER_DIST,
        ]));
    minify_glue(tools, Path::new(speaker_page::SPEAKER_DIST));
    say(&format!(
        "[{code}] building the site's app, without them (its first view has a size budget)"
    ));
    run(tools::lean_std(&mut tools.trunk())
        .env("EXPLAINER_LANG", code)
        .args(["build", "--release", "--offline", "--dist", &out_arg]));
    minify_glue(tools, out);
    let Prerendered {
        first_screen,
        embed_screen,
        full_text,
        map_base,
        worksheet,
        handout,
    } = prerender(code);
    let dist = out;
    let index = std::fs::read_to_string(dist.join("index.html"))
        .unwrap_or_else(|e| fail(&format!("cannot read {}/index.html: {e}", dist.display())));
    let index = with_first_screen(&index, &first_screen, &map_base);
    let index = pages.localize(&index, code).unwrap_or_else(|e| fail(&e));
    let index =
        stylesheet::bundle(&index, dist).unwrap_or_else(|e| fail(&format!("stylesheet: {e}")));
    let index = minify_inline_scripts(tools, &index);
    let embed = embed_page::page(&index, &first_screen, &embed_screen)
        .and_then(|embed| integrity::apply(&embed, dist))
        .and_then(|embed| csp::apply(&embed))
        .unwrap_or_else(|e| fail(&format!("embed page: {e}")));
    std::fs::write(dist.join(embed_page::EMBED_PAGE), embed).unwrap_or_else(|e| {
        fail(&format!(
            "cannot write dist/{}: {e}",
            embed_page::EMBED_PAGE
        ))
    });
    embed_page::write_host_script(dist).unwrap_or_else(|e| fail(&e));
    story_page::write(dist, &index, &full_text)
        .unwrap_or_else(|e| fail(&format!("whole-story page: {e}")));
    worksheet_page::write(dist, &index, &worksheet, &map_base)
        .unwrap_or_else(|e| fail(&format!("worksheet page: {e}")));
    worksheet_page::write_handout(dist, &index, &handout, &map_base)
        .unwrap_or_else(|e| fail(&format!("handout page: {e}")));
    // The script-free pages are written in English: made this language's,
    // with the switch to the same page in the others.
    for name in [story_page::STORY_PAGE, worksheet_page::WORKSHEET_PAGE]
        .into_iter()
        .chain(worksheet_page::HANDOUT_PAGES)
    {
        let path = dist.join(name);
        let html = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
        let html = pages
            .localize_static(&html, code)
            .and_then(|html| pages.with_switch(&html, code, name))
            .unwrap_or_else(|e| fail(&format!("{name}: {e}")));
        std::fs::write(&path, html)
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
    }
    // Before its digests and policy: the SCORM package's launch page is this
    // page with the teacher's build, digested afresh.
    let unsealed = index.clone();
    let index = integrity::apply(&index, dist)
        .unwrap_or_else(|e| fail(&format!("subresource integrity: {e}")));
    let index = csp::apply(&index).unwrap_or_else(|e| fail(&format!("CSP: {e}")));
    std::fs::write(dist.join("index.html"), &index)
        .unwrap_or_else(|e| fail(&format!("cannot write dist/index.html: {e}")));
    let minify_scripts = |html: &str| minify_inline_scripts(tools, html);
    let speaker = speaker_page::write(
        Path::new(speaker_page::SPEAKER_DIST),
        dist,
        &map_base,
        &|html| pages.localize(html, code),
        &minify_scripts,
    )
    .unwrap_or_else(|e| fail(&format!("speaker page: {e}")));
    let with_speaker = speaker_page::index_with(&index, &speaker)
        .unwrap_or_else(|e| fail(&format!("offline file: {e}")));
    let launch = speaker_page::index_with(&unsealed, &speaker)
        .and_then(|launch| integrity::apply(&launch, dist))
        .and_then(|launch| csp::apply(&launch))
        .unwrap_or_else(|e| fail(&format!("SCORM package: {e}")));
    let scorm = scorm_package::write(dist, &launch, &speaker)
        .unwrap_or_else(|e| fail(&format!("SCORM package: {e}")));
    let offline = offline::write(dist, &with_speaker, &full_text)
        .unwrap_or_else(|e| fail(&format!("offline file: {e}")));
    say(&format!(
        "built the site into dist/, the SCORM 1.2 package {} (checked as an LMS reads it), and the single offline file {}",
        scorm.display(),
        offline.display()
    ));
}

/// Minifies wasm-bindgen's glue script in place (about 39 KB to 22 KB; 7.4
/// to 5.9 KB gzip). Before the integrity step, which hashes the final bytes.
fn minify_glue(tools: &tools::BuildTools, built: &Path) {
    let page = built.join("index.html");
    let index = std::fs::read_to_string(&page)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", page.display())));
    let glue = integrity::loader_files(&index)
        .unwrap_or_else(|e| fail(&format!("glue script: {e}")))
        .glue
        .to_owned();
    say(&format!("minifying {}/{glue} with terser", built.display()));
    run(&mut tools.terser(&built.join(glue)));
}

/// `html` with its own inline scripts minified by terser.
fn minify_inline_scripts(tools: &tools::BuildTools, html: &str) -> String {
    let scratch = Path::new("target").join("inline-script.js");
    inline_scripts::minify(html, &scratch, |file| {
        let status = tools
            .terser(file)
            .status()
            .map_err(|e| format!("could not start terser: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("terser failed on an inline script ({status})"))
        }
    })
    .unwrap_or_else(|e| fail(&format!("inline scripts: {e}")))
}

/// The browser suites that run again, whole, on each translated build
/// (`E2E_LANG`): everything a reader of that language does and sees (the
/// walks, keyboard, quiz, lenses, layouts and maps with the longer words,
/// axe on every step and view, the printed handout and worksheet, the
/// projector). They read the page through the language's own story and
/// labels (`e2e::label`, `e2e::statement`), never through English words.
const LANGUAGE_SUITES: &[&str] = &[
    "navigation",
    "access",
    "classroom",
    "audit",
    "layout",
    "handout",
    "presenter",
    "map",
];

/// Tests of those suites that a translation cannot change, run in English
/// only (on all three engines) to keep the suite inside CI's time: motion
/// is the same stylesheet whatever the words. (Dark mode's audit does run:
/// a translated page has its own lines, "Our translation: …", whose
/// colours only it shows.)
const LANGUAGE_SKIPS: &[&str] = &[
    "reduced_motion_turns_animation_off_and_it_is_on_otherwise",
    "the_map_pans_smoothly_unless_the_reader_asked_for_less_motion",
    "the_train_runs_along_the_track_when_the_reader_moves_on",
];

/// What issue 18 asks of a translated build and does not pass yet:
/// (language, test, why). Skipped on that language only, and said in every
/// run's summary, so it is neither hidden nor forgotten.
const LANGUAGE_NOT_YET: &[(&str, &str, &str)] = &[];

/// How long `cargo xtask test` fuzzes the content loader.
const FUZZ_SECONDS: u32 = 30;

fn test() {
    let tools = tools::build_tools();
    let browsers = tools::browsers();

    run(Command::new("cargo").args(["fmt", "--all", "--check"]));
    run(Command::new("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        // Includes the pre-renderer (feature `ssr`) and the content loader.
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]));
    say("native tests: story model, content validation, navigation, URL hash, properties");
    let native = run_tests(Command::new("cargo").args(["test", "--workspace", "--exclude", "e2e"]));

    // Coverage-guided fuzzing of the content loader (nightly only; the
    // stable property tests above feed it hostile content too).
    let fuzzed = fuzz::run_fuzz(FUZZ_SECONDS).unwrap_or_else(|problem| fail(&problem));

    dist(&tools);
    let dist = env::current_dir().expect("cwd").join("dist");
    // Once, not per engine: the pages as built, before any browser reads them.
    let pages = html_check::check_dist(&dist);
    // The first view's size, held to its committed budget (exact, not a timing).
    let sizes = budget::enforce(&dist, Path::new(budget::BUDGET_FILE)).unwrap_or_else(|m| fail(&m));
    say(&format!(
        "first view within its budget ({}):\n{sizes}",
        budget::BUDGET_FILE
    ));
    // Each translated build's first view has a budget of its own: its
    // text is longer in bytes (Hangul is three bytes a letter in UTF-8,
    // Cyrillic two), so it is held to its own figures, by the same rule.
    for language in story::content::translate::languages(Path::new("content"), "content")
        .unwrap_or_else(|e| fail(&format!("{e}")))
        .iter()
        .skip(1)
    {
        let file = budget::budget_file(&language.code);
        let sizes = budget::enforce(&dist.join(&language.code), Path::new(&file))
            .unwrap_or_else(|m| fail(&format!("{} ({}/): {m}", language.name, language.code)));
        say(&format!(
            "{} first view within its budget ({file}):\n{sizes}",
            language.name
        ));
    }
    let mut in_browsers = 0;
    // Everything not checked is said in the summary and counted: a check an
    // engine cannot make, and a fuzz run without its nightly toolchain.
    let mut skipped: Vec<String> = Vec::new();
    if fuzzed.starts_with("SKIPPED") {
        skipped.push(fuzzed.clone());
    }
    for engine in &browsers.engines {
        say(&format!(
            "browser tests on {engine}: the built site over WebDriver"
        ));
        let mut command = Command::new("cargo");
        command
            .args(["test", "-p", "e2e", "--", "--test-threads", "2"])
            .env("E2E_DIST", &dist)
            .env("E2E_ENGINE", engine)
            .envs(browsers.env.iter().map(|(k, v)| (*k, v)));
        let log = dist
            .with_file_name("target")
            .join(format!("e2e-skipped-{engine}.txt"));
        let _ = std::fs::remove_file(&log);
        command.env("E2E_SKIP_LOG", &log);
        in_browsers += run_tests_named(&mut command, engine);
        let lines = std::fs::read_to_string(&log).unwrap_or_default();
        skipped.extend(lines.lines().map(str::to_owned));
    }
    // The Korean and Russian builds, on Chromium (the first engine): the
    // suites of LANGUAGE_SUITES; the three engines above ran them on the
    // same code in English, and the switch between languages.
    let languages = story::content::translate::languages(Path::new("content"), "content")
        .unwrap_or_else(|e| fail(&format!("{e}")));
    let engine = &browsers.engines[0];
    for language in languages.iter().skip(1) {
        say(&format!(
            "browser tests of the {} build ({}/) on {engine}: {}",
            language.name,
            language.code,
            LANGUAGE_SUITES.join(", ")
        ));
        let mut command = Command::new("cargo");
        command.args(["test", "-p", "e2e"]);
        for suite in LANGUAGE_SUITES {
            command.args(["--test", suite]);
        }
        command.args(["--", "--test-threads", "2"]);
        for skip in LANGUAGE_SKIPS {
            command.args(["--skip", skip]);
        }
        for (_, test, why) in LANGUAGE_NOT_YET
            .iter()
            .filter(|(code, ..)| *code == language.code)
        {
            command.args(["--skip", test]);
            skipped.push(format!(
                "NOT YET on the {} build: {test}: {why}",
                language.name
            ));
        }
        command
            .env("E2E_DIST", &dist)
            .env("E2E_ENGINE", engine)
            .env("E2E_LANG", &language.code)
            .envs(browsers.env.iter().map(|(k, v)| (*k, v)));
        let log = dist
            .with_file_name("target")
            .join(format!("e2e-skipped-{engine}-{}.txt", language.code));
        let _ = std::fs::remove_file(&log);
        command.env("E2E_SKIP_LOG", &log);
        in_browsers += run_tests_named(&mut command, &format!("{engine} ({})", language.code));
        let lines = std::fs::read_to_string(&log).unwrap_or_default();
        skipped.extend(lines.lines().map(str::to_owned));
    }
    say(&format!(
        "all tests passed: {} native, {in_browsers} in the browsers ({})",
        native,
        browsers.engines.join(", ")
    ));
    say(&format!(
        "valid HTML: all {pages} built pages (Nu Html Checker)"
    ));
    if !fuzzed.starts_with("SKIPPED") {
        say(&fuzzed);
    }
    for line in &skipped {
        say(line);
    }
    for (engine, why) in &browsers.missing {
        say(&format!(
            "!!! {engine} WAS NOT TESTED: {why}. The suite ran on {} only.",
            browsers.engines.join(", ")
        ));
    }
    println!(
        "summary: {} passed, 0 failed, {} checks not made (listed above, with why){}",
        native + in_browsers,
        skipped.len(),
        if browsers.missing.is_empty() {
            String::new()
        } else {
            format!(
                ", engines not tested: {}",
                browsers
                    .missing
                    .iter()
                    .map(|(e, _)| *e)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    );
}

fn run_tests(command: &mut Command) -> usize {
    run_tests_named(command, "")
}

/// Runs `cargo test`, echoing its output, and returns the passed tests
/// summed over its "test result:" lines. Fails, naming `engine` when there
/// is one, if any test failed or none ran.
pub fn run_tests_named(command: &mut Command, engine: &str) -> usize {
    use std::io::{BufRead, BufReader};
    let args: Vec<String> = command
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let shown = if engine.is_empty() {
        format!("cargo {}", args.join(" "))
    } else {
        format!("[{engine}] cargo {}", args.join(" "))
    };
    say(&format!("running {shown}"));
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| fail(&format!("could not start {shown}: {e}")));
    let (mut passed, mut failed) = (0, 0);
    for line in BufReader::new(child.stdout.take().expect("piped stdout")).lines() {
        let line = line.unwrap_or_default();
        println!("{line}");
        if let Some(result) = line.strip_prefix("test result: ") {
            let count = |word: &str| {
                result
                    .split(';')
                    .find_map(|part| part.trim().strip_suffix(word))
                    .and_then(|n| n.trim().rsplit(' ').next()?.parse::<usize>().ok())
                    .unwrap_or(0)
            };
            passed += count(" passed");
            failed += count(" failed");
        }
    }
    let status = child
        .wait()
        .unwrap_or_else(|e| fail(&format!("{shown}: {e}")));
    if !status.success() || failed > 0 {
        fail(&format!("{shown}: {passed} passed, {failed} failed"));
    }
    if passed == 0 {
        fail(&format!("{shown} ran no test"));
    }
    passed
}

/// Sizes of what a reader downloads, and timings in headless Chromium.
fn bench() {
    let tools = tools::build_tools();
    let browsers = tools::browsers();
    dist(&tools);
    let mut total = (0usize, 0usize);
    println!("bench: asset sizes (raw / gzip -9)");
    let mut files: Vec<PathBuf> = std::fs::read_dir("dist")
        .unwrap_or_else(|e| fail(&format!("cannot read dist/: {e}")))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    files.sort();
    // What the front page loads; every other file belongs to another page
    // (the whole story, the worksheet, the handout, speaker.html's build).
    let first_view: Vec<String> = budget::first_view(Path::new("dist"))
        .unwrap_or_else(|m| fail(&m))
        .into_iter()
        .map(|asset| asset.file)
        .collect();
    for file in files {
        let raw = std::fs::metadata(&file).map_or(0, |m| m.len() as usize);
        let gzip = budget::gzip_size(&file).unwrap_or_else(|m| fail(&m));
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        if name == offline::OFFLINE_FILE {
            // Everything again, inline: an alternative to the site, not part of it.
            println!("bench:   (alternative) {name:<34} {raw:>9} B {gzip:>9} B");
            continue;
        }
        if !first_view.iter().any(|loaded| *loaded == name) {
            // Another page, or a file another page loads.
            println!("bench:   (other page)  {name:<34} {raw:>9} B {gzip:>9} B");
            continue;
        }
        total = (total.0 + raw, total.1 + gzip);
        println!("bench:   {name:<48} {raw:>9} B {gzip:>9} B");
    }
    println!(
        "bench:   {:<48} {:>9} B {:>9} B",
        "total (first view loads all of these)", total.0, total.1
    );
    // Each language's first view, as its own readers download it.
    for language in story::content::translate::languages(Path::new("content"), "content")
        .unwrap_or_else(|e| fail(&format!("{e}")))
    {
        let folder = if language.code == "en" {
            PathBuf::from("dist")
        } else {
            Path::new("dist").join(&language.code)
        };
        let assets = budget::first_view(&folder).unwrap_or_else(|m| fail(&m));
        let gzip: usize = assets.iter().map(|a| a.gzip).sum();
        let parts: Vec<String> = assets
            .iter()
            .map(|a| format!("{} {}", a.kind, a.gzip))
            .collect();
        println!(
            "bench:   first view, {:<10} ({}/): {gzip:>7} B gzip ({})",
            language.name,
            language.code,
            parts.join(", ")
        );
    }
    // The wasm as the compiler left it (function names kept), release build.
    let named = Path::new("target/wasm32-unknown-unknown/release/vostochny-explainer.wasm");
    wasm_breakdown::print(named, &tools::twiggy());
    let dist = env::current_dir().expect("cwd").join("dist");
    run(Command::new("cargo")
        .args([
            "test",
            "-q",
            "-p",
            "e2e",
            "--test",
            "bench",
            "--",
            "--ignored",
            "--nocapture",
        ])
        .env("E2E_DIST", dist)
        .env("E2E_ENGINE", "chromium")
        .envs(browsers.env.iter().map(|(k, v)| (*k, v))));
}

/// Pictures of every step in reading mode, presenter mode (every build) and
/// on phones, and of the other views, taken in Chromium by the ignored tests
/// of `e2e/tests/screenshots.rs`, into target/screenshots/: to look at
/// before a layout change is called done.
fn screenshots(args: &[String]) {
    let bless = match args {
        [] => false,
        [flag] if flag == "--bless" => true,
        _ => fail("usage: cargo xtask screenshots [--bless]"),
    };
    let browsers = tools::browsers();
    match dist_is_stale() {
        None => say("dist/ is newer than every source file: using it as built"),
        Some(why) => {
            say(&format!("building the site first: {why}"));
            let tools = tools::build_tools();
            dist(&tools);
        }
    }
    let root = env::current_dir().expect("cwd");
    let folder = root.join("target").join("screenshots");
    if let Ok(entries) = std::fs::read_dir(&folder) {
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|e| e == "png") {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    if bless {
        // The approved pictures `e2e/tests/pictures.rs` compares the screen
        // with: rewritten from this build, for a person to look at and commit.
        say("approving this build's screens as the reference pictures in e2e/pictures/");
        let mut command = Command::new("cargo");
        command
            .args([
                "test",
                "-p",
                "e2e",
                "--test",
                "pictures",
                "--",
                "--test-threads",
                "1",
            ])
            .env("E2E_DIST", root.join("dist"))
            .env("E2E_ENGINE", "chromium")
            .env("E2E_BLESS_PICTURES", "1")
            .envs(browsers.env.iter().map(|(k, v)| (*k, v)));
        run_tests_named(&mut command, "chromium");
        say("look at every picture in e2e/pictures/ before you commit them: they are what the test holds the page to");
        return;
    }
    say("screenshots in Chromium: every step, mode and size (a few minutes)");
    let mut command = Command::new("cargo");
    command
        .args([
            "test",
            "-p",
            "e2e",
            "--test",
            "screenshots",
            "--",
            "--ignored",
            "--test-threads",
            "2",
        ])
        .env("E2E_DIST", root.join("dist"))
        .env("E2E_ENGINE", "chromium")
        .env("E2E_SCREENSHOTS", &folder)
        .envs(browsers.env.iter().map(|(k, v)| (*k, v)));
    run_tests_named(&mut command, "chromium");
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut total = 0;
    for entry in std::fs::read_dir(&folder)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", folder.display())))
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".png") {
            let kind = stem.split('-').take(2).collect::<Vec<_>>().join(" ");
            match counts.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, n)) => *n += 1,
                None => counts.push((kind, 1)),
            }
            total += 1;
        }
    }
    counts.sort();
    for (kind, n) in &counts {
        say(&format!("  {kind}: {n}"));
    }
    say(&format!(
        "{total} screenshots in {}: look at them before calling a layout change done",
        folder.display()
    ));
}

/// Why dist/ needs building again, if it does: missing, or older than a
/// file it is built from. The offline file is written last, so it dates
/// the build.
fn dist_is_stale() -> Option<String> {
    let built = Path::new("dist").join(offline::OFFLINE_FILE);
    let Ok(built_at) = std::fs::metadata(&built).and_then(|m| m.modified()) else {
        return Some(format!("{} is missing", built.display()));
    };
    let sources = [
        "src",
        "story/src",
        "story/Cargo.toml",
        "content",
        "styles",
        "xtask/src",
        "index.html",
        "build.rs",
        "Cargo.toml",
        "Cargo.lock",
        "Trunk.toml",
        "patches",
        "host",
    ];
    let mut newer = Vec::new();
    for source in sources {
        newer_than(Path::new(source), built_at, &mut newer);
    }
    newer.sort();
    match newer.as_slice() {
        [] => None,
        [first, ..] => Some(format!(
            "{} (and {} other file(s)) changed since dist/ was built",
            first.display(),
            newer.len() - 1
        )),
    }
}

/// Files under `path` modified after `time`.
fn newer_than(path: &Path, time: std::time::SystemTime, found: &mut Vec<PathBuf>) {
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if meta.is_dir() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            newer_than(&entry.path(), time, found);
        }
    } else if meta.modified().is_ok_and(|m| m > time) {
        found.push(path.to_path_buf());
    }
}

/// Regenerates the committed map extract from npm's world-atlas package.
fn map() {
    let folder = tools::npm_package("world-atlas", "2.0.2");
    let source = folder.join("node_modules/world-atlas/countries-50m.json");
    run(Command::new("cargo")
        .args(["run", "--quiet", "-p", "mapgen", "--"])
        .arg(&source)
        .arg("content/map/region.json"));
    say("wrote content/map/region.json");
    // The railway lines the route follows: the shared Natural Earth extract
    // beside the project (its README says where it came from and how).
    let rail = Path::new("../shared/reference/rail/route-rail.geojson");
    if !rail.exists() {
        fail(&format!(
            "{} is missing: content/map/rail.json is made from it (the rail extract of Natural Earth's railroads)",
            rail.display()
        ));
    }
    run(Command::new("cargo")
        .args(["run", "--quiet", "-p", "mapgen", "--", "rail"])
        .arg(rail)
        .arg("content/map/rail.json"));
    say("wrote content/map/rail.json; review the diffs, then rebuild");
}

/// The first screen and the whole story, rendered natively by Yew's SSR
/// (`src/bin/prerender.rs`), so readers see the story before (or without)
/// the wasm.
/// What the pre-renderer makes for `dist`.
struct Prerendered {
    first_screen: String,
    full_text: String,
    map_base: String,
    /// embed.html's first screen: the step and pager for another site's frame.
    embed_screen: String,
    worksheet: String,
    /// The handout page's body, in kilometres and in miles.
    handout: [String; 2],
}

fn prerender(code: &str) -> Prerendered {
    say(&format!(
        "[{code}] pre-rendering the first screen and the whole story"
    ));
    let render = |args: &[&str]| {
        let output = Command::new("cargo")
            .env("EXPLAINER_LANG", code)
            .args([
                "run",
                "--quiet",
                "--features",
                "ssr",
                "--bin",
                "prerender",
                "--",
            ])
            .args(args)
            .output()
            .unwrap_or_else(|e| fail(&format!("could not run the pre-renderer: {e}")));
        if !output.status.success() {
            fail(&format!(
                "the pre-renderer failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        String::from_utf8(output.stdout)
            .unwrap_or_else(|_| fail("the pre-renderer printed non-UTF-8"))
    };
    Prerendered {
        first_screen: render(&[]),
        embed_screen: render(&["embed"]),
        full_text: render(&["full-text"]),
        map_base: render(&["map-base"]),
        worksheet: render(&["worksheet"]),
        handout: [render(&["handout"]), render(&["handout-miles"])],
    }
}

/// `index` with the pre-rendered first screen in place of the loading note,
/// and before it the base map that every map draws by reference.
fn with_first_screen(index: &str, first_screen: &str, map_base: &str) -> String {
    let placeholder =
        "<div id=\"app\"><p id=\"loading\" class=\"loading\">Loading the explainer…</p></div>";
    if !index.contains(placeholder) {
        fail("dist/index.html has no loading placeholder to replace (was index.html changed?)");
    }
    index.replace(
        placeholder,
        &format!("{map_base}<div id=\"app\">{first_screen}</div>"),
    )
}
