//! `content/glossary.toml`: terms and people, and where the story's
//! statements mention them (worked out here, so the app only draws).

use serde::Deserialize;
use toml::Spanned;

use super::{leak_slice, leak_str, located, resolve, At, Checker, ContentFile, Table, Text};
use crate::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GlossaryFile {
    #[serde(default)]
    term: Vec<Spanned<RawTerm>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    id: Text,
    term: Text,
    #[serde(default)]
    matches: Vec<Spanned<String>>,
    definition: Text,
    source: Text,
}

impl Checker {
    /// The glossary, with each term's match phrases (lowercase, longest first).
    pub(crate) fn glossary(
        &mut self,
        file: &ContentFile,
        parsed: &GlossaryFile,
        sources: &Table<Source>,
    ) -> (Vec<Term>, Vec<Vec<String>>) {
        let (mut terms, mut phrases) = (Vec::new(), Vec::new());
        let mut ids = std::collections::HashMap::new();
        for item in &parsed.term {
            let (raw, offset, named) = located(item, "term", |raw| &raw.id);
            let at = At::of(file, &named);
            let id = self.id(at, offset, &raw.id, &mut ids, terms.len());
            let term = self.text(at, offset, "term", &raw.term);
            let definition = self.text(at, offset, "definition", &raw.definition);
            let source = self
                .text(at, offset, "source", &raw.source)
                .and_then(|source_id| {
                    let offset = raw.source.as_ref().map_or(offset, |s| s.span().start);
                    resolve(
                        self,
                        at,
                        offset,
                        "source",
                        source_id,
                        &sources.index,
                        "content/sources.toml",
                    )
                    .map(SourceRef)
                    .filter(|&source| {
                        // Definitions are general knowledge: a claim from the
                        // report belongs in a statement, with its label.
                        let item = sources.items.get(usize::from(source.0));
                        let news = item.is_some_and(|item| item.id == source_id && item.kind == SourceKind::News);
                        if news {
                            self.report(at, offset, "source", format!("{source_id:?} is a news source; expected a background source, because a definition carries no claim from the report (tell those in content/steps.toml)"));
                        }
                        !news
                    })
                });
            if raw.matches.is_empty() {
                self.report(at, offset, "matches", "missing; expected the words in the story that open this term, like matches = [\"cosmodrome\"]");
            }
            let mut words: Vec<String> = raw
                .matches
                .iter()
                .map(|m| m.get_ref().trim().to_lowercase())
                .collect();
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            if let (Some(id), Some(term), Some(definition), Some(source)) =
                (id, term, definition, source)
            {
                terms.push(Term {
                    id,
                    term,
                    definition,
                    source,
                });
                phrases.push(words);
            }
        }
        // A to Z here, at build time, so the page needs no Unicode case
        // tables (about 7 KB of wasm) to sort the glossary view.
        let mut paired: Vec<_> = terms.into_iter().zip(phrases).collect();
        paired.sort_by_cached_key(|(term, _)| term.term.to_lowercase());
        paired.into_iter().unzip()
    }
}

/// Splits a statement's text where glossary terms occur (whole words, any
/// case). `marked` holds the terms already marked in this step, so a step
/// marks each term once, at its first mention.
pub(crate) fn segments(
    text: &str,
    phrases: &[Vec<String>],
    marked: &mut [bool],
) -> &'static [Segment] {
    segments_where(text, phrases, marked, whole_word)
}

/// As [`segments`], for a translation: a term matches where a word begins
/// with it, since Russian words take case endings and Korean ones
/// particles (보스토치니 우주기지에서 marks 보스토치니 우주기지).
pub(crate) fn segments_by_stem(
    text: &str,
    phrases: &[Vec<String>],
    marked: &mut [bool],
) -> &'static [Segment] {
    segments_where(text, phrases, marked, word_start)
}

