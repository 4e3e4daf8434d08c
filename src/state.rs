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

/// Where the reader is, how they got there, and in presenter mode how much
/// of the step is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub position: Position,
    pub origin: Origin,
    /// How much of the step is on screen (presenter mode builds).
    pub build: Build,
    /// Presenter mode is on: only then does a step build.
    pub presenting: bool,
    /// The reader came to this step going backwards, so a step that must
    /// build opens at its last build, as slide software does.
    backwards: bool,
    /// The build to return to after the screen changed (notes shown or
    /// hidden, a resize) and the step is measured again.
    resume: Option<usize>,
    counts: Counts,
}

/// How much of a step is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// Every statement: the step fits, or the reader is not presenting.
    All,
    /// Presenter mode, on a step too long for one screen: its first `n`
    /// statements have been revealed, one per Next (1 ≤ n ≤ its count).
    Upto(usize),
}

/// How many statements each step has. Compared by address: it is the one
/// baked story, and comparing it by value on every render would be waste.
#[derive(Debug, Clone, Copy)]
struct Counts(&'static [story::Step]);

impl PartialEq for Counts {
    fn eq(&self, other: &Counts) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}
impl Eq for Counts {}

impl Counts {
    fn of(self, step: usize) -> usize {
        self.0.get(step).map_or(0, |step| step.statements.len())
    }
}

/// An action together with where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    pub action: Action,
    pub origin: Origin,
}

/// Everything that changes [`Reading`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Next, Previous, a jump: in presenter mode on a building step, Next
    /// and Previous reveal and hide statements before they change steps.
    Move(Move),
    /// Presenter mode was switched on or off.
    Present(bool),
    /// The step on screen does not fit the presenter's screen: from now on
    /// it builds statement by statement.
    DoesNotFit,
    /// The room for the step changed (the notes panel, a resize): show the
    /// whole step again to measure it, keeping the build to return to.
    Refit,
    /// The speaker view follows the class's screen: this step, with this
    /// many statements shown (`None`: all of them).
    #[cfg(any(feature = "teacher", test))]
    Follow { index: usize, shown: Option<usize> },
    /// Open a step at a build, from the address (`#/khasan/3`): presenter
    /// mode, with that many statements shown.
    OpenBuild {
        index: usize,
        shown: usize,
        origin: Origin,
    },
}

impl From<Move> for Change {
    fn from(to: Move) -> Change {
        Change::Move(to)
    }
}

impl Reading {
    pub fn new(start: usize, steps: &'static [story::Step]) -> Reading {
        Reading {
            position: Position::new(start, steps.len()),
            origin: Origin::Start,
            build: Build::All,
            presenting: false,
            backwards: false,
            resume: None,
            counts: Counts(steps),
        }
    }

    /// How many statements of the step are shown, or `None` for all.
    pub fn shown(&self) -> Option<usize> {
        match self.build {
            Build::Upto(n) if self.presenting => Some(n),
            _ => None,
        }
    }

    /// ", statement 2 of 4" while a step builds, for the pager.
    pub fn build_counter(&self) -> Option<String> {
        let count = self.counts.of(self.position.index());
        self.shown().map(|n| {
            crate::ui::fill(
                crate::label!(pager_build),
                &[("n", &n.to_string()), ("total", &count.to_string())],
            )
        })
    }

    /// Whether Previous does anything: an earlier build or step.
    pub fn can_go_back(&self) -> bool {
        !self.position.is_first() || self.shown().is_some_and(|n| n > 1)
    }

    /// Whether Next does anything: a later build or step.
    pub fn can_go_on(&self) -> bool {
        let count = self.counts.of(self.position.index());
        !self.position.is_last() || self.shown().is_some_and(|n| n < count)
    }

    fn moved(&self, to: Move) -> Reading {
        let count = self.counts.of(self.position.index());
        let build = match (self.shown(), to.action) {
            (Some(n), Action::Next) if n < count => Some(Build::Upto(n + 1)),
            (Some(n), Action::Prev) if n > 1 => Some(Build::Upto(n - 1)),
            _ => None,
        };
        if let Some(build) = build {
            return Reading {
                build,
                origin: to.origin,
                ..*self
            };
        }
        let position = self.position.apply(to.action);
        if position == self.position {
            // Past either end: nothing moves, and nothing re-renders.
            return *self;
        }
        Reading {
            position,
            origin: to.origin,
            build: Build::All,
            backwards: to.action == Action::Prev,
            resume: None,
            ..*self
        }
    }
}

