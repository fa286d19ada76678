//! Opening hours and "is it open now?".
//!
//! Hours are written in the country's local wall-clock time, as the helplines publish them:
//! `"24/7"`, `"unknown"`, or a list of ranges such as `["mon-fri 09:00-16:00",
//! "sat-sun 10:00-24:00"]`. A range never crosses midnight (write two ranges instead), and may
//! end at `24:00`.
//!
//! Guarantees (tested):
//! - "open" is decided on the local wall clock of the country's IANA zone, so a line opening at
//!   9:00 opens at 9:00 local time on the days clocks change, whatever the UTC instant;
//! - a range is open from its start (included) to its end (excluded): a line until 24:00 is
//!   open at 23:59 and closed at 00:00;
//! - unknown hours are never reported as open.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono::{Timelike, Weekday};
use chrono_tz::Tz;
use serde::Deserialize;

/// Minutes in a day: the end of a range that closes at midnight (`24:00`).
const DAY_MINUTES: u16 = 24 * 60;

/// When a helpline answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hours {
    /// Every hour of every day.
    Always,
    /// The hours are not known from any source: never shown as open.
    Unknown,
    /// Ranges in the country's local time, sorted by day then start.
    Weekly(Vec<Range>),
}

/// One opening range on one day, in minutes since local midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// The day it applies to.
    pub day: Weekday,
    /// First open minute (0..1440).
    pub from: u16,
    /// First closed minute (1..=1440; 1440 = midnight at the end of the day).
    pub to: u16,
}

/// Whether a line is open at a given instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenState {
    /// Open 24/7.
    Always,
    /// Open now; closes at this local time.
    OpenNow {
        /// When it closes, in the country's zone.
        closes_at: DateTime<Tz>,
    },
    /// Closed now; opens at this local time (`None` if it has no opening hours at all).
    Closed {
        /// When it next opens, in the country's zone.
        opens_at: Option<DateTime<Tz>>,
    },
    /// Its hours are not known: treat as "may not answer".
    Unknown,
}

impl OpenState {
    /// Whether the line is known to be answering now.
    pub fn is_open(&self) -> bool {
        matches!(self, OpenState::Always | OpenState::OpenNow { .. })
    }
}

/// Hours are checked as they are read, so a file whose hours do not parse fails with its
/// file name and the line and column of the bad value.
impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        HoursDef::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// How `hours` is written in a country file.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub(crate) enum HoursDef {
    /// `"24/7"` or `"unknown"`.
    Word(String),
    /// `["mon-fri 09:00-16:00", ...]`.
    Ranges(Vec<String>),
}

impl HoursDef {
    /// Parse and check: known words, valid days and times, start before end, no overlap.
    pub(crate) fn parse(&self) -> Result<Hours, String> {
        match self {
            HoursDef::Word(w) if w == "24/7" => Ok(Hours::Always),
            HoursDef::Word(w) if w == "unknown" => Ok(Hours::Unknown),
            HoursDef::Word(w) => Err(format!(
                "hours {w:?}: expected \"24/7\", \"unknown\" or a list of ranges"
            )),
            HoursDef::Ranges(list) if list.is_empty() => {
                Err("hours: an empty list; write \"unknown\" instead".into())
            }
            HoursDef::Ranges(list) => {
                let mut ranges = Vec::new();
                for text in list {
                    ranges.extend(parse_range(text)?);
                }
                ranges.sort_by_key(|r| (r.day.num_days_from_monday(), r.from));
                for pair in ranges.windows(2) {
                    if pair[0].day == pair[1].day && pair[1].from < pair[0].to {
                        return Err(format!("hours overlap on {:?}", pair[0].day));
                    }
                }
                Ok(Hours::Weekly(ranges))
            }
        }
    }
}

