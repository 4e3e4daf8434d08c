//! Finding, and where missing installing, the pinned tools. Every install is
//! skipped when the right version is already there, and nothing is fetched
//! from the web: only crates.io, the npm registry and Debian's packages.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{fail, run, say};

/// Trunk 0.22 needs a newer rustc than this project's 1.95, so 0.21 it is.
const TRUNK_VERSION: &str = "0.21.14";
/// For `cargo xtask bench`'s breakdown of the wasm.
const TWIGGY_VERSION: &str = "0.8.0";
/// npm's binaryen: the only wasm-opt here new enough for Rust 1.95's output.
const BINARYEN_VERSION: &str = "132";
/// terser minifies wasm-bindgen's JavaScript glue, which Trunk 0.21's own
/// minifier cannot parse (it stops at `export default`).
const TERSER_VERSION: &str = "5.44.1";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

pub struct BuildTools {
    /// Folder holding npm's wasm-opt, put first on PATH for Trunk.
    wasm_opt_bin: PathBuf,
    /// npm's terser, for the glue script.
    terser: PathBuf,
}

impl BuildTools {
    /// `trunk`, with PATH set so it finds the pinned wasm-opt and wasm-bindgen.
    pub fn trunk(&self) -> Command {
        let mut command = Command::new("trunk");
        let path = env::var_os("PATH").unwrap_or_default();
        let mut paths = vec![self.wasm_opt_bin.clone()];
        paths.extend(env::split_paths(&path));
        command.env(
            "PATH",
            env::join_paths(paths).expect("PATH entries are valid"),
        );
        command
    }

    /// `terser` set to minify the glue script `file` in place. Not in
    /// `--module` mode: that renames top-level functions, and the offline
    /// file calls the glue's `initSync` by name.
    pub fn terser(&self, file: &Path) -> Command {
        let mut command = Command::new(&self.terser);
        command
            .arg(file)
            .args(["--compress", "--mangle", "--output"])
            .arg(file);
        command
    }
}

/// The first line a tool prints for `--version`, if it runs at all.
fn version_of(program: &Path, flag: &str) -> Option<String> {
    let output = Command::new(program).arg(flag).output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    output
        .status
        .success()
        .then(|| text.lines().next().unwrap_or("").trim().to_owned())
}

/// Everything `trunk build` needs: target, trunk, wasm-bindgen, wasm-opt, crates.
pub fn build_tools() -> BuildTools {
    ensure_wasm_target();
    ensure_std_source();
    ensure_cargo_tool(
        "trunk",
        &format!("trunk {TRUNK_VERSION}"),
        &["trunk", "--version", TRUNK_VERSION, "--locked"],
    );
    let bindgen = wasm_bindgen_version();
    // No --locked: wasm-bindgen-cli's lock file names a crate version the registry lacks.
    ensure_cargo_tool(
        "wasm-bindgen",
        &format!("wasm-bindgen {bindgen}"),
        &["wasm-bindgen-cli", "--version", &bindgen],
    );
    let wasm_opt_bin = ensure_wasm_opt();
    let terser = npm_package("terser", TERSER_VERSION).join("node_modules/.bin/terser");
    // Trunk runs cargo with --offline, so the crates must be here first.
    say("fetching crates from crates.io if any are missing");
    run(Command::new("cargo").args(["fetch", "--target", WASM_TARGET]));
    BuildTools {
        wasm_opt_bin,
        terser,
    }
}

fn ensure_wasm_target() {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .unwrap_or_else(|_| fail("rustup is needed to add the wasm32 target: install Rust with rustup (https://rustup.rs)"));
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|line| line.trim() == WASM_TARGET)
    {
        say(&format!("{WASM_TARGET} target: present"));
    } else {
        say(&format!(
            "{WASM_TARGET} target: missing, installing with rustup"
        ));
        run(Command::new("rustup").args(["target", "add", WASM_TARGET]));
    }
}

/// The standard library's source and the crates it is built from, for the
/// release wasm's `-Z build-std` (see `lean_std`).
fn ensure_std_source() {
    let sysroot = Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .unwrap_or_else(|_| fail("rustc is needed"));
    let library = Path::new(&sysroot).join("lib/rustlib/src/rust/library");
    if library.join("Cargo.toml").exists() {
        say("the standard library's source (rust-src): present");
    } else {
        say("the standard library's source (rust-src): missing, installing with rustup");
        run(Command::new("rustup").args(["component", "add", "rust-src"]));
    }
    // Trunk runs cargo with --offline: the standard library's own crates
    // must be in the local registry before it is rebuilt.
    say("fetching the standard library's crates from crates.io if any are missing");
    run(Command::new("cargo")
        .env("RUSTC_BOOTSTRAP", "1")
        .arg("fetch")
        .arg("--manifest-path")
        .arg(library.join("Cargo.toml")));
}

