use story::Status;
use yew::prelude::*;

/// A status label: its words, its colour, its border style and its own
/// small drawing, so it reads in black and white and without colour vision.
/// The drawing is decoration (`aria-hidden`): the words carry the meaning,
/// and the key (or the statement's label, pressed) gives the one-sentence rule.
pub fn status_badge(status: Status) -> Html {
    html! {
        <span class={classes!("status", format!("status--{}", status.slug()))}>
            <svg class="status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d={icon_path(status)} />
            </svg>
            { crate::ui::status_label(status) }
        </span>
    }
}

/// One stroke drawing per status, on a 16×16 grid.
fn icon_path(status: Status) -> &'static str {
    match status {
        // A tick: stated openly.
        Status::OnRecord => "M3 8.5l3 3 7-7",
        // A speech bubble: one side's own words.
        Status::Claimed => "M2 3h12v8H7l-3 3v-3H2z",
        // A head and shoulders with no face: someone not named.
        Status::UnnamedOfficials => "M8 2.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5M2.5 14.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5",
        // A question mark: a guess.
        Status::Speculation => "M5 5.5a3 3 0 1 1 4.2 2.7c-.8.4-1.2 1-1.2 1.8v1M8 13.2v.6",
        // A magnifying glass: the reporters' own reading.
        Status::Analysis => "M7 2.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9M10.2 10.2l3.8 3.8",
        // A clock: not known yet, answered later.
        Status::Unknown => "M8 2a6 6 0 1 1 0 12a6 6 0 1 1 0-12M8 4.5V8l2.5 2",
        // Three dots: left open.
        Status::Open => "M3.5 8h.1M8 8h.1M12.5 8h.1",
        // An open book: a reference work.
        Status::Background => "M1.5 3.5h5a1.5 1.5 0 0 1 1.5 1.5v9a1.5 1.5 0 0 0-1.5-1.5h-5zM14.5 3.5h-5A1.5 1.5 0 0 0 8 5v9a1.5 1.5 0 0 1 1.5-1.5h5z",
    }
}
