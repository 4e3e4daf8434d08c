//! The only code that talks to the browser: URL hash, keys, focus, scrolling
//! and the failure message. Components call these from effects and handlers,
//! never while rendering, so rendering stays pure.

pub mod fatal;
pub mod fit;
pub mod focus;
pub mod hash;
pub mod keys;
pub mod popover;
pub mod presenter;
