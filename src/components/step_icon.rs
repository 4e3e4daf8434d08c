use story::Icon;
use yew::prelude::*;

/// A simple line drawing for a step, drawn in the text colour so it follows
/// the light and dark schemes. `alt` is the alternative text from the
/// content, read out instead of the drawing.
pub fn step_icon(icon: Icon, alt: &'static str) -> Html {
    html! {
        <figure class="step-icon">
            <svg viewBox="0 0 64 64" role="img" aria-label={alt} focusable="false">
                // Static markup, not Yew nodes: the drawings never change, and
                // as strings they cost the wasm a fraction of the code that
                // would build them node by node (see the README's benchmark).
                { Html::from_html_unchecked(AttrValue::Static(drawing(icon))) }
            </svg>
        </figure>
    }
}

fn drawing(icon: Icon) -> &'static str {
    match icon {
        Icon::Train => {
            r#"<rect x="8" y="16" width="44" height="26" rx="4" /><rect x="14" y="22" width="9" height="8" /><rect x="27" y="22" width="9" height="8" /><rect x="40" y="22" width="8" height="8" /><circle cx="18" cy="46" r="4" /><circle cx="42" cy="46" r="4" /><line x1="4" y1="54" x2="60" y2="54" />"#
        }
        Icon::Missile => {
            r#"<path d="M6 56 Q20 6 50 14" stroke-dasharray="4 4" /><path d="M44 8 L58 14 L46 22 Z" /><line x1="2" y1="58" x2="20" y2="58" /><path d="M28 52 Q34 48 40 52 T52 52 T62 52" />"#
        }
        Icon::Handshake => {
            r#"<path d="M4 30 L16 22 L28 26 L36 22 L48 22 L60 30" /><path d="M16 22 L16 40 L26 48 Q30 50 34 46 L46 36 L48 22" /><path d="M26 34 L32 40 M30 30 L38 38" />"#
        }
        Icon::Rocket => {
            r#"<path d="M32 6 Q42 16 40 40 L24 40 Q22 16 32 6 Z" /><circle cx="32" cy="22" r="4" /><path d="M24 32 L16 44 L24 42 M40 32 L48 44 L40 42" /><path d="M28 44 L32 54 L36 44" /><line x1="8" y1="58" x2="56" y2="58" />"#
        }
        Icon::Talks => {
            r#"<rect x="12" y="36" width="40" height="6" /><circle cx="18" cy="24" r="6" /><circle cx="46" cy="24" r="6" /><path d="M24 6 L40 6 L40 14 L34 14 L30 18 L30 14 L24 14 Z" /><line x1="16" y1="42" x2="16" y2="56" /><line x1="48" y1="42" x2="48" y2="56" />"#
        }
        Icon::Scales => {
            r#"<line x1="32" y1="8" x2="32" y2="54" /><line x1="20" y1="56" x2="44" y2="56" /><line x1="10" y1="16" x2="54" y2="16" /><path d="M10 16 L4 34 L16 34 Z M54 16 L48 34 L60 34 Z" />"#
        }
        Icon::Question => {
            r#"<circle cx="32" cy="32" r="26" /><path d="M23 24 Q24 14 32 14 Q41 14 41 23 Q41 29 32 33 L32 40" /><circle cx="32" cy="48" r="2" />"#
        }
        Icon::Factory => {
            r#"<path d="M6 56 L6 30 L20 38 L20 30 L34 38 L34 30 L48 38 L48 12 L56 12 L56 56 Z" /><rect x="14" y="44" width="6" height="6" /><rect x="28" y="44" width="6" height="6" />"#
        }
        Icon::Newspaper => {
            r#"<rect x="8" y="10" width="42" height="44" rx="2" /><path d="M50 20 L56 20 L56 50 Q56 54 52 54" /><rect x="14" y="16" width="30" height="8" /><line x1="14" y1="32" x2="44" y2="32" /><line x1="14" y1="40" x2="44" y2="40" /><line x1="14" y1="48" x2="34" y2="48" />"#
        }
        Icon::Bridge => {
            r#"<line x1="4" y1="30" x2="60" y2="30" /><path d="M8 30 Q20 14 32 30 Q44 14 56 30" /><line x1="14" y1="30" x2="14" y2="48" /><line x1="32" y1="30" x2="32" y2="48" /><line x1="50" y1="30" x2="50" y2="48" /><path d="M4 52 Q12 48 20 52 T36 52 T52 52 T60 52" />"#
        }
        Icon::Camera => {
            r#"<rect x="6" y="18" width="52" height="34" rx="4" /><path d="M22 18 L26 10 L38 10 L42 18" /><circle cx="32" cy="35" r="10" /><circle cx="32" cy="35" r="4" />"#
        }
    }
}
