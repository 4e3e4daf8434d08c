//! The only code that talks to the browser: URL hash, keys, focus, scrolling
//! and the failure message. Components call these from effects and handlers,
//! never while rendering, so rendering stays pure.

// The QR code's address: the teacher's build (and its native tests) only.
#[cfg(any(feature = "teacher", test))]
pub mod address;
pub mod embed;
pub mod fatal;
pub mod fit;
pub mod focus;
pub mod hash;
pub mod keys;
pub mod link;
// Which of the teacher's pages this is, for the language switch.
#[cfg(feature = "teacher")]
pub mod page;
pub mod popover;
pub mod presenter;
pub mod share;
// SCORM 1.2, when an LMS launches the package: the teacher's build only.
#[cfg(feature = "teacher")]
pub mod scorm;
// The speaker window's side: only in the build with the speaker view.
#[cfg(feature = "teacher")]
pub mod speaker;
