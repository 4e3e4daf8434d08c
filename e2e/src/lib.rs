//! Harness for the browser tests: a static server for the built site, a
//! Chromium session through chromedriver, and small readers of what the page
//! shows. `cargo xtask test` builds the site and sets the environment; the
//! tests refuse to run (loudly) without it rather than pass vacuously.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use story::content::translate::Label;

/// The story as the content files tell it: tests compare the page against
/// this, never against copies of its text.
pub fn story() -> story::Story {
    translated().0
}

/// The language under test (`E2E_LANG`, set by `cargo xtask test` for the
/// runs on the Korean and Russian builds); English when unset.
pub fn lang() -> String {
    std::env::var("E2E_LANG").unwrap_or_else(|_| "en".to_owned())
}

/// content/ with every translation, loaded and checked once per test
/// binary (each label a test reads would otherwise parse it all again).
fn content() -> &'static story::content::translate::Languages {
    static LOADED: std::sync::OnceLock<story::content::translate::Languages> =
        std::sync::OnceLock::new();
    LOADED.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        story::content::translate::load_all(&dir, "content")
            .unwrap_or_else(|_| panic!("content is valid (the build checks it)"))
    })
}

/// The story and the page's labels in the language under test, as the
/// content and its translation tell them.
fn translated() -> &'static (story::Story, Vec<Label>) {
    static LOADED: std::sync::OnceLock<(story::Story, Vec<Label>)> = std::sync::OnceLock::new();
    LOADED.get_or_init(|| {
        content()
            .story(&lang())
            .unwrap_or_else(|_| panic!("{} is a language of content/languages.toml", lang()))
    })
}

/// The English story and labels, whatever the language under test.
fn in_english() -> &'static (story::Story, Vec<Label>) {
    static LOADED: std::sync::OnceLock<(story::Story, Vec<Label>)> = std::sync::OnceLock::new();
    LOADED.get_or_init(|| content().story("en").expect("English is the source"))
}

/// `[group] key` among `labels` (any language's, from
/// `story::content::translate::Languages::story`).
pub fn find_label(labels: &[Label], group: &str, key: &str) -> String {
    labels
        .iter()
        .find(|(g, k, _)| g == group && k == key)
        .map(|(_, _, text)| text.clone())
        .unwrap_or_else(|| panic!("content/ui.toml has no [{group}] {key}"))
}

/// The English story: tests name an item by its English words and find the
/// same item, at the same place, in [`story`] (a translation keeps every
/// step, statement, source and paragraph where the English has it).
pub fn english() -> story::Story {
    in_english().0
}

/// Where in step `step` the statement whose English contains `words` is
/// (0 for the first).
pub fn statement_at(step: &str, words: &str) -> usize {
    let english = english();
    english.steps[english
        .step_index(step)
        .unwrap_or_else(|| panic!("no step {step}"))]
    .statements
    .iter()
    .position(|s| s.text.contains(words))
    .unwrap_or_else(|| panic!("no statement of step {step} says {words:?}"))
}

/// A label of the English page (content/ui.toml), whatever the language
/// under test: rules written in English read the page through it.
pub fn english_label(group: &str, key: &str) -> String {
    find_label(&in_english().1, group, key)
}

/// The statement of step `step` whose English contains `words`, as the
/// language under test writes it.
pub fn statement(step: &str, words: &str) -> story::Statement {
    let story = story();
    story.steps[story.step_index(step).expect("a step")].statements[statement_at(step, words)]
}

/// A source's name (content/sources.toml `id`) in the language under test.
pub fn source_name(id: &str) -> &'static str {
    story()
        .sources
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no source {id}"))
        .name
}

/// A label of the page in the language under test (`content/ui.toml`'s
/// `[group] key`, or its translation): tests compare the page against it.
pub fn label(group: &str, key: &str) -> String {
    find_label(&translated().1, group, key)
}

/// `template` (a label with `{name}` values) filled in, as the page does.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// Where the language under test's build is on the site: `/` for English,
/// `/ko/` for Korean.
pub fn root() -> String {
    match lang().as_str() {
        "en" => "/".to_owned(),
        code => format!("/{code}/"),
    }
}

fn required_env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run the browser tests with `cargo xtask test`, which builds the site and sets it")
    })
}

/// The release build made by `trunk build --release` (`dist/`).
pub fn dist() -> PathBuf {
    let dist = PathBuf::from(required_env("E2E_DIST"));
    assert!(
        dist.join("index.html").exists(),
        "{} has no index.html: build the site first",
        dist.display()
    );
    dist
}

