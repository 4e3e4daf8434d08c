//! The app's one piece of state: where the reader is, and how they got there
//! (which decides whether focus moves and whether the URL gains an entry).

use std::rc::Rc;

use story::nav::{Action, Position};
use yew::Reducible;

/// What caused the latest move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The page has just opened.
    Start,
    /// Next/Previous buttons, keys or a swipe: focus stays where it is.
    Pager,
    /// A jump from the list of steps: focus moves to the new step's heading.
    List,
    /// Browser Back/Forward or an edited address: the URL is already right.
    History,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub position: Position,
    pub origin: Origin,
}

/// An action together with where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    pub action: Action,
    pub origin: Origin,
}

impl Reading {
    pub fn new(start: usize, steps: usize) -> Reading {
        Reading {
            position: Position::new(start, steps),
            origin: Origin::Start,
        }
    }
}

impl Reducible for Reading {
    type Action = Move;

    fn reduce(self: Rc<Self>, to: Move) -> Rc<Self> {
        let position = self.position.apply(to.action);
        if position == self.position {
            // Nothing changed: keep the same state so nothing re-renders.
            return self;
        }
        Rc::new(Reading {
            position,
            origin: to.origin,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_records_its_origin_and_a_no_op_keeps_the_state() {
        let start = Rc::new(Reading::new(0, 3));
        let moved = start.clone().reduce(Move {
            action: Action::Go(2),
            origin: Origin::List,
        });
        assert_eq!(moved.position.index(), 2);
        assert_eq!(moved.origin, Origin::List);
        let same = moved.clone().reduce(Move {
            action: Action::Next,
            origin: Origin::Pager,
        });
        assert!(Rc::ptr_eq(&moved, &same));
    }
}
