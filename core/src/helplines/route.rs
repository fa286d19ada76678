//! Who to call now: the one rule every call button in Refuge asks (Home's Call for help and
//! crisis buttons, the guides, the triage, the safety check).
//!
//! Input: a country, a [`Need`] (what the button is for), a [`Caller`] (who is asking, in which
//! languages) and an instant. Output: one line, the channel to use (call, or text for a line
//! that takes no calls) and the [`Reason`], which the views turn into plain words.
//!
//! The rule, in order (tested over every country, need, audience and four instants, and pinned
//! by the routing snapshot `core/tests/snapshots/…routing_table.snap`):
//! 1. [`Need::Emergency`] is the country's emergency line.
//! 2. [`Need::Help`] ("Call for help") is the designated sextortion line when it fits and is
//!    open; else the first fitting open line for child protection, then for crisis (parents
//!    and staff: a line for parents first); else a fallback, said as such.
//! 3. A purpose ([`Need::Crisis`], …) is the first fitting open line that serves that purpose
//!    (the designated line first); else a fallback, said as such. A button for a purpose never
//!    dials a line that does not serve it.
//! 4. **The fallback is a service that fits the need.** For sextortion, reporting, parents,
//!    child protection and Call for help it is the police (or the gendarmerie, or a general
//!    number that reaches them): [`Country::police_line`]. Where no police line is confirmed
//!    it is the emergency line, and the button says there is no confirmed police number.
//!    For a crisis it is the country's emergency line (the SAMU where that is the 15).
//! 5. **A child line whose hours are unknown is never dropped silently.** When a button falls
//!    back and the country's designated child line would fit but its hours are unknown, the
//!    route carries it in [`Route::also`]: a second button, labelled "hours not known".
//! 6. Where a file names a `backup` for its emergency line (a number that may not answer),
//!    every button that dials the emergency line carries the backup in [`Route::also`].
//!
//! A line **fits** when it is confirmed (two sources on different sites), can be called or
//! texted (web-only lines are shown, never dialled automatically) and is for the caller's
//! audience (or for everyone); a crisis line must also answer in one of the caller's languages
//! (or no source says which). Among fitting lines, those in the caller's languages come first.
//! A line is **open** when its hours say so in its own zone; unknown hours are never "open".
//! The emergency number is always open and never needs to fit.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::data::{Country, Helpline};
use super::hours::OpenState;
use crate::vocab::{Audience, Channel, Need, Purpose};

/// Who is asking.
#[derive(Debug, Clone, Copy)]
pub struct Caller<'a> {
    /// The person using the app, as the screen they are on says.
    pub audience: Audience,
    /// Languages they read or speak (the app's language, the system's), ISO 639-1.
    pub languages: &'a [&'a str],
}

impl Caller<'_> {
    /// Whether routing may pick `h` for this caller and need. Language is a hard rule only for
    /// a crisis line (someone at risk of self-harm must be able to talk); for every other need
    /// a line in another language is still better than none, and the button says which
    /// language it answers in.
    fn fits(&self, h: &Helpline, need: Need) -> bool {
        h.confirmed()
            && (h.has_call() || h.sms.is_some())
            && for_audience(h, self.audience)
            && (need != Need::Crisis || h.speaks_any(self.languages))
    }
}

fn for_audience(h: &Helpline, audience: Audience) -> bool {
    // Someone on a screen for everyone: any line will do.
    audience == Audience::Everyone || h.is_for(audience)
}

/// Why no line for the need was chosen, when the emergency number stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortfall {
    /// The country has no confirmed line for this need that can be called or texted.
    NoLine,
    /// Lines exist, but none for this audience.
    NotForYou,
    /// Lines exist, but none answers in the caller's languages.
    NotInYourLanguage,
    /// Fitting lines exist, but none is open now (or their hours are unknown).
    NoneOpen,
}

/// Why the designated line was passed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassedOver {
    /// Closed now; opens then (if ever).
    Closed(Option<DateTime<Tz>>),
    /// Its hours are unknown: it may not answer.
    HoursUnknown,
    /// Only one source confirms its number, so Refuge does not dial it by itself.
    Unconfirmed,
    /// It is reached on the web only.
    WebOnly,
    /// It is meant for someone else (Childline, for a parent).
    NotForYou,
}

impl PassedOver {
    fn of(d: &Helpline, audience: Audience) -> Option<PassedOver> {
        if !d.confirmed() {
            Some(PassedOver::Unconfirmed)
        } else if !d.has_call() && d.sms.is_none() {
            Some(PassedOver::WebOnly)
        } else if !for_audience(d, audience) {
            Some(PassedOver::NotForYou)
        } else {
            None
        }
    }
}

