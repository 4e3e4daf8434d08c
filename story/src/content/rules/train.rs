//! The map's train: drawn only where the report last put Kim's train. A
//! step's `map.train` must be one of the places named by the latest report
//! sentence, quoted by this step or an earlier one, that speaks of the train
//! (the word "train") and names a place (by the first word of its map label:
//! "Razdolnaya" for the Razdolnaya bridge). The report says Kim arrived at
//! the cosmodrome, never how, so a train drawn there would state our
//! inference as a fact.

use super::ReportSentence;
use crate::content::{located, At, Checker, ContentFiles, Draft, Parsed};

/// The sentence's words, lower case.
fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl Checker {
    pub(super) fn check_train(
        &mut self,
        files: &ContentFiles,
        parsed: &Parsed,
        draft: &Draft,
        sentences: &[ReportSentence],
    ) {
        // Each place's name as the report would write it: its label's first word.
        let names: Vec<String> = draft
            .places
            .items
            .iter()
            .map(|place| {
                place
                    .label
                    .split(' ')
                    .next()
                    .unwrap_or_default()
                    .to_lowercase()
            })
            .collect();
        // The places the latest quoted train sentence names (indices).
        let mut last_placed: Vec<usize> = Vec::new();
        for (raw_step, step) in parsed.steps.step.iter().zip(&draft.steps) {
            for statement in step.statements {
                let Some(quote) = statement.quote else {
                    continue;
                };
                let Some(sentence) = sentences.iter().find(|s| s.text.contains(quote)) else {
                    continue;
                };
                let words = words(&sentence.text);
                if !words.iter().any(|w| w == "train") {
                    continue;
                }
                let named: Vec<usize> = (0..names.len())
                    .filter(|&i| words.iter().any(|w| *w == names[i]))
                    .collect();
                if !named.is_empty() {
                    last_placed = named;
                }
            }
            let (Some(train), (raw, _, step_name)) =
                (step.map.train, located(raw_step, "step", |raw| &raw.id))
            else {
                continue;
            };
            let at = usize::from(train.0);
            if !last_placed.contains(&at) {
                let place = &draft.places.items[at];
                let offset = raw
                    .map
                    .as_ref()
                    .and_then(|map| map.get_ref().train.as_ref())
                    .map_or(raw_step.span().start, |train| train.span().start);
                let last: Vec<&str> = last_placed
                    .iter()
                    .map(|&i| draft.places.items[i].id)
                    .collect();
                self.report(
                    At::of(&files.steps, &step_name),
                    offset,
                    "map.train",
                    format!(
                        "the report does not last put the train at {:?} by this step (the latest quoted sentence about the train names {}); expected one of those places, or no train",
                        place.id,
                        if last.is_empty() { "no place".to_owned() } else { last.join(", ") }
                    ),
                );
            }
        }
    }
}
