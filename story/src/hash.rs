//! The URL hash names the current step by its readable id: `#/khasan`, and
//! in presenter mode, on a step shown statement by statement, how many of its
//! statements are shown: `#/khasan/3`. Anything a reader might paste or
//! mistype must map to a step, never an error.

use crate::Story;

/// The hash for a step id, as written into the address bar.
pub fn for_step(id: &str) -> String {
    format!("#/{id}")
}

/// The hash for a step shown up to its `shown`-th statement (a build).
pub fn for_build(id: &str, shown: usize) -> String {
    format!("#/{id}/{shown}")
}

/// The build a hash names (`#/khasan/3` → 3), if it names one: a whole
/// number from 1 after the step id. Anything else names none.
pub fn build(hash: &str) -> Option<usize> {
    let (_, build) = split(hash)?;
    let shown: usize = build?.parse().ok()?;
    (shown >= 1).then_some(shown)
}

/// The hash without `#`, leading and trailing `/` and spaces, split into
/// the step part and the build part after the last `/`, if that is a number.
fn split(hash: &str) -> Option<(&str, Option<&str>)> {
    let trimmed = hash.trim();
    let trimmed = trimmed.strip_prefix('#').unwrap_or(trimmed);
    let trimmed = trimmed.trim_start_matches('/').trim_end_matches('/');
    match trimmed.rsplit_once('/') {
        Some((step, build)) if !build.is_empty() && build.bytes().all(|b| b.is_ascii_digit()) => {
            Some((step.trim_end_matches('/'), Some(build)))
        }
        _ => Some((trimmed, None)),
    }
}

/// The step id a hash names, normalised: leading `#` and `/`, a trailing `/`,
/// surrounding spaces and letter case are forgiven, `%xx` escapes decoded,
/// and a build number after the id (`/3`) set aside. Returns `None` when
/// nothing id-like is left.
pub fn step_id(hash: &str) -> Option<String> {
    let (trimmed, _) = split(hash)?;
    let decoded = percent_decode(trimmed)?.trim().to_ascii_lowercase();
    let is_id = !decoded.is_empty()
        && decoded
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    is_id.then_some(decoded)
}

/// The position the hash opens: the named step, or `None` if it names none.
pub fn step_index(story: &Story, hash: &str) -> Option<usize> {
    step_id(hash).and_then(|id| story.step_index(&id))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            let hex = text.get(at + 1..at + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_hash_reads_back_as_the_same_id() {
        assert_eq!(for_step("khasan"), "#/khasan");
        assert_eq!(step_id(&for_step("khasan")).as_deref(), Some("khasan"));
    }

    #[test]
    fn hand_typed_variants_are_forgiven() {
        for hash in [
            "#khasan",
            "#/Khasan",
            "#//khasan/",
            " #/khasan ",
            "#/kh%61san",
            "khasan",
        ] {
            assert_eq!(step_id(hash).as_deref(), Some("khasan"), "{hash:?}");
        }
    }

    #[test]
    fn a_build_number_follows_the_step() {
        assert_eq!(for_build("khasan", 3), "#/khasan/3");
        assert_eq!(step_id("#/khasan/3").as_deref(), Some("khasan"));
        assert_eq!(build("#/khasan/3"), Some(3));
        assert_eq!(build("#/khasan/3/"), Some(3));
        assert_eq!(build("#/khasan"), None);
        assert_eq!(build("#/khasan/0"), None, "builds count from 1");
        assert_eq!(build("#/khasan/x"), None);
        assert_eq!(step_id("#/khasan/x"), None, "a slash inside an id is no id");
        assert_eq!(build("#/khasan/99999999999999999999999"), None);
    }

    #[test]
    fn malformed_hashes_name_no_step() {
        for hash in [
            "",
            "#",
            "#/",
            "#/%",
            "#/%zz",
            "#/a b",
            "#/<script>",
            "#/%ff%fe",
            "#/é",
        ] {
            assert_eq!(step_id(hash), None, "{hash:?}");
        }
    }
}
