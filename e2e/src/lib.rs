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

/// The story as the content files tell it: tests compare the page against
/// this, never against copies of its text.
pub fn story() -> story::Story {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    story::content::load_dir(&dir, "content").expect("content is valid (the build checks it)")
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
        Site::serve_with(root, prefix, Duration::ZERO)
    }

    /// Serves the site with every wasm response held back by `delay`, as on
    /// a slow school network: what the reader sees before the app starts.
    pub fn serve_with_slow_wasm(root: PathBuf, delay: Duration) -> Site {
        Site::serve_with(root, "/", delay)
    }

    fn serve_with(root: PathBuf, prefix: &'static str, wasm_delay: Duration) -> Site {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&requests);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, log) = (root.clone(), Arc::clone(&log));
                std::thread::spawn(move || answer(stream, &root, prefix, &log, wasm_delay));
            }
        });
        let base = format!("http://127.0.0.1:{port}{}", prefix.trim_end_matches('/'));
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
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
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
    std::fs::create_dir_all(&target).unwrap();
    for entry in std::fs::read_dir(dist()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), target.join(entry.file_name())).unwrap();
    }
    target
}

/// One headless Chromium, driven through its own chromedriver process.
pub struct Browser {
    pub client: Client,
    _driver: Driver,
}

/// Stops chromedriver, and the Chromium it started, however the test ends,
/// even by panicking: both live in one process group, killed together.
struct Driver {
    process: Child,
    profile: PathBuf,
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
        Browser::launch(width, height, &[]).await
    }

    /// A browser whose reader asked the system for reduced motion: no
    /// animations, so positions can be read straight after a change.
    pub async fn start_reduced_motion(width: u32, height: u32) -> Browser {
        Browser::launch(width, height, &["--force-prefers-reduced-motion"]).await
    }

    /// A browser with JavaScript switched off, as some school networks do.
    pub async fn start_without_javascript(width: u32, height: u32) -> Browser {
        Browser::launch_with(width, height, &[], false).await
    }

    async fn launch(width: u32, height: u32, extra_args: &[&str]) -> Browser {
        Browser::launch_with(width, height, extra_args, true).await
    }

    async fn launch_with(
        width: u32,
        height: u32,
        extra_args: &[&str],
        javascript: bool,
    ) -> Browser {
        let port = free_port();
        let process = Command::new(required_env("CHROMEDRIVER"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start chromedriver");
        // A fresh profile per browser: Chromium hands a second start with the
        // same profile over to the first, which would hang the session.
        let profile =
            std::env::temp_dir().join(format!("e2e-chromium-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        let driver = Driver {
            process,
            profile: profile.clone(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on port {port}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let capabilities = json!({
            "goog:chromeOptions": {
                "binary": required_env("CHROMIUM"),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.display()),
                    format!("--window-size={width},{height}"),
                ]
            }
        });
        let mut capabilities = capabilities;
        if !javascript {
            capabilities["goog:chromeOptions"]["prefs"] =
                json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let args = capabilities["goog:chromeOptions"]["args"]
            .as_array_mut()
            .expect("args");
        args.extend(extra_args.iter().map(|arg| json!(arg)));
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::native()
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("open a WebDriver session in Chromium");
        let browser = Browser {
            client,
            _driver: driver,
        };
        browser.fit_viewport(width, height).await;
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

    /// Opens `path` on `site` and waits until the app has drawn a step.
    pub async fn open(&self, site: &Site, path: &str) {
        self.client
            .goto(&format!("{}{path}", site.base))
            .await
            .unwrap();
        // Started, and showing the step the address names: the pre-rendered
        // first screen is step 1 until the app has read the address.
        self.wait_until(
            "the app has started on the step the address names",
            "var a = document.querySelector('article.step');
             return document.documentElement.dataset.app === 'started' && !!a
               && location.hash === '#/' + a.dataset.step
               && !document.documentElement.hasAttribute('data-opening')",
        )
        .await;
    }

    /// Opens the single offline file from disk (`file://`) and waits until
    /// the app has started.
    pub async fn open_offline_file(&self) {
        let file = dist().join("vostochny-explainer-offline.html");
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
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if self.js(condition).await == Value::Bool(true) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting until {what}");
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
    pub async fn click(&self, css: &str) {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"));
        let scroll = format!("document.querySelector({css:?}).scrollIntoView({{block: 'center', behavior: 'instant'}})");
        self.js(&scroll).await;
        if let Err(error) = element.click().await {
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