impl Reducible for Reading {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let next = match change {
            Change::Move(to) => self.moved(to),
            Change::Present(on) if on == self.presenting => return self,
            // The address follows (`#/missiles/3` ↔ `#/missiles`) without a
            // history entry of its own: origin History replaces it.
            Change::Present(on) => Reading {
                presenting: on,
                build: Build::All,
                origin: Origin::History,
                ..*self
            },
            Change::DoesNotFit => {
                let count = self.counts.of(self.position.index());
                if !self.presenting || self.build != Build::All || count < 2 {
                    return self;
                }
                let first = if self.backwards { count } else { 1 };
                Reading {
                    build: Build::Upto(self.resume.unwrap_or(first).min(count)),
                    origin: Origin::History,
                    resume: None,
                    ..*self
                }
            }
            Change::Refit => {
                let Some(shown) = self.shown() else {
                    return self;
                };
                Reading {
                    build: Build::All,
                    resume: Some(shown),
                    origin: Origin::History,
                    ..*self
                }
            }
            #[cfg(any(feature = "teacher", test))]
            Change::Follow { index, shown } => {
                let position = self.position.apply(Action::Go(index));
                let count = self.counts.of(position.index());
                Reading {
                    position,
                    // The address follows without history entries of its
                    // own: the audience window's history is the one.
                    origin: Origin::History,
                    presenting: true,
                    build: shown.map_or(Build::All, |n| Build::Upto(n.clamp(1, count.max(1)))),
                    backwards: false,
                    resume: None,
                    ..*self
                }
            }
            Change::OpenBuild {
                index,
                shown,
                origin,
            } => {
                let position = self.position.apply(Action::Go(index));
                let count = self.counts.of(position.index());
                Reading {
                    position,
                    origin,
                    presenting: true,
                    build: Build::Upto(shown.clamp(1, count.max(1))),
                    backwards: false,
                    resume: None,
                    ..*self
                }
            }
        };
        if next == *self {
            // Nothing changed: keep the same state so nothing re-renders.
            return self;
        }
        Rc::new(next)
    }
}

/// The speaker view's timer: time spent presenting, which the teacher can
/// pause, resume and reset. Times are milliseconds on the page's clock
/// (`Date.now()`), given by the caller, so the rules are tested without a
/// browser; the speaker window keeps it in session storage, so a reload
/// carries on where it was.
#[cfg(any(feature = "teacher", test))]
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Timer {
    /// Time counted before the current run.
    pub banked_ms: f64,
    /// When the current run began; `None` while paused.
    pub since_ms: Option<f64>,
}

#[cfg(any(feature = "teacher", test))]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimerCommand {
    Pause,
    Resume,
    Reset,
}

#[cfg(any(feature = "teacher", test))]
impl Timer {
    pub fn running_from(now_ms: f64) -> Timer {
        Timer {
            banked_ms: 0.0,
            since_ms: Some(now_ms),
        }
    }

    pub fn elapsed_seconds(self, now_ms: f64) -> u64 {
        let running = self.since_ms.map_or(0.0, |since| (now_ms - since).max(0.0));
        ((self.banked_ms + running) / 1_000.0) as u64
    }

    pub fn is_running(self) -> bool {
        self.since_ms.is_some()
    }

    pub fn apply(self, command: TimerCommand, now_ms: f64) -> Timer {
        match (command, self.since_ms) {
            (TimerCommand::Pause, Some(since)) => Timer {
                banked_ms: self.banked_ms + (now_ms - since).max(0.0),
                since_ms: None,
            },
            (TimerCommand::Resume, None) => Timer {
                since_ms: Some(now_ms),
                ..self
            },
            // Reset keeps running if it was: the lesson starts again now.
            (TimerCommand::Reset, since) => Timer {
                banked_ms: 0.0,
                since_ms: since.map(|_| now_ms),
            },
            _ => self,
        }
    }

    /// As kept in session storage: `banked since` (`-` while paused).
    pub fn encode(self) -> String {
        match self.since_ms {
            Some(since) => format!("{} {}", self.banked_ms as u64, since as u64),
            None => format!("{} -", self.banked_ms as u64),
        }
    }

