use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

use crate::edge::address::step_address;
use crate::ui::{fill, label};

/// What the QR frame shows (`speaker.html?qr#/khasan`, opened by Q on the
/// class's page, `components::qr_overlay`): the address of the class's page
/// at that step as a QR code, drawn as SVG with Nayuki's `qrcodegen`
/// crate, black on white whatever the screen's scheme and with the
/// four-module quiet zone the standard asks for, so a phone reads it from
/// the back of a classroom; the short address under it. On a file or a
/// loopback address, which a phone cannot open, it says so instead.
#[component]
pub fn QrPage() -> Html {
    let address = use_state(step_address);
    {
        // The class's page moves the frame to the next step by its `#`,
        // which reloads nothing: draw the new step's address.
        let address = address.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    address.set(step_address())
                });
            move || drop(listener)
        });
    }
    let Some(address) = address.as_ref() else {
        return html! {
            <main class="qr-page">
                <p class="qr-page__none">{ label!(qr_page_none) }</p>
            </main>
        };
    };
    let Ok(code) = QrCode::encode_text(address, QrCodeEcc::Medium) else {
        return html! { <main class="qr-page"><p class="qr-page__none">{ label!(qr_page_too_long) }</p></main> };
    };
    let (size, quiet) = (code.size(), 4);
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + quiet, y + quiet));
            }
        }
    }
    let side = size + 2 * quiet;
    let short = address
        .split_once("://")
        .map_or(&**address, |(_, rest)| rest);
    html! {
        <main class="qr-page">
            <svg class="qr-page__code" viewBox={format!("0 0 {side} {side}")} shape-rendering="crispEdges"
                role="img" aria-label={fill(label!(qr_page_code_label), &[("address", address)])}>
                <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                <path d={path} fill="#000" />
            </svg>
            <p class="qr-page__address">{ short.to_owned() }</p>
        </main>
    }
}
