//! `cargo xtask serve`: the built site (`dist/`) on a local port, as GitHub
//! Pages would serve it: every page (index.html, speaker.html, the handout,
//! the worksheet, the whole story) and nothing else. A small static server
//! with the standard library alone; each request is answered on its own
//! thread and the connection closed.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// Serves `root` on `host`:`port` until the process is stopped.
pub fn serve(root: &Path, host: &str, port: &str) -> Result<(), String> {
    let listener = TcpListener::bind(format!("{host}:{port}"))
        .map_err(|e| format!("cannot listen on {host}:{port}: {e} (try --port N)"))?;
    for stream in listener.incoming().flatten() {
        let root = root.to_path_buf();
        std::thread::spawn(move || answer(stream, &root));
    }
    Ok(())
}

/// This computer's address on its network (the one it would send from),
/// if it has one other than loopback. Connecting a UDP socket sends
/// nothing; 198.51.100.1 is a documentation address.
pub fn network_address() -> Option<String> {
    let probe = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    probe.connect("198.51.100.1:9").ok()?;
    let ip = probe.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then(|| ip.to_string())
}

/// The file a request path names under `root`: `/` and folders give their
/// index.html; a path that climbs out (`..`) gives none.
pub fn file_for(root: &Path, path: &str) -> Option<PathBuf> {
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let mut file = root.to_path_buf();
    for part in Path::new(path.trim_start_matches('/')).components() {
        match part {
            Component::Normal(name) => file.push(name),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if path.ends_with('/') || file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("wasm") => "application/wasm",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn answer(mut stream: TcpStream, root: &Path) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16_384 {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split_whitespace().nth(1).unwrap_or("/");
    let found = file_for(root, path).and_then(|file| Some((std::fs::read(&file).ok()?, file)));
    let (status, kind, body) = match found {
        Some((bytes, file)) => ("200 OK", content_type(&file), bytes),
        None => ("404 Not Found", "text/plain", b"not found".to_vec()),
    };
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    let _ = stream.write_all(&body);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_files_under_the_root_and_never_above_it() {
        let root = Path::new("/site");
        assert_eq!(file_for(root, "/"), Some(PathBuf::from("/site/index.html")));
        assert_eq!(
            file_for(root, "/speaker.html?speaker#/khasan"),
            Some(PathBuf::from("/site/speaker.html"))
        );
        assert_eq!(file_for(root, "/../etc/passwd"), None);
        assert_eq!(file_for(root, "/a/../../x"), None);
    }
}