/// Why this line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The emergency number, asked for.
    Emergency,
    /// A line for the need, open 24/7.
    OpenAllDay,
    /// A line for the need, open now until then.
    OpenNow(DateTime<Tz>),
    /// Call for help: the designated line was passed over, and this one is open.
    InsteadOf {
        /// The designated line's id.
        designated: String,
        /// Why it was passed over.
        why: PassedOver,
        /// Whether the line chosen is open all day (else until some time).
        until: Option<DateTime<Tz>>,
    },
    /// No fitting open line for the need: the emergency number instead.
    Fallback(Shortfall),
}

/// The line to contact for a need, and how.
#[derive(Debug, Clone)]
pub struct Route<'a> {
    /// The line.
    pub line: &'a Helpline,
    /// Call it, or text it when it takes no calls.
    pub channel: Channel,
    /// Why.
    pub reason: Reason,
    /// Lines offered beside it, each a second button that says why (rules 5 and 6).
    pub also: Vec<(&'a Helpline, Also)>,
}

/// Why a line is offered beside the one a button dials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Also {
    /// The country's child line: it would fit, but its hours are unknown.
    ChildLineHoursUnknown,
    /// The country's backup for its emergency line, which may not answer (DR Congo's 112).
    Backup,
}

impl Route<'_> {
    /// Whether an emergency service stands in for a need it was not asked for.
    pub fn is_fallback(&self) -> bool {
        matches!(self.reason, Reason::Fallback(_))
    }

    /// A fallback that should reach the police but does not: no police line is confirmed.
    pub fn lacks_police(&self, need: Need) -> bool {
        self.is_fallback() && need.wants_police() && !self.line.reaches_police()
    }
}

fn open_state(c: &Country, h: &Helpline, now: DateTime<Utc>) -> OpenState {
    super::hours::open_state_of(&h.hours, h.zone(c.time_zone), now)
}

fn channel_of(h: &Helpline) -> Channel {
    if h.has_call() {
        Channel::Call
    } else {
        Channel::Text
    }
}

/// The open reason for a line, if it is open.
fn open_reason(c: &Country, h: &Helpline, now: DateTime<Utc>) -> Option<Reason> {
    match open_state(c, h, now) {
        OpenState::Always => Some(Reason::OpenAllDay),
        OpenState::OpenNow { closes_at } => Some(Reason::OpenNow(closes_at)),
        OpenState::Closed { .. } | OpenState::Unknown => None,
    }
}

/// The purposes Call for help looks for after the designated line, in order.
fn help_purposes(audience: Audience) -> &'static [Purpose] {
    match audience {
        Audience::Young | Audience::Everyone => &[Purpose::ChildProtection, Purpose::Crisis],
        Audience::Parent | Audience::Staff => {
            &[Purpose::Parents, Purpose::ChildProtection, Purpose::Crisis]
        }
    }
}

/// Why the lines serving `purposes` could not be used, when none was open and fitting.
fn shortfall(c: &Country, purposes: &[Purpose], need: Need, caller: &Caller<'_>) -> Shortfall {
    let serving: Vec<&Helpline> = c
        .helplines
        .iter()
        .filter(|h| {
            purposes.iter().any(|p| h.serves(*p))
                && h.confirmed()
                && (h.has_call() || h.sms.is_some())
        })
        .collect();
    if serving.is_empty() {
        Shortfall::NoLine
    } else if !serving.iter().any(|h| for_audience(h, caller.audience)) {
        Shortfall::NotForYou
    } else if !serving.iter().any(|h| caller.fits(h, need)) {
        Shortfall::NotInYourLanguage
    } else {
        Shortfall::NoneOpen
    }
}

/// The first fitting open line serving `purpose`: the designated line first, then lines in the
/// caller's languages, then file order.
fn first_open<'a>(
    c: &'a Country,
    purpose: Purpose,
    need: Need,
    caller: &Caller<'_>,
    now: DateTime<Utc>,
) -> Option<(&'a Helpline, Reason)> {
    let mut lines: Vec<&Helpline> = c
        .helplines
        .iter()
        .filter(|h| h.serves(purpose) && caller.fits(h, need))
        .collect();
    // Stable: keeps file order within each rank.
    lines.sort_by_key(|h| (!h.designated_sextortion, !h.speaks_any(caller.languages)));
    lines
        .into_iter()
        .find_map(|h| open_reason(c, h, now).map(|r| (h, r)))
}

fn emergency(c: &Country, reason: Reason) -> Route<'_> {
    Route {
        line: c.emergency_line(),
        channel: Channel::Call,
        reason,
        also: Vec::new(),
    }
}

/// The service that stands in when no line for `need` can be used (rule 4).
fn fallback(c: &Country, need: Need, shortfall: Shortfall) -> Route<'_> {
    let line = if need.wants_police() {
        c.police_line().unwrap_or_else(|| c.emergency_line())
    } else {
        c.emergency_line()
    };
    Route {
        line,
        channel: Channel::Call,
        reason: Reason::Fallback(shortfall),
        also: Vec::new(),
    }
}

