//! One small part of the page per file. Each renders what it is given; none
//! calls the browser while rendering.
//!
//! Two kinds, by one rule. A part that keeps state of its own (a hook) is a
//! Yew `#[component]`: `Popover`, `QuizView`, `StepView` and `App` (and
//! `FullText`, the root Yew's renderer needs for the pre-rendered whole story). Every
//! other part only turns its inputs into markup, so it is a plain view
//! function named in snake case (`status_badge(status)`), taking its inputs as
//! arguments, or as a `…Props` struct when it has more than two. Why not a
//! component everywhere: each component type makes Yew compile its whole
//! lifecycle again (mount, hydrate, reuse, schedule: about 2.7 KB of raw wasm
//! per component), and the hydrated page carries a pair of comments around
//! each one. Turning the 27 stateless components into functions took the
//! first view from 168,861 to 152,893 B gzip (issue 14). A view function is
//! re-rendered whenever its parent is, which costs nothing measurable here.

pub mod announcer;
pub mod clocks;
pub mod distance_box;
pub mod embed_bar;
pub mod full_text;
pub mod glossary_view;
pub mod handout_view;
pub mod language_switch;
pub mod map_legend;
pub mod map_view;
pub mod masthead;
pub mod notes_panel;
pub mod page_footer;
pub mod pager;
pub mod place_card;
pub mod popover;
pub mod presenter_bar;
pub mod progress;
pub mod qr_overlay;
// The QR code itself: only in the teacher's build (speaker.html?qr).
#[cfg(feature = "teacher")]
pub mod qr_page;
pub mod quiz_view;
pub mod reading_switch;
pub mod report_view;
pub mod share_panel;
pub mod source_lens;
// Only in the build with the speaker view (speaker.html, the offline file).
#[cfg(feature = "teacher")]
pub mod speaker_view;
pub mod statement_item;
pub mod status_badge;
pub mod status_key;
pub mod status_tip;
pub mod step_icon;
pub mod step_list;
pub mod step_view;
pub mod term_word;
pub mod units_switch;
pub mod unknowns_panel;
pub mod worksheet;
