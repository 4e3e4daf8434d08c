//! `cargo xtask <command>`: the project's own build tool. It installs what is
//! missing (and says so), then builds, serves or tests the explainer. It has
//! no dependencies so that it compiles in seconds on a fresh machine.
//!
//! Commands:
//!   serve [--port N]  build the site and serve it on http://127.0.0.1:N/ (8080)
//!   test              formatting, lints, native tests, then browser tests
//!   dist              build the release site into dist/

use std::env;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

mod tools;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = project_root();
    env::set_current_dir(&root)
        .unwrap_or_else(|e| fail(&format!("cannot enter {}: {e}", root.display())));
    match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("dist") => {
            let tools = tools::build_tools();
            dist(&tools);
        }
        _ => {
            eprintln!("usage: cargo xtask serve [--port N] | test | dist");
            exit(2);
        }
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
    let port = match args {
        [] => "8080".to_owned(),
        [flag, port] if flag == "--port" => port.clone(),
        _ => fail("usage: cargo xtask serve [--port N]"),
    };
    let tools = tools::build_tools();
    say(&format!(
        "building and serving the explainer: open http://127.0.0.1:{port}/ (Ctrl+C stops)"
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

fn dist(tools: &tools::BuildTools) {
    run(tools.trunk().args(["build", "--release", "--offline"]));
    say("built the site into dist/");
}

fn test() {
    let tools = tools::build_tools();
    let browser = tools::browser();

    run(Command::new("cargo").args(["fmt", "--all", "--check"]));
    run(Command::new("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]));
    say("native tests: story model, content validation, navigation, URL hash");
    run(Command::new("cargo").args(["test", "--workspace", "--exclude", "e2e"]));

    dist(&tools);
    say("browser tests: the built site in headless Chromium over WebDriver");
    let dist = env::current_dir().expect("cwd").join("dist");
    run(Command::new("cargo")
        .args(["test", "-p", "e2e", "--", "--test-threads", "2"])
        .env("E2E_DIST", dist)
        .env("CHROMEDRIVER", &browser.driver)
        .env("CHROMIUM", &browser.binary));
    say("all tests passed");
}