fn chosen<'a>(line: &'a Helpline, reason: Reason) -> Route<'a> {
    Route {
        line,
        channel: channel_of(line),
        reason,
        also: Vec::new(),
    }
}

/// Who to call now in `country` for `need`, asked by `caller` at `now`. Never fails: an
/// emergency service is the last answer.
pub fn route<'a>(c: &'a Country, need: Need, caller: &Caller<'_>, now: DateTime<Utc>) -> Route<'a> {
    let mut r = match need.purpose() {
        Some(Purpose::Emergency) => emergency(c, Reason::Emergency),
        Some(purpose) => match first_open(c, purpose, need, caller, now) {
            Some((line, reason)) => chosen(line, reason),
            None => fallback(c, need, shortfall(c, &[purpose], need, caller)),
        },
        None => help(c, caller, now),
    };
    if r.is_fallback() {
        if let Some(d) = child_line_of_unknown_hours(c, need, caller, now) {
            r.also.push((d, Also::ChildLineHoursUnknown));
        }
    }
    if r.line.id == c.emergency {
        if let Some(b) = c.backup_line() {
            r.also.push((b, Also::Backup));
        }
    }
    r
}

/// Rule 5: the designated child line, when it would serve this need for this caller but its
/// hours are unknown (closed is closed: it is not offered then).
fn child_line_of_unknown_hours<'a>(
    c: &'a Country,
    need: Need,
    caller: &Caller<'_>,
    now: DateTime<Utc>,
) -> Option<&'a Helpline> {
    let d = c.child_line()?;
    let serves = match need.purpose() {
        None => true,
        Some(p) => d.serves(p),
    };
    (serves && caller.fits(d, need) && open_state(c, d, now) == OpenState::Unknown).then_some(d)
}

fn help<'a>(c: &'a Country, caller: &Caller<'_>, now: DateTime<Utc>) -> Route<'a> {
    let designated = c.designated();
    if let Some(d) = designated.filter(|d| caller.fits(d, Need::Help)) {
        if let Some(reason) = open_reason(c, d, now) {
            return chosen(d, reason);
        }
    }
    let purposes = help_purposes(caller.audience);
    let found = purposes
        .iter()
        .find_map(|p| first_open(c, *p, Need::Help, caller, now));
    match (found, designated) {
        (Some((line, reason)), Some(d)) => {
            let why =
                PassedOver::of(d, caller.audience).unwrap_or_else(|| match open_state(c, d, now) {
                    OpenState::Closed { opens_at } => PassedOver::Closed(opens_at),
                    _ => PassedOver::HoursUnknown,
                });
            let until = match reason {
                Reason::OpenNow(t) => Some(t),
                _ => None,
            };
            chosen(
                line,
                Reason::InsteadOf {
                    designated: d.id.clone(),
                    why,
                    until,
                },
            )
        }
        (Some((line, reason)), None) => chosen(line, reason),
        (None, _) => {
            let mut all = purposes.to_vec();
            all.push(Purpose::Sextortion);
            fallback(c, Need::Help, shortfall(c, &all, Need::Help, caller))
        }
    }
}

/// Other ways to reach help for the same need now without speaking: fitting open lines (the
/// route's own included) that take texts or have a chat, for the call dialog's "silent option".
pub fn silent_options<'a>(
    c: &'a Country,
    route: &Route<'a>,
    need: Need,
    caller: &Caller<'_>,
    now: DateTime<Utc>,
) -> Vec<(&'a Helpline, Channel)> {
    let serves = |h: &Helpline| match need.purpose() {
        Some(p) => h.serves(p),
        None => {
            h.designated_sextortion || help_purposes(caller.audience).iter().any(|p| h.serves(*p))
        }
    };
    let mut out = Vec::new();
    let candidates = std::iter::once(route.line).chain(
        c.helplines
            .iter()
            .filter(|h| h.id != route.line.id && serves(h) && caller.fits(h, need)),
    );
    for h in candidates {
        if let Some(sms) = &h.sms {
            let hours = sms.hours.as_ref().unwrap_or(&h.hours);
            let open = super::hours::open_state_of(hours, h.zone(c.time_zone), now).is_open();
            let already = route.line.id == h.id && route.channel == Channel::Text;
            if open && !already {
                out.push((h, Channel::Text));
            }
        }
        if h.web
            .as_ref()
            .is_some_and(|w| w.kind == super::data::WebKind::Chat)
            && (h.id == route.line.id || open_reason(c, h, now).is_some())
        {
            out.push((h, Channel::Web));
        }
    }
    out
}
