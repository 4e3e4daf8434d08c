//! Fuzzing the content loader with `cargo fuzz` (target `content` in fuzz/).
//! cargo fuzz needs a nightly toolchain; without one the run is skipped,
//! loudly, and the stable property tests in story/tests/properties.rs (run
//! with the native tests) remain the check on hostile content.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::say;

/// The fuzz target, in the `fuzz` folder of the project root (the current
/// folder while xtask runs).
const TARGET: &str = "content";
const FUZZ_DIR: &str = "fuzz";

/// Fuzzes the content loader for `seconds`. Ok with a summary line when
/// nothing broke, or with a line starting "SKIPPED:" when there is no nightly
/// toolchain; Err with the crash and the saved input when it found one.
///
/// The loader leaks each story into `'static` storage by design, so memory
/// grows by about 1 MB per thousand runs: libFuzzer's 2 GB limit is reached
/// only after half an hour or so.
pub fn run_fuzz(seconds: u32) -> Result<String, String> {
    match first_line(Command::new("rustup").args(["run", "nightly", "rustc", "--version"])) {
        Some(version) => say(&format!("nightly toolchain: {version}")),
        None => {
            let message = "SKIPPED: fuzzing the content loader needs a nightly Rust toolchain \
                (cargo fuzz builds with sanitizers, which stable Rust lacks), and none is installed. \
                The stable property tests (story/tests/properties.rs) still ran with the native tests. \
                To fuzz too: rustup toolchain install nightly";
            say(message);
            return Ok(message.to_owned());
        }
    }
    ensure_cargo_fuzz()?;

    let max_time = format!("-max_total_time={seconds}");
    let args = ["+nightly", "fuzz", "run", TARGET, "--", &max_time];
    say(&format!(
        "running cargo {} in {FUZZ_DIR}/ (builds first, then fuzzes for {seconds} s)",
        args.join(" ")
    ));
    let mut child = Command::new("cargo")
        .args(args)
        .current_dir(Path::new(FUZZ_DIR))
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start cargo fuzz: {e}"))?;

    // libFuzzer reports on stderr: echo it without the line it prints for
    // every new input, and keep what a report needs.
    let mut recent: VecDeque<String> = VecDeque::new();
    let mut crash: Vec<String> = Vec::new();
    let mut in_panic = false;
    let mut done = None;
    let mut last_stats = None;
    let stderr = child.stderr.take().expect("stderr is piped");
    for line in BufReader::new(stderr).lines() {
        let line = line.unwrap_or_default();
        let chatter = matches!(
            line.split_whitespace().nth(1),
            Some("NEW" | "REDUCE" | "NEW_FUNC")
        ) || line.trim_start().starts_with("NEW_FUNC");
        if !chatter {
            eprintln!("{line}");
        }
        if line.starts_with("Done ") && line.contains(" runs in ") {
            done = Some(line.clone());
        }
        if line.contains(" cov: ") {
            last_stats = Some(line.clone());
        }
        // A panic's message (not its backtrace), the sanitizer's verdict and
        // where libFuzzer saved the input.
        if line.contains("panicked at") {
            in_panic = true;
        } else if line.starts_with("stack backtrace:") || line.starts_with("note:") {
            in_panic = false;
        }
        let verdict = ["ERROR:", "SUMMARY:", "Test unit written to"]
            .iter()
            .any(|mark| line.contains(mark));
        if (in_panic || verdict) && crash.len() < 40 {
            crash.push(line.clone());
        }
        recent.push_back(line);
        if recent.len() > 30 {
            recent.pop_front();
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("cargo fuzz did not finish: {e}"))?;

    if status.success() {
        let stats = last_stats
            .as_deref()
            .and_then(|line| line.split_once(" cov: "))
            .map(|(_, rest)| format!(", cov: {rest}"))
            .unwrap_or_default();
        let summary = format!(
            "fuzzing content: no crash; {}{stats}",
            done.as_deref().unwrap_or("finished")
        );
        say(&summary);
        return Ok(summary);
    }
    let details = if crash.is_empty() {
        Vec::from(recent)
    } else {
        crash
    };
    Err(format!(
        "cargo fuzz run {TARGET} failed ({status}): a crash, or the target did not build. \
         The input is saved under {FUZZ_DIR}/artifacts/{TARGET}/; reproduce with \
         `cd {FUZZ_DIR} && cargo +nightly fuzz run {TARGET} <that file>`.\n{}",
        details.join("\n")
    ))
}

/// Installs cargo-fuzz with cargo unless `cargo fuzz --version` runs.
fn ensure_cargo_fuzz() -> Result<(), String> {
    if let Some(version) = first_line(Command::new("cargo").args(["fuzz", "--version"])) {
        say(&format!("{version}: present"));
        return Ok(());
    }
    say("cargo-fuzz: not installed; installing with cargo install cargo-fuzz --locked (once; this can take a few minutes)");
    let status = Command::new("cargo")
        .args(["install", "cargo-fuzz", "--locked"])
        .status()
        .map_err(|e| format!("could not start cargo install cargo-fuzz: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "cargo install cargo-fuzz --locked failed ({status})"
        ))
    }
}

/// The first line a command prints, if it runs and succeeds.
fn first_line(command: &mut Command) -> Option<String> {
    let output = command.output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    output
        .status
        .success()
        .then(|| text.lines().next().unwrap_or("").trim().to_owned())
}
