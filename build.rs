//! Validates `content/` and bakes the story into the app as Rust statics.
//! A content mistake stops the build here, with file, line, step and field.

use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest_dir).join("content");
    println!("cargo::rerun-if-changed={}", content.display());

    let mut story = match story::content::load_dir(&content, "content") {
        Ok(story) => story,
        Err(errors) => {
            eprintln!("the story content has {} mistake(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };

    // The release wasm draws the base map with `<use href="#map-base">`:
    // its coastline and borders are in the page once (`cargo xtask dist`
    // writes them there from the pre-renderer, which keeps them), not a
    // second time in the wasm (4.5 KB gzip). Development builds, served
    // without pre-rendering, keep them and draw them inline.
    let target = std::env::var("TARGET").unwrap_or_default();
    let profile = std::env::var("PROFILE").unwrap_or_default();
    if target.starts_with("wasm32") && profile == "release" {
        story.map = story::MapBase {
            land: "",
            borders: "",
        };
    }

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let baked = story::bake::story_source(&story);
    std::fs::write(Path::new(&out_dir).join("story.rs"), baked).expect("OUT_DIR is writable");
}