/// `command` (a release `trunk build`) set to rebuild the standard library
/// for the wasm with panics as a bare trap: no panic messages, no
/// formatting machinery for them, about 20 KB gzip less wasm. It uses
/// cargo's `-Z build-std` and rustc's `-C panic=immediate-abort`, unstable
/// features that the project's stable toolchain allows with
/// `RUSTC_BOOTSTRAP=1`, so the release build needs no nightly toolchain
/// (one more to install and pin; fuzzing alone uses one, when present). The
/// page still says when the app stops: index.html turns a trap
/// (`WebAssembly.RuntimeError`) into its "stopped working" note.
pub fn lean_std(command: &mut Command) -> &mut Command {
    command
        // The base map drawn by reference to the page's one copy (build.rs).
        .env("EXPLAINER_MAP_BY_REFERENCE", "1")
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env("RUSTFLAGS", "-Zunstable-options -Cpanic=immediate-abort")
}

/// twiggy, which `cargo xtask bench` uses to say where the wasm's bytes are
/// (installed once, about 3 minutes).
pub fn twiggy() -> PathBuf {
    ensure_cargo_tool(
        "twiggy",
        &format!("twiggy {TWIGGY_VERSION}"),
        &["twiggy", "--version", TWIGGY_VERSION, "--locked"],
    );
    PathBuf::from("twiggy")
}

/// Installs a cargo tool unless `program --version` already prints `wanted`.
fn ensure_cargo_tool(program: &str, wanted: &str, install_args: &[&str]) {
    match version_of(Path::new(program), "--version") {
        Some(found) if found == wanted => say(&format!("{wanted}: present")),
        found => {
            let now = found.map_or("not installed".to_owned(), |v| format!("found {v}"));
            say(&format!(
                "{wanted}: {now}; installing with cargo install (once; this can take 5-15 minutes)"
            ));
            run(Command::new("cargo").arg("install").args(install_args));
        }
    }
}

/// The wasm-bindgen version Cargo.lock pins: the CLI must match it exactly.
fn wasm_bindgen_version() -> String {
    let lock = std::fs::read_to_string("Cargo.lock")
        .unwrap_or_else(|e| fail(&format!("cannot read Cargo.lock: {e}")));
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return version.trim_matches('"').to_owned();
            }
        }
    }
    fail("Cargo.lock names no wasm-bindgen version")
}

/// npm's binaryen, installed into a per-user cache so every clone shares it.
fn ensure_wasm_opt() -> PathBuf {
    let cache = cache_dir().join(format!("binaryen-{BINARYEN_VERSION}"));
    let bin = cache.join("node_modules").join(".bin");
    let wanted = format!("version_{BINARYEN_VERSION}");
    match version_of(&bin.join("wasm-opt"), "--version") {
        Some(found) if found.contains(&wanted) => say(&format!("wasm-opt {wanted}: present")),
        _ => {
            if version_of(Path::new("npm"), "--version").is_none() {
                fail("npm is needed to install wasm-opt (binaryen): install Node.js 20 or newer with npm, then run this again");
            }
            say(&format!(
                "wasm-opt {wanted}: missing, installing npm's binaryen@{BINARYEN_VERSION} into {}",
                cache.display()
            ));
            std::fs::create_dir_all(&cache)
                .unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", cache.display())));
            run(Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(&cache)
                .arg(format!("binaryen@{BINARYEN_VERSION}")));
        }
    }
    bin
}