/// A static file server on 127.0.0.1 that records every path it is asked
/// for. One thread per connection and `Connection: close`: simple, and it
/// never makes one slow request wait for another.
pub struct Site {
    pub base: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Site {
    pub fn serve(root: PathBuf) -> Site {
        Site::serve_under(root, "/")
    }

    /// Serves the site under a sub-path, as GitHub Pages serves a project
    /// site (`/REPO/`); anything outside the prefix is not found.
    pub fn serve_under(root: PathBuf, prefix: &'static str) -> Site {
        Site::serve_with(root, prefix, Duration::ZERO, false, false)
    }

    /// Serves the site with GitHub Pages' caching header (`Cache-Control:
    /// max-age=600`), so a second visit takes the files from the browser's
    /// cache, as a reader's does within ten minutes.
    pub fn serve_cached(root: PathBuf) -> Site {
        Site::serve_with(root, "/", Duration::ZERO, false, true)
    }

    /// Serves the site as GitHub Pages does: gzip-compressed for a browser
    /// that accepts it. For the benchmark, whose throttled network should
    /// carry the bytes a reader's does.
    pub fn serve_gzipped(root: PathBuf) -> Site {
        Site::serve_with(root, "/", Duration::ZERO, true, false)
    }

    /// Serves the site with every wasm response held back by `delay`, as on
    /// a slow school network: what the reader sees before the app starts.
    pub fn serve_with_slow_wasm(root: PathBuf, delay: Duration) -> Site {
        Site::serve_with(root, "/", delay, false, false)
    }

    /// Serves the site on this machine's network address (not a loopback
    /// one), as a school's server would: an address a phone could open.
    /// `None` on a machine with no such address.
    pub fn serve_on_network(root: PathBuf) -> Option<Site> {
        // The address the machine would send from; connecting a UDP socket
        // sends nothing (198.51.100.1 is a documentation address).
        let probe = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
        probe.connect("198.51.100.1:9").ok()?;
        let ip = probe.local_addr().ok()?.ip();
        if ip.is_loopback() || ip.is_unspecified() {
            return None;
        }
        let listener = TcpListener::bind((ip, 0)).ok()?;
        Some(Site::serve_from(
            listener,
            root,
            "/",
            Duration::ZERO,
            false,
            false,
        ))
    }

    fn serve_with(
        root: PathBuf,
        prefix: &'static str,
        wasm_delay: Duration,
        gzip: bool,
        cache: bool,
    ) -> Site {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        Site::serve_from(listener, root, prefix, wasm_delay, gzip, cache)
    }

    fn serve_from(
        listener: TcpListener,
        root: PathBuf,
        prefix: &'static str,
        wasm_delay: Duration,
        gzip: bool,
        cache: bool,
    ) -> Site {
        let address = listener.local_addr().unwrap();
        let port = address.port();
        let host = address.ip();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&requests);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, log) = (root.clone(), Arc::clone(&log));
                std::thread::spawn(move || {
                    answer(stream, &root, prefix, &log, wasm_delay, gzip, cache)
                });
            }
        });
        let base = format!("http://{host}:{port}{}", prefix.trim_end_matches('/'));
        Site { base, requests }
    }

    /// Paths requested so far.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

fn answer(
    mut stream: TcpStream,
    root: &Path,
    prefix: &str,
    log: &Mutex<Vec<String>>,
    wasm_delay: Duration,
    gzip: bool,
    cache: bool,
) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head);
    let target = head.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_owned();
    log.lock().unwrap().push(path.clone());
    let inside = path
        .strip_prefix(prefix.trim_end_matches('/'))
        .filter(|rest| rest.starts_with('/'));
    let relative = match inside {
        Some(rest) if rest.ends_with('/') => format!("{rest}index.html"),
        Some(rest) => rest.to_owned(),
        None => "/..".to_owned(), // outside the prefix: not found
    };
    let file = root.join(relative.trim_start_matches('/'));
    if relative.ends_with(".wasm") {
        std::thread::sleep(wasm_delay);
    }
    let (status, kind, body) = match std::fs::read(&file) {
        Ok(bytes) if !relative.contains("..") => ("200 OK", content_type(&file), bytes),
        _ => ("404 Not Found", "text/plain", b"not found".to_vec()),
    };
    let accepts_gzip = head.lines().any(|line| {
        let line = line.to_ascii_lowercase();
        line.starts_with("accept-encoding:") && line.contains("gzip")
    });
    let (body, encoding) = if gzip && accepts_gzip {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&body).expect("gzip in memory");
        (
            encoder.finish().expect("gzip in memory"),
            "Content-Encoding: gzip\r\n",
        )
    } else {
        (body, "")
    };
    let caching = if cache {
        "Cache-Control: max-age=600\r\n"
    } else {
        ""
    };
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n{encoding}{caching}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    let _ = stream.write_all(&body);
    let _ = stream.flush();
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("wasm") => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// A copy of the built site in a fresh folder, for tests that break it.
pub fn copy_of_dist(name: &str) -> PathBuf {
    let target = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target/e2e")
        .join(name);
    let _ = std::fs::remove_dir_all(&target);
    // The language under test's own files, where the site has them (its
    // root, or dist/ko/ under ko/); the other languages' folders are not
    // what these tests break.
    let folder = root().trim_start_matches('/').to_owned();
    std::fs::create_dir_all(target.join(&folder)).unwrap();
    for entry in std::fs::read_dir(dist().join(&folder)).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            continue;
        }
        std::fs::copy(entry.path(), target.join(&folder).join(entry.file_name())).unwrap();
    }
    target
}

/// The views of the "Ways to read the story" switch, in the order of its
/// buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Story,
    Report,
    Glossary,
    Quiz,
    Handout,
}

impl View {
    /// The views other than the story itself.
    pub const OTHERS: [View; 4] = [View::Report, View::Glossary, View::Quiz, View::Handout];

