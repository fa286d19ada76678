//! The few things that differ on a phone, each decided by a function that takes the operating
//! system, so the tests exercise every system's path on any host (the build machines have no
//! Android or iOS toolchain; `docs/mobile.md` says what the phone builds still need). (Not to be
//! confused with [`crate::platforms`], the apps where blackmail happens.)
//!
//! - the form of an `sms:` URI: [`crate::helplines::sms_uri`];
//! - what Quick exit does: [`quick_exit`].
//!
//! A build uses [`Os::CURRENT`], chosen by `target_os` at compile time.

use serde::Serialize;

/// The operating system the app runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    /// Linux, Windows, macOS.
    Desktop,
    /// Android phones and tablets.
    Android,
    /// iPhone and iPad.
    Ios,
}

impl Os {
    /// The system this build runs on.
    pub const CURRENT: Os = if cfg!(target_os = "ios") {
        Os::Ios
    } else if cfg!(target_os = "android") {
        Os::Android
    } else {
        Os::Desktop
    };
}

/// What Quick exit leaves on screen, as the UI is told. The UI has already blanked its page and
/// forgotten its navigation before it asks (`ui/src/lib/app.svelte.ts`), on every system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum QuickExit {
    /// The app is closing (desktop, Android).
    Exiting,
    /// The system forbids an app to close itself (iOS): the UI shows a neutral screen and
    /// forgets its history.
    Neutral,
}

/// One thing Quick exit does to the running app, in the order [`quick_exit`] gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickExitStep {
    /// Hide every window: nothing stays on screen while the rest happens.
    HideWindows,
    /// Lock My record (its key is dropped). After the windows are hidden: nothing may stay on
    /// screen while anything else happens.
    LockRecord,
    /// Close the app. On a desktop, the process ends. On Android, Tauri finishes the activity
    /// and the rest of its task (`finishAffinity`) rather than killing the process, so neither
    /// Back nor the app switcher brings a screen back from this process.
    Close,
}

/// What Quick exit does on `os`: the steps, in order, and what the UI is told.
///
/// - Desktop and Android: hide, lock, close.
/// - iOS: an app must not quit itself (Apple's Human Interface Guidelines, "Don't quit an iOS
///   app programmatically"; App Review rejects it as a crash), so the app stays, on the UI's
///   blank screen, with its navigation forgotten; the record is locked. There is no window to
///   hide: the blank page is what the person and the app switcher see.
pub fn quick_exit(os: Os) -> (&'static [QuickExitStep], QuickExit) {
    use QuickExitStep::*;
    match os {
        Os::Desktop | Os::Android => (&[HideWindows, LockRecord, Close], QuickExit::Exiting),
        Os::Ios => (&[LockRecord], QuickExit::Neutral),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuickExitStep::*;

    #[test]
    fn on_a_desktop_and_android_quick_exit_hides_first_then_locks_then_closes() {
        for os in [Os::Desktop, Os::Android] {
            assert_eq!(
                quick_exit(os),
                (&[HideWindows, LockRecord, Close][..], QuickExit::Exiting),
                "{os:?}: nothing may stay on screen while the rest happens"
            );
        }
    }

    #[test]
    fn on_ios_quick_exit_never_closes_the_app_and_leaves_a_neutral_screen() {
        let (steps, outcome) = quick_exit(Os::Ios);
        assert!(
            !steps.contains(&Close),
            "Apple rejects an app that closes itself: {steps:?}"
        );
        assert!(
            steps.contains(&LockRecord),
            "the record is locked on every system"
        );
        assert_eq!(outcome, QuickExit::Neutral, "the UI keeps its blank screen");
    }

    #[test]
    fn every_system_locks_the_record() {
        for os in [Os::Desktop, Os::Android, Os::Ios] {
            assert!(quick_exit(os).0.contains(&LockRecord), "{os:?}");
        }
    }

    #[test]
    fn this_build_is_a_desktop_build_unless_it_targets_a_phone() {
        let want = if cfg!(target_os = "ios") {
            Os::Ios
        } else if cfg!(target_os = "android") {
            Os::Android
        } else {
            Os::Desktop
        };
        assert_eq!(Os::CURRENT, want);
    }
}
