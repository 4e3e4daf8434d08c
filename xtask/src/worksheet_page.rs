//! The students' worksheet as a static page, `dist/worksheet.html`, and the
//! teacher's handout as `dist/handout.html` (and `handout-miles.html`).
//! The worksheet:
//! pre-rendered by Yew's SSR (`src/components/worksheet.rs`), printed from
//! the browser on two pages. It has no script; its own styles
//! (`styles/worksheet.css`) are inline, so the explainer's stylesheet, which
//! the first view loads, carries none of them.

use std::path::Path;

pub const WORKSHEET_PAGE: &str = "worksheet.html";

/// The handout pages: distances in kilometres, and in miles (the app links
/// the one its km/miles switch shows).
pub const HANDOUT_PAGES: [&str; 2] = ["handout.html", "handout-miles.html"];

/// Writes `dist/worksheet.html` with the stylesheets `index` links to, the
/// worksheet's own styles inline, and the base map its map draws by
/// reference.
pub fn write(dist: &Path, index: &str, worksheet: &str, map_base: &str) -> Result<(), String> {
    let own = crate::stylesheet::inline("styles/worksheet.css")?;
    let page = crate::story_page::static_page(
        index,
        &crate::story_page::Head {
            title: "Worksheet: Putin and Kim meet at Vostochny, 13 September 2023",
            description: "A two-page worksheet for students on the 13 September 2023 Putin–Kim summit at Vostochny: the route, the steps and their sources, matching statements to labels, and questions to discuss.",
            // Paper: black on white whatever the reader's scheme.
            color_scheme: "light",
            extra: &own,
        },
        &format!("{map_base}{worksheet}"),
    )?;
    std::fs::write(dist.join(WORKSHEET_PAGE), page)
        .map_err(|e| format!("cannot write dist/{WORKSHEET_PAGE}: {e}"))
}

/// Writes the teacher's handout pages (`handout`: the bodies in kilometres
/// and in miles), with the stylesheets `index` links to, the handout's own
/// print styles inline (`styles/handout.css`), and the base map its maps
/// draw by reference.
pub fn write_handout(
    dist: &Path,
    index: &str,
    handout: &[String; 2],
    map_base: &str,
) -> Result<(), String> {
    let extra = crate::stylesheet::inline("styles/handout.css")?;
    for (name, body) in HANDOUT_PAGES.iter().zip(handout) {
        let page = crate::story_page::static_page(
            index,
            &crate::story_page::Head {
                title: "Class handout: Putin and Kim meet at Vostochny, 13 September 2023",
                description: "The teacher's handout of the classroom explainer of the 13 September 2023 Putin–Kim summit at Vostochny: every step with its sources and map, the glossary, the quiz and its answers.",
                // On screen as the explainer (print.css makes paper black
                // on white).
                color_scheme: "light dark",
                extra: &extra,
            },
            &format!("{map_base}{body}"),
        )?;
        std::fs::write(dist.join(name), page)
            .map_err(|e| format!("cannot write dist/{name}: {e}"))?;
    }
    Ok(())
}