fn segments_where(
    text: &str,
    phrases: &[Vec<String>],
    marked: &mut [bool],
    find: fn(&str, &str) -> Option<usize>,
) -> &'static [Segment] {
    let lower = text.to_lowercase();
    // Offsets found in `lower` are used to cut `text`, so every character must
    // keep its byte length when lowercased. Outside ASCII some do not, and the
    // total can still match ("ẞ" shrinks, "İ" grows), which once cut a word
    // in the wrong place or panicked inside a character; then mark nothing.
    let aligned = text
        .chars()
        .all(|c| c.to_lowercase().map(char::len_utf8).sum::<usize>() == c.len_utf8());
    if !aligned {
        return leak_slice(vec![Segment {
            text: leak_str(text),
            term: None,
            km: None,
        }]);
    }
    let mut hits: Vec<(usize, usize, u16)> = Vec::new();
    for (term, words) in phrases.iter().enumerate() {
        if marked[term] {
            continue;
        }
        let found = words
            .iter()
            .find_map(|word| find(&lower, word).map(|at| (at, at + word.len())));
        if let Some((start, end)) = found {
            if hits.iter().all(|&(s, e, _)| end <= s || start >= e) {
                hits.push((start, end, term as u16));
                marked[term] = true;
            }
        }
    }
    hits.sort_unstable();
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end, term) in hits {
        if start > at {
            parts.push(Segment {
                text: leak_str(&text[at..start]),
                term: None,
                km: None,
            });
        }
        parts.push(Segment {
            text: leak_str(&text[start..end]),
            term: Some(term),
            km: None,
        });
        at = end;
    }
    if at < text.len() {
        parts.push(Segment {
            text: leak_str(&text[at..]),
            term: None,
            km: None,
        });
    }
    leak_slice(parts)
}

fn word_start(haystack: &str, word: &str) -> Option<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    haystack
        .match_indices(word)
        .map(|(at, _)| at)
        .find(|&at| !is_word(haystack[..at].chars().next_back()))
}

fn whole_word(haystack: &str, word: &str) -> Option<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    haystack.match_indices(word).map(|(at, _)| at).find(|&at| {
        !is_word(haystack[..at].chars().next_back())
            && !is_word(haystack[at + word.len()..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_match_whole_words_and_never_overlap() {
        assert_eq!(whole_word("two trains left", "train"), None);
        assert_eq!(whole_word("retrain", "train"), None);
        assert_eq!(whole_word("the train.", "train"), Some(4));
        // "Vostochny spaceport" is marked; "spaceport" inside it is not
        // marked again, and the segments join back to the text.
        let phrases = vec![
            vec!["vostochny spaceport".to_owned()],
            vec!["spaceport".to_owned()],
        ];
        let mut marked = vec![false; 2];
        let parts = segments("At the Vostochny spaceport", &phrases, &mut marked);
        let joined: String = parts.iter().map(|p| p.text).collect();
        assert_eq!(joined, "At the Vostochny spaceport");
        let terms: Vec<Option<u16>> = parts.iter().map(|p| p.term).collect();
        assert_eq!(terms, [None, Some(0)]);
        assert_eq!(marked, [true, false]);
    }

    #[test]
    fn marks_whole_words_once() {
        let phrases = vec![vec!["cosmodrome".to_owned()], vec!["kim".to_owned()]];
        let mut marked = vec![false, false];
        let parts = segments(
            "Kim toured the cosmodrome; Kimchi is food.",
            &phrases,
            &mut marked,
        );
        let shown: Vec<(&str, Option<u16>)> = parts.iter().map(|s| (s.text, s.term)).collect();
        assert_eq!(
            shown,
            [
                ("Kim", Some(1)),
                (" toured the ", None),
                ("cosmodrome", Some(0)),
                ("; Kimchi is food.", None)
            ]
        );
        let again = segments("Kim again.", &phrases, &mut marked);
        assert_eq!(again.len(), 1, "already marked in this step");
    }

    #[test]
    fn letters_whose_case_changes_length_mark_nothing_and_never_panic() {
        // "ẞ" shrinks by a byte when lowercased and "İ" grows by one: the
        // total stays the same, but offsets between them are shifted.
        let phrases = vec![vec!["train".to_owned()]];
        for text in ["ẞ«train»İ", "İThe train stopped.ẞ", "\u{212A}train"] {
            let mut marked = vec![false];
            let parts = segments(text, &phrases, &mut marked);
            let shown: Vec<(&str, Option<u16>)> = parts.iter().map(|s| (s.text, s.term)).collect();
            assert_eq!(shown, [(text, None)], "{text:?}");
        }
    }
}
