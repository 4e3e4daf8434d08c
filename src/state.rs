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

/// Presenter mode: what a teacher at a projector has switched on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Presenter {
    /// Chrome hidden, text and map sized for a projector.
    pub on: bool,
    /// The screen is blacked out, as slide software does with B or ".".
    pub blank: bool,
    /// The notes panel (teacher notes, question, elapsed time) is shown.
    pub notes: bool,
}

/// What the presenter keys and buttons do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresenterCommand {
    Toggle,
    Blank,
    Notes,
}

impl PresenterCommand {
    /// P toggles presenter mode; B or "." blanks the screen (presenter mode
    /// only, as clickers send them); N shows or hides the notes.
    pub fn for_key(key: &str) -> Option<PresenterCommand> {
        match key {
            "p" | "P" => Some(PresenterCommand::Toggle),
            "b" | "B" | "." => Some(PresenterCommand::Blank),
            "n" | "N" => Some(PresenterCommand::Notes),
            _ => None,
        }
    }
}

impl Presenter {
    pub fn apply(self, command: PresenterCommand) -> Presenter {
        match command {
            // Leaving presenter mode also unblanks; notes start open.
            PresenterCommand::Toggle if self.on => Presenter::default(),
            PresenterCommand::Toggle => Presenter {
                on: true,
                blank: false,
                notes: true,
            },
            PresenterCommand::Blank if self.on => Presenter {
                blank: !self.blank,
                ..self
            },
            PresenterCommand::Notes if self.on => Presenter {
                notes: !self.notes,
                ..self
            },
            PresenterCommand::Blank | PresenterCommand::Notes => self,
        }
    }

    /// Elapsed presenting time as "12:05" (minutes:seconds).
    pub fn clock(seconds: u64) -> String {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

impl Reducible for Presenter {
    type Action = PresenterCommand;

    fn reduce(self: Rc<Self>, command: PresenterCommand) -> Rc<Self> {
        Rc::new(self.apply(command))
    }
}

#[cfg(test)]
mod presenter_tests {
    use super::*;

    #[test]
    fn keys_work_like_slide_software() {
        assert_eq!(
            PresenterCommand::for_key("p"),
            Some(PresenterCommand::Toggle)
        );
        assert_eq!(
            PresenterCommand::for_key("B"),
            Some(PresenterCommand::Blank)
        );
        assert_eq!(
            PresenterCommand::for_key("."),
            Some(PresenterCommand::Blank)
        );
        assert_eq!(
            PresenterCommand::for_key("n"),
            Some(PresenterCommand::Notes)
        );
        assert_eq!(PresenterCommand::for_key("x"), None);
    }

    #[test]
    fn blank_and_notes_only_apply_while_presenting() {
        let off = Presenter::default();
        assert_eq!(off.apply(PresenterCommand::Blank), off);
        let on = off.apply(PresenterCommand::Toggle);
        assert!(on.on && on.notes && !on.blank);
        let blank = on.apply(PresenterCommand::Blank);
        assert!(blank.blank);
        assert!(
            !blank.apply(PresenterCommand::Blank).blank,
            "B again brings the slide back"
        );
        assert!(!on.apply(PresenterCommand::Notes).notes);
        assert_eq!(
            blank.apply(PresenterCommand::Toggle),
            Presenter::default(),
            "leaving resets"
        );
    }

    #[test]
    fn the_clock_reads_minutes_and_seconds() {
        assert_eq!(Presenter::clock(0), "0:00");
        assert_eq!(Presenter::clock(725), "12:05");
    }
}
