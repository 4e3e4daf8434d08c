//! Labels: a statement's status agrees with who its sources are, and the
//! reporters' own analysis is shown as analysis.
//!
//! `content/analysis.toml` lists, word for word, the passages where the
//! report interprets rather than reports (why the summit matters, what each
//! side stands to gain, how provocative the tests were). A statement whose
//! quote touches one of them carries `status = "analysis"`, credited to the
//! reporters alone, and an "analysis" statement must quote one of them. A
//! claim "by a party" comes only from one of the two sides; a statement
//! whose every source is one of the two sides is a claim, not on the record.

use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::StatementAt;
use crate::content::{line_of, At, Checker, ContentFiles, Draft, Parsed, Text};
use crate::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(in crate::content) struct AnalysisFile {
    #[serde(default)]
    passage: Vec<Spanned<RawPassage>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPassage {
    /// The report's words, copied exactly.
    quote: Text,
    /// Why this is analysis, for the editor who reads the file.
    why: Text,
}

/// Where the analysis passages sit in the whitespace-normalised report.
pub(super) struct Passages {
    report: String,
    /// Each occurrence of a passage, with the line of analysis.toml it is on.
    found: Vec<(Range<usize>, usize)>,
}

impl Passages {
    /// The line in analysis.toml of a passage that `quote` overlaps, if any.
    fn touched_by(&self, quote: &str) -> Option<usize> {
        occurrences(&self.report, quote).find_map(|quoted| {
            self.found
                .iter()
                .find(|(passage, _)| passage.start < quoted.end && quoted.start < passage.end)
                .map(|&(_, line)| line)
        })
    }
}

fn occurrences<'a>(text: &'a str, part: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
    text.match_indices(part)
        .map(move |(start, _)| start..start + part.len())
}

impl Checker {
    /// Every passage of analysis.toml, checked against the report.
    pub(super) fn analysis_passages(&mut self, files: &ContentFiles, parsed: &Parsed) -> Passages {
        let file = &files.analysis;
        let report = report::normalise(&files.report.text);
        let mut found = Vec::new();
        for (number, item) in parsed.analysis.passage.iter().enumerate() {
            let named = Some(format!("passage {}", number + 1));
            let at = At::of(file, &named);
            let offset = item.span().start;
            let raw = item.get_ref();
            self.text(at, offset, "why", &raw.why);
            let Some(quote) = self.text(at, offset, "quote", &raw.quote) else {
                continue;
            };
            let quote_offset = raw.quote.as_ref().map_or(offset, |q| q.span().start);
            let wanted = report::normalise(quote);
            let ranges: Vec<Range<usize>> = occurrences(&report, &wanted).collect();
            if ranges.is_empty() {
                self.report(at, quote_offset, "quote", format!("{wanted:?} is not in the report; expected words copied exactly from content/report.txt"));
            }
            let line = line_of(&file.text, quote_offset);
            found.extend(ranges.into_iter().map(|range| (range, line)));
        }
        Passages { report, found }
    }

    pub(super) fn check_labels(
        &mut self,
        draft: &Draft,
        context: &StatementAt<'_>,
        passages: &Passages,
    ) {
        let statement = context.statement;
        let raw = context.raw.get_ref();
        let status_offset = raw
            .status
            .as_ref()
            .map_or(context.offset(), |s| s.span().start);
        let sources: Vec<&Source> = statement
            .sources
            .iter()
            .map(|&source| &draft.sources.items[usize::from(source.0)])
            .collect();
        let source_offset = |id: &str| {
            raw.sources
                .iter()
                .find(|s| s.get_ref().trim() == id)
                .map_or(context.offset(), |s| s.span().start)
        };
        let analysis_line = statement.quote.and_then(|quote| passages.touched_by(quote));
        match (statement.status, analysis_line) {
            (Status::Analysis, None) => {
                self.report(context.at(), status_offset, &context.field("status"), "\"analysis\" is for the reporters' own reading; expected a quote inside a passage of content/analysis.toml, or another status");
            }
            (Status::Analysis, Some(_)) => {
                for source in sources
                    .iter()
                    .filter(|s| s.affiliation != Affiliation::Reporters)
                {
                    self.report(context.at(), source_offset(source.id), &context.field("sources"), format!("{:?} is not the reporters; expected the reporters alone as the source of their own analysis", source.id));
                }
            }
            (status, Some(line)) => {
                self.report(context.at(), status_offset, &context.field("status"), format!("{:?} for words of the reporters' own analysis (content/analysis.toml:{line}); expected status = \"analysis\"", status.slug()));
            }
            (Status::Claimed, None) => {
                // Material of unknown origin (a video online) can stand beside
                // a party's word without making it anyone else's.
                for source in sources.iter().filter(|s| {
                    !s.affiliation.is_party() && s.affiliation != Affiliation::Unidentified
                }) {
                    self.report(context.at(), source_offset(source.id), &context.field("sources"), format!("{:?} is {}, not one of the two sides; expected status = \"on-record\" for a named source outside the summit", source.id, source.affiliation.label()));
                }
            }
            (Status::OnRecord, None) if sources.iter().all(|s| s.affiliation.is_party()) => {
                let ids: Vec<&str> = sources.iter().map(|s| s.id).collect();
                self.report(context.at(), status_offset, &context.field("status"), format!("every source ({}) speaks for one of the two sides; expected status = \"claimed\"", ids.join(", ")));
            }
            // On the record needs a named source outside the two sides:
            // material of unknown origin cannot be that source, alone or
            // beside a party (cargo-mutants found the alone case unchecked).
            (Status::OnRecord, None)
                if sources.iter().all(|s| {
                    s.affiliation.is_party() || s.affiliation == Affiliation::Unidentified
                }) =>
            {
                let ids: Vec<&str> = sources.iter().map(|s| s.id).collect();
                let message = if sources.iter().any(|s| s.affiliation.is_party()) {
                    format!("beside one of the two sides, the only other sources ({}) are of unknown origin; expected status = \"claimed\"", ids.join(", "))
                } else {
                    format!("every source ({}) is of unknown origin; expected a named source for \"on-record\", or the status of whoever the report says made it", ids.join(", "))
                };
                self.report(
                    context.at(),
                    status_offset,
                    &context.field("status"),
                    message,
                );
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quote touches an analysis passage only where they share a letter:
    /// a quote that ends where a passage starts, or starts where it ends, is
    /// the report's own sentence beside the analysis (cargo-mutants found
    /// both edges untested).
    #[test]
    fn a_quote_touches_a_passage_only_where_they_overlap() {
        let report = "Aaa bbb. Ccc ddd.".to_owned();
        let after = Passages {
            report: report.clone(),
            found: vec![(9..17, 3)],
        };
        assert_eq!(after.touched_by("Ccc"), Some(3));
        assert_eq!(after.touched_by("bbb. C"), Some(3), "one letter in");
        assert_eq!(
            after.touched_by("Aaa bbb. "),
            None,
            "ends where the passage starts"
        );
        let before = Passages {
            report,
            found: vec![(0..9, 7)],
        };
        assert_eq!(before.touched_by("bbb"), Some(7));
        assert_eq!(
            before.touched_by("Ccc"),
            None,
            "starts where the passage ends"
        );
    }
}
