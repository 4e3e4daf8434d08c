//! `content/quiz.toml`: questions whose answers and linked steps must exist.

use serde::Deserialize;
use toml::Spanned;

use super::{leak_slice, leak_str, located, resolve, At, Checker, ContentFile, Table, Text};
use crate::quiz::{shuffled, Question, QuestionKind};
use crate::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuizFile {
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Text,
    kind: Text,
    prompt: Text,
    #[serde(default)]
    choices: Vec<Spanned<String>>,
    answer: Text,
    #[serde(default)]
    items: Vec<Spanned<String>>,
    step: Text,
    explain: Text,
}

impl Checker {
    pub(crate) fn quiz(
        &mut self,
        file: &ContentFile,
        parsed: &QuizFile,
        step_ids: &[String],
        places: &Table<Place>,
        report_text: &str,
    ) -> Vec<Question> {
        let mut questions = Vec::new();
        let mut ids = std::collections::HashMap::new();
        for item in &parsed.question {
            let (raw, offset, named) = located(item, "question", |raw| &raw.id);
            let at = At::of(file, &named);
            let id = self.id(at, offset, &raw.id, &mut ids, questions.len());
            let prompt = self.text(at, offset, "prompt", &raw.prompt);
            let explain = self.text(at, offset, "explain", &raw.explain).inspect(|explain| {
                // Words in double quotes must be the report's own.
                for quoted in explain.split('"').skip(1).step_by(2) {
                    if !report_text.contains(&report::normalise(quoted)) {
                        let offset = raw.explain.as_ref().map_or(offset, |e| e.span().start);
                        let message = format!("quotes {quoted:?}, which is not in the report; expected quoted words copied exactly from content/report.txt");
                        self.report(at, offset, "explain", message);
                    }
                }
            });
            let step_index = |checker: &mut Checker, field: &str, value: &Spanned<String>| {
                let found = step_ids.iter().position(|s| s == value.get_ref().trim());
                if found.is_none() {
                    let message = format!(
                        "{:?} is not a step; expected the id of a step in content/steps.toml",
                        value.get_ref()
                    );
                    checker.report(at, value.span().start, field, message);
                }
                found.map(|i| i as u16)
            };
            let step = match &raw.step {
                Some(step) => step_index(self, "step", step),
                None => {
                    self.report(
                        at,
                        offset,
                        "step",
                        "missing; expected the id of the step that holds the answer",
                    );
                    None
                }
            };
            let kind = self.text(at, offset, "kind", &raw.kind).and_then(|kind| match kind {
                "choice" => {
                    let choices: Vec<&'static str> = raw.choices.iter().map(|c| leak_str(c.get_ref().trim())).collect();
                    if choices.len() < 2 {
                        self.report(at, offset, "choices", "expected at least two choices");
                    }
                    let answer = self.text(at, offset, "answer", &raw.answer)?;
                    let Some(index) = choices.iter().position(|c| *c == answer) else {
                        let offset = raw.answer.as_ref().map_or(offset, |a| a.span().start);
                        // Escaped, so a line break in a choice cannot split the message.
                        let shown: Vec<String> = choices.iter().map(|c| c.escape_debug().to_string()).collect();
                        self.report(at, offset, "answer", format!("{answer:?} is not one of the choices; expected one of {}", shown.join(", ")));
                        return None;
                    };
                    Some(QuestionKind::Choice { choices: leak_slice(choices), answer: index as u8 })
                }
                "order" => {
                    let items: Vec<u16> = raw.items.iter().filter_map(|item| step_index(self, "items", item)).collect();
                    if items.len() != raw.items.len() {
                        return None;
                    }
                    if items.len() < 2 {
                        self.report(at, offset, "items", "expected at least two steps to put in order");
                        return None;
                    }
                    if !items.windows(2).all(|pair| pair[0] < pair[1]) {
                        let offset = raw.items[0].span().start;
                        self.report(at, offset, "items", "not in story order; expected the steps listed in the order they happen (the app shuffles them)");
                        return None;
                    }
                    let shown = shuffled(&items);
                    Some(QuestionKind::Order { items: leak_slice(items), shown: leak_slice(shown) })
                }
                "place" => {
                    let answer = self.text(at, offset, "answer", &raw.answer)?;
                    let answer_offset = raw.answer.as_ref().map_or(offset, |a| a.span().start);
                    let place = resolve(self, at, answer_offset, "answer", answer, &places.index, "content/places.toml")?;
                    if places.items.get(usize::from(place)).is_some_and(|p| p.at.is_none()) {
                        self.report(at, answer_offset, "answer", format!("{answer:?} is not on the map; expected a place inside the map's region"));
                        return None;
                    }
                    Some(QuestionKind::Place { answer: PlaceRef(place) })
                }
                other => {
                    let offset = raw.kind.as_ref().map_or(offset, |k| k.span().start);
                    self.report(at, offset, "kind", format!("{other:?} is not a kind of question; expected choice, order or place"));
                    None
                }
            });
            if let (Some(id), Some(prompt), Some(explain), Some(step), Some(kind)) =
                (id, prompt, explain, step, kind)
            {
                questions.push(Question {
                    id,
                    prompt,
                    kind,
                    step,
                    explain,
                });
            }
        }
        questions
    }
}