/// geckodriver, Firefox's WebDriver, from crates.io.
const GECKODRIVER_VERSION: &str = "0.37.1";
/// axe-core, the accessibility audit the browser tests inject.
const AXE_VERSION: &str = "4.13.0";
/// scorm-again, an LMS's side of SCORM (the `API` object an LMS gives its
/// content), which the browser tests launch the SCORM package with.
const SCORM_AGAIN_VERSION: &str = "3.4.3";
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// What the browser tests run on: three engines with their WebDriver
/// servers, poppler (reads the printed handout back), zbar (reads the QR
/// code back) and axe-core.
pub struct Browsers {
    /// Environment for the browser tests: where each piece is.
    pub env: Vec<(&'static str, PathBuf)>,
    /// Engines that can run here, in the order the suite runs them.
    pub engines: Vec<&'static str>,
    /// Engines that cannot, each with the reason (said loudly in the summary).
    pub missing: Vec<(&'static str, String)>,
}

/// Installs what the browser tests need when missing (Debian's packages as
/// root, geckodriver from crates.io, axe-core from npm) and says which
/// engines can run.
pub fn browsers() -> Browsers {
    let debian_root = debian_root();
    let packages: [(&str, &str); 9] = [
        // Hangul for the Korean build's tests: without a CJK font the
        // browsers draw boxes, and the layout checks would measure those.
        (
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "fonts-noto-cjk",
        ),
        ("/usr/bin/chromium", "chromium"),
        ("/usr/bin/chromedriver", "chromium-driver"),
        ("/usr/bin/pdftotext", "poppler-utils"),
        ("/usr/bin/zbarimg", "zbar-tools"),
        ("/usr/bin/firefox-esr", "firefox-esr"),
        ("/usr/bin/WebKitWebDriver", "webkit2gtk-driver"),
        ("/usr/bin/xvfb-run", "xvfb"),
        ("/usr/bin/xauth", "xauth"),
    ];
    let absent: Vec<&str> = packages
        .iter()
        .filter(|(path, _)| !Path::new(path).exists())
        .map(|(_, package)| *package)
        .collect();
    if absent.is_empty() {
        say("chromium, firefox-esr, WebKitGTK's driver, xvfb, poppler, zbar and the CJK fonts: present");
    } else if debian_root {
        say(&format!(
            "missing Debian packages for the browser tests: {}; installing with apt-get",
            absent.join(", ")
        ));
        run(Command::new("apt-get").arg("update"));
        run(Command::new("apt-get")
            .args(["install", "-y"])
            .args(&absent)
            .env("DEBIAN_FRONTEND", "noninteractive"));
    } else {
        let all: Vec<&str> = packages.iter().map(|(_, package)| *package).collect();
        say(&format!(
            "missing for the browser tests: {} (not Debian as root, so not installed here). On Debian or \
             Ubuntu run as root: apt-get install -y {}",
            absent.join(", "),
            all.join(" ")
        ));
    }
    if !Path::new("/usr/bin/chromium").exists() || !Path::new("/usr/bin/chromedriver").exists() {
        fail("the browser tests need at least Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver");
    }
    if !Path::new("/usr/bin/pdftotext").exists() {
        fail("the handout test needs pdftotext and pdfinfo (poppler-utils) in /usr/bin");
    }
    if !Path::new("/usr/bin/zbarimg").exists() {
        fail("the QR code test needs zbarimg (zbar-tools) in /usr/bin");
    }
    ensure_cargo_tool(
        "geckodriver",
        &format!("geckodriver {GECKODRIVER_VERSION}"),
        &["geckodriver", "--version", GECKODRIVER_VERSION, "--locked"],
    );
    let geckodriver = cargo_bin("geckodriver");
    let axe = npm_package("axe-core", AXE_VERSION).join("node_modules/axe-core/axe.min.js");
    let scorm_again = npm_package("scorm-again", SCORM_AGAIN_VERSION)
        .join("node_modules/scorm-again/dist/scorm12.min.js");

    let mut engines = vec!["chromium"];
    let mut missing = Vec::new();
    if Path::new("/usr/bin/firefox-esr").exists() && geckodriver.exists() {
        engines.push("firefox");
    } else {
        missing.push((
            "firefox",
            "firefox-esr or geckodriver is not installed".to_owned(),
        ));
    }
    if [
        "/usr/bin/WebKitWebDriver",
        "/usr/bin/xvfb-run",
        "/usr/bin/xauth",
        MINIBROWSER,
    ]
    .iter()
    .all(|p| Path::new(p).exists())
    {
        engines.push("webkit");
    } else {
        missing.push((
            "webkit",
            "webkit2gtk-driver, xvfb or xauth is not installed".to_owned(),
        ));
    }
    let env = vec![
        ("CHROMIUM", PathBuf::from("/usr/bin/chromium")),
        ("CHROMEDRIVER", PathBuf::from("/usr/bin/chromedriver")),
        ("FIREFOX", PathBuf::from("/usr/bin/firefox-esr")),
        ("GECKODRIVER", geckodriver),
        ("WEBKITDRIVER", PathBuf::from("/usr/bin/WebKitWebDriver")),
        ("MINIBROWSER", PathBuf::from(MINIBROWSER)),
        ("XVFB_RUN", PathBuf::from("/usr/bin/xvfb-run")),
        ("AXE", axe),
        ("SCORM_AGAIN", scorm_again),
    ];
    Browsers {
        env,
        engines,
        missing,
    }
}

/// Debian (or Ubuntu) as root: missing Debian packages can be installed here.
fn debian_root() -> bool {
    Path::new("/etc/debian_version").exists()
        && Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

/// The Nu Html Checker, npm's `vnu-jar`: the W3C's HTML checker as a jar.
const VNU_VERSION: &str = "26.9.27";
/// The oldest Java the checker runs on.
const JAVA_MIN: u32 = 17;

/// `java -jar vnu.jar`, ready for options and files.
pub struct HtmlChecker {
    java: PathBuf,
    jar: PathBuf,
    pub version: &'static str,
}

impl HtmlChecker {
    pub fn command(&self) -> Command {
        let mut command = Command::new(&self.java);
        command.arg("-jar").arg(&self.jar);
        command
    }
}

/// The Nu Html Checker and a Java to run it: the jar from npm into the
/// cache (its install script, which would download a Java from GitHub, is
/// not run), Java from Debian's `default-jre-headless` when missing.
pub fn html_checker() -> HtmlChecker {
    let java = ensure_java();
    let folder = npm_package_without_scripts("vnu-jar", VNU_VERSION);
    let jar = folder.join("node_modules/vnu-jar/build/dist/vnu.jar");
    if !jar.exists() {
        fail(&format!(
            "npm's vnu-jar@{VNU_VERSION} has no {}: remove {} and run this again",
            jar.display(),
            folder.display()
        ));
    }
    HtmlChecker {
        java,
        jar,
        version: VNU_VERSION,
    }
}

/// The major version `java -version` reports (on stderr: `… version "17.0.15" …`;
/// Java 8 and older say "1.8.0").
fn java_major(java: &Path) -> Option<u32> {
    let output = Command::new(java).arg("-version").output().ok()?;
    let text = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    let quoted = text.split('"').nth(1)?;
    let mut parts = quoted.split(['.', '-', '+', '_']);
    match parts.next()?.parse().ok()? {
        1 => parts.next()?.parse().ok(),
        major => Some(major),
    }
}

/// `java` on PATH, at least version 17, installed from Debian's packages
/// when missing and this is Debian as root; otherwise stops and says what
/// to install.
fn ensure_java() -> PathBuf {
    let java = PathBuf::from("java");
    let advice = format!(
        "the HTML check (the Nu Html Checker) needs Java {JAVA_MIN} or newer as `java` on PATH. \
         On Debian or Ubuntu run as root: apt-get install -y default-jre-headless; \
         elsewhere install any Java {JAVA_MIN}+ runtime (e.g. OpenJDK 17), then run this again"
    );
    match java_major(&java) {
        Some(major) if major >= JAVA_MIN => {
            say(&format!("java {major}: present"));
            return java;
        }
        Some(major) => fail(&format!("found java {major}, too old: {advice}")),
        None if debian_root() => {
            say("java: missing, installing Debian's default-jre-headless with apt-get (for the HTML check)");
            run(Command::new("apt-get").arg("update"));
            run(Command::new("apt-get")
                .args(["install", "-y", "default-jre-headless"])
                .env("DEBIAN_FRONTEND", "noninteractive"));
        }
        None => fail(&format!(
            "java: not found (not Debian as root, so not installed here): {advice}"
        )),
    }
    match java_major(&java) {
        Some(major) if major >= JAVA_MIN => java,
        Some(major) => fail(&format!(
            "Debian's default-jre-headless gave java {major}, too old: {advice}"
        )),
        None => fail(&format!(
            "java is still not on PATH after installing default-jre-headless: {advice}"
        )),
    }
}

/// Where `cargo install` put `program`.
fn cargo_bin(program: &str) -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
        .join(program)
}

/// Installs an npm package at an exact version into the per-user cache (once)
/// and returns the folder holding its node_modules.
pub fn npm_package(name: &str, version: &str) -> PathBuf {
    install_npm_package(name, version, false)
}

/// As `npm_package`, without running the package's install scripts: for a
/// package whose script would fetch something from the web.
pub fn npm_package_without_scripts(name: &str, version: &str) -> PathBuf {
    install_npm_package(name, version, true)
}

fn install_npm_package(name: &str, version: &str, ignore_scripts: bool) -> PathBuf {
    let folder = cache_dir().join(format!("{name}-{version}"));
    if folder
        .join("node_modules")
        .join(name)
        .join("package.json")
        .exists()
    {
        say(&format!("{name}@{version}: present"));
        return folder;
    }
    if version_of(Path::new("npm"), "--version").is_none() {
        fail(&format!("npm is needed to install {name}: install Node.js 20 or newer with npm, then run this again"));
    }
    say(&format!(
        "{name}@{version}: missing, installing from the npm registry into {}",
        folder.display()
    ));
    std::fs::create_dir_all(&folder)
        .unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", folder.display())));
    let mut npm = Command::new("npm");
    npm.args(["install", "--no-audit", "--no-fund"]);
    if ignore_scripts {
        npm.arg("--ignore-scripts");
    }
    run(npm
        .arg("--prefix")
        .arg(&folder)
        .arg(format!("{name}@{version}")));
    folder
}

/// `~/.cache/vostochny-explainer`: shared by every clone on the machine.
fn cache_dir() -> PathBuf {
    env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))
        .unwrap_or_else(|| fail("neither XDG_CACHE_HOME nor HOME is set"))
        .join("vostochny-explainer")
}
