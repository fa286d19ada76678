//! The end-to-end tests must run with no network at all: this checks the namespace they run in.

#[test]
#[ignore = "end to end: run by scripts/test.sh"]
fn the_end_to_end_tests_run_with_only_loopback() {
    let interfaces: Vec<String> = std::fs::read_dir("/sys/class/net")
        .expect("/sys/class/net is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        interfaces,
        vec!["lo".to_string()],
        "inside the test namespace only loopback may exist"
    );
}
