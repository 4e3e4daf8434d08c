//! Attribution: the story credits a news source only where the report does.
//! A statement credited to a source quotes a sentence that names it (as
//! `named_as` in `content/sources.toml` spells it), or says in
//! `carried_from` which earlier sentence of the same paragraph names it; the
//! page then tells the reader that the attribution is carried over.
//! The reporters are exempt: the whole report is theirs.

use super::{ReportSentence, StatementAt};
use crate::content::{located, At, Checker, ContentFiles, Draft, Parsed};
use crate::*;

impl Checker {
    /// Every news source other than the reporters says how the report names
    /// it, in words the report contains.
    pub(super) fn check_sources_are_named(
        &mut self,
        files: &ContentFiles,
        parsed: &Parsed,
        draft: &Draft,
    ) {
        let report = report::normalise(&files.report.text);
        for (item, source) in parsed.sources.source.iter().zip(&draft.sources.items) {
            let (raw, offset, named) = located(item, "source", |raw| &raw.id);
            let at = At::of(&files.sources, &named);
            let needs_names =
                source.kind == SourceKind::News && source.affiliation != Affiliation::Reporters;
            if needs_names && raw.named_as.is_empty() {
                self.report(at, offset, "named_as", "missing; expected the words the report names this source with, like named_as = [\"Tass\"]");
            }
            for name in &raw.named_as {
                let wanted = report::normalise(name.get_ref());
                if wanted.is_empty() || !report.contains(&wanted) {
                    self.report(at, name.span().start, "named_as", format!("{wanted:?} is not in the report; expected the source's name as the report writes it"));
                }
            }
        }
    }

    pub(super) fn check_attribution(
        &mut self,
        sentences: &[ReportSentence],
        names_of: &Names,
        draft: &Draft,
        context: &StatementAt<'_>,
    ) {
        let statement = context.statement;
        let Some(quote) = statement.quote else {
            return;
        };
        let quoted: Vec<(usize, &ReportSentence)> = sentences
            .iter()
            .enumerate()
            .filter(|(_, sentence)| sentence.text.contains(quote))
            .collect();
        let credited: Vec<&Source> = statement
            .sources
            .iter()
            .map(|&source| &draft.sources.items[usize::from(source.0)])
            .filter(|source| source.affiliation != Affiliation::Reporters)
            .collect();
        if credited.is_empty() {
            if let Some(carried) = &context.raw.get_ref().carried_from {
                self.report(context.at(), carried.span().start, &context.field("carried_from"), "the statement credits only the reporters, who need no attribution; expected no carried_from");
            }
            return;
        }
        if quoted.is_empty() {
            let offset = context
                .raw
                .get_ref()
                .quote
                .as_ref()
                .map_or(context.offset(), |q| q.span().start);
            self.report(context.at(), offset, &context.field("quote"), format!("{quote:?} runs across two sentences of the report; expected words from one sentence, so the sentence can be checked for who it credits"));
            return;
        }
        let names = |source: &Source, text: &str| -> bool {
            names_of[source.id]
                .iter()
                .any(|name| text.contains(name.as_str()))
        };
        let unnamed: Vec<&Source> = credited
            .iter()
            .copied()
            .filter(|source| {
                !quoted
                    .iter()
                    .any(|(_, sentence)| names(source, &sentence.text))
            })
            .collect();
        let raw = context.raw.get_ref();
        match (&raw.carried_from, statement.carried_from) {
            (Some(carried), Some(carried_text)) => {
                if unnamed.is_empty() {
                    self.report(
                        context.at(),
                        carried.span().start,
                        &context.field("carried_from"),
                        "the quoted sentence already names every source; expected no carried_from",
                    );
                    return;
                }
                for source in unnamed {
                    let earlier = quoted.iter().any(|&(at, sentence)| {
                        sentences[..at].iter().any(|before| {
                            before.paragraph == sentence.paragraph
                                && before.text.contains(carried_text)
                                && names(source, &before.text)
                        })
                    });
                    if !earlier {
                        self.report(context.at(), carried.span().start, &context.field("carried_from"), format!("{carried_text:?} is not in an earlier sentence of the same paragraph that names {:?}; expected words from the sentence the attribution carries over from", source.id));
                    }
                }
            }
            _ => {
                let field = context.field("sources");
                for source in unnamed {
                    let offset = raw
                        .sources
                        .iter()
                        .find(|s| s.get_ref().trim() == source.id)
                        .map_or(context.offset(), |s| s.span().start);
                    let spelled = names_of[source.id].join("\", \"");
                    self.report(context.at(), offset, &field, format!("{:?} is not named in the quoted sentence {:?}; expected a quote from a sentence that names it (as \"{spelled}\"), or carried_from with the words of the earlier sentence that does", source.id, quoted[0].1.text));
                }
            }
        }
    }
}

/// How the report names each source (`named_as`), whitespace-normalised,
/// by source id.
pub(super) type Names = std::collections::HashMap<&'static str, Vec<String>>;

pub(super) fn names(parsed: &Parsed, draft: &Draft) -> Names {
    parsed
        .sources
        .source
        .iter()
        .zip(&draft.sources.items)
        .map(|(raw, source)| {
            let spelled = raw
                .get_ref()
                .named_as
                .iter()
                .map(|name| report::normalise(name.get_ref()))
                .collect();
            (source.id, spelled)
        })
        .collect()
}
