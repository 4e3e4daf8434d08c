//! Validates `content/` and bakes the story into the app as Rust statics.
//! A content mistake stops the build here, with file, line, step and field.

use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest_dir).join("content");
    println!("cargo::rerun-if-changed={}", content.display());

    // Every build checks every language, so an English change that leaves
    // a translation stale stops the English build too; it then bakes only
    // the language it is asked for (`EXPLAINER_LANG`, English if unset),
    // so no reader downloads three.
    println!("cargo::rerun-if-env-changed=EXPLAINER_LANG");
    let lang = std::env::var("EXPLAINER_LANG").unwrap_or_else(|_| "en".to_owned());
    let stop = |errors: Vec<story::content::ContentError>| -> ! {
        eprintln!("the story content has {} mistake(s):", errors.len());
        for error in &errors {
            eprintln!("  {error}");
        }
        std::process::exit(1);
    };
    let languages =
        story::content::translate::load_all(&content, "content").unwrap_or_else(|e| stop(e));
    let (mut story, labels) = languages.story(&lang).unwrap_or_else(|e| stop(e));
    let all =
        story::content::translate::languages(&content, "content").unwrap_or_else(|e| stop(vec![e]));

    // The wasm `cargo xtask dist` builds draws the base map with `<use
    // href="#map-base">`: its coastline and borders are in the page once
    // (dist writes them there from the pre-renderer, which keeps them), not
    // a second time in the wasm (5.5 KB gzip). dist asks for it with this
    // variable; `cargo xtask serve`, which does not pre-render, and every
    // native build keep the paths and draw them inline.
    println!("cargo::rerun-if-env-changed=EXPLAINER_MAP_BY_REFERENCE");
    let target = std::env::var("TARGET").unwrap_or_default();
    let by_reference = std::env::var_os("EXPLAINER_MAP_BY_REFERENCE").is_some();
    if target.starts_with("wasm32") && by_reference {
        story.map = story::MapBase {
            land: "",
            borders: "",
        };
    }
    // The quiz is drawn only by the teacher's build (quiz.html, the offline
    // file, the handout's answers), yet a baked static keeps every field it
    // holds: the site's wasm carried the questions, their feedback and the
    // quiz map's markers (about 2 KB gzip) for a view it cannot show. The
    // site's wasm (no `teacher` feature) bakes an empty quiz; native builds
    // (the pre-renderer, the tests) keep it whatever their features.
    // (A change of features already reruns this script: no rerun line.)
    let teacher = std::env::var_os("CARGO_FEATURE_TEACHER").is_some();
    if target.starts_with("wasm32") && !teacher {
        story.quiz = &[];
        story.quiz_map.markers = &[];
    }

    // The worksheet's "match the statement to its label" (worksheet.html)
    // needs a statement for each label; its answers, for the teacher's
    // handout, are baked here as one line of text.
    let exercise = story.label_exercise();
    if exercise.len() != story::LABEL_EXERCISE.len() {
        let missing: Vec<&str> = story::LABEL_EXERCISE
            .iter()
            .filter(|status| !exercise.iter().any(|(_, _, paired)| paired == *status))
            .map(|status| status.slug())
            .collect();
        eprintln!(
            "content/steps.toml: field `worksheet`: no statement with status {missing:?} has worksheet = true; the worksheet's \"match the statement to its label\" needs one for each of {:?}",
            story::LABEL_EXERCISE.map(|status| status.slug())
        );
        std::process::exit(1);
    }
    let label = |status: story::Status| {
        labels
            .iter()
            .find(|(group, key, _)| group == "status" && key == status.slug())
            .map_or(status.label(), |(_, _, text)| text.as_str())
    };
    let answers: Vec<String> = exercise
        .iter()
        .zip('A'..)
        .map(|((_, _, status), letter)| format!("{letter}: {}", label(*status)))
        .collect();

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut baked = story::bake::story_source(&story);
    baked.push_str(&format!(
        "\n/// The worksheet exercise's answers, for the handout.\npub const WORKSHEET_ANSWERS: &str = {:?};\n",
        answers.join("; ")
    ));
    std::fs::write(Path::new(&out_dir).join("story.rs"), baked).expect("OUT_DIR is writable");
    let (_, english) = languages.story("en").unwrap_or_else(|e| stop(e));
    let ui = story::content::translate::ui_source(&labels, &english, &lang, &all);
    std::fs::write(Path::new(&out_dir).join("ui.rs"), ui).expect("OUT_DIR is writable");
}
