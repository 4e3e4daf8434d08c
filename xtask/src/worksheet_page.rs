//! The students' worksheet as a static page, `dist/worksheet.html`:
//! pre-rendered by Yew's SSR (`src/components/worksheet.rs`), printed from
//! the browser on two pages. It has no script; its own styles
//! (`styles/worksheet.css`) are inline, so the explainer's stylesheet, which
//! the first view loads, carries none of them.

use std::path::Path;

pub const WORKSHEET_PAGE: &str = "worksheet.html";

/// Writes `dist/worksheet.html` with the stylesheets `index` links to, the
/// worksheet's own styles inline, and the base map its map draws by
/// reference.
pub fn write(dist: &Path, index: &str, worksheet: &str, map_base: &str) -> Result<(), String> {
    let own = std::fs::read_to_string("styles/worksheet.css")
        .map_err(|e| format!("cannot read styles/worksheet.css: {e}"))?;
    let own = crate::stylesheet::minify(&own, "styles/worksheet.css")?;
    let page = crate::story_page::static_page(
        index,
        &crate::story_page::Head {
            title: "Worksheet: Putin and Kim meet at Vostochny, 13 September 2023",
            description: "A two-page worksheet for students on the 13 September 2023 Putin–Kim summit at Vostochny: the route, the steps and their sources, matching statements to labels, and questions to discuss.",
            // Paper: black on white whatever the reader's scheme.
            color_scheme: "light",
            extra: &format!("    <style>{own}</style>\n"),
        },
        &format!("{map_base}{worksheet}"),
    )?;
    std::fs::write(dist.join(WORKSHEET_PAGE), page)
        .map_err(|e| format!("cannot write dist/{WORKSHEET_PAGE}: {e}"))
}
