//! What the audience window and its speaker window say to each other.
//!
//! Messages are short strings (`explainer state 7 2 0`): they cross
//! `postMessage` between windows whose origins may be opaque (`file://`),
//! and a string is the cheapest thing to build and check in the wasm. Each
//! starts with [`TAG`], so anything else posted to the window (an
//! extension, an embedding page) is ignored; which window sent it is
//! checked too (`edge::link`).

use story::nav::Action;

/// The first word of every message.
pub const TAG: &str = "explainer";

/// One message between the two windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// The speaker window has (re)loaded, or is still there: the audience
    /// window answers with its state. Sent every few seconds, so an
    /// audience window that reloads finds its speaker window again.
    Hello,
    /// The speaker window is going (closed or reloading).
    Bye,
    /// Audience → speaker: where the class is.
    State {
        index: usize,
        /// Statements shown while a step builds; `None` for all.
        shown: Option<usize>,
        blank: bool,
    },
    /// Speaker → audience: a move (Next, Previous, a jump), applied by the
    /// audience window, which alone knows how its steps build.
    Move(Action),
    /// Speaker → audience: blank the screen, or bring it back.
    Blank,
}

impl Message {
    pub fn encode(self) -> String {
        let body = match self {
            Message::Hello => "hello".to_owned(),
            Message::Bye => "bye".to_owned(),
            Message::State {
                index,
                shown,
                blank,
            } => format!("state {index} {} {}", shown.unwrap_or(0), u8::from(blank)),
            Message::Move(Action::Next) => "next".to_owned(),
            Message::Move(Action::Prev) => "prev".to_owned(),
            Message::Move(Action::First) => "first".to_owned(),
            Message::Move(Action::Last) => "last".to_owned(),
            Message::Move(Action::Go(index)) => format!("go {index}"),
            Message::Blank => "blank".to_owned(),
        };
        format!("{TAG} {body}")
    }

    /// The message `text` carries, or `None` for anything that is not one
    /// of ours.
    pub fn decode(text: &str) -> Option<Message> {
        let mut words = text.split(' ');
        if words.next()? != TAG {
            return None;
        }
        let kind = words.next()?;
        let mut number = || words.next()?.parse::<usize>().ok();
        let message = match kind {
            "hello" => Message::Hello,
            "bye" => Message::Bye,
            "state" => {
                let index = number()?;
                let shown = number()?;
                let blank = number()?;
                Message::State {
                    index,
                    shown: (shown > 0).then_some(shown),
                    blank: blank == 1,
                }
            }
            "next" => Message::Move(Action::Next),
            "prev" => Message::Move(Action::Prev),
            "first" => Message::Move(Action::First),
            "last" => Message::Move(Action::Last),
            "go" => Message::Move(Action::Go(number()?)),
            "blank" => Message::Blank,
            _ => return None,
        };
        Some(message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_reads_back_as_itself() {
        let all = [
            Message::Hello,
            Message::Bye,
            Message::State {
                index: 7,
                shown: Some(2),
                blank: false,
            },
            Message::State {
                index: 0,
                shown: None,
                blank: true,
            },
            Message::Move(Action::Next),
            Message::Move(Action::Prev),
            Message::Move(Action::First),
            Message::Move(Action::Last),
            Message::Move(Action::Go(12)),
            Message::Blank,
        ];
        for message in all {
            assert_eq!(Message::decode(&message.encode()), Some(message));
        }
    }

    #[test]
    fn the_wire_format_is_the_documented_one() {
        // Written out by hand, as the README documents it.
        assert_eq!(
            Message::State {
                index: 7,
                shown: Some(2),
                blank: true
            }
            .encode(),
            "explainer state 7 2 1"
        );
        assert_eq!(
            Message::decode("explainer go 3"),
            Some(Message::Move(Action::Go(3)))
        );
    }

    #[test]
    fn anything_else_is_ignored() {
        for text in [
            "",
            "hello",
            "explainer",
            "explainer dance",
            "explainer go",
            "explainer go x",
            "explainer state 1 2",
            "other next",
            "{\"subject\":\"lti.frameResize\"}",
        ] {
            assert_eq!(Message::decode(text), None, "{text:?}");
        }
    }
}
