//! The map's train: drawn only where the report puts Kim's train. A step's
//! `map.train` names a place where a statement of that step, or of an
//! earlier one, quotes a report sentence that speaks of the train and names
//! the place (by the first word of its map label: "Razdolnaya" for the
//! Razdolnaya bridge). The report says Kim arrived at the cosmodrome, never
//! how, so a train drawn there would state our inference as a fact.

use super::ReportSentence;
use crate::content::{located, At, Checker, ContentFiles, Draft, Parsed};

impl Checker {
    pub(super) fn check_train(
        &mut self,
        files: &ContentFiles,
        parsed: &Parsed,
        draft: &Draft,
        sentences: &[ReportSentence],
    ) {
        // The report's sentences the story has quoted so far, lower case.
        let mut told: Vec<String> = Vec::new();
        for (raw_step, step) in parsed.steps.step.iter().zip(&draft.steps) {
            told.extend(step.statements.iter().filter_map(|statement| {
                let quote = statement.quote?;
                sentences
                    .iter()
                    .find(|sentence| sentence.text.contains(quote))
                    .map(|sentence| sentence.text.to_lowercase())
            }));
            let (Some(train), (raw, _, named)) =
                (step.map.train, located(raw_step, "step", |raw| &raw.id))
            else {
                continue;
            };
            let place = &draft.places.items[usize::from(train.0)];
            let name = place
                .label
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_lowercase();
            let placed = told
                .iter()
                .any(|sentence| sentence.contains("train") && sentence.contains(&name));
            if !placed {
                let offset = raw
                    .map
                    .as_ref()
                    .and_then(|map| map.get_ref().train.as_ref())
                    .map_or(raw_step.span().start, |train| train.span().start);
                self.report(
                    At::of(&files.steps, &named),
                    offset,
                    "map.train",
                    format!("no statement so far quotes the report putting the train at {:?}; expected a place where this step or an earlier one quotes the report placing the train (a sentence with \"train\" and {:?}), or no train", place.id, place.label),
                );
            }
        }
    }
}
