//! Wrong PIN or passphrase: how long the next try must wait.
//!
//! Rules (DESIGN.md, "My record"):
//! - The first [`FREE_TRIES`] wrong tries cost nothing. From the fifth on, each wrong try
//!   makes the next one wait: [`FIRST_WAIT`], then twice as long each time, at most
//!   [`LONGEST_WAIT`]. A wrong passphrase counts exactly like a wrong PIN.
//! - The count is stored in the record's database and a try is counted **before** the key
//!   derivation runs: killing the app mid-check, or restarting it, resets nothing.
//! - A missing or unreadable count is never "no tries": it counts as the longest wait,
//!   starting when it is found.
//! - Waits are timed on a clock the person cannot move: the time since the machine booted
//!   (`CLOCK_BOOTTIME`, which keeps counting during sleep) with the boot's id
//!   (`/proc/sys/kernel/random/boot_id`), on Linux and Android. Moving the wall clock
//!   forward skips nothing. After a reboot the wait that was under way starts again from
//!   the beginning (the old boot's clock cannot be compared with the new one). Where no boot
//!   clock exists (macOS, Windows, iOS), the wall clock is used, and a clock set back still
//!   cannot stretch a wait beyond what the count allows.
//! - Nothing is ever wiped automatically: a sibling's guesses must not destroy a teenager's
//!   evidence. The way out of a forgotten PIN is "Erase my record", chosen by the person.
//!
//! Limits (said in the app's threat-model text): this slows guessing **in the app**. Someone
//! who can write the files can put back an older copy of them, or edit the count; someone
//! who copies the files can guess offline, where only Argon2id's cost and a passphrase help.

use chrono::{DateTime, TimeDelta, Utc};

/// Wrong tries allowed before waits begin.
pub const FREE_TRIES: u32 = 5;
/// The wait after the fifth wrong try.
pub const FIRST_WAIT: TimeDelta = TimeDelta::seconds(30);
/// The longest wait, however many wrong tries.
pub const LONGEST_WAIT: TimeDelta = TimeDelta::hours(1);
/// The count a missing or damaged row is read as: the first count whose wait is the longest.
pub const COUNT_WHEN_UNKNOWN: u32 = FREE_TRIES + 7;

/// A moment on the boot-tied monotonic clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootInstant {
    /// The boot's id (a new one at every boot).
    pub id: String,
    /// Milliseconds since that boot, sleep included.
    pub ms: i64,
}

/// Where the record reads the boot clock from: the system ([`SystemBootClock`]), or a
/// test's own.
pub trait BootClock: Send + Sync {
    /// Now on the boot clock, or `None` where the platform has none. `wall` is the wall-clock
    /// time the caller is using (a test clock may follow it).
    fn now(&self, wall: DateTime<Utc>) -> Option<BootInstant>;
}

/// The system's boot clock (Linux and Android: boot id and `CLOCK_BOOTTIME`).
pub struct SystemBootClock;

impl BootClock for SystemBootClock {
    fn now(&self, _wall: DateTime<Utc>) -> Option<BootInstant> {
        system_boot_now()
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn system_boot_now() -> Option<BootInstant> {
    let id = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    let id = id.trim();
    if id.is_empty() || id.len() > 64 {
        return None;
    }
    let ts = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
    let ms = ts
        .tv_sec
        .checked_mul(1000)?
        .checked_add(ts.tv_nsec / 1_000_000)?;
    Some(BootInstant {
        id: id.to_owned(),
        ms,
    })
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn system_boot_now() -> Option<BootInstant> {
    None
}

/// The wrong-try count and when the last counted try happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lockout {
    pub failures: u32,
    /// The wall-clock time of the last counted try (for the screen, and where there is no
    /// boot clock, for the wait itself).
    pub at: Option<DateTime<Utc>>,
    /// The same moment on the boot clock, if there is one.
    pub boot: Option<BootInstant>,
}

/// What the count's row holds, as read (`None`: no row, or one that cannot be read).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct StoredLockout {
    pub failures: i64,
    pub at_ms: Option<i64>,
    pub boot_id: Option<String>,
    pub boot_ms: Option<i64>,
}

impl Lockout {
    /// No wrong try yet.
    pub(crate) fn clear() -> Lockout {
        Lockout {
            failures: 0,
            at: None,
            boot: None,
        }
    }

