//! Calm while waiting: ninety seconds of slow breathing (in for five, out for five, no holding),
//! then noticing what is around — for the minutes before a helpline answers or calls back.
//!
//! The schedule is written once, in the Fluent ids: `calm-at-N` is shown from second N until
//! the next line, `calm-done` at [`SECONDS`]. It is read here and handed to the UI as a list of
//! `(second, text)`, so the UI holds no timing of its own. The screen works offline, needs no
//! sound, stores nothing (the timer is the screen's only state), and always shows Call for help
//! beside the frame's Quick exit.

use serde::Serialize;

use super::cited;
use crate::content::{ActionView, SourceRefView};
use crate::error::{Error, Result};
use crate::i18n::Text;
use crate::nav::Here;
use crate::vocab::{Audience, Need};

/// What the screen rests on: an NHS trust's relaxed-breathing booklet (count to five in and
/// out, without holding) and the NSPCC on Childline's Calm Zone (the senses bring you back to
/// the present). Both are on the Sources screen; young-threat `call-helpline` cites them too.
pub const SOURCES: [&str; 2] = ["nhs-relaxed-breathing", "nspcc-calm-zone"];

/// How long the exercise lasts, in seconds.
pub const SECONDS: u32 = 90;

/// The prefix of the timed lines: `calm-at-<second>`.
const AT: &str = "calm-at-";

/// A line and the second it is shown from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TimedLine {
    /// Shown from this second until the next line's.
    pub at: u32,
    /// Its words.
    pub text: String,
}

/// The breathing screen.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CalmView {
    /// The heading.
    pub title: String,
    /// Follow the words; Call for help and Quick exit stay on screen.
    pub intro: String,
    /// The lines, in order, the first at second 0.
    pub lines: Vec<TimedLine>,
    /// How long it lasts: `done` shows from this second.
    pub seconds: u32,
    /// What it says at the end.
    pub done: String,
    /// "Start again".
    pub again: String,
    /// Call for help, always on the screen.
    pub call: ActionView,
    /// What the screen rests on.
    pub sources: Vec<SourceRefView>,
}

/// The breathing screen for `here` (its call button resolved).
pub fn calm_view(here: &Here) -> Result<CalmView> {
    let text = Text::new(&here.lang);
    Ok(CalmView {
        title: text.get("calm-title")?,
        intro: text.get("calm-intro")?,
        lines: schedule(text)?,
        seconds: SECONDS,
        done: text.get("calm-done")?,
        again: text.get("calm-again")?,
        call: ActionView::Call {
            need: Need::Help,
            label: text.get("action-call-help")?,
            route: here.route(Need::Help, Audience::Young)?,
        },
        sources: cited(text, &SOURCES)?,
    })
}

/// The timed lines of `text`'s language, sorted by second. A `calm-at-` id whose tail is not a
/// second within the exercise, or a schedule that does not start at 0, is a content error.
pub fn schedule(text: Text<'_>) -> Result<Vec<TimedLine>> {
    let mut lines = text
        .ids_starting(AT)
        .into_iter()
        .map(|id| {
            let at = second_of(id).ok_or_else(|| {
                Error::Content(format!("{id}: not a second from 0 to {}", SECONDS - 1))
            })?;
            Ok(TimedLine {
                at,
                text: text.get(id)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    lines.sort_by_key(|l| l.at);
    if lines.first().map(|l| l.at) != Some(0) {
        return Err(Error::Content(format!(
            "{AT}: the breathing lines must start at second 0"
        )));
    }
    Ok(lines)
}

/// The second a timed line's id says it shows from (`calm-at-14` → 14), if it is one within
/// the exercise.
pub(super) fn second_of(id: &str) -> Option<u32> {
    id.strip_prefix(AT)?
        .parse::<u32>()
        .ok()
        .filter(|at| *at < SECONDS)
}
