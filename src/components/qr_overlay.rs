use yew::prelude::*;

use crate::edge::link::SPEAKER_PAGE;
use crate::ui::label;

/// The step's address as a QR code, large on the projector (Q in presenter
/// mode), so students open the same step on their phones. The code, the
/// short address under it, or the note that a phone cannot open this
/// address (a file, a loopback address) are drawn by the teacher's build in
/// a frame (`speaker.html?qr#/step`, `components::qr_page`): the class's
/// page carries neither the encoder nor the address logic.
///
/// The teacher's build (the single offline file) has the encoder, and draws
/// it in place: from a file, that is the note.
pub fn qr_overlay(step: &'static str) -> Html {
    #[cfg(feature = "teacher")]
    let code = {
        let _ = (step, SPEAKER_PAGE);
        html! { <crate::components::qr_page::QrPage /> }
    };
    #[cfg(not(feature = "teacher"))]
    let code = html! {
        <iframe class="qr__code" src={format!("{SPEAKER_PAGE}?qr#/{step}")} title={label!(qr_frame_title)}></iframe>
    };
    html! {
        <div class="qr" id="qr" role="region" aria-label={label!(qr_label)}>
            { code }
            <p class="qr__hint">{ label!(qr_hint) }</p>
        </div>
    }
}