    /// From the stored row. `None` (missing or unreadable) or a negative count is the
    /// longest wait, from `now`.
    pub(crate) fn from_stored(
        stored: Option<StoredLockout>,
        now: DateTime<Utc>,
        boot: Option<&BootInstant>,
    ) -> Lockout {
        let Some(s) = stored.filter(|s| s.failures >= 0) else {
            return Lockout::unknown(now, boot);
        };
        let failures = u32::try_from(s.failures).unwrap_or(u32::MAX);
        let boot_stamp = match (s.boot_id, s.boot_ms) {
            (Some(id), Some(ms)) => Some(BootInstant { id, ms }),
            _ => None,
        };
        Lockout {
            failures,
            at: s.at_ms.and_then(DateTime::from_timestamp_millis),
            boot: boot_stamp,
        }
    }

    /// The longest wait, counted from `now`.
    pub(crate) fn unknown(now: DateTime<Utc>, boot: Option<&BootInstant>) -> Lockout {
        Lockout {
            failures: COUNT_WHEN_UNKNOWN,
            at: Some(now),
            boot: boot.cloned(),
        }
    }

    /// The stored form.
    pub(crate) fn to_stored(&self) -> StoredLockout {
        StoredLockout {
            failures: i64::from(self.failures),
            at_ms: self.at.map(|t| t.timestamp_millis()),
            boot_id: self.boot.as_ref().map(|b| b.id.clone()),
            boot_ms: self.boot.as_ref().map(|b| b.ms),
        }
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
    pub(crate) fn after_failure(&self, now: DateTime<Utc>, boot: Option<&BootInstant>) -> Lockout {
        Lockout {
            failures: self.failures.saturating_add(1),
            at: Some(now),
            boot: boot.cloned(),
        }
    }

    /// Whether a wait is under way but was not stamped on this boot's clock (stamped on
    /// another boot, or before boot stamps existed): the caller stores [`Lockout::rebased`]
    /// so that the wait is timed from now on this boot.
    pub(crate) fn needs_rebase(&self, boot: Option<&BootInstant>) -> bool {
        match (boot, &self.boot) {
            (Some(now), Some(stamp)) => {
                now.id != stamp.id && Lockout::wait_after(self.failures).is_some()
            }
            (Some(_), None) => Lockout::wait_after(self.failures).is_some(),
            (None, _) => false,
        }
    }

    /// The same count, its wait starting again at `now` on this boot.
    pub(crate) fn rebased(&self, now: DateTime<Utc>, boot: Option<&BootInstant>) -> Lockout {
        Lockout {
            failures: self.failures,
            at: Some(now),
            boot: boot.cloned(),
        }
    }

    /// How much of the wait is left at `now`, if any.
    pub(crate) fn remaining(
        &self,
        now: DateTime<Utc>,
        boot: Option<&BootInstant>,
    ) -> Option<TimeDelta> {
        let wait = Lockout::wait_after(self.failures)?;
        let elapsed = match (boot, &self.boot) {
            (Some(now_boot), Some(stamp)) if now_boot.id == stamp.id => {
                TimeDelta::milliseconds(now_boot.ms.saturating_sub(stamp.ms))
            }
            // Another boot, or no stamp: the wait starts again (see `needs_rebase`).
            (Some(_), _) => TimeDelta::zero(),
            // No boot clock on this platform: the wall clock.
            (None, _) => self.at.map_or(wait, |at| now - at),
        };
        // A stamp in the future (a clock set back, an edited row) never lengthens the wait.
        let elapsed = elapsed.clamp(TimeDelta::zero(), wait);
        let left = wait - elapsed;
        (left > TimeDelta::zero()).then_some(left)
    }

    /// When the next try is allowed, on the wall clock, if that is after `now`.
    pub(crate) fn retry_at(
        &self,
        now: DateTime<Utc>,
        boot: Option<&BootInstant>,
    ) -> Option<DateTime<Utc>> {
        self.remaining(now, boot).map(|left| now + left)
    }

    /// Wrong tries left before waits begin.
    pub(crate) fn tries_before_wait(&self) -> u32 {
        FREE_TRIES.saturating_sub(self.failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-11-23T01:00:00Z")
            .unwrap()
            .to_utc()
    }

    fn boot(id: &str, secs: i64) -> BootInstant {
        BootInstant {
            id: id.into(),
            ms: secs * 1000,
        }
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
        assert_eq!(
            Lockout::wait_after(COUNT_WHEN_UNKNOWN),
            Some(LONGEST_WAIT),
            "an unknown count is the longest wait"
        );
    }

    #[test]
    fn moving_the_wall_clock_forward_skips_nothing_within_a_boot() {
        let b = boot("boot-a", 100);
        let mut l = Lockout::clear();
        for _ in 0..5 {
            l = l.after_failure(t0(), Some(&b));
        }
        let a_day_later = t0() + TimeDelta::days(1);
        assert_eq!(
            l.remaining(a_day_later, Some(&boot("boot-a", 101))),
            Some(TimeDelta::seconds(29)),
            "the wall clock a day ahead, one real second later: 29 s still to wait"
        );
        assert_eq!(
            l.remaining(t0(), Some(&boot("boot-a", 131))),
            None,
            "30 real seconds later the wait is over"
        );
        assert_eq!(
            l.retry_at(t0() - TimeDelta::days(3), Some(&boot("boot-a", 110))),
            Some(t0() - TimeDelta::days(3) + TimeDelta::seconds(20)),
            "the screen's time follows the wall clock, the wait does not"
        );
    }

    #[test]
    fn after_a_reboot_the_wait_starts_again() {
        let mut l = Lockout::clear();
        for _ in 0..6 {
            l = l.after_failure(t0(), Some(&boot("boot-a", 100)));
        }
        let new_boot = boot("boot-b", 5);
        assert!(
            l.needs_rebase(Some(&new_boot)),
            "a wait stamped on another boot"
        );
        assert_eq!(
            l.remaining(t0() + TimeDelta::hours(5), Some(&new_boot)),
            Some(TimeDelta::seconds(60)),
            "on another boot the whole wait applies, whatever the wall clock says"
        );
        let rebased = l.rebased(t0(), Some(&new_boot));
        assert!(!rebased.needs_rebase(Some(&new_boot)));
        assert_eq!(
            rebased.remaining(t0(), Some(&boot("boot-b", 65))),
            None,
            "timed on the new boot from then on"
        );
    }

    #[test]
    fn a_missing_or_damaged_count_is_the_longest_wait() {
        let b = boot("boot-a", 50);
        for stored in [
            None,
            Some(StoredLockout {
                failures: -1,
                ..StoredLockout::default()
            }),
        ] {
            let l = Lockout::from_stored(stored.clone(), t0(), Some(&b));
            assert_eq!(
                l.remaining(t0(), Some(&b)),
                Some(LONGEST_WAIT),
                "{stored:?}"
            );
            assert_eq!(l.tries_before_wait(), 0, "no free tries");
        }
        let clean = Lockout::from_stored(Some(StoredLockout::default()), t0(), Some(&b));
        assert_eq!(
            clean.remaining(t0(), Some(&b)),
            None,
            "a row saying 0 tries waits nothing"
        );
    }

    #[test]
    fn without_a_boot_clock_the_wall_clock_is_used_and_set_back_changes_nothing() {
        let mut l = Lockout::clear();
        for _ in 0..5 {
            l = l.after_failure(t0(), None);
        }
        assert_eq!(
            l.remaining(t0() + TimeDelta::seconds(10), None),
            Some(TimeDelta::seconds(20))
        );
        assert_eq!(l.remaining(t0() + TimeDelta::seconds(31), None), None);
        assert_eq!(
            l.remaining(t0() - TimeDelta::days(3), None),
            Some(TimeDelta::seconds(30)),
            "a clock set back three days still waits only 30 s"
        );
        let stored = Lockout::from_stored(Some(l.to_stored()), t0(), None);
        assert_eq!(stored, l, "the stored form round-trips");
    }

    proptest! {
        #[test]
        fn the_wait_left_never_exceeds_the_wait_nor_grows_with_time(
            failures in 0u32..40,
            stamp_ms in -1_000_000i64..10_000_000,
            now_ms in 0i64..10_000_000,
            later in 0i64..10_000_000,
            same_boot: bool,
            wall_jump_days in -400i64..400,
        ) {
            let l = Lockout { failures, at: Some(t0()), boot: Some(BootInstant { id: "a".into(), ms: stamp_ms }) };
            let id = if same_boot { "a" } else { "b" };
            let wall = t0() + TimeDelta::days(wall_jump_days);
            let first = l.remaining(wall, Some(&BootInstant { id: id.into(), ms: now_ms }));
            let second = l.remaining(wall + TimeDelta::days(1), Some(&BootInstant { id: id.into(), ms: now_ms + later }));
            let wait = Lockout::wait_after(failures);
            prop_assert!(first.unwrap_or_default() <= wait.unwrap_or_default(), "never longer than the count allows");
            prop_assert!(second.unwrap_or_default() <= first.unwrap_or_default(), "time on the boot clock only shortens it");
            if wait.is_some() && same_boot && now_ms >= stamp_ms {
                let elapsed = TimeDelta::milliseconds(now_ms - stamp_ms);
                prop_assert_eq!(first, wait.filter(|w| *w > elapsed).map(|w| w - elapsed), "exactly the boot time elapsed counts, the wall clock not at all");
            }
        }
    }
}
