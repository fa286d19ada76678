//! The end-to-end tests must run with no network at all: this checks the namespace they run in.

#[test]
#[ignore = "end to end: run by scripts/test.sh"]
fn the_end_to_end_tests_run_with_only_loopback() {
    // /proc/self/net/dev lists the interfaces of this process's network namespace (sysfs
    // would show the host's, as it is not remounted by `unshare -n`).
    let dev =
        std::fs::read_to_string("/proc/self/net/dev").expect("/proc/self/net/dev is readable");
    let interfaces: Vec<&str> = dev
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next())
        .map(str::trim)
        .collect();
    assert_eq!(
        interfaces,
        vec!["lo"],
        "inside the test namespace only loopback may exist"
    );
}
