//! `content/teaching.toml`: a teacher's note and a discussion question for
//! every step, shown only in the presenter's notes.

use serde::Deserialize;
use toml::Spanned;

use super::{located, At, Checker, ContentFile, Text};
use crate::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TeachingFile {
    #[serde(default)]
    note: Vec<Spanned<RawNote>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    step: Text,
    minutes: Option<Spanned<i64>>,
    notes: Text,
    question: Text,
}

impl Checker {
    /// One note per step id in `step_ids`, in the same order; every step
    /// needs one, and no note may name a step that does not exist.
    pub(crate) fn teaching(
        &mut self,
        file: &ContentFile,
        parsed: &TeachingFile,
        step_ids: &[String],
    ) -> Vec<Option<TeacherNote>> {
        let mut notes: Vec<Option<TeacherNote>> = vec![None; step_ids.len()];
        let errors_before = self.errors.len();
        for item in &parsed.note {
            let (raw, offset, named) = located(item, "note for step", |raw| &raw.step);
            let at = At::of(file, &named);
            let step = self.text(at, offset, "step", &raw.step).and_then(|id| {
                let index = step_ids.iter().position(|s| s == id);
                let offset = raw.step.as_ref().map_or(offset, |s| s.span().start);
                match index {
                    None => {
                        self.report(at, offset, "step", format!("{id:?} is not a step; expected the id of a step in content/steps.toml"));
                        None
                    }
                    Some(index) if notes[index].is_some() => {
                        self.report(at, offset, "step", format!("{id:?} has two notes; expected one note per step"));
                        None
                    }
                    Some(index) => Some(index),
                }
            });
            let minutes = match &raw.minutes {
                Some(m) if (1..=30).contains(m.get_ref()) => Some(*m.get_ref() as u8),
                Some(m) => {
                    self.report(
                        at,
                        m.span().start,
                        "minutes",
                        format!(
                            "{} is not a time for one step; expected whole minutes from 1 to 30",
                            m.get_ref()
                        ),
                    );
                    None
                }
                None => {
                    self.report(
                        at,
                        offset,
                        "minutes",
                        "missing; expected the suggested whole minutes for this step",
                    );
                    None
                }
            };
            let text = self.text(at, offset, "notes", &raw.notes);
            // Notes have no units switch: a distance gives both units, as
            // the report does.
            if let Some(message) = text.and_then(super::distance::one_unit_distance) {
                let offset = raw.notes.as_ref().map_or(offset, |t| t.span().start);
                self.report(at, offset, "notes", format!("{message:?} is a distance in one unit only; expected both units, as the report writes them (\"about 900 kilometers (550 miles)\")"));
            }
            let question = self.text(at, offset, "question", &raw.question);
            if let (Some(step), Some(minutes), Some(notes_text), Some(question)) =
                (step, minutes, text, question)
            {
                notes[step] = Some(TeacherNote {
                    minutes,
                    notes: notes_text,
                    question,
                });
            }
        }
        // A note with a mistake leaves its step without one: say it once.
        for (index, note) in notes.iter().enumerate() {
            if note.is_none() && errors_before == self.errors.len() {
                let at = At { file, item: None };
                let id = &step_ids[index];
                self.report(at, 0, "note", format!("step {id:?} has no note; expected a [[note]] with step = {id:?}, minutes, notes and question"));
            }
        }
        notes
    }
}
