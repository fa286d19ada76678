//! "For the adult who has just been told": the first minute for a parent, a teacher or a coach,
//! on one screen, read on the young person's phone the moment they are told or opened from the
//! parents' and staff doors.
//!
//! It says: stay calm; they are not in trouble; delete nothing and pay nothing, and don't look
//! at the pictures; ask directly about self-harm — with the crisis and emergency calls right
//! there for a yes or a doubt — then call tonight's open line together. That line is
//! `here.route(Need::Help, Audience::Parent)`, the one routing rule's answer. Where no fitting
//! line is open, the rule falls back to the emergency number and the button says so in its own
//! title; only then does the screen add that no helpline for this is open now. The sentence is
//! never shown beside a helpline that is open: it would be false.

use serde::Serialize;

use super::cited;
use crate::content::{ActionView, SourceRefView};
use crate::error::Result;
use crate::i18n::Text;
use crate::nav::{Here, LinkView};
use crate::vocab::{Audience, Need, Target};

/// What the screen rests on: Northern Ireland's Safeguarding Board (stay calm; get help even if
/// they seem fine), NCMEC (not the child's fault; get help before paying), the NCA's advice to
/// parents (delete nothing), UKCIS (never view the images) and Beyond Blue (ask directly about
/// suicide). Each is on the Sources screen; parent-talk `first-steps` and `three-questions` cite
/// them too.
pub const SOURCES: [&str; 5] = [
    "ni-image-sharing",
    "ncmec",
    "nca-parents-2024",
    "ukcis-2024",
    "beyond-blue-ask",
];

/// The four things to do first, in order.
const STEPS: [&str; 4] = [
    "told-calm",
    "told-not-in-trouble",
    "told-no-delete-no-pay",
    "told-ask",
];

/// The adult's first minute.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ToldView {
    /// The heading.
    pub title: String,
    /// One sentence.
    pub intro: String,
    /// Stay calm; not in trouble; delete nothing, pay nothing; ask about self-harm.
    pub steps: Vec<String>,
    /// If they say yes, or you are not sure: stay with them and call now.
    pub if_yes: String,
    /// The crisis line, for a yes or a doubt.
    pub crisis: ActionView,
    /// The emergency number beside it, unless the crisis button already dials it.
    pub emergency: Option<ActionView>,
    /// "Then call this line, together:"
    pub call_intro: String,
    /// Tonight's open line for this, or the emergency number said as such.
    pub call: ActionView,
    /// Only when no fitting line is open and `call` is the emergency number: says so.
    pub no_line: Option<String>,
    /// The parents' and the staff's guides, for what comes next.
    pub guides: Vec<LinkView>,
    /// What the screen rests on.
    pub sources: Vec<SourceRefView>,
}

/// The adult's first minute for `here`.
pub fn told_view(here: &Here) -> Result<ToldView> {
    let text = Text::new(&here.lang);
    let who = Audience::Parent;
    let call_button = |need: Need, label: &str| -> Result<ActionView> {
        Ok(ActionView::Call {
            need,
            label: text.get(label)?,
            route: here.route(need, who)?,
        })
    };
    let crisis = call_button(Need::Crisis, "action-call-crisis")?;
    let emergency = call_button(Need::Emergency, "action-call-emergency")?;
    let dials = |a: &ActionView| match a {
        ActionView::Call { route: Some(r), .. } => Some(r.helpline_id.clone()),
        _ => None,
    };
    let same = dials(&crisis).is_some() && dials(&crisis) == dials(&emergency);
    let call = call_button(Need::Help, "action-call-help")?;
    let falls_back = matches!(&call, ActionView::Call { route: Some(r), .. } if r.fallback);
    Ok(ToldView {
        title: text.get("told-title")?,
        intro: text.get("told-intro")?,
        steps: STEPS.iter().map(|id| text.get(id)).collect::<Result<_>>()?,
        if_yes: text.get("told-if-yes")?,
        crisis,
        emergency: (!same).then_some(emergency),
        call_intro: text.get("told-call")?,
        call,
        no_line: if falls_back {
            Some(text.get("told-no-line")?)
        } else {
            None
        },
        guides: vec![
            LinkView {
                id: "parent-talk".to_owned(),
                label: text.get("told-guide-parent")?,
                hint: None,
                target: Target::guide("parent-talk"),
            },
            LinkView {
                id: "staff-school".to_owned(),
                label: text.get("told-guide-staff")?,
                hint: None,
                target: Target::guide("staff-school"),
            },
        ],
        sources: cited(text, &SOURCES)?,
    })
}
