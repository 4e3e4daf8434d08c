//! Background: a fact we added to the report names one specific work, its
//! title and its publisher, so a reader can look it up. A general reference
//! with no publisher (the encyclopaedia used for coordinates and glossary
//! definitions) cannot carry a statement.

use super::StatementAt;
use crate::content::{Checker, Draft};
use crate::*;

impl Checker {
    pub(super) fn check_background(&mut self, draft: &Draft, context: &StatementAt<'_>) {
        if context.statement.status != Status::Background {
            return;
        }
        let raw = context.raw.get_ref();
        for (&source, written) in context.statement.sources.iter().zip(&raw.sources) {
            let source = &draft.sources.items[usize::from(source.0)];
            if source.publisher.is_none() {
                self.report(context.at(), written.span().start, &context.field("sources"), format!("{:?} names no publisher; expected a specific work (a title and its publisher) for a background fact, not a catch-all", source.id));
            }
        }
    }
}
