use std::net::TcpListener;
use std::time::Duration;

use serde_json::json;

use super::*;
use crate::fresh::stamp_path;
use std::process::Command;

use crate::process::{free_ports, list, DriverGroup};

#[test]
fn an_axe_answer_that_is_not_a_list_of_violations_fails() {
    assert_eq!(
        axe_violations(&json!({ "violations": [] })),
        Ok(vec![]),
        "an empty list is a pass"
    );
    assert_eq!(
        axe_violations(&json!({ "violations": ["label: Form elements must have labels — #x"] })),
        Ok(vec!["label: Form elements must have labels — #x".to_owned()]),
        "violations are read as lines"
    );
    for bad in [
        json!(null),
        json!(true),
        json!([]),
        json!({}),
        json!({ "violations": "none" }),
        json!({ "violations": [42] }),
        json!({ "error": "axe is not defined" }),
        json!({ "error": "x", "violations": [] }),
    ] {
        assert!(
            axe_violations(&bad).is_err(),
            "{bad} is not a list of violations, so it must fail"
        );
    }
}

#[test]
fn ports_come_from_the_kernel_and_differ() {
    let [a, b] = free_ports();
    assert_ne!(a, b, "two ports, not one twice");
    assert!(
        TcpListener::bind(("127.0.0.1", a)).is_ok(),
        "the port is released for the driver to bind"
    );
}

#[test]
fn a_binary_older_than_a_source_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let binary = dir.path().join("app");
    std::fs::write(&binary, b"old").unwrap();
    let newest = newest_source(&repo_root()).expect("the sources exist").1;
    // An hour before the newest source, whenever that was edited (not an hour before now: in a
    // checkout left alone for an hour, that would be after it).
    let past = newest - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&binary)
        .unwrap()
        .set_modified(past)
        .unwrap();
    assert!(
        built_at(&binary).unwrap() < newest,
        "a binary an hour older than the newest source predates the sources (test setup)"
    );
    // A stamp vouches for this very binary: fresh as of the stamp's time.
    let meta = std::fs::metadata(&binary).unwrap();
    std::fs::write(stamp_path(&binary), identity(&meta)).unwrap();
    assert!(
        built_at(&binary).unwrap() >= newest,
        "a build that found the binary up to date vouches for it"
    );
    // The binary changed after the stamp: the stamp no longer speaks for it.
    std::fs::write(&binary, b"other").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&binary)
        .unwrap()
        .set_modified(past)
        .unwrap();
    assert!(
        built_at(&binary).unwrap() < newest,
        "a stamp for another binary is ignored"
    );
    let refused = std::panic::catch_unwind(|| assert_fresh(&binary));
    assert!(refused.is_err(), "a stale binary is refused");
}

#[test]
fn a_process_group_ends_with_everything_in_it() {
    // A shell that starts a grandchild which ignores SIGTERM: ending the group must still
    // end both, as with tauri-driver → WebKitWebDriver → the app.
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "sh -c 'trap \"\" TERM; sleep 300' & wait"]);
    let mut group = DriverGroup::spawn(&mut cmd).expect("sh runs");
    let pgid = group.pgid;
    assert!(
        DriverGroup::wait_until(Duration::from_secs(5), || group_members(pgid).len() >= 3),
        "the shell, its child and sleep run in the group: {:?}",
        group_members(pgid)
    );
    let left = group.end();
    assert!(left.is_empty(), "nothing survives: {}", list(&left));
    assert!(group_members(pgid).is_empty(), "the group is empty");
}

/// `new_frame` over a scripted screen: the frames `read` gives in turn (the last one repeats),
/// and the time it slept in all.
fn scripted_new_frame(before: u8, script: &[u8]) -> (u8, Duration) {
    let mut next = script.iter().copied();
    let mut last = script[0];
    let mut slept = Duration::ZERO;
    let frame = crate::xserver::new_frame(
        || {
            last = next.next().unwrap_or(last);
            vec![last; 4]
        },
        &[before; 4],
        |d| slept += d,
    );
    (frame[0], slept)
}

#[test]
fn a_scrolled_screen_is_taken_once_its_new_frame_holds_still() {
    // Three reads still show the page before the scroll, then the new one, read twice alike.
    let (frame, slept) = scripted_new_frame(0, &[0, 0, 0, 1, 1]);
    assert_eq!(frame, 1, "the new frame, not the old one");
    assert_eq!(slept, Duration::from_millis(3 * 10 + 30), "no guessed wait");
    // A frame caught half drawn differs from the next read: the next one is taken once it holds.
    let (frame, _) = scripted_new_frame(0, &[1, 2, 2]);
    assert_eq!(frame, 2, "the frame drawn whole");
}

#[test]
fn a_screen_that_does_not_move_or_never_holds_still_is_taken_within_the_limit() {
    let (frame, slept) = scripted_new_frame(7, &[7]);
    assert_eq!(
        frame, 7,
        "a scroll that could not move: the screen as it is"
    );
    assert!(slept <= Duration::from_millis(400), "slept {slept:?}");
    let animation: Vec<u8> = (1..=200).collect();
    let (_, slept) = scripted_new_frame(0, &animation);
    assert!(
        slept <= Duration::from_millis(400),
        "an animation never holds still; slept {slept:?}"
    );
}
