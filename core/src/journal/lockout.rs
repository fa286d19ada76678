//! Wrong PIN or passphrase: how long the next try must wait.
//!
//! Rules (DESIGN.md, "My record"):
//! - The first [`FREE_TRIES`] wrong tries cost nothing. From the fifth on, each wrong try
//!   makes the next one wait: [`FIRST_WAIT`], then twice as long each time, at most
//!   [`LONGEST_WAIT`].
//! - The count is stored in the record's database, in clear, and a try is counted **before**
//!   the key derivation runs: killing the app mid-check, or restarting it, resets nothing.
//! - Nothing is ever wiped automatically: a sibling's guesses must not destroy a teenager's
//!   evidence. The way out of a forgotten PIN is "Erase my record", chosen by the person.
//! - A clock set backwards cannot stretch a wait beyond what the count allows.
//!
//! This slows guessing in the app. It does not stop someone who copies the file and guesses
//! offline; against that, the Argon2id cost per guess and a passphrase are what help.

use chrono::{DateTime, TimeDelta, Utc};

/// Wrong tries allowed before waits begin.
pub const FREE_TRIES: u32 = 5;
/// The wait after the fifth wrong try.
pub const FIRST_WAIT: TimeDelta = TimeDelta::seconds(30);
/// The longest wait, however many wrong tries.
pub const LONGEST_WAIT: TimeDelta = TimeDelta::hours(1);

/// The wrong-try count and when the next try is allowed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Lockout {
    pub failures: u32,
    pub retry_at: Option<DateTime<Utc>>,
}

impl Lockout {
    /// From the stored row (Unix milliseconds).
    pub(crate) fn from_stored(failures: u32, retry_at_ms: Option<i64>) -> Lockout {
        Lockout {
            failures,
            retry_at: retry_at_ms.and_then(DateTime::from_timestamp_millis),
        }
    }

    /// The stored form of `retry_at`.
    pub(crate) fn retry_at_ms(&self) -> Option<i64> {
        self.retry_at.map(|t| t.timestamp_millis())
    }

    /// How long the try after `failures` wrong ones must wait, if at all.
    pub(crate) fn wait_after(failures: u32) -> Option<TimeDelta> {
        let doublings = failures.checked_sub(FREE_TRIES)?;
        let factor = 1i32.checked_shl(doublings.min(30)).unwrap_or(i32::MAX);
        Some(
            FIRST_WAIT
                .checked_mul(factor)
                .map_or(LONGEST_WAIT, |w| w.min(LONGEST_WAIT)),
        )
    }

    /// The state after one more wrong try at `now`.
    pub(crate) fn after_failure(self, now: DateTime<Utc>) -> Lockout {
        let failures = self.failures.saturating_add(1);
        Lockout {
            failures,
            retry_at: Lockout::wait_after(failures).map(|w| now + w),
        }
    }

    /// When the next try is allowed, if that is after `now`. A stored time further away than
    /// the count allows (the clock went back) is brought back to what the count allows.
    pub(crate) fn retry_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let stored = self.retry_at?;
        let longest = now + Lockout::wait_after(self.failures).unwrap_or(TimeDelta::zero());
        let effective = stored.min(longest);
        (effective > now).then_some(effective)
    }

    /// Wrong tries left before waits begin.
    pub(crate) fn tries_before_wait(&self) -> u32 {
        FREE_TRIES.saturating_sub(self.failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-11-23T01:00:00Z")
            .unwrap()
            .to_utc()
    }

    #[test]
    fn five_free_tries_then_waits_that_double_up_to_an_hour() {
        let waits: Vec<Option<i64>> = (1..=14)
            .map(|n| Lockout::wait_after(n).map(|w| w.num_seconds()))
            .collect();
        assert_eq!(
            waits,
            vec![
                None,
                None,
                None,
                None,
                Some(30),
                Some(60),
                Some(120),
                Some(240),
                Some(480),
                Some(960),
                Some(1920),
                Some(3600),
                Some(3600),
                Some(3600),
            ],
            "no wait for tries 1-4, 30 s after the fifth, doubling, capped at one hour"
        );
        assert_eq!(
            Lockout::wait_after(u32::MAX).map(|w| w.num_seconds()),
            Some(3600),
            "no overflow however many tries"
        );
    }

    #[test]
    fn the_retry_time_follows_the_count_and_the_clock() {
        let mut l = Lockout::default();
        for _ in 0..4 {
            l = l.after_failure(t0());
        }
        assert_eq!(l.retry_at(t0()), None, "four wrong tries: no wait");
        assert_eq!(l.tries_before_wait(), 1, "one more free try");
        l = l.after_failure(t0());
        assert_eq!(
            l.retry_at(t0()),
            Some(t0() + TimeDelta::seconds(30)),
            "fifth: 30 s"
        );
        assert_eq!(
            l.retry_at(t0() + TimeDelta::seconds(31)),
            None,
            "after the wait, a try is allowed"
        );
        let back = t0() - TimeDelta::days(3);
        assert_eq!(
            l.retry_at(back),
            Some(back + TimeDelta::seconds(30)),
            "a clock set back three days still waits only 30 s"
        );
        let stored = Lockout::from_stored(l.failures, l.retry_at_ms());
        assert_eq!(stored, l, "the stored form round-trips");
    }
}
