//! The settings half of the install test (`scripts/test-package.sh`): a person's settings,
//! written and read back the way the app does, so the test can prove that installing,
//! upgrading and removing the package leaves them as they were.
//!
//! `settings_writer <dir> [language=fr] [country=BE] [discreet=on|off]` opens the settings in
//! `dir` as the app does at start ([`Session::start`], no system locale), saves each choice
//! given through the same calls as the Settings screen, then prints what a start would find:
//! `language=… country=… discreet=… title=…` (`title` is the window's title). It fails, with
//! the code, if the file could not be used as it is (moved aside, newer, busy…).

use std::path::PathBuf;

use refuge_core::session::Session;

fn main() {
    if let Err(message) = run() {
        eprintln!("settings_writer: {message}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .ok_or("usage: settings_writer <dir> [language=fr] [country=BE] [discreet=on|off]")?,
    );
    let mut session = Session::start(Some(&dir), None);
    if let Some(recovery) = session.store().recovery() {
        return Err(format!(
            "the settings file was not usable as it is: {recovery:?}"
        ));
    }
    let failed = |e: refuge_core::Error| format!("{} ({})", e, e.code());
    for arg in args {
        match arg.split_once('=') {
            Some(("language", tag)) => session.set_language(tag).map_err(failed)?,
            Some(("country", code)) => session.set_country(code).map_err(failed)?,
            Some(("discreet", "on")) => session.set_discreet(true).map_err(failed)?,
            Some(("discreet", "off")) => session.set_discreet(false).map_err(failed)?,
            _ => return Err(format!("unknown setting {arg:?}")),
        }
    }
    // Read back from the file, as the next start will.
    let session = Session::start(Some(&dir), None);
    println!(
        "language={} country={} discreet={} title={}",
        session.lang(),
        session.country().unwrap_or("-"),
        if session.discreet() { "on" } else { "off" },
        session.title().map_err(failed)?,
    );
    Ok(())
}
