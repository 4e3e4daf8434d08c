//! Coverage: the story tells every sentence of the report.

use super::super::{Checker, ContentError, ContentFile};
use crate::report;
use crate::*;

impl Checker {
    /// Every sentence of the report must be told by at least one statement,
    /// so the explainer cannot silently leave a fact out.
    pub(super) fn check_report_is_told(&mut self, report_file: &ContentFile, steps: &[Step]) {
        let quotes: Vec<&str> = steps
            .iter()
            .flat_map(|step| step.statements)
            .filter_map(|statement| statement.quote)
            .collect();
        for sentence in report::sentences(&report_file.text) {
            if !quotes.iter().any(|quote| sentence.text.contains(quote)) {
                self.errors.push(ContentError {
                    file: report_file.path.clone(),
                    line: sentence.line,
                    item: None,
                    field: "quote".into(),
                    message: format!("no statement in content/steps.toml quotes this sentence, so the story leaves it out: {:?}; expected a statement whose quote is part of it", sentence.text),
                });
            }
        }
    }
}
