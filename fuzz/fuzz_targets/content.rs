//! Fuzzes the content parser and validator: one content file's text is
//! replaced by the input and the whole story is loaded, the other files taken
//! from `story/tests/fixtures/base`. Whatever the bytes, the loader returns a
//! story or mistakes that each name a content file, a line in it and a field;
//! it never panics. `story/tests/properties.rs` checks the same on stable.
//!
//! The input's first byte picks the file (low bits) and the mode (top bit):
//! - clear: the rest of the input is the whole file;
//! - set: the rest edits the fixture's file: two bytes give where (little
//!   endian, modulo its length), one byte how many bytes to delete there, and
//!   the remaining bytes are inserted. This reaches the validator behind the
//!   TOML parser without a seed corpus.

#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use story::content::{check_loader, ContentFiles, FILE_NAMES};

/// The loader leaks the story's strings into `'static` storage on purpose (it
/// runs once per build), so LeakSanitizer would stop the run at the first
/// input. AddressSanitizer reads its defaults from this function; without a
/// sanitizer nothing calls it.
#[no_mangle]
pub extern "C" fn __asan_default_options() -> *const std::ffi::c_char {
    c"detect_leaks=0".as_ptr()
}

static BASE: LazyLock<ContentFiles> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../story/tests/fixtures/base");
    ContentFiles::read(&dir, "content").expect("fixture files are readable")
});

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let name = FILE_NAMES[usize::from(choice & 0x7f) % FILE_NAMES.len()];
    let text = if choice & 0x80 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        edit(&fixture_text(name), rest)
    };
    check(name, &text);
});

fn fixture_text(name: &str) -> String {
    let mut files = BASE.clone();
    files.file_mut(name).expect("a content file").text.clone()
}

/// `text` with the edit `data` describes, cut at character boundaries.
fn edit(text: &str, data: &[u8]) -> String {
    let [lo, hi, delete, insert @ ..] = data else {
        return text.to_owned();
    };
    let floor = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let at = floor(usize::from(u16::from_le_bytes([*lo, *hi])) % (text.len() + 1));
    let end = floor(at + usize::from(*delete)).max(at);
    format!(
        "{}{}{}",
        &text[..at],
        String::from_utf8_lossy(insert),
        &text[end..]
    )
}

/// The property: a sound story, or mistakes a person can act on
/// (`story::content::check_loader`, shared with the stable property tests).
fn check(name: &str, text: &str) {
    if let Err(broken) = check_loader(&BASE, name, text) {
        panic!("{broken}");
    }
}
