//! The screen as a reader sees it, compared with pictures a person has
//! looked at and approved (`e2e/pictures/*.png`): a change that moves,
//! hides, recolours or resizes anything on these screens fails here, even
//! where no other test looks. The pictures are Chromium's (each engine draws
//! type its own way); the geometry tests cover the other engines.
//!
//! A picture matches when at most 0.1% of its pixels differ by more than
//! 48 in any colour channel (room for a font's anti-aliasing, none for a
//! moved or recoloured element). On a mismatch the test writes what it saw
//! and a picture of the differences (changed pixels in red) beside the
//! reference in `target/e2e/pictures/`, and names them.
//!
//! After a change that is meant to alter these screens, look at the new
//! pictures, then accept them with `cargo xtask screenshots --bless`, which
//! rewrites the references; commit them with the change.

use std::path::{Path, PathBuf};

use e2e::{dist, skip_on, Browser, Engine, Site, View};

/// How far a channel may move before a pixel counts as changed.
const CHANNEL_TOLERANCE: u8 = 48;
/// The share of changed pixels a picture may have (one in a thousand).
const CHANGED_SHARE: f64 = 0.001;

/// One screen to compare: its name, the window's size, and how to reach it.
struct Screen {
    name: &'static str,
    size: (u32, u32),
    reach: Reach,
}

