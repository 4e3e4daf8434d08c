//! The address a phone would open for a step (the QR code, Q in presenter
//! mode). Only the teacher's build uses it, in the QR code's frame.

/// Whether a phone in the classroom could open a page on `host`: not a
/// loopback name or address, which would name the phone itself.
pub fn reachable_from_a_phone(protocol: &str, host: &str) -> bool {
    let web = protocol == "http:" || protocol == "https:";
    let loopback = host == "localhost"
        || host.ends_with(".localhost")
        || host.starts_with("127.")
        || host == "[::1]"
        || host == "::1";
    web && !loopback
}

/// The class's page for a step, from the QR frame's own address
/// (`https://…/speaker.html?qr#/khasan` gives `https://…/#/khasan`: the
/// folder's page, which is the explainer's index.html).
pub fn page_for_step(frame: &str) -> String {
    let (page, hash) = frame.split_once('#').unwrap_or((frame, ""));
    let page = page.split('?').next().unwrap_or(page);
    let folder = &page[..page.rfind('/').map_or(page.len(), |slash| slash + 1)];
    format!("{folder}#{hash}")
}

/// The address of the step this frame was opened for, or `None` where a
/// phone cannot open it (a file, a loopback address).
#[cfg(feature = "teacher")]
pub fn step_address() -> Option<String> {
    let location = gloo::utils::window().location();
    let (protocol, host) = (location.protocol().ok()?, location.hostname().ok()?);
    if !reachable_from_a_phone(&protocol, &host) {
        return None;
    }
    Some(page_for_step(&location.href().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_other_than_this_computer_reach_a_phone() {
        assert!(reachable_from_a_phone("https:", "teacher.github.io"));
        assert!(reachable_from_a_phone("http:", "192.168.1.20"));
        assert!(!reachable_from_a_phone("file:", ""));
        assert!(!reachable_from_a_phone("http:", "localhost"));
        assert!(!reachable_from_a_phone("http:", "127.0.0.1"));
        assert!(!reachable_from_a_phone("http:", "[::1]"));
        assert!(!reachable_from_a_phone("http:", "app.localhost"));
    }

    #[test]
    fn the_frame_names_the_explainers_page_for_its_step() {
        assert_eq!(
            page_for_step("https://teacher.github.io/vostochny/speaker.html?qr#/khasan"),
            "https://teacher.github.io/vostochny/#/khasan"
        );
        assert_eq!(
            page_for_step("http://192.168.1.20:8080/speaker.html?qr#/missiles"),
            "http://192.168.1.20:8080/#/missiles"
        );
    }
}
