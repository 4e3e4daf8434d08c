//! The loader's promise for any input, checked by the property tests
//! (`tests/properties.rs`, on stable) and the fuzz target (`fuzz/`, on
//! nightly) with the same code: a sound story, or mistakes a person can act
//! on, each naming a content file, a line inside it and a field, on one
//! line, like a compiler error; and when the file is not even valid TOML
//! (or JSON), a mistake names that file itself.

use super::{load_with_file, ContentFiles};
use crate::{hash, Story};

/// Loads `files` with the file called `name` holding `text`, and returns the
/// story it made (if any) or how the answer breaks the promise.
pub fn check_loader(files: &ContentFiles, name: &str, text: &str) -> Result<Option<Story>, String> {
    let errors = match load_with_file(files, name, text) {
        Ok(story) => {
            if story.steps.is_empty() {
                return Err("a story without steps".into());
            }
            for (index, step) in story.steps.iter().enumerate() {
                let written = hash::for_step(step.id);
                if hash::step_index(&story, &written) != Some(index) {
                    return Err(format!("{written} does not open step {}", index + 1));
                }
            }
            return Ok(Some(story));
        }
        Err(errors) => errors,
    };
    if errors.is_empty() {
        return Err("an Err without mistakes".into());
    }
    let mut edited = files.clone();
    if let Some(file) = edited.file_mut(name) {
        file.text = text.to_owned();
    }
    for error in &errors {
        let shown = error.to_string();
        let Some(file) = edited.all().into_iter().find(|f| f.path == error.file) else {
            return Err(format!("names no content file: {shown}"));
        };
        let lines = file.text.matches('\n').count() + 1;
        if !(1..=lines).contains(&error.line) {
            return Err(format!(
                "line {} is not in a {lines}-line file: {shown}",
                error.line
            ));
        }
        if error.field.is_empty() {
            return Err(format!("names no field: {shown}"));
        }
        if error.message.trim().is_empty() {
            return Err(format!("says nothing: {shown}"));
        }
        if !shown.starts_with(&format!("{}:{}: ", error.file, error.line)) {
            return Err(format!("does not start with its place: {shown}"));
        }
        if shown.contains('\n') {
            return Err(format!("spans lines: {shown:?}"));
        }
    }
    let parses = if name.ends_with(".json") {
        serde_json::from_str::<serde_json::Value>(text).is_ok()
    } else if name.ends_with(".toml") {
        toml::from_str::<toml::Table>(text).is_ok()
    } else {
        true
    };
    let path = edited
        .file_mut(name)
        .map(|f| f.path.clone())
        .unwrap_or_default();
    if !parses && !errors.iter().any(|error| error.file == path) {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        return Err(format!(
            "{path} is broken but no mistake names it: {shown:?}"
        ));
    }
    Ok(None)
}
