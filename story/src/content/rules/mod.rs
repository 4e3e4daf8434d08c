//! Stage 3 of the loader: the rules a sound story must keep across files.
//! They run only once every reference resolved, so each can rely on the
//! draft story and speak of a mistake once. One module a family of rules,
//! each rule written down in the README's label table:
//!
//! - `attribution`: a source is credited only where the report names it;
//! - `labels`: a statement's label agrees with who its source is, and the
//!   reporters' own analysis carries the analysis label;
//! - `background`: a fact we added names one specific work;
//! - `unknowns`: an open question says whether, and where, it is answered;
//! - `coverage`: every sentence of the report is told;
//! - `train`: the map draws Kim's train only where the report puts it.

use super::steps::RawStatement;
use super::{located, At, Checker, ContentFile, ContentFiles, Draft, Parsed};
use crate::*;

mod attribution;
mod background;
mod coverage;
mod labels;
pub(in crate::content) use labels::AnalysisFile;
mod train;
mod unknowns;

/// Runs every rule on the draft story.
pub(super) fn run(checker: &mut Checker, files: &ContentFiles, parsed: &Parsed, draft: &Draft) {
    let passages = checker.analysis_passages(files, parsed);
    checker.check_sources_are_named(files, parsed, draft);
    let sentences = report_sentences(&files.report);
    let names = attribution::names(parsed, draft);
    for context in statements(files, parsed, draft) {
        checker.check_attribution(&sentences, &names, draft, &context);
        checker.check_labels(draft, &context, &passages);
        checker.check_background(draft, &context);
        checker.check_unknowns(draft, &context);
    }
    checker.check_train(files, parsed, draft, &sentences);
    if checker.errors.is_empty() {
        checker.check_report_is_told(&files.report, &draft.steps);
    }
}

/// One statement as the rules see it: validated, with where it was written.
pub(super) struct StatementAt<'a> {
    file: &'a ContentFile,
    /// How messages name the step, e.g. `step "khasan"`.
    named: Option<String>,
    /// Position of the statement's step in the story.
    pub(super) step: usize,
    /// 1-based, as messages number statements.
    pub(super) number: usize,
    pub(super) statement: &'a Statement,
    pub(super) raw: &'a toml::Spanned<RawStatement>,
}

impl StatementAt<'_> {
    pub(super) fn at(&self) -> At<'_> {
        At::of(self.file, &self.named)
    }

    pub(super) fn field(&self, name: &str) -> String {
        format!("statement[{}].{name}", self.number)
    }

    /// Where the statement starts, for mistakes that belong to it as a whole.
    pub(super) fn offset(&self) -> usize {
        self.raw.span().start
    }
}

/// Every statement of the draft beside its raw form. The resolver checked
/// every step and statement without a mistake, so the two line up.
fn statements<'a>(
    files: &'a ContentFiles,
    parsed: &'a Parsed,
    draft: &'a Draft,
) -> Vec<StatementAt<'a>> {
    let mut found = Vec::new();
    for (step, (raw_step, validated)) in parsed.steps.step.iter().zip(&draft.steps).enumerate() {
        let (raw, _, named) = located(raw_step, "step", |raw| &raw.id);
        for (number, (raw, statement)) in raw.statement.iter().zip(validated.statements).enumerate()
        {
            found.push(StatementAt {
                file: &files.steps,
                named: named.clone(),
                step,
                number: number + 1,
                statement,
                raw,
            });
        }
    }
    found
}

/// The report's sentences with the paragraph each belongs to.
pub(super) struct ReportSentence {
    pub(super) paragraph: usize,
    pub(super) text: String,
}

pub(super) fn report_sentences(report_file: &ContentFile) -> Vec<ReportSentence> {
    let paragraph_starts: Vec<usize> = report::paragraphs(&report_file.text)
        .into_iter()
        .map(|(line, _)| line)
        .collect();
    report::sentences(&report_file.text)
        .into_iter()
        .map(|sentence| ReportSentence {
            paragraph: paragraph_starts
                .iter()
                .rposition(|&start| start <= sentence.line)
                .unwrap_or(0),
            text: sentence.text,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each sentence knows its paragraph: the credit rules compare them
    /// (cargo-mutants found the mapping untested).
    #[test]
    fn sentences_know_their_paragraphs() {
        let report = ContentFile {
            path: "content/report.txt".to_owned(),
            text: "First one. Second one.\n\nThird one.\n\nFourth one. Fifth one.\n".to_owned(),
        };
        let sentences = report_sentences(&report);
        let paragraphs: Vec<usize> = sentences.iter().map(|s| s.paragraph).collect();
        let texts: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(paragraphs, [0, 0, 1, 2, 2], "{texts:?}");
    }
}
