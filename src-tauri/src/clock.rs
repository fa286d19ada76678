//! The clock used for opening hours: the device's, or `REFUGE_NOW` (RFC 3339) in tests.

use chrono::{DateTime, Utc};

/// Now, for "open now" decisions.
pub fn now() -> DateTime<Utc> {
    std::env::var("REFUGE_NOW")
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map_or_else(Utc::now, |t| t.with_timezone(&Utc))
}