/// `"mon-fri 09:00-16:00"` or `"sun 10:00-24:00"` → one range per day.
fn parse_range(text: &str) -> Result<Vec<Range>, String> {
    let bad = |why: &str| format!("hours range {text:?}: {why}");
    let (days, times) = text
        .split_once(' ')
        .ok_or_else(|| bad("expected \"<days> <HH:MM>-<HH:MM>\""))?;
    let days = match days.split_once('-') {
        Some((a, b)) => {
            let a = parse_day(a).ok_or_else(|| bad("bad day"))?;
            let b = parse_day(b).ok_or_else(|| bad("bad day"))?;
            day_span(a, b)
        }
        None => vec![parse_day(days).ok_or_else(|| bad("bad day"))?],
    };
    let (from, to) = times
        .split_once('-')
        .ok_or_else(|| bad("expected HH:MM-HH:MM"))?;
    let from = parse_minutes(from).ok_or_else(|| bad("bad start time"))?;
    let to = parse_minutes(to).ok_or_else(|| bad("bad end time"))?;
    if from >= to || from >= DAY_MINUTES {
        return Err(bad(
            "start must be before end; split ranges that cross midnight",
        ));
    }
    Ok(days
        .into_iter()
        .map(|day| Range { day, from, to })
        .collect())
}

