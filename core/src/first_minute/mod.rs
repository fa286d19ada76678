//! The first minute, off the guides: three screens for the moment that decides the outcome.
//!
//! - [`tell`]: "Help me tell someone". A young person picks one of four fixed opening lines
//!   ([`OpeningLine`]) and shows it full screen, to hand the phone over, or opens a text with the
//!   line as its body and no number, so they pick the contact ([`tell::text_uri`]).
//! - [`told`]: "For the adult who has just been told". One screen for the parent, teacher or
//!   coach: stay calm, they are not in trouble, delete nothing and pay nothing, ask directly
//!   about self-harm, then tonight's open line from the one routing rule — or, where no line for
//!   this is open, the emergency number, said as such.
//! - [`calm`]: ninety seconds of slow breathing, then grounding, for the wait; the timing is in
//!   the Fluent ids (`calm-at-14` shows from second 14) and read here once.
//!
//! Every word comes from Fluent (`guides-young.ftl`, `guides-parent.ftl`, `first-minute.ftl`);
//! every call button is resolved here, from `Here`, before it is tapped. Each screen lists the
//! sources it rests on (`SOURCES` next to each view), every one on the Sources screen.
//!
//! [`OpeningLine`]: crate::vocab::OpeningLine

pub mod calm;
pub mod tell;
pub mod told;

#[cfg(test)]
mod tests;

pub use calm::{calm_view, CalmView, TimedLine};
pub use tell::{line_view, tell_view, text_uri, LineChoice, TellLineView, TellView};
pub use told::{told_view, ToldView};

use crate::content::{cite, SourceRefView};
use crate::error::Result;
use crate::i18n::Text;

/// The citations of `ids`, as a guide step shows them.
fn cited(text: Text<'_>, ids: &[&str]) -> Result<Vec<SourceRefView>> {
    ids.iter().map(|id| cite(text, id)).collect()
}
