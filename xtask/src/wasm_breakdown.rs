//! Where the wasm's bytes are, for `cargo xtask bench`: `twiggy` (crates.io)
//! reads the wasm as the compiler left it, before wasm-bindgen and
//! wasm-opt, when function names are still in it. Raw sizes, before
//! wasm-opt shrinks them (by about a third) and gzip; the proportions are
//! what the next person looking for bytes needs.

use std::path::Path;
use std::process::Command;

use crate::say;

/// One item of twiggy's table: its name and its own size in bytes.
struct Item {
    name: String,
    bytes: usize,
}

/// Splits one CSV line (fields may be quoted, with `""` for a quote).
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
}

/// The crate an item's code belongs to: `yew` for `yew[…]::html::…`, the
/// implementing type's crate for `<T as Trait>::f`.
fn crate_of(name: &str) -> String {
    let name = name.trim_start_matches('<').trim_start_matches('&');
    let end = name.find(['[', ':', ' ', '<']).unwrap_or(name.len());
    let krate = &name[..end];
    if krate.is_empty() || krate == "code" || krate == "elem" {
        "(unnamed)".to_owned()
    } else {
        krate.to_owned()
    }
}

/// Prints code and data totals, the biggest crates and functions.
pub fn print(named_wasm: &Path, twiggy: &Path) {
    let out = Command::new(twiggy)
        .args(["top", "-n", "1000000", "-f", "csv"])
        .arg(named_wasm)
        .output();
    let Some(out) = out.ok().filter(|o| o.status.success()) else {
        say(&format!(
            "wasm breakdown: twiggy could not read {}",
            named_wasm.display()
        ));
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let items: Vec<Item> = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f = fields(line);
            Some(Item {
                bytes: f.get(1)?.parse().ok()?,
                name: f.first()?.clone(),
            })
        })
        // Names, exports' names and wasm-bindgen's descriptions of its
        // bindings (functions it runs at build time, then removes) never
        // reach the page.
        .filter(|item| {
            !item.name.starts_with("custom section")
                && !item.name.contains("subsection")
                && !item.name.starts_with("export ")
                && !item.name.contains("__wbindgen_describe")
                && !item.name.contains("::describe::")
        })
        .collect();
    let (data, code): (Vec<&Item>, Vec<&Item>) = items
        .iter()
        .partition(|item| item.name.starts_with("data segment"));
    let sum = |list: &[&Item]| list.iter().map(|i| i.bytes).sum::<usize>();
    println!(
        "bench: wasm breakdown (before wasm-opt, raw bytes; twiggy): code {} B, data {} B",
        sum(&code),
        sum(&data)
    );
    let mut crates: Vec<(String, usize)> = Vec::new();
    for item in &code {
        let krate = crate_of(&item.name);
        match crates.iter_mut().find(|(k, _)| *k == krate) {
            Some((_, bytes)) => *bytes += item.bytes,
            None => crates.push((krate, item.bytes)),
        }
    }
    crates.sort_by_key(|c| std::cmp::Reverse(c.1));
    for (krate, bytes) in crates.iter().take(8) {
        println!("bench:   code of {krate:<28} {bytes:>8} B");
    }
    let mut biggest: Vec<&&Item> = code.iter().collect();
    biggest.sort_by_key(|item| std::cmp::Reverse(item.bytes));
    for item in biggest.iter().take(12) {
        let mut name = item.name.clone();
        if let Some((cut, _)) = name.char_indices().nth(110) {
            name.truncate(cut);
            name.push('…');
        }
        println!("bench:   {:>8} B  {name}", item.bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_fields_and_names_crates() {
        assert_eq!(
            fields("\"data segment \"\".rodata\"\"\",83770,4.3,,"),
            ["data segment \".rodata\"", "83770", "4.3", "", ""]
        );
        assert_eq!(
            crate_of("<yew[a1]::html::Html as core[b2]::fmt::Debug>::fmt"),
            "yew"
        );
        assert_eq!(
            crate_of("vostochny_explainer[1f]::app::App"),
            "vostochny_explainer"
        );
        assert_eq!(crate_of("code[747]"), "(unnamed)");
    }
}