fn parse_day(s: &str) -> Option<Weekday> {
    Some(match s {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// Days from `a` to `b` inclusive, wrapping past Sunday (`sat-mon` = Sat, Sun, Mon).
fn day_span(a: Weekday, b: Weekday) -> Vec<Weekday> {
    let mut days = vec![a];
    let mut d = a;
    while d != b {
        d = d.succ();
        days.push(d);
    }
    days
}

/// `"09:00"` → 540; `"24:00"` → 1440.
fn parse_minutes(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let h: u16 = h.parse().ok()?;
    let m: u16 = m.parse().ok()?;
    if m >= 60 || h > 24 || (h == 24 && m != 0) {
        return None;
    }
    Some(h * 60 + m)
}

/// Whether a line with these hours is open at `now`, in the zone `tz`.
pub fn open_state_of(hours: &Hours, tz: Tz, now: DateTime<Utc>) -> OpenState {
    let ranges = match hours {
        Hours::Always => return OpenState::Always,
        Hours::Unknown => return OpenState::Unknown,
        Hours::Weekly(ranges) => ranges,
    };
    let local = now.with_timezone(&tz);
    let today = local.date_naive();
    // Wall-clock minute of the day: what the helpline's own clock shows.
    let minute = u16::try_from(local.hour() * 60 + local.minute()).unwrap_or(0);
    let on = |date: NaiveDate| ranges.iter().filter(move |r| r.day == date.weekday());

    if let Some(open) = on(today).find(|r| r.from <= minute && minute < r.to) {
        // Follow ranges that continue where this one ends (e.g. 20:00-24:00 then 00:00-02:00),
        // at most a week ahead so a weekly schedule with no gap still ends.
        let (mut date, mut end) = (today, open.to);
        for _ in 0..7 {
            let (next_date, next_minute) = if end == DAY_MINUTES {
                (date + Duration::days(1), 0)
            } else {
                (date, end)
            };
            match on(next_date).find(|r| r.from == next_minute) {
                Some(r) => (date, end) = (next_date, r.to),
                None => break,
            }
        }
        return OpenState::OpenNow {
            closes_at: local_instant(tz, date, end),
        };
    }
    for offset in 0..=7 {
        let date = today + Duration::days(offset);
        if let Some(r) = on(date).find(|r| offset > 0 || r.from > minute) {
            return OpenState::Closed {
                opens_at: Some(local_instant(tz, date, r.from)),
            };
        }
    }
    OpenState::Closed { opens_at: None }
}

/// The instant at `minute` of local `date` in `tz`. A time that does not exist (the hour
/// skipped in spring) moves to the first instant after the gap; a time that happens twice
/// (autumn) takes the first.
fn local_instant(tz: Tz, date: NaiveDate, minute: u16) -> DateTime<Tz> {
    let (date, minute) = if minute >= DAY_MINUTES {
        (date + Duration::days(1), minute - DAY_MINUTES)
    } else {
        (date, minute)
    };
    let time = NaiveTime::from_hms_opt(u32::from(minute / 60), u32::from(minute % 60), 0)
        .unwrap_or(NaiveTime::MIN);
    let mut naive = date.and_time(time);
    // Zone gaps are at most a few hours; step forward a minute at a time until one exists.
    for _ in 0..(24 * 60) {
        match tz.from_local_datetime(&naive) {
            LocalResult::Single(t) => return t,
            LocalResult::Ambiguous(first, _) => return first,
            LocalResult::None => naive += Duration::minutes(1),
        }
    }
    tz.from_utc_datetime(&naive)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(ranges: &[&str]) -> Hours {
        HoursDef::Ranges(ranges.iter().map(|s| s.to_string()).collect())
            .parse()
            .expect("test hours must parse")
    }

    /// The UTC instant of a local wall-clock time in `tz` ("2026-03-29 09:00").
    fn local(tz: Tz, text: &str) -> DateTime<Utc> {
        let naive = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
            .expect("test time must parse");
        tz.from_local_datetime(&naive)
            .single()
            .expect("test time must exist once in its zone")
            .with_timezone(&Utc)
    }

    const PARIS: Tz = chrono_tz::Europe::Paris;
    const TORONTO: Tz = chrono_tz::America::Toronto;

    #[test]
    fn always_and_unknown_are_what_they_say() {
        let now = local(PARIS, "2026-11-24 03:00");
        assert_eq!(
            open_state_of(&Hours::Always, PARIS, now),
            OpenState::Always,
            "24/7 is always open"
        );
        assert_eq!(
            open_state_of(&Hours::Unknown, PARIS, now),
            OpenState::Unknown,
            "unknown hours are never reported open"
        );
        assert!(!OpenState::Unknown.is_open(), "unknown is not open");
    }

    #[test]
    fn nine_to_eleven_opens_at_nine_and_closes_at_eleven() {
        let h = hours(&["mon-sun 09:00-23:00"]);
        let at = |t: &str| open_state_of(&h, PARIS, local(PARIS, t));
        assert_eq!(
            at("2026-11-24 08:59"),
            OpenState::Closed {
                opens_at: Some(local(PARIS, "2026-11-24 09:00").with_timezone(&PARIS))
            },
            "closed at 8:59, opens at 9:00 the same day"
        );
        assert_eq!(
            at("2026-11-24 09:00"),
            OpenState::OpenNow {
                closes_at: local(PARIS, "2026-11-24 23:00").with_timezone(&PARIS)
            },
            "open at 9:00 sharp, until 23:00"
        );
        assert!(at("2026-11-24 22:59").is_open(), "open at 22:59");
        assert_eq!(
            at("2026-11-24 23:00"),
            OpenState::Closed {
                opens_at: Some(local(PARIS, "2026-11-25 09:00").with_timezone(&PARIS))
            },
            "closed at 23:00, opens the next morning"
        );
    }

    #[test]
    fn a_line_until_midnight_is_open_at_2359_and_closed_at_0000() {
        let h = hours(&["mon-sun 10:00-24:00"]);
        let at = |t: &str| open_state_of(&h, PARIS, local(PARIS, t));
        assert_eq!(
            at("2026-11-24 23:59"),
            OpenState::OpenNow {
                closes_at: local(PARIS, "2026-11-25 00:00").with_timezone(&PARIS)
            },
            "open at 23:59, closing at midnight"
        );
        assert_eq!(
            at("2026-11-25 00:00"),
            OpenState::Closed {
                opens_at: Some(local(PARIS, "2026-11-25 10:00").with_timezone(&PARIS))
            },
            "closed at 00:00"
        );
    }

    #[test]
    fn ranges_that_meet_at_midnight_close_at_the_real_end() {
        let h = hours(&["tue 20:00-24:00", "wed 00:00-02:00"]);
        assert_eq!(
            open_state_of(&h, PARIS, local(PARIS, "2026-11-24 23:00")),
            OpenState::OpenNow {
                closes_at: local(PARIS, "2026-11-25 02:00").with_timezone(&PARIS)
            },
            "a night shift split at midnight closes at 02:00, not at midnight"
        );
    }

    #[test]
    fn closed_on_the_weekend_opens_monday() {
        let h = hours(&["mon-fri 09:00-16:00"]);
        // 2026-11-21 is a Saturday.
        assert_eq!(
            open_state_of(&h, PARIS, local(PARIS, "2026-11-21 12:00")),
            OpenState::Closed {
                opens_at: Some(local(PARIS, "2026-11-23 09:00").with_timezone(&PARIS))
            },
            "Saturday noon: next opening is Monday 9:00"
        );
        assert_eq!(
            open_state_of(&h, PARIS, local(PARIS, "2026-11-27 16:00")),
            OpenState::Closed {
                opens_at: Some(local(PARIS, "2026-11-30 09:00").with_timezone(&PARIS))
            },
            "Friday 16:00: closed, next opening Monday"
        );
    }

    /// On a clock-change day, 9:00 local is open, and it is a different UTC instant than
    /// 9:00 local the day before.
    fn opens_at_nine_local_on_change_day(tz: Tz, before: &str, change_day: &str) {
        let h = hours(&["mon-sun 09:00-17:00"]);
        let nine_before = local(tz, &format!("{before} 09:00"));
        let nine_on = local(tz, &format!("{change_day} 09:00"));
        assert_ne!(
            nine_on - nine_before,
            Duration::days(1),
            "{tz}: the change day's 9:00 is not 24 h after the day before's"
        );
        assert!(
            open_state_of(&h, tz, nine_on).is_open(),
            "{tz}: open at 9:00 local on {change_day}"
        );
        assert!(
            !open_state_of(&h, tz, nine_on - Duration::minutes(1)).is_open(),
            "{tz}: closed at 8:59 local on {change_day}"
        );
        // The UTC instant that was 9:00 the day before, a day later, is 8:00 or 10:00 local.
        let same_utc_next_day = nine_before + Duration::days(1);
        assert_ne!(
            same_utc_next_day.with_timezone(&tz).hour(),
            9,
            "{tz}: clocks changed, so 24 h later is not 9:00 local"
        );
    }

    #[test]
    fn opening_hours_follow_the_wall_clock_across_clock_changes() {
        opens_at_nine_local_on_change_day(PARIS, "2026-03-28", "2026-03-29");
        opens_at_nine_local_on_change_day(PARIS, "2026-10-24", "2026-10-25");
        opens_at_nine_local_on_change_day(TORONTO, "2026-03-07", "2026-03-08");
        opens_at_nine_local_on_change_day(TORONTO, "2026-10-31", "2026-11-01");
    }

    #[test]
    fn opening_inside_the_spring_gap_moves_to_after_the_gap() {
        // 2026-03-29 02:30 does not exist in Paris (02:00 → 03:00).
        let h = hours(&["sun 02:30-05:00"]);
        let state = open_state_of(&h, PARIS, local(PARIS, "2026-03-29 01:00"));
        assert_eq!(
            state,
            OpenState::Closed {
                opens_at: Some(local(PARIS, "2026-03-29 03:00").with_timezone(&PARIS))
            },
            "a nonexistent opening time resolves to the first instant after the gap"
        );
    }

    #[test]
    fn bad_hours_are_rejected_with_a_reason() {
        for bad in [
            vec!["mon-fri 16:00-09:00"],
            vec!["mon 09:00-24:30"],
            vec!["monday 09:00-10:00"],
            vec!["mon 9:00-10:00"],
            vec!["mon 09:00-12:00", "mon 11:00-13:00"],
            vec!["mon"],
            vec![],
        ] {
            let def = HoursDef::Ranges(bad.iter().map(|s| s.to_string()).collect());
            assert!(def.parse().is_err(), "{bad:?} must be rejected");
        }
        assert!(
            HoursDef::Word("always".into()).parse().is_err(),
            "only \"24/7\" and \"unknown\" are words"
        );
    }

    #[test]
    fn day_ranges_wrap_past_sunday() {
        let h = hours(&["sat-mon 10:00-12:00"]);
        let Hours::Weekly(ranges) = h else {
            panic!("ranges expected")
        };
        let days: Vec<Weekday> = ranges.iter().map(|r| r.day).collect();
        assert_eq!(
            days,
            vec![Weekday::Mon, Weekday::Sat, Weekday::Sun],
            "sat-mon covers Saturday, Sunday and Monday"
        );
    }
}
