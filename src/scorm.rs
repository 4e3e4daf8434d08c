//! What the explainer tells an LMS through SCORM 1.2, as pure values (the
//! calls themselves are in `edge::scorm`, in the teacher's build, which the
//! SCORM package launches): which steps were seen and the furthest of them,
//! the lesson's status, the quiz's score and the session's length in
//! SCORM's own formats.

/// The steps a learner has seen, kept in `cmi.suspend_data` as one `1` or
/// `0` per step (`seen=110100000000000`), so a later session resumes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen(Vec<bool>);

impl Seen {
    pub fn none(steps: usize) -> Seen {
        Seen(vec![false; steps])
    }

    /// What an LMS kept: anything malformed or of another length starts
    /// afresh (the story may have changed between two sessions).
    pub fn decode(text: &str, steps: usize) -> Seen {
        let bits = text.strip_prefix("seen=").unwrap_or_default();
        if bits.len() != steps || !bits.bytes().all(|b| b == b'0' || b == b'1') {
            return Seen::none(steps);
        }
        Seen(bits.bytes().map(|b| b == b'1').collect())
    }

    pub fn encode(&self) -> String {
        let bits: String = self.0.iter().map(|s| if *s { '1' } else { '0' }).collect();
        format!("seen={bits}")
    }

    pub fn mark(&mut self, index: usize) {
        if let Some(seen) = self.0.get_mut(index) {
            *seen = true;
        }
    }

    pub fn all(&self) -> bool {
        self.0.iter().all(|s| *s)
    }

    /// The furthest step seen: where the next session resumes.
    pub fn furthest(&self) -> Option<usize> {
        self.0.iter().rposition(|s| *s)
    }
}

/// `cmi.core.lesson_status` after a change: a quiz's result (passed or
/// failed against the mastery score, or completed when the LMS set none),
/// else completed once every step was seen, else incomplete. A result the
/// LMS already holds is kept until the next quiz.
pub fn status(held: &str, seen_all: bool, quiz: Option<u32>, mastery: Option<u32>) -> &'static str {
    match (quiz, mastery) {
        (Some(score), Some(mastery)) if score >= mastery => "passed",
        (Some(_), Some(_)) => "failed",
        (Some(_), None) => "completed",
        (None, _) => match held {
            "passed" => "passed",
            "failed" => "failed",
            _ if seen_all => "completed",
            "completed" => "completed",
            _ => "incomplete",
        },
    }
}

/// The quiz's score as `cmi.core.score.raw` wants it: a whole percentage
/// (min 0, max 100), which is what the manifest's mastery score compares with.
pub fn percent(right: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    ((right * 100 + total / 2) / total) as u32
}

/// A session's length as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS`.
pub fn timespan(milliseconds: f64) -> String {
    let hundredths = (milliseconds.max(0.0) / 10.0) as u64;
    let (seconds, hundredths) = (hundredths / 100, hundredths % 100);
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60,
        hundredths
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seen_steps_round_trip_and_bad_data_starts_afresh() {
        let mut seen = Seen::none(4);
        seen.mark(0);
        seen.mark(2);
        seen.mark(9);
        assert_eq!(seen.encode(), "seen=1010");
        assert_eq!(Seen::decode("seen=1010", 4), seen);
        assert_eq!(Seen::decode("seen=10", 4), Seen::none(4));
        assert_eq!(Seen::decode("seen=10x0", 4), Seen::none(4));
        assert_eq!(Seen::decode("", 4), Seen::none(4));
        assert!(!seen.all());
        assert_eq!(seen.furthest(), Some(2));
        assert_eq!(Seen::none(4).furthest(), None);
        assert!(Seen::decode("seen=1111", 4).all());
    }

    #[test]
    fn the_status_follows_the_quiz_then_the_steps() {
        assert_eq!(status("not attempted", false, None, Some(70)), "incomplete");
        assert_eq!(status("incomplete", true, None, Some(70)), "completed");
        assert_eq!(status("incomplete", false, Some(70), Some(70)), "passed");
        assert_eq!(status("incomplete", true, Some(69), Some(70)), "failed");
        assert_eq!(status("incomplete", false, Some(10), None), "completed");
        // A result stays when the learner reads on without a new quiz.
        assert_eq!(status("failed", true, None, Some(70)), "failed");
        assert_eq!(status("passed", false, None, Some(70)), "passed");
        assert_eq!(status("completed", false, None, Some(70)), "completed");
    }

    #[test]
    fn scores_and_times_in_scorms_formats() {
        assert_eq!(percent(7, 9), 78);
        assert_eq!(percent(9, 9), 100);
        assert_eq!(percent(0, 9), 0);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(timespan(0.0), "0000:00:00.00");
        assert_eq!(timespan(3_723_450.0), "0001:02:03.45");
        assert_eq!(timespan(-5.0), "0000:00:00.00");
    }
}
