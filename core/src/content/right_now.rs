//! The "Right now" card: what a frightened young person reads first, under the safety question
//! of the guide that opens with it (`young-threat`). Four short lines that each start with a
//! verb — stop replying; don't pay or send more; don't delete anything; tell an adult or call
//! now — the last one with the Call for help button, then one plain sentence saying it is an
//! organised scam that often moves on when ignored.
//!
//! The button is `here.route(Need::Help, Audience::Young)`: the very button Home's Call for
//! help shows, so the two can never dial different lines. With no country yet it carries no
//! route and asks for the country, as every call button does.
//!
//! The card says only what its sources say ([`RIGHT_NOW_SOURCES`], listed under it); the steps
//! below it cite the same sources for the same advice.

use serde::Serialize;

use super::view::{cite, ActionView, SourceRefView};
use crate::error::Result;
use crate::i18n::Text;
use crate::nav::Here;
use crate::vocab::{Audience, Need};

/// What the card rests on: the NCA's 2025 campaign (organised crime), C3P's campaign (stop
/// talking to them, tell a safe adult), Netsafe (many people at once; they drop those who stop
/// replying) and the NCA's advice to parents (don't pay, don't delete anything). Each is on the
/// Sources screen and cited by a young-threat step (`stop`, `tell-adult`, `keep-evidence`).
pub const RIGHT_NOW_SOURCES: [&str; 4] = [
    "nca-2025",
    "c3p-campaign-2024",
    "netsafe-scams",
    "nca-parents-2024",
];

/// The card's heading.
const TITLE: &str = "now-title";
/// The three lines without a button, in order.
const LINES: [&str; 3] = ["now-stop", "now-no-pay", "now-no-delete"];
/// The fourth line, beside the call button.
const TELL: &str = "now-tell";
/// The plain sentence under the lines.
const SCAM: &str = "now-scam";
/// What leads into the steps.
const MORE: &str = "now-more";
/// The button's title while no country is known.
const CALL_LABEL: &str = "action-call-help";

/// The "Right now" card, ready to show.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RightNowView {
    /// "Right now".
    pub title: String,
    /// Stop replying; don't pay or send more; don't delete anything.
    pub lines: Vec<String>,
    /// "Tell an adult, or call now.", beside the call.
    pub tell: String,
    /// Call for help: the line core's one routing rule picks for a young person now.
    pub call: ActionView,
    /// It is an organised scam, and blackmailers often move on when ignored.
    pub scam: String,
    /// "The steps below say why, and how."
    pub more: String,
    /// What the card rests on.
    pub sources: Vec<SourceRefView>,
}

/// The card in `text`'s language; with `here`, its call button says the line it dials now.
pub fn right_now(text: Text<'_>, here: Option<&Here>) -> Result<RightNowView> {
    let need = Need::Help;
    Ok(RightNowView {
        title: text.get(TITLE)?,
        lines: LINES.iter().map(|id| text.get(id)).collect::<Result<_>>()?,
        tell: text.get(TELL)?,
        call: ActionView::Call {
            need,
            label: text.get(CALL_LABEL)?,
            route: match here {
                Some(h) => h.route(need, Audience::Young)?,
                None => None,
            },
        },
        scam: text.get(SCAM)?,
        more: text.get(MORE)?,
        sources: RIGHT_NOW_SOURCES
            .iter()
            .map(|id| cite(text, id))
            .collect::<Result<_>>()?,
    })
}