enum Reach {
    /// A step opened by its address, in reading mode.
    Step(&'static str),
    /// A step opened by its address, then presenter mode (P).
    Presenting(&'static str),
    /// A view of the toolbar.
    View(View),
}

const SCREENS: [Screen; 4] = [
    Screen {
        name: "reading-1366x768-what-happened",
        size: (1366, 768),
        reach: Reach::Step("what-happened"),
    },
    Screen {
        name: "presenter-1920x1080-khasan",
        size: (1920, 1080),
        reach: Reach::Presenting("khasan"),
    },
    Screen {
        name: "phone-390x844-ussuriysk",
        size: (390, 844),
        reach: Reach::Step("ussuriysk"),
    },
    Screen {
        name: "report-1366x768",
        size: (1366, 768),
        reach: Reach::View(View::Report),
    },
];

fn references() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("pictures")
}

fn seen_folder() -> PathBuf {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e/pictures");
    std::fs::create_dir_all(&folder).expect("target/e2e/pictures");
    folder
}

/// RGBA pixels and size of a PNG.
fn decode(png: &[u8], what: &str) -> (Vec<u8>, u32, u32) {
    let mut decoder = png::Decoder::new(png);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder
        .read_info()
        .unwrap_or_else(|e| panic!("{what} is not a PNG: {e}"));
    let mut buffer = vec![0; reader.output_buffer_size()];
    let info = reader
        .next_frame(&mut buffer)
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    buffer.truncate(info.buffer_size());
    let rgba = match info.color_type {
        png::ColorType::Rgba => buffer,
        png::ColorType::Rgb => buffer
            .chunks(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        other => panic!("{what}: unexpected colour type {other:?}"),
    };
    (rgba, info.width, info.height)
}

fn encode(rgba: &[u8], width: u32, height: u32, path: &Path) {
    let file = std::fs::File::create(path)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .write_header()
        .and_then(|mut writer| writer.write_image_data(rgba))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// What differs between two pictures of one size.
struct Difference {
    changed: usize,
    /// Left, top, right, bottom of the changed pixels.
    bounds: Option<(u32, u32, u32, u32)>,
    /// The reference, faded, with changed pixels in red.
    picture: Vec<u8>,
}

fn compare(reference: &[u8], seen: &[u8], width: u32) -> Difference {
    let mut changed = 0;
    let mut bounds: Option<(u32, u32, u32, u32)> = None;
    let mut picture = Vec::with_capacity(reference.len());
    for (index, (a, b)) in reference.chunks(4).zip(seen.chunks(4)).enumerate() {
        let moved = a
            .iter()
            .zip(b)
            .any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE);
        if moved {
            changed += 1;
            let (x, y) = (index as u32 % width, index as u32 / width);
            bounds = Some(bounds.map_or((x, y, x, y), |(l, t, r, b)| {
                (l.min(x), t.min(y), r.max(x), b.max(y))
            }));
            picture.extend_from_slice(&[255, 0, 0, 255]);
        } else {
            let grey = ((u32::from(a[0]) + u32::from(a[1]) + u32::from(a[2])) / 3) as u8;
            let faded = 192 + grey / 4;
            picture.extend_from_slice(&[faded, faded, faded, 255]);
        }
    }
    Difference {
        changed,
        bounds,
        picture,
    }
}

async fn reach(browser: &Browser, site: &Site, screen: &Screen) {
    match screen.reach {
        Reach::Step(id) => browser.open(site, &format!("/#/{id}")).await,
        Reach::Presenting(id) => {
            browser.open(site, &format!("/#/{id}")).await;
            browser.present().await;
            // Presenting shows the step as a slide; wait for its builds to
            // settle (a step that does not fit is measured first).
            browser
                .wait_until(
                    "presenter mode",
                    "return !!document.querySelector('.app.is-presenting')",
                )
                .await;
        }
        Reach::View(view) => {
            browser.open(site, "/").await;
            browser.open_view(view).await;
        }
    }
    for _ in 0..3 {
        browser.settle().await;
    }
}

#[tokio::test]
async fn the_screens_match_the_pictures_a_person_approved() {
    if skip_on(
        &[Engine::Firefox, Engine::WebKit],
        "comparing the screen with the approved pictures",
        "the pictures are Chromium's: each engine draws type its own way (the geometry tests run on every engine)",
    ) {
        return;
    }
    let bless = std::env::var_os("E2E_BLESS_PICTURES").is_some();
    let site = Site::serve(dist());
    let mut failures = Vec::new();
    for screen in &SCREENS {
        let browser = Browser::start_reduced_motion(screen.size.0, screen.size.1).await;
        reach(&browser, &site, screen).await;
        let png = browser
            .client
            .screenshot()
            .await
            .unwrap_or_else(|e| panic!("screenshot {}: {e}", screen.name));
        browser.finish().await;
        let reference_path = references().join(format!("{}.png", screen.name));
        if bless {
            std::fs::create_dir_all(references()).expect("e2e/pictures");
            std::fs::write(&reference_path, &png)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", reference_path.display()));
            println!("approved {}", reference_path.display());
            continue;
        }
        let reference = std::fs::read(&reference_path).unwrap_or_else(|e| {
            panic!(
                "no approved picture {} ({e}): look at the screen, then run cargo xtask screenshots --bless",
                reference_path.display()
            )
        });
        let (want, width, height) = decode(&reference, &reference_path.display().to_string());
        let (got, got_width, got_height) = decode(&png, screen.name);
        let seen_path = seen_folder().join(format!("{}-seen.png", screen.name));
        std::fs::write(&seen_path, &png).expect("write the picture seen");
        if (width, height) != (got_width, got_height) {
            failures.push(format!(
                "{}: the screen is {got_width}×{got_height}, the approved picture {width}×{height} (seen: {})",
                screen.name,
                seen_path.display()
            ));
            continue;
        }
        let difference = compare(&want, &got, width);
        let share = difference.changed as f64 / f64::from(width * height);
        if share > CHANGED_SHARE {
            let diff_path = seen_folder().join(format!("{}-difference.png", screen.name));
            encode(&difference.picture, width, height, &diff_path);
            failures.push(format!(
                "{}: {} pixels changed ({:.2}% of the screen), within {:?} (left, top, right, bottom); seen: {}, differences in red: {}, approved: {}",
                screen.name,
                difference.changed,
                share * 100.0,
                difference.bounds.unwrap_or_default(),
                seen_path.display(),
                diff_path.display(),
                reference_path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "the screen differs from the approved pictures:\n{}",
        failures.join("\n")
    );
}