    pub fn decode(text: &str) -> Option<Timer> {
        let (banked, since) = text.split_once(' ')?;
        Some(Timer {
            banked_ms: banked.parse::<u64>().ok()? as f64,
            since_ms: match since {
                "-" => None,
                since => Some(since.parse::<u64>().ok()? as f64),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real story's steps: the builds follow its statement counts.
    fn steps() -> &'static [story::Step] {
        crate::data::STORY.steps
    }

    fn go(reading: Rc<Reading>, action: Action) -> Rc<Reading> {
        reading.reduce(
            Move {
                action,
                origin: Origin::Pager,
            }
            .into(),
        )
    }

    #[test]
    fn a_move_records_its_origin_and_a_no_op_keeps_the_state() {
        let start = Rc::new(Reading::new(0, steps()));
        let moved = start.clone().reduce(
            Move {
                action: Action::Go(2),
                origin: Origin::List,
            }
            .into(),
        );
        assert_eq!(moved.position.index(), 2);
        assert_eq!(moved.origin, Origin::List);
        let last = Rc::new(Reading::new(steps().len() - 1, steps()));
        let same = go(last.clone(), Action::Next);
        assert!(Rc::ptr_eq(&last, &same));
    }

    #[test]
    fn outside_presenter_mode_a_step_never_builds() {
        let reading = Rc::new(Reading::new(0, steps()));
        let reading = reading.reduce(Change::DoesNotFit);
        assert_eq!(reading.shown(), None);
    }

    #[test]
    fn a_step_that_does_not_fit_builds_one_statement_per_next() {
        // The story's step 8 (the missiles) has seven statements.
        let missiles = steps().iter().position(|s| s.id == "missiles").unwrap();
        let count = steps()[missiles].statements.len();
        assert_eq!(count, 7);
        let reading = Rc::new(Reading::new(missiles - 1, steps())).reduce(Change::Present(true));
        let reading = go(reading, Action::Next);
        assert_eq!(
            (reading.position.index(), reading.shown()),
            (missiles, None)
        );
        let mut reading = reading.reduce(Change::DoesNotFit);
        for shown in 1..=count {
            assert_eq!(reading.shown(), Some(shown));
            assert_eq!(reading.position.index(), missiles);
            reading = go(reading, Action::Next);
        }
        assert_eq!(
            reading.position.index(),
            missiles + 1,
            "after the last build, the next step"
        );
        assert_eq!(
            reading.shown(),
            None,
            "the next step shows whole until it does not fit"
        );
        // Back: into the step's last build, then one statement at a time.
        let mut reading = go(reading, Action::Prev).reduce(Change::DoesNotFit);
        for shown in (1..=count).rev() {
            assert_eq!(
                (reading.position.index(), reading.shown()),
                (missiles, Some(shown))
            );
            reading = go(reading, Action::Prev);
        }
        assert_eq!(reading.position.index(), missiles - 1);
    }

    #[test]
    fn a_refit_keeps_the_build_when_the_step_still_does_not_fit() {
        let missiles = steps().iter().position(|s| s.id == "missiles").unwrap();
        let reading = Rc::new(Reading::new(0, steps())).reduce(Change::OpenBuild {
            index: missiles,
            shown: 3,
            origin: Origin::History,
        });
        let measuring = reading.reduce(Change::Refit);
        assert_eq!(measuring.shown(), None, "the whole step, to measure it");
        assert_eq!(measuring.reduce(Change::DoesNotFit).shown(), Some(3));
    }

    #[test]
    fn the_speaker_view_follows_the_class_to_a_build_and_back_to_a_whole_step() {
        let missiles = steps().iter().position(|s| s.id == "missiles").unwrap();
        let start = Rc::new(Reading::new(0, steps()));
        let building = start.reduce(Change::Follow {
            index: missiles,
            shown: Some(2),
        });
        assert_eq!(
            (building.position.index(), building.shown()),
            (missiles, Some(2))
        );
        // The class moves on to a step shown whole: no build left over.
        let whole = building.reduce(Change::Follow {
            index: missiles + 1,
            shown: None,
        });
        assert_eq!(
            (whole.position.index(), whole.shown()),
            (missiles + 1, None)
        );
        let same = whole.clone().reduce(Change::Follow {
            index: missiles + 1,
            shown: None,
        });
        assert!(
            Rc::ptr_eq(&whole, &same),
            "the same state re-renders nothing"
        );
    }

    #[test]
    fn an_address_opens_a_build_in_presenter_mode() {
        let reading = Rc::new(Reading::new(0, steps())).reduce(Change::OpenBuild {
            index: 1,
            shown: 99,
            origin: Origin::History,
        });
        let count = steps()[1].statements.len();
        assert!(reading.presenting);
        assert_eq!(
            (reading.position.index(), reading.shown()),
            (1, Some(count)),
            "clamped to the step's statements"
        );
        let off = reading.reduce(Change::Present(false));
        assert_eq!(off.shown(), None);
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
    /// The step's address as a QR code, for phones (Q).
    pub qr: bool,
}

/// What the presenter keys and buttons do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresenterCommand {
    Toggle,
    /// On, whatever it was: an address with a build opens presenter mode.
    Start,
    Blank,
    Notes,
    /// Open the speaker view in a second window (the window itself is an
    /// effect, `edge::link`); this window presents.
    Speaker,
    /// Show or hide the step's address as a QR code (presenter mode only).
    Qr,
}

impl PresenterCommand {
    /// P toggles presenter mode; B or "." blanks the screen (presenter mode
    /// only, as clickers send them); N shows or hides the notes; S opens
    /// the speaker view; Q shows or hides the QR code.
    pub fn for_key(key: &str) -> Option<PresenterCommand> {
        match key {
            "p" | "P" => Some(PresenterCommand::Toggle),
            "b" | "B" | "." => Some(PresenterCommand::Blank),
            "n" | "N" => Some(PresenterCommand::Notes),
            "s" | "S" => Some(PresenterCommand::Speaker),
            "q" | "Q" => Some(PresenterCommand::Qr),
            _ => None,
        }
    }
}

impl Presenter {
    pub fn apply(self, command: PresenterCommand) -> Presenter {
        match command {
            // Leaving presenter mode also unblanks. Notes start hidden: the
            // projector is what the class sees (N shows them).
            PresenterCommand::Toggle if self.on => Presenter::default(),
            PresenterCommand::Start | PresenterCommand::Speaker if self.on => self,
            PresenterCommand::Toggle | PresenterCommand::Start | PresenterCommand::Speaker => {
                Presenter {
                    on: true,
                    ..Presenter::default()
                }
            }
            PresenterCommand::Blank if self.on => Presenter {
                blank: !self.blank,
                ..self
            },
            PresenterCommand::Notes if self.on => Presenter {
                notes: !self.notes,
                ..self
            },
            PresenterCommand::Qr if self.on => Presenter {
                qr: !self.qr,
                ..self
            },
            PresenterCommand::Blank | PresenterCommand::Notes | PresenterCommand::Qr => self,
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
        assert_eq!(PresenterCommand::for_key("Q"), Some(PresenterCommand::Qr));
        assert_eq!(PresenterCommand::for_key("x"), None);
    }

    #[test]
    fn the_qr_code_shows_only_while_presenting_and_goes_with_it() {
        let off = Presenter::default();
        assert_eq!(off.apply(PresenterCommand::Qr), off);
        let on = off.apply(PresenterCommand::Toggle);
        let shown = on.apply(PresenterCommand::Qr);
        assert!(shown.qr);
        assert!(!shown.apply(PresenterCommand::Qr).qr, "Q again hides it");
        assert!(
            !shown.apply(PresenterCommand::Toggle).qr,
            "leaving presenter mode hides it"
        );
    }

    #[test]
    fn blank_and_notes_only_apply_while_presenting() {
        let off = Presenter::default();
        assert_eq!(off.apply(PresenterCommand::Blank), off);
        let on = off.apply(PresenterCommand::Toggle);
        assert!(
            on.on && !on.notes && !on.blank,
            "the class sees no notes at first"
        );
        let blank = on.apply(PresenterCommand::Blank);
        assert!(blank.blank);
        assert!(
            !blank.apply(PresenterCommand::Blank).blank,
            "B again brings the slide back"
        );
        assert!(on.apply(PresenterCommand::Notes).notes);
        assert!(
            !on.apply(PresenterCommand::Notes)
                .apply(PresenterCommand::Notes)
                .notes
        );
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

    #[test]
    fn the_timer_pauses_keeping_its_time_resumes_and_resets() {
        let timer = Timer::running_from(1_000.0);
        assert_eq!(timer.elapsed_seconds(61_000.0), 60);
        let paused = timer.apply(TimerCommand::Pause, 61_000.0);
        assert!(!paused.is_running());
        // Paused, the clock stands still.
        assert_eq!(paused.elapsed_seconds(500_000.0), 60);
        let resumed = paused.apply(TimerCommand::Resume, 500_000.0);
        assert_eq!(resumed.elapsed_seconds(530_000.0), 90);
        // Pausing twice or resuming a running timer changes nothing.
        assert_eq!(paused.apply(TimerCommand::Pause, 900_000.0), paused);
        assert_eq!(resumed.apply(TimerCommand::Resume, 900_000.0), resumed);
        let reset = resumed.apply(TimerCommand::Reset, 530_000.0);
        assert_eq!(reset.elapsed_seconds(540_000.0), 10);
        let reset_paused = paused.apply(TimerCommand::Reset, 600_000.0);
        assert_eq!(reset_paused.elapsed_seconds(900_000.0), 0);
        assert!(!reset_paused.is_running());
    }

    #[test]
    fn the_timer_survives_being_written_down_and_read_back() {
        let running = Timer {
            banked_ms: 42_000.0,
            since_ms: Some(1_700_000_000_000.0),
        };
        let paused = Timer {
            banked_ms: 5_000.0,
            since_ms: None,
        };
        assert_eq!(paused.encode(), "5000 -");
        for timer in [running, paused] {
            assert_eq!(Timer::decode(&timer.encode()), Some(timer));
        }
        assert_eq!(Timer::decode("garbage"), None);
        assert_eq!(Timer::decode("1 x"), None);
    }
}
