//! "Check your understanding": the quiz's questions and how answers are
//! checked. Everything here is pure, so it is tested natively.

use crate::PlaceRef;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub prompt: &'static str,
    pub kind: QuestionKind,
    /// The step that holds the answer (feedback links there).
    pub step: u16,
    /// Shown after answering: why the answer is right.
    pub explain: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick one; `answer` indexes `choices`.
    Choice {
        choices: &'static [&'static str],
        answer: u8,
    },
    /// Put steps in story order; `shown` is the shuffled order the items are
    /// offered in, `items` the right order (step positions, ascending).
    Order {
        items: &'static [u16],
        shown: &'static [u16],
    },
    /// Find a place on the map.
    Place { answer: PlaceRef },
}

/// A reader's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Choice(u8),
    Order(Vec<u16>),
    Place(PlaceRef),
}

impl Question {
    /// Whether `answer` is right. An answer of the wrong kind is wrong.
    pub fn is_right(&self, answer: &Answer) -> bool {
        match (self.kind, answer) {
            (QuestionKind::Choice { answer: right, .. }, Answer::Choice(given)) => right == *given,
            (QuestionKind::Order { items, .. }, Answer::Order(given)) => items == given.as_slice(),
            (QuestionKind::Place { answer: right }, Answer::Place(given)) => right == *given,
            _ => false,
        }
    }
}

/// How many answers are right, out of how many questions.
pub fn score(questions: &[Question], answers: &[Option<Answer>]) -> (usize, usize) {
    let right = questions
        .iter()
        .zip(answers)
        .filter(|(question, answer)| answer.as_ref().is_some_and(|a| question.is_right(a)))
        .count();
    (right, questions.len())
}

/// A fixed shuffle for an order question: reversed, or rotated by one when
/// reversing would leave it unchanged. Fixed, so the page renders the same on
/// every load (and on the server, for pre-rendering).
pub fn shuffled(items: &[u16]) -> Vec<u16> {
    let mut shown: Vec<u16> = items.iter().rev().copied().collect();
    if shown == items && items.len() > 1 {
        shown = items.to_vec();
        shown.rotate_left(1);
    }
    shown
}

/// Moves the item at `from` one place up (`-1`) or down (`+1`), if it can.
pub fn move_item(order: &mut [u16], from: usize, up: bool) {
    let to = if up {
        from.checked_sub(1)
    } else {
        Some(from + 1)
    };
    if let Some(to) = to.filter(|&to| to < order.len()) {
        order.swap(from, to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice() -> Question {
        Question {
            id: "q",
            prompt: "p",
            kind: QuestionKind::Choice {
                choices: &["a", "b", "c"],
                answer: 1,
            },
            step: 0,
            explain: "",
        }
    }

    #[test]
    fn checks_each_kind_of_answer() {
        assert!(choice().is_right(&Answer::Choice(1)));
        assert!(!choice().is_right(&Answer::Choice(0)));
        assert!(
            !choice().is_right(&Answer::Place(PlaceRef(1))),
            "wrong kind"
        );
        let order = Question {
            kind: QuestionKind::Order {
                items: &[1, 4, 6],
                shown: &[6, 4, 1],
            },
            ..choice()
        };
        assert!(order.is_right(&Answer::Order(vec![1, 4, 6])));
        assert!(!order.is_right(&Answer::Order(vec![4, 1, 6])));
        let place = Question {
            kind: QuestionKind::Place {
                answer: PlaceRef(3),
            },
            ..choice()
        };
        assert!(place.is_right(&Answer::Place(PlaceRef(3))));
        assert!(!place.is_right(&Answer::Place(PlaceRef(2))));
    }

    #[test]
    fn scores_count_right_answers_and_skips() {
        let questions = [choice(), choice(), choice()];
        let answers = [Some(Answer::Choice(1)), None, Some(Answer::Choice(2))];
        assert_eq!(score(&questions, &answers), (1, 3));
    }

    #[test]
    fn shuffles_never_give_the_answer_away() {
        for items in [vec![1u16, 2, 3, 4], vec![5, 9], vec![3, 4, 5]] {
            assert_ne!(shuffled(&items), items);
            let mut sorted = shuffled(&items);
            sorted.sort_unstable();
            assert_eq!(sorted, items, "same items");
        }
    }

    #[test]
    fn moving_items_stops_at_the_ends() {
        let mut order = vec![1, 2, 3];
        move_item(&mut order, 0, true);
        assert_eq!(order, [1, 2, 3]);
        move_item(&mut order, 0, false);
        assert_eq!(order, [2, 1, 3]);
        move_item(&mut order, 2, false);
        assert_eq!(order, [2, 1, 3]);
        move_item(&mut order, 2, true);
        assert_eq!(order, [2, 3, 1]);
    }
}
