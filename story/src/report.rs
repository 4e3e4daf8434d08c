//! The news report itself, as text the validator can check the story against.

/// Collapses every run of whitespace to one space, so a quote copied across a
/// line break in the report still matches.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Abbreviations in the report whose full stop does not end a sentence.
const ABBREVIATIONS: [&str; 2] = ["Gov.", "U.N."];

/// A sentence of the report and the line of `report.txt` it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub line: usize,
    pub text: String,
}

/// The report's sentences, whitespace-normalised, with the dateline header
/// (" date 2023-09-13 Moscow/Seoul : ") left out of the first one.
pub fn sentences(report: &str) -> Vec<Sentence> {
    let mut found = Vec::new();
    for (line_index, line) in report.lines().enumerate() {
        let body = match line.split_once(" : ") {
            Some((head, rest)) if line_index == 0 && head.trim_start().starts_with("date") => rest,
            _ => line,
        };
        let mut current = String::new();
        let words: Vec<&str> = body.split_whitespace().collect();
        for (at, word) in words.iter().enumerate() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            let ends = word.ends_with('.') || word.ends_with('?') || word.ends_with('!');
            let next_starts_sentence = words
                .get(at + 1)
                .is_none_or(|next| next.starts_with(|c: char| c.is_uppercase()));
            if ends && next_starts_sentence && !ABBREVIATIONS.contains(word) {
                found.push(Sentence {
                    line: line_index + 1,
                    text: std::mem::take(&mut current),
                });
            }
        }
        if !current.is_empty() {
            found.push(Sentence {
                line: line_index + 1,
                text: current,
            });
        }
    }
    found
}

/// The report's paragraphs (blank-line separated), whitespace-normalised,
/// without the dateline header, with the line each starts on.
pub fn paragraphs(report: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (index, line) in report.lines().enumerate() {
        let body = match line.split_once(" : ") {
            Some((head, rest)) if index == 0 && head.trim_start().starts_with("date") => rest,
            _ => line,
        };
        if body.trim().is_empty() {
            found.extend(current.take());
            continue;
        }
        let entry = current.get_or_insert((index + 1, String::new()));
        if !entry.1.is_empty() {
            entry.1.push(' ');
        }
        entry.1.push_str(&normalise(body));
    }
    found.extend(current);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_line_loses_its_dateline_and_every_ending_ends_a_sentence() {
        let report = " date 2023-09-13 Moscow/Seoul : First. Second? Third!\n\nLater : kept. Last";
        let texts: Vec<String> = sentences(report).into_iter().map(|s| s.text).collect();
        assert_eq!(
            texts,
            ["First.", "Second?", "Third!", "Later : kept.", "Last"]
        );
        let kept = paragraphs(report);
        assert_eq!(
            kept,
            [
                (1, "First. Second? Third!".to_owned()),
                (3, "Later : kept. Last".to_owned())
            ]
        );
        // A line that is not the first keeps a " : " even if it says date.
        let second = "Intro.\ndate line : kept.";
        assert_eq!(sentences(second)[1].text, "date line : kept.");
        assert_eq!(paragraphs(second)[0].1, "Intro. date line : kept.");
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let report = " date 2023-09-13 Moscow/Seoul : One. Gov. Oleg met U.N. staff.\n\nTwo here.";
        let texts: Vec<String> = sentences(report).into_iter().map(|s| s.text).collect();
        assert_eq!(texts, ["One.", "Gov. Oleg met U.N. staff.", "Two here."]);
        assert_eq!(sentences(report)[2].line, 3);
    }

    #[test]
    fn paragraphs_split_at_blank_lines_without_the_dateline() {
        let report = " date 2023-09-13 Moscow/Seoul : First one.\nStill first.\n\nSecond.\n";
        assert_eq!(
            paragraphs(report),
            [
                (1, "First one. Still first.".to_owned()),
                (4, "Second.".to_owned())
            ]
        );
    }

    #[test]
    fn normalise_collapses_whitespace() {
        assert_eq!(normalise("  a \n b\tc "), "a b c");
    }
}
