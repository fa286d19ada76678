//! The clock used for opening hours: the device's.
//!
//! A build with the `test-hooks` feature, which the end-to-end tests drive, reads `REFUGE_NOW`
//! (RFC 3339) instead, so a test can run at 3 a.m. on a Tuesday. The shipped binary is built
//! without that feature and holds no code that reads the variable (an end-to-end test checks):
//! nothing in a user's environment can change what "open now" means.

use chrono::{DateTime, Utc};

/// Now, for "open now" decisions.
pub fn now() -> DateTime<Utc> {
    #[cfg(feature = "test-hooks")]
    if let Some(fixed) = fixed_now(std::env::var("REFUGE_NOW").ok().as_deref()) {
        return fixed;
    }
    Utc::now()
}

/// The time `REFUGE_NOW` fixes, if set. A value that is not RFC 3339 stops the app: a test
/// that sets the clock must not run on the real one without knowing.
#[cfg(feature = "test-hooks")]
fn fixed_now(value: Option<&str>) -> Option<DateTime<Utc>> {
    let value = value?;
    let t = DateTime::parse_from_rfc3339(value)
        .unwrap_or_else(|e| panic!("REFUGE_NOW={value:?} is not an RFC 3339 time: {e}"));
    Some(t.with_timezone(&Utc))
}

#[cfg(all(test, feature = "test-hooks"))]
mod tests {
    use super::*;

    #[test]
    fn refuge_now_fixes_the_clock_in_the_test_hooks_build() {
        assert_eq!(
            fixed_now(Some("2026-11-24T03:00:00+01:00")),
            Some("2026-11-24T02:00:00Z".parse().expect("a UTC time")),
            "REFUGE_NOW is read as RFC 3339, offset included"
        );
        assert_eq!(fixed_now(None), None, "unset means the device's clock");
        let bad = std::panic::catch_unwind(|| fixed_now(Some("tomorrow")));
        assert!(
            bad.is_err(),
            "a malformed REFUGE_NOW stops rather than being ignored"
        );
    }
}
