//! Unknowns: a question the story leaves open says whether the report
//! answers it later. "unknown" (not yet known at this point) names the later
//! step that answers it in `answered_in`; "open" (still unknown) is one the
//! report never answers, so it names none.

use super::StatementAt;
use crate::content::{Checker, Draft};
use crate::*;

impl Checker {
    pub(super) fn check_unknowns(&mut self, draft: &Draft, context: &StatementAt<'_>) {
        let statement = context.statement;
        let raw = context.raw.get_ref();
        let field = context.field("answered_in");
        match (statement.status, statement.answered_in, &raw.answered_in) {
            (Status::Unknown, None, _) => {
                self.report(context.at(), context.offset(), &field, "missing; a question not yet known here names the later step that answers it, like answered_in = \"welcome\"; expected that, or status = \"open\" if the report never answers it");
            }
            (Status::Unknown, Some(answer), Some(written))
                if usize::from(answer) <= context.step =>
            {
                self.report(
                    context.at(),
                    written.span().start,
                    &field,
                    format!(
                        "{:?} is not a later step; expected a step after {:?} that answers it",
                        draft.steps[usize::from(answer)].id,
                        draft.steps[context.step].id
                    ),
                );
            }
            (status, Some(_), Some(written)) if status != Status::Unknown => {
                self.report(context.at(), written.span().start, &field, format!("only a question a later step answers names one; expected no answered_in for status = {:?}", status.slug()));
            }
            _ => {}
        }
    }
}
