//! One small component per file. Each renders what it is given; none calls
//! the browser while rendering.

pub mod announcer;
pub mod clocks;
pub mod distance_box;
pub mod full_text;
pub mod glossary_view;
pub mod handout_view;
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
pub mod quiz_view;
pub mod reading_switch;
pub mod report_view;
pub mod source_lens;
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
