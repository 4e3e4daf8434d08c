//! The URL hash names the current step by its readable id: `#/khasan`.
//! Anything a reader might paste or mistype must map to a step, never an error.

use crate::Story;

/// The hash for a step id, as written into the address bar.
pub fn for_step(id: &str) -> String {
    format!("#/{id}")
}

/// The step id a hash names, normalised: leading `#` and `/`, a trailing `/`,
/// surrounding spaces and letter case are forgiven, and `%xx` escapes decoded.
/// Returns `None` when nothing id-like is left.
pub fn step_id(hash: &str) -> Option<String> {
    let trimmed = hash.trim();
    let trimmed = trimmed.strip_prefix('#').unwrap_or(trimmed);
    let trimmed = trimmed.trim_start_matches('/').trim_end_matches('/');
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
