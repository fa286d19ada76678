//! The app's commands, one file per domain. Each is a few lines over `refuge-core`; errors
//! cross IPC as `{code, message}` (`refuge_core::Error` serializes that way).

pub mod app;
pub mod guides;
pub mod helplines;
pub mod search;
pub mod triage;