    pub fn name(self) -> &'static str {
        match self {
            View::Story => "story",
            View::Report => "as it was reported",
            View::Glossary => "glossary",
            View::Quiz => "quiz",
            View::Handout => "handout",
        }
    }

    /// The element the view shows once it is open.
    fn shown(self) -> &'static str {
        match self {
            View::Story => "article.step",
            View::Report => ".report-view",
            View::Glossary => ".glossary",
            View::Quiz => ".quiz",
            View::Handout => ".handout",
        }
    }
}

/// The browser engine the suite runs on, from `E2E_ENGINE` (`cargo xtask
/// test` runs the suite once per engine): Chromium through chromedriver,
/// Firefox ESR through geckodriver, WebKit (Safari's engine, as WebKitGTK's
/// MiniBrowser) through WebKitWebDriver under Xvfb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn current() -> Engine {
        match std::env::var("E2E_ENGINE").as_deref() {
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            Ok("chromium") | Err(_) => Engine::Chromium,
            Ok(other) => panic!("E2E_ENGINE={other}: use chromium, firefox or webkit"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// Says loudly that a check cannot run on this engine, and why; `cargo
/// xtask test` lists every such line in its summary. Returns true when the
/// caller should skip.
pub fn skip_on(engines: &[Engine], what: &str, why: &str) -> bool {
    let engine = Engine::current();
    if engines.contains(&engine) {
        let line = format!("SKIPPED on {}: {what}: {why}", engine.name());
        eprintln!("{line}");
        // Test output is captured when a test passes: the log reaches the summary.
        if let Ok(log) = std::env::var("E2E_SKIP_LOG") {
            use std::io::Write as _;
            if let Ok(mut file) = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(log)
            {
                let _ = writeln!(file, "{line}");
            }
        }
        return true;
    }
    false
}

/// The narrowest window Firefox makes, in CSS pixels.
const FIREFOX_MIN_WIDTH: u32 = 500;

/// How the reader's browser is set up, beyond its size.
#[derive(Clone, Copy, Debug, Default)]
pub struct Setup {
    /// The system asks for reduced motion.
    pub reduced_motion: bool,
    /// JavaScript switched off, as some school networks do.
    pub javascript_off: bool,
    /// The system's dark colour scheme.
    pub dark: bool,
    /// Forced colours (Windows High Contrast and the like).
    pub forced_colors: bool,
    /// A browser without WebAssembly.
    pub without_webassembly: bool,
}

/// One headless browser, driven through its own WebDriver process.
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    /// The page area's width in CSS pixels: as asked, or wider where the
    /// engine cannot make a window that narrow (`start_with` says so).
    pub width: u32,
    _driver: Driver,
}

/// Stops the WebDriver process, and the browser it started, however the
/// test ends, even by panicking: both live in one process group, killed
/// together.
struct Driver {
    process: Child,
    profile: PathBuf,
}

/// Starts `engine`'s WebDriver on a free port and opens a session, or says
/// why it could not.
async fn start_driver(
    engine: Engine,
    width: u32,
    height: u32,
    setup: Setup,
) -> Result<(Client, Driver), String> {
    let port = free_port();
    let profile = std::env::temp_dir().join(format!(
        "e2e-{}-{}-{port}",
        engine.name(),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).unwrap();
    let (mut command, capabilities) = match engine {
        Engine::Chromium => chromium(&profile, port, width, height, setup),
        Engine::Firefox => firefox(port, width, height, setup),
        Engine::WebKit => webkit(&profile, port, setup),
    };
    let process = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("start the {} WebDriver: {e}", engine.name()));
    let driver = Driver {
        process,
        profile: profile.clone(),
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() >= deadline {
            return Err(format!(
                "the {} WebDriver did not listen on port {port}",
                engine.name()
            ));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let Value::Object(capabilities) = capabilities else {
        unreachable!()
    };
    match ClientBuilder::native()
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
    {
        Ok(client) => Ok((client, driver)),
        Err(e) => Err(format!(
            "open a WebDriver session in {}: {e}",
            engine.name()
        )),
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.process.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.process.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    /// A browser whose page area is `width` × `height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, Setup::default()).await
    }

    /// A browser whose reader asked the system for reduced motion: no
    /// animations, so positions can be read straight after a change.
    pub async fn start_reduced_motion(width: u32, height: u32) -> Browser {
        let setup = Setup {
            reduced_motion: true,
            ..Setup::default()
        };
        Browser::start_with(width, height, setup).await
    }

    /// A browser with JavaScript switched off, as some school networks do.
    pub async fn start_without_javascript(width: u32, height: u32) -> Browser {
        let setup = Setup {
            javascript_off: true,
            ..Setup::default()
        };
        Browser::start_with(width, height, setup).await
    }

    /// A browser on the current engine, set up as `setup` says.
    pub async fn start_with(width: u32, height: u32, setup: Setup) -> Browser {
        let engine = Engine::current();
        // The WebDriver itself sometimes fails to open a session right after
        // it starts listening (seen with WebKitWebDriver under xvfb-run: a
        // refused connection): start a fresh driver, up to three times. Only
        // the start is retried, never a check.
        let mut attempt = 0;
        let (client, driver) = loop {
            attempt += 1;
            match start_driver(engine, width, height, setup).await {
                Ok(started) => break started,
                Err(problem) if attempt < 3 => {
                    eprintln!("retrying the {} WebDriver start: {problem}", engine.name())
                }
                Err(problem) => panic!("{problem}"),
            }
        };
        let browser = Browser {
            client,
            engine,
            width,
            _driver: driver,
        };
        let mut browser = browser;
        // A few tries: WebKitGTK sometimes ignores a resize made right after
        // its window opens.
        let mut actual = Value::Null;
        for _ in 0..3 {
            browser.fit_viewport(width, height).await;
            actual = browser.js("return window.innerWidth").await;
            if actual.as_u64() == Some(u64::from(width)) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        // Some engines will not make a window as narrow as asked (WebKitGTK's
        // window keeps its toolbar's width): say so, and run at the width
        // there is.
        if let Some(actual) = actual.as_u64().map(|w| w as u32).filter(|w| *w > width) {
            skip_on(
                &[engine],
                &format!("exactly {width} px wide"),
                &format!("this engine's window cannot be narrower than {actual} CSS px; the check ran at {actual} px"),
            );
            browser.width = actual;
        }
        if engine == Engine::Chromium {
            // Media features Chromium has no switch for, emulated for the
            // whole session through DevTools.
            let mut features = Vec::new();
            if setup.dark {
                features.push(json!({ "name": "prefers-color-scheme", "value": "dark" }));
            }
            if setup.forced_colors {
                features.push(json!({ "name": "forced-colors", "value": "active" }));
            }
            if !features.is_empty() {
                browser
                    .devtools(
                        "Emulation.setEmulatedMedia",
                        json!({ "features": features }),
                    )
                    .await;
            }
            if setup.without_webassembly {
                // As a browser with WebAssembly switched off (Safari's Lockdown
                // Mode, some managed browsers): the page never sees it.
                browser.devtools("Page.enable", json!({})).await;
                browser
                    .devtools(
                        "Page.addScriptToEvaluateOnNewDocument",
                        json!({ "source": "delete window.WebAssembly;" }),
                    )
                    .await;
            }
        }
        browser
    }

    /// Resizes the window until the page area (innerWidth × innerHeight) is
    /// exactly the size asked for, whatever the browser's own chrome takes.
    async fn fit_viewport(&self, width: u32, height: u32) {
        let inner = self
            .js("return [window.innerWidth, window.innerHeight]")
            .await;
        let (w, h) = (
            inner[0].as_u64().unwrap() as i64,
            inner[1].as_u64().unwrap() as i64,
        );
        let (outer_w, outer_h) = self.client.get_window_size().await.unwrap();
        let fit_w = (outer_w as i64 + i64::from(width) - w) as u32;
        let fit_h = (outer_h as i64 + i64::from(height) - h) as u32;
        self.client.set_window_size(fit_w, fit_h).await.unwrap();
    }

    /// Ends the session cleanly (closing Chromium), then stops chromedriver.
    pub async fn finish(self) {
        let _ = self.client.close().await;
    }

    /// Runs JavaScript in the page and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    /// Runs JavaScript that calls its last argument (`arguments[0]`) with
    /// its result, for what the page must watch over time (an animation).
    pub async fn js_async(&self, script: &str) -> Value {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    /// Opens `path` on `site` and waits until the app has drawn a step.
    pub async fn open(&self, site: &Site, path: &str) {
        // Always a fresh page, as for a reader who opens a link: from a page
        // of the same site, an address that differs only after `#` is a
        // change of hash in the same document, not an opening (and
        // WebKitWebDriver, under load, once left such a change unapplied).
        // What a change of hash does is tested where it is meant.
        self.client.goto("about:blank").await.unwrap();
        // A path from the site's root is opened in the language under test.
        let path = path
            .strip_prefix('/')
            .map_or(path.to_owned(), |rest| format!("{}{rest}", root()));
        self.client
            .goto(&format!("{}{path}", site.base))
            .await
            .unwrap();
        // Started, and showing the step (and build, `#/khasan/3`) the address
        // names: the pre-rendered first screen is step 1 until the app has
        // read the address.
        self.wait_until(
            "the app has started on the step the address names",
            "var a = document.querySelector('article.step');
             return document.documentElement.dataset.app === 'started' && !!a
               && (location.hash === '#/' + a.dataset.step || location.hash.indexOf('#/' + a.dataset.step + '/') === 0)
               && !document.documentElement.hasAttribute('data-opening')",
        )
        .await;
    }

    /// Opens `url`, a page that frames the explainer (a teacher's page, an
    /// LMS), and waits until the app in its first frame has started and
    /// `shown` (a CSS selector) is there. The browser is left in the frame.
    pub async fn open_framing_page(&self, url: &str, shown: &str) {
        self.client.goto("about:blank").await.unwrap();
        self.client.goto(url).await.unwrap();
        self.wait_until(
            "the framing page has loaded",
            "return !!document.querySelector('iframe') && document.readyState === 'complete'",
        )
        .await;
        self.client
            .enter_frame(0)
            .await
            .expect("enter the explainer's frame");
        self.wait_until_within(
            "the explainer has started in its frame",
            &format!("return document.documentElement.dataset.app === 'started' && !!document.querySelector({shown:?})"),
            Duration::from_secs(20),
        )
        .await;
    }

    /// Opens the single offline file from disk (`file://`) and waits until
    /// the app has started.
    pub async fn open_offline_file(&self) {
        // The language under test's own offline file (dist/ko/… for Korean).
        let folder = match lang().as_str() {
            "en" => dist(),
            code => dist().join(code),
        };
        let file = folder.join("vostochny-explainer-offline.html");
        assert!(file.exists(), "cargo xtask dist writes {}", file.display());
        self.client
            .goto(&format!("file://{}", file.display()))
            .await
            .unwrap();
        self.wait_until(
            "the app has started",
            "return document.documentElement.dataset.app === 'started' && !!document.querySelector('article.step')",
        )
        .await;
    }

    /// Polls `condition` (JavaScript returning a boolean) for up to 10 s.
    pub async fn wait_until(&self, what: &str, condition: &str) {
        self.wait_until_within(what, condition, Duration::from_secs(10))
            .await;
    }

    /// Polls `condition` (JavaScript returning a boolean) for up to `limit`.
    pub async fn wait_until_within(&self, what: &str, condition: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            if self.js(condition).await == Value::Bool(true) {
                return;
            }
            if Instant::now() >= deadline {
                // What the page was doing, so a failure says more than "no".
                let state = self
                    .js("var a = document.querySelector('article.step'), h = document.documentElement;
                         return 'address ' + location.href + ', app ' + h.dataset.app + ', step on screen '
                           + (a ? a.dataset.step : 'none') + ', opening ' + h.getAttribute('data-opening')")
                    .await;
                panic!("timed out waiting until {what} ({state})");
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits until the page shows the step with this id.
    pub async fn wait_for_step(&self, id: &str) {
        let condition = format!("var a = document.querySelector('article.step'); return !!a && a.dataset.step === {id:?}");
        let shown = self.step_id().await;
        self.wait_until(
            &format!("step {id:?} is shown (showing {shown:?})"),
            &condition,
        )
        .await;
    }

    /// Waits two animation frames, so styles changed by the last update
    /// (and any near-zero reduced-motion transitions) have been applied.
    pub async fn settle(&self) {
        let script = "var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });";
        self.client
            .execute_async(script, vec![])
            .await
            .expect("animation frames run");
    }

    /// The id of the step on screen.
    pub async fn step_id(&self) -> String {
        let value = self
            .js("var a = document.querySelector('article.step'); return a ? a.dataset.step : ''")
            .await;
        value.as_str().unwrap_or_default().to_owned()
    }

    pub async fn hash(&self) -> String {
        self.js("return location.hash")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub async fn text(&self, css: &str) -> String {
        let script = format!(
            "var e = document.querySelector({css:?}); return e ? e.textContent.trim() : null"
        );
        match self.js(&script).await {
            Value::String(text) => text,
            _ => panic!("no element matches {css}"),
        }
    }

    /// Keeps the window at its size when the app asks for full screen: a
    /// headless browser's "screen" is 800×600, so full screen would shrink
    /// the page. It then acts as if the browser had refused full screen (the
    /// app works either way), and presenter mode is measured at the
    /// projector's size.
    pub async fn keep_window_size_in_full_screen(&self) {
        self.js("Element.prototype.requestFullscreen = function () { return Promise.resolve(); }")
            .await;
    }

    /// Presenter mode by its key (P), at the window's size, once it is on.
    pub async fn present(&self) {
        self.keep_window_size_in_full_screen().await;
        // A key goes to the window with the focus: WebKit once lost a P
        // pressed before its window had it (a fresh-clone run, offline file).
        self.wait_until("the page has the focus", "return document.hasFocus()")
            .await;
        self.press('p').await;
        self.wait_until(
            "presenter mode is on",
            "return !!document.querySelector('.app.is-presenting')",
        )
        .await;
    }

    /// Presses and releases a key, as a keyboard or clicker would, on
    /// whatever has focus.
    pub async fn press(&self, key: char) {
        let actions = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client.perform_actions(actions).await.unwrap();
    }

    /// Shift + key.
    pub async fn press_shifted(&self, key: char) {
        let shift = char::from(Key::Shift);
        let actions = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: shift });
        self.client.perform_actions(actions).await.unwrap();
    }

    /// Scrolls the element to the middle of the screen, as a reader would,
    /// then clicks it.
    /// Opens `view` with its control in the reading switch and waits until
    /// it is shown. The handout's is a link: on the site it opens the
    /// handout's own page; in the single offline file it shows it in place.
    pub async fn open_view(&self, view: View) {
        // From the site's handout page, back to the explainer first, as a
        // reader would.
        if self
            .js("return /^handout(-miles)?[.]html$/.test(location.pathname.split('/').pop())")
            .await
            == true
        {
            self.client.back().await.unwrap();
            self.wait_until(
                "the explainer is back",
                "return document.documentElement.dataset.app === 'started' && !!document.querySelector('.switch')",
            )
            .await;
        }
        self.click(&format!(
            ".switch > .switch__button:nth-child({})",
            view as usize + 1
        ))
        .await;
        // On the site the quiz and the handout are pages of their own: the
        // click starts a navigation, and a script sent while the old page
        // unloads fails (WebKit says so), which is not an answer yet.
        let shown = format!("return !!document.querySelector('{}')", view.shown());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(Value::Bool(true)) = self.client.execute(&shown, vec![]).await {
                return;
            }
            if Instant::now() >= deadline {
                panic!("timed out waiting until the {} view is shown", view.name());
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Puts the quiz question `q`'s (a CSS selector) events in story
    /// order with its "earlier" buttons, as a keyboard user would.
    pub async fn put_in_story_order(&self, q: &str, story: &story::Story, items: &[u16]) {
        for (target_at, &step) in items.iter().enumerate() {
            let title = story.steps[usize::from(step)].title;
            loop {
                let titles = self
                    .js(&format!("return Array.from(document.querySelectorAll('{q} .quiz__item span')).map(function (s) {{ return s.textContent; }})"))
                    .await;
                let at = titles
                    .as_array()
                    .unwrap()
                    .iter()
                    .position(|t| t == title)
                    .unwrap();
                if at == target_at {
                    break;
                }
                self.click(&format!(
                    "{q} .quiz__item:nth-child({}) .quiz__move",
                    at + 1
                ))
                .await;
            }
        }
    }

    pub async fn click(&self, css: &str) {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"));
        let scroll = format!("document.querySelector({css:?}).scrollIntoView({{block: 'center', behavior: 'instant'}})");
        self.js(&scroll).await;
        let mut clicked = element.click().await;
        if clicked.is_err() {
            // The page can still be moving: just after opening a linked
            // step, the app scrolls to its heading, which can carry the
            // control out of view between our scroll and the click. A
            // reader clicks what is on screen once it stops: scroll to it
            // again and click once more; a control that stays covered or
            // out of view still fails.
            tokio::time::sleep(Duration::from_millis(400)).await;
            self.settle().await;
            self.js(&scroll).await;
            clicked = element.click().await;
        }
        if let Err(error) = clicked {
            let shot = self.save_screenshot("click-failed").await;
            let layout = self.js(&format!("var r = document.querySelector({css:?}).getBoundingClientRect(); return [r.x, r.y, r.width, r.height, innerWidth, innerHeight]")).await;
            panic!("clicking {css} at {layout} failed (screenshot {shot}): {error}");
        }
    }

    /// Saves what the browser shows into target/e2e/NAME.png, for failures.
    pub async fn save_screenshot(&self, name: &str) -> String {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("{name}.png"));
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(&path, png);
        }
        path.display().to_string()
    }

    /// A CSS-ish description of the focused element: `tag#id.class`.
    pub async fn focused(&self) -> String {
        let script = "var e = document.activeElement; return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') : ''";
        self.js(script)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

impl Browser {
    /// Content-Security-Policy violations the page has recorded since it
    /// loaded (index.html's first script collects them).
    pub async fn csp_violations(&self) -> Value {
        self.js("return window.cspViolations || ['the violation recorder is missing']")
            .await
    }
}

/// A Chrome DevTools Protocol command, sent through chromedriver's
/// `goog/cdp/execute` endpoint (Chromium only): CPU and network throttling
/// and heap figures for the benchmark.
#[derive(Debug)]
struct DevToolsCommand {
    method: &'static str,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevToolsCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.method, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Runs a DevTools command in Chromium and returns its result.
    pub async fn devtools(&self, method: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(DevToolsCommand { method, params })
            .await
            .unwrap_or_else(|e| panic!("DevTools {method} failed: {e}"))
    }
}

fn chromium(profile: &Path, port: u16, width: u32, height: u32, setup: Setup) -> (Command, Value) {
    let mut command = Command::new(required_env("CHROMEDRIVER"));
    command.arg(format!("--port={port}"));
    let mut args = vec![
        "--headless".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        // Exact heap figures and a way to collect garbage, for the soak test.
        "--enable-precise-memory-info".to_owned(),
        // A fresh profile per browser: Chromium hands a second start with the
        // same profile over to the first, which would hang the session.
        format!("--user-data-dir={}", profile.display()),
        format!("--window-size={width},{height}"),
        // The screen the window is on, the same size: full screen (presenter
        // mode) then fills what the test asks for, as on a projector. Without
        // it headless Chromium's screen is 800×600, and a test "at 1280×720"
        // measured its full-screen page at 800×544.
        format!("--screen-info={{{width}x{height}}}"),
    ];
    if setup.reduced_motion {
        args.push("--force-prefers-reduced-motion".to_owned());
    }
    args.push("--js-flags=--expose-gc".to_owned());
    let mut options = json!({ "binary": required_env("CHROMIUM"), "args": args });
    if setup.javascript_off {
        options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    (command, json!({ "goog:chromeOptions": options }))
}

fn firefox(port: u16, width: u32, height: u32, setup: Setup) -> (Command, Value) {
    let width = width.max(FIREFOX_MIN_WIDTH);
    let mut command = Command::new(required_env("GECKODRIVER"));
    command.args(["--port", &port.to_string()]);
    let mut prefs = json!({
        // Nothing may leave the machine: no updates, telemetry or captive-portal checks.
        "app.update.enabled": false,
        "network.captive-portal-service.enabled": false,
        "network.connectivity-service.enabled": false,
        "toolkit.telemetry.enabled": false,
        "datareporting.policy.dataSubmissionEnabled": false,
        "browser.safebrowsing.malware.enabled": false,
        "browser.safebrowsing.phishing.enabled": false,
        "extensions.update.enabled": false,
        "browser.shell.checkDefaultBrowser": false,
        "ui.prefersReducedMotion": if setup.reduced_motion { 1 } else { 0 },
        // Touch events, as on a tablet, for the swipe test.
        "dom.w3c_touch_events.enabled": 1,
    });
    if setup.javascript_off {
        prefs["javascript.enabled"] = json!(false);
    }
    if setup.dark {
        // 0: dark, 1: light.
        prefs["layout.css.prefers-color-scheme.content-override"] = json!(0);
        prefs["ui.systemUsesDarkTheme"] = json!(1);
    } else {
        prefs["layout.css.prefers-color-scheme.content-override"] = json!(1);
    }
    if setup.forced_colors {
        // "Always" use the system's colours: forced-colors: active.
        prefs["browser.display.document_color_use"] = json!(2);
    }
    if setup.without_webassembly {
        prefs["javascript.options.wasm"] = json!(false);
    }
    let options = json!({
        "binary": required_env("FIREFOX"),
        "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
        "prefs": prefs,
    });
    (command, json!({ "moz:firefoxOptions": options }))
}

fn webkit(profile: &Path, port: u16, setup: Setup) -> (Command, Value) {
    // WebKitGTK has no headless mode: it draws into a virtual X display.
    // With no window manager, X gives keyboard focus to the window under
    // the pointer, which starts at the screen's centre: a 600 × 600 screen
    // puts it at (300, 300), inside every window the tests open at the
    // origin. Without focus, WebKit matches no :focus or :focus-visible.
    let mut command = Command::new(required_env("XVFB_RUN"));
    command.args(["-a", "-s", "-screen 0 600x600x24"]);
    command.arg(required_env("WEBKITDRIVER"));
    command.arg(format!("--port={port}"));
    // WebKitGTK reads reduced motion from GTK's own setting.
    let gtk = profile.join("gtk-3.0");
    std::fs::create_dir_all(&gtk).unwrap();
    let animations = if setup.reduced_motion { 0 } else { 1 };
    std::fs::write(
        gtk.join("settings.ini"),
        format!("[Settings]\ngtk-enable-animations={animations}\n"),
    )
    .unwrap();
    command.env("XDG_CONFIG_HOME", profile);
    let mut args = vec!["--automation".to_owned()];
    if setup.javascript_off {
        args.push("--enable-javascript=false".to_owned());
    }
    if setup.dark {
        args.push("--dark-mode".to_owned());
    }
    let capabilities = json!({
        "browserName": "MiniBrowser",
        "webkitgtk:browserOptions": { "binary": required_env("MINIBROWSER"), "args": args },
    });
    (command, capabilities)
}

impl Browser {
    /// Runs axe-core (injected from the npm package `cargo xtask test`
    /// installs) on the page as it is now, for the WCAG 2.0, 2.1 and 2.2 A
    /// and AA rules plus the duplicate-id rules (off by default in axe 4.13,
    /// which is how `story.html` once repeated 34 ids unnoticed), and
    /// returns each violation as "rule: help (where)". Results axe could not
    /// decide ("incomplete") are failures too for the rules a reader would
    /// notice: a duplicate id that ARIA points at, and text contrast.
    pub async fn axe_violations(&self) -> Vec<String> {
        let loaded = self.js("return typeof window.axe === 'object'").await;
        if loaded != Value::Bool(true) {
            let source = std::fs::read_to_string(required_env("AXE"))
                .expect("read axe.min.js (cargo xtask test installs axe-core)");
            // Run as the page's own script would be, so it defines window.axe.
            self.js(&format!("{source}\n;window.axe = axe; return true"))
                .await;
        }
        let result = self
            .client
            .execute_async(
                "var done = arguments[arguments.length - 1];
                 var undecided = ['duplicate-id-aria', 'duplicate-id', 'color-contrast'];
                 axe.run(document, {
                   runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                   rules: {'duplicate-id-aria': {enabled: true}, 'duplicate-id': {enabled: true}},
                   resultTypes: ['violations', 'incomplete']
                 }).then(function (r) {
                   // Undecidable by axe, and checked another way: glyph-only
                   // text (arrows, the map's N) and the map's SVG labels, which
                   // are drawn with a halo in the page colour.
                   // The rest are decided here, a second way: the text's own
                   // colour against the first opaque background behind it in
                   // its ancestors (a text over another box, the commonest
                   // undecided case, is judged by what it sits on).
                   function lum(c) {
                     var m = (c.match(/[\\d.]+/g) || [0, 0, 0]).slice(0, 3).map(Number).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                     return 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2];
                   }
                   function opaque(c) { var m = c.match(/[\\d.]+/g); return !!m && (m.length < 4 || Number(m[3]) > 0.99); }
                   function decidedHere(n) {
                     var e = document.querySelector(n.target[0]);
                     if (!e || n.target.length > 1) return false;
                     var style = getComputedStyle(e);
                     var fg = style.color, bg = null;
                     for (var a = e; a && !bg; a = a.parentElement) { var b = getComputedStyle(a).backgroundColor; if (opaque(b)) bg = b; }
                     if (!bg) bg = 'rgb(255, 255, 255)';
                     var l1 = lum(fg), l2 = lum(bg), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                     var size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
                     var large = size >= 24 || (size >= 18.66 && bold);
                     return ratio >= (large ? 3 : 4.5);
                   }
                   function checkedElsewhere(n) {
                     var why = n.failureSummary || '';
                     return /non-text characters|too short/.test(why)
                       || (/contains an image node/.test(why) && /^<text/.test(n.html))
                       || decidedHere(n);
                   }
                   // axe-core judges a position: sticky element as if it were
                   // in the flow (dequelabs/axe-core#3720, open): a target the
                   // page has scrolled under the sticky pager is failed as
                   // \"partially obscured\", though the reader scrolls it
                   // out. Decided here instead: only sticky elements cover
                   // it, and scrolled to the middle of the screen it is
                   // wholly uncovered and at least 24 px each way.
                   function covered(e) {
                     var q = e.getBoundingClientRect(), by = [];
                     for (var y = q.top + 1; y < q.bottom - 1; y += 4) for (var x = q.left + 1; x < q.right - 1; x += 4) {
                       if (y < 0 || x < 0 || y >= innerHeight || x >= innerWidth) continue;
                       var at = document.elementFromPoint(x, y);
                       if (at && !e.contains(at)) by.push(at);
                     }
                     return by;
                   }
                   function sticky(e) { for (var a = e; a; a = a.parentElement) { if (getComputedStyle(a).position === 'sticky') return true; } return false; }
                   function scrolledUnderSticky(n) {
                     var e = n.target.length === 1 && document.querySelector(n.target[0]);
                     if (!e || !/partially obscured/.test(n.failureSummary || '')) return false;
                     var by = covered(e);
                     if (by.length === 0 || !by.every(sticky)) return false;
                     var x = scrollX, y = scrollY;
                     e.scrollIntoView({block: 'center'});
                     var q = e.getBoundingClientRect(), clear = covered(e).length === 0 && q.width >= 24 && q.height >= 24;
                     window.scrollTo(x, y);
                     return clear;
                   }
                   r.violations = r.violations.map(function (v) {
                     return v.id !== 'target-size' ? v : Object.assign({}, v, {nodes: v.nodes.filter(function (n) { return !scrolledUnderSticky(n); })});
                   }).filter(function (v) { return v.nodes.length > 0; });
                   var found = r.violations.concat(r.incomplete.filter(function (v) { return undecided.indexOf(v.id) >= 0; })
                     .map(function (v) { return Object.assign({}, v, {id: v.id + ' (undecided)', nodes: v.nodes.filter(function (n) { return !checkedElsewhere(n); })}); })
                     .filter(function (v) { return v.nodes.length > 0; }));
                   done(found.map(function (v) {
                     return v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 4).map(function (n) {
                       return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ']' : '');
                     }).join('; ') + ')';
                   }));
                 }, function (e) { done(['axe failed: ' + e]); });",
                vec![],
            )
            .await
            .expect("axe runs");
        result
            .as_array()
            .expect("a list of violations")
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect()
    }
}

impl Browser {
    /// Each marker of the map in `figure` (a CSS selector for its `<figure
    /// class="map">`) against the legend entry beside it that explains it,
    /// as the eye sees them: the step's own places (`places`, the ids the
    /// content gives the step) like "Place in this step", any other place
    /// like "Other place", the train like "Kim's train (last reported)". A
    /// shape is its fill and its ring (the stroke, or the fill where there is
    /// none). Returns the mismatches, the problem if the two place entries
    /// look alike, and the number of markers compared.
    pub async fn markers_against_legend(
        &self,
        figure: &str,
        places: &[&str],
    ) -> (Vec<String>, usize) {
        let script = format!(
            "var figure = document.querySelector({figure:?});
             if (!figure) return [['no map at ' + {figure:?}], 0];
             var places = {places};
             function look(e) {{ var s = getComputedStyle(e); return [s.fill, s.stroke === 'none' ? s.fill : s.stroke].join(' / '); }}
             var entry = function (cls) {{ var e = figure.querySelector('.map-legend__' + cls); return e ? look(e) : 'no legend entry'; }};
             var place = entry('place'), other = entry('other'), bad = [];
             if (place === other && place !== 'no legend entry') bad.push('the legend draws both kinds of place alike: ' + place);
             // The markers a reader sees: drawn (a place with no room for its
             // name is not) and inside the map's frame.
             var frame = figure.querySelector('svg').getBoundingClientRect();
             var markers = Array.from(figure.querySelectorAll('.map__marker')).filter(function (m) {{
               var c = m.querySelector('circle:not(.map__hit)').getBoundingClientRect();
               var x = (c.left + c.right) / 2, y = (c.top + c.bottom) / 2;
               return getComputedStyle(m).visibility !== 'hidden' && x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
             }});
             markers.forEach(function (m) {{
               var id = m.getAttribute('data-place');
               var mine = places.indexOf(id) >= 0;
               var got = look(m.querySelector('circle:not(.map__hit)'));
               var want = mine ? place : other;
               if (got !== want) bad.push(id + (mine ? ' (a place of this step)' : ' (another place)') + ': ' + got + ', its legend entry ' + want);
             }});
             var train = figure.querySelector('.map__train rect');
             if (train) {{
               var legend = figure.querySelector('.map-legend__train');
               var fill = getComputedStyle(train).fill;
               if (!legend) bad.push('the train has no legend entry');
               else if (getComputedStyle(legend).fill !== fill) bad.push('train: ' + fill + ', its legend entry ' + getComputedStyle(legend).fill);
             }}
             return [bad, markers.length];",
            places = serde_json::to_string(places).expect("place ids"),
        );
        let found = self.js(&script).await;
        let problems = found[0]
            .as_array()
            .expect("a list of problems")
            .iter()
            .map(|p| p.as_str().unwrap_or_default().to_owned())
            .collect();
        (problems, found[1].as_u64().unwrap_or(0) as usize)
    }
}
