//! The page's labels in this build's language, baked by build.rs from
//! `content/ui.toml` (English) or its translation (`content/<code>/ui.toml`).
//! A label is `UI.group_key`; a misspelt one does not compile.

use story::Status;

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// A status's label, as the reader sees it beside every statement.
pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::OnRecord => UI.status_on_record,
        Status::Claimed => UI.status_claimed,
        Status::UnnamedOfficials => UI.status_unnamed_officials,
        Status::Speculation => UI.status_speculation,
        Status::Analysis => UI.status_analysis,
        Status::Unknown => UI.status_unknown,
        Status::Open => UI.status_open,
        Status::Background => UI.status_background,
    }
}

/// The one sentence that explains a status's rule.
pub fn status_explanation(status: Status) -> &'static str {
    match status {
        Status::OnRecord => UI.status_explanation_on_record,
        Status::Claimed => UI.status_explanation_claimed,
        Status::UnnamedOfficials => UI.status_explanation_unnamed_officials,
        Status::Speculation => UI.status_explanation_speculation,
        Status::Analysis => UI.status_explanation_analysis,
        Status::Unknown => UI.status_explanation_unknown,
        Status::Open => UI.status_explanation_open,
        Status::Background => UI.status_explanation_background,
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}
