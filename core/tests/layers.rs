//! No module of core imports one above it.
//!
//! Core is a house of floors: the words every module shares at the bottom ([`FLOORS`]), the
//! screens at the top. A module may name (`use crate::…`, or a `crate::…` path in its code)
//! only modules on lower floors, so each file can be read bottom-up and no import cycle can
//! form. This test reads every file's code (tests left out) and fails naming the file, the
//! line and the module it reached up to. A new module must be given a floor here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Core's top-level modules, from the ground floor up. Modules on one floor do not import each
/// other.
const FLOORS: &[&[&str]] = &[
    // The shared words, the one fold, and what differs by operating system: they import nothing
    // of core.
    &["vocab", "fold", "os"],
    &["error"],
    &["locale", "links", "storage", "clipboard"],
    &["i18n"],
    &["helplines", "journal", "platforms"],
    &["ten_minute", "nav", "payments"],
    &["triage"],
    &["content"],
    &["first_minute", "home", "reporting"],
    &["search", "session"],
];

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&module))
}

/// Every `.rs` file under `dir`, but the test files (`tests.rs`).
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("core/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

/// The code of a file: up to its in-file tests (`#[cfg(test)] mod tests {`), comments out.
fn code(text: &str) -> Vec<(usize, String)> {
    let mut lines = Vec::new();
    let mut previous = "";
    for (n, line) in text.lines().enumerate() {
        if previous.trim() == "#[cfg(test)]" && line.trim_start().starts_with("mod tests {") {
            break;
        }
        previous = line;
        let code = line.split("//").next().unwrap_or_default();
        lines.push((n + 1, code.to_owned()));
    }
    lines
}

/// The top-level modules named by `crate::x` paths on a line (`use crate::{a, b::c}` too).
fn named_modules(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in line.match_indices("crate::") {
        let rest = &line[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a::b, c::{d, e}}`: the first segment of each top-level item.
            let mut depth = 0usize;
            let mut item_start = true;
            let mut name = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => name.push(c),
                    _ if item_start && !name.is_empty() => {
                        out.push(std::mem::take(&mut name));
                        item_start = false;
                    }
                    _ => {}
                }
            }
            if !name.is_empty() {
                out.push(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out
}

#[test]
fn no_core_module_imports_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    assert!(
        files.len() > 20,
        "core's sources were found: {}",
        files.len()
    );
    // Modules that exist for the tests only (`#[cfg(test)] mod x;` in lib.rs) sit above it all.
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let test_only: Vec<String> = lib
        .lines()
        .zip(lib.lines().skip(1))
        .filter(|(attr, _)| attr.trim() == "#[cfg(test)]")
        .filter_map(|(_, decl)| decl.trim().strip_prefix("mod "))
        .map(|m| m.trim_end_matches(';').to_owned())
        .collect();
    let mut wrong = Vec::new();
    let mut arrows: BTreeMap<(String, String), usize> = BTreeMap::new();
    for file in &files {
        let relative = file.strip_prefix(&src).expect("under src");
        let module = relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .map(|m| m.trim_end_matches(".rs").to_owned())
            .expect("a module name");
        if module == "lib" || test_only.contains(&module) {
            continue;
        }
        let Some(floor) = floor_of(&module) else {
            wrong.push(format!(
                "{module} ({}) has no floor in FLOORS",
                relative.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("a source is UTF-8");
        for (line_no, line) in code(&text) {
            for named in named_modules(&line) {
                // `crate::Result` and the like: items of lib.rs itself.
                if named == module || named.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                *arrows.entry((module.clone(), named.clone())).or_default() += 1;
                match floor_of(&named) {
                    Some(f) if f < floor => {}
                    Some(f) => wrong.push(format!(
                        "{}:{line_no}: {module} (floor {floor}) imports {named} (floor {f})",
                        relative.display()
                    )),
                    None => wrong.push(format!(
                        "{}:{line_no}: {named} is not a module with a floor",
                        relative.display()
                    )),
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "modules that import one on their floor or above:\n{}",
        wrong.join("\n")
    );
    for ground in FLOORS[0] {
        assert!(
            !arrows.keys().any(|(from, _)| from == ground),
            "{ground} is the ground floor and imports nothing of core"
        );
    }
    assert!(arrows.len() > 30, "the imports were read: {}", arrows.len());
}

#[test]
fn the_reader_sees_every_kind_of_import() {
    assert_eq!(
        named_modules("use crate::{error::Result, i18n::{Lang, Text}, vocab};"),
        ["error", "i18n", "vocab"]
    );
    assert_eq!(
        named_modules("    Some(h) => crate::triage::safety_view(h)?, crate::Result"),
        ["triage", "Result"]
    );
    let lines = code("use crate::a;\n// use crate::b;\n#[cfg(test)]\nmod tests {\nuse crate::c;\n");
    let named: Vec<String> = lines.iter().flat_map(|(_, l)| named_modules(l)).collect();
    assert_eq!(named, ["a"], "comments and in-file tests are not read");
}

/// Files of the house (not generated, not data) longer than this must say why in their first
/// comment: past it, a file usually does several jobs.
const LONG: usize = 600;

fn house_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a folder of the house is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            if !["node_modules", "dist", "target", "snapshots", "gen"].contains(&name) {
                house_files(&path, out);
            }
        } else if ["rs", "svelte", "ts", "sh"]
            .iter()
            .any(|e| path.extension().is_some_and(|x| x == *e))
            && name != "bindings.ts"
        {
            out.push(path);
        }
    }
}

#[test]
fn a_file_over_600_lines_says_why_in_its_first_comment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in [
        "core",
        "src-tauri/src",
        "tests",
        "ui/src",
        "scripts",
        "bench",
    ] {
        house_files(&root.join(dir), &mut files);
    }
    assert!(
        files.len() > 50,
        "the house's files were found: {}",
        files.len()
    );
    let unexplained: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let text = std::fs::read_to_string(f).ok()?;
            let lines = text.lines().count();
            let head: String = text.lines().take(12).collect::<Vec<_>>().join("\n");
            (lines > LONG && !head.contains("600 lines")).then(|| {
                format!(
                    "{} ({lines} lines)",
                    f.strip_prefix(&root).unwrap_or(f).display()
                )
            })
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "over {LONG} lines with no reason in the first comment (split the file, or say why \
         it is one):\n{}",
        unexplained.join("\n")
    );
}
