//! Navigation as one pure reducer: where the reader is, and how each action
//! moves them. The app's buttons, keys, swipes and URL hash all dispatch these
//! actions, so every way of moving obeys the same rules.

/// Every way a reader can move through the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Next,
    Prev,
    First,
    Last,
    /// Jump to a step by position (from the step list or the URL hash).
    Go(usize),
}

/// The reader's position among `len` steps. `index < len` always holds, which
/// is why the fields are private: only [`Position::new`] and [`Position::apply`]
/// make one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    index: usize,
    len: usize,
}

impl Position {
    /// Starts at `index`, or at the first step when `index` is out of range.
    /// Panics if the story has no steps: validation guarantees it has.
    pub fn new(index: usize, len: usize) -> Position {
        assert!(len > 0, "a story needs at least one step");
        Position {
            index: if index < len { index } else { 0 },
            len,
        }
    }

    pub fn index(self) -> usize {
        self.index
    }

    pub fn step_count(self) -> usize {
        self.len
    }

    pub fn is_first(self) -> bool {
        self.index == 0
    }

    pub fn is_last(self) -> bool {
        self.index + 1 == self.len
    }

    /// Where `action` takes the reader. Moving past either end stays put, and
    /// an out-of-range jump is ignored rather than trusted.
    pub fn apply(self, action: Action) -> Position {
        let index = match action {
            Action::Next => (self.index + 1).min(self.len - 1),
            Action::Prev => self.index.saturating_sub(1),
            Action::First => 0,
            Action::Last => self.len - 1,
            Action::Go(target) if target < self.len => target,
            Action::Go(_) => self.index,
        };
        Position { index, ..self }
    }

    /// "Step 3 of 15": the wording the page shows and the live region reads.
    pub fn counter(self) -> String {
        format!("Step {} of {}", self.index + 1, self.len)
    }

    /// Share of the story reached, 0–100, for the progress bar.
    pub fn percent_done(self) -> u8 {
        ((self.index + 1) * 100 / self.len) as u8
    }
}

impl Action {
    /// The action for a key, by `KeyboardEvent.key`. Arrows, PageUp/PageDown
    /// (what presentation clickers send), Space and Shift+Space, Home and End.
    pub fn for_key(key: &str, shift: bool) -> Option<Action> {
        match key {
            "ArrowRight" | "PageDown" => Some(Action::Next),
            "ArrowLeft" | "PageUp" => Some(Action::Prev),
            " " | "Spacebar" if shift => Some(Action::Prev),
            " " | "Spacebar" => Some(Action::Next),
            "Home" => Some(Action::First),
            "End" => Some(Action::Last),
            _ => None,
        }
    }

    /// The action for a finished touch gesture that moved `dx`, `dy` CSS
    /// pixels. Only a clear horizontal swipe counts, so scrolling the text
    /// up and down never turns the page.
    pub fn for_swipe(dx: f64, dy: f64) -> Option<Action> {
        const MIN_DISTANCE: f64 = 50.0;
        if dx.abs() < MIN_DISTANCE || dx.abs() < 1.5 * dy.abs() {
            return None;
        }
        // Like turning a page: swiping leftwards brings the next step.
        Some(if dx < 0.0 { Action::Next } else { Action::Prev })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_prev_move_one_step_and_stop_at_the_ends() {
        let start = Position::new(0, 3);
        assert_eq!(start.apply(Action::Prev).index(), 0);
        let second = start.apply(Action::Next);
        assert_eq!(second.index(), 1);
        let last = second.apply(Action::Next);
        assert!(last.is_last());
        assert_eq!(last.apply(Action::Next).index(), 2);
        assert_eq!(last.apply(Action::Prev).index(), 1);
    }

    #[test]
    fn first_last_and_go_jump() {
        let middle = Position::new(2, 5);
        assert_eq!(middle.apply(Action::First).index(), 0);
        assert_eq!(middle.apply(Action::Last).index(), 4);
        assert_eq!(middle.apply(Action::Go(3)).index(), 3);
        assert_eq!(
            middle.apply(Action::Go(5)).index(),
            2,
            "out of range is ignored"
        );
    }

    #[test]
    fn an_out_of_range_start_opens_the_first_step() {
        assert_eq!(Position::new(9, 4).index(), 0);
    }

    #[test]
    fn keys_map_to_actions_like_slide_software() {
        assert_eq!(Action::for_key("ArrowRight", false), Some(Action::Next));
        assert_eq!(Action::for_key("PageDown", false), Some(Action::Next));
        assert_eq!(Action::for_key(" ", false), Some(Action::Next));
        assert_eq!(Action::for_key(" ", true), Some(Action::Prev));
        assert_eq!(Action::for_key("ArrowLeft", false), Some(Action::Prev));
        assert_eq!(Action::for_key("PageUp", false), Some(Action::Prev));
        assert_eq!(Action::for_key("Home", false), Some(Action::First));
        assert_eq!(Action::for_key("End", false), Some(Action::Last));
        assert_eq!(Action::for_key("a", false), None);
        assert_eq!(Action::for_key("Enter", false), None);
    }

    #[test]
    fn only_clear_horizontal_swipes_turn_the_page() {
        assert_eq!(Action::for_swipe(-120.0, 10.0), Some(Action::Next));
        assert_eq!(Action::for_swipe(120.0, -20.0), Some(Action::Prev));
        assert_eq!(Action::for_swipe(-30.0, 0.0), None, "too short");
        assert_eq!(
            Action::for_swipe(-100.0, 90.0),
            None,
            "mostly vertical: a scroll"
        );
        // The edges, as the doc says: 50 px is a swipe, and so is a move
        // exactly 1.5 times as far sideways as up or down (cargo-mutants
        // found both edges untested).
        assert_eq!(
            Action::for_swipe(-50.0, 0.0),
            Some(Action::Next),
            "50 px counts"
        );
        assert_eq!(Action::for_swipe(-49.9, 0.0), None, "under 50 px does not");
        assert_eq!(
            Action::for_swipe(60.0, 40.0),
            Some(Action::Prev),
            "exactly 1.5 times as far sideways"
        );
        assert_eq!(
            Action::for_swipe(60.0, 40.1),
            None,
            "a little more vertical"
        );
    }

    #[test]
    fn counter_and_progress_describe_the_position() {
        let position = Position::new(2, 4);
        assert_eq!(position.counter(), "Step 3 of 4");
        assert_eq!(position.percent_done(), 75);
        assert_eq!(Position::new(3, 4).percent_done(), 100);
    }
}
