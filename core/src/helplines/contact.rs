//! Reaching a line: what Rust opens (a `tel:`/`sms:`/`https:` URI built from its own data) and
//! what the call dialog shows meanwhile — the number, large, with a plain instruction, what the
//! call costs and where it may show, and the silent ways to reach help instead (text, chat) —
//! so that where no dialer exists the person still has the number instead of a silent failure.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::data::{Country, Helpline};
use super::route::{route, silent_options, Caller};
use super::view::{facts_text_for, sms_display};
use super::{contact_uri, helpline};
use crate::error::Result;
use crate::i18n::{Lang, Text};
use crate::vocab::{Channel, Need, Target};

/// Another way to reach help without speaking, offered beside a call.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SilentOption {
    /// The line.
    pub helpline_id: String,
    /// Text or web chat.
    pub channel: Channel,
    /// `Text HOME to 741741`, `Chat with 3018 (needs the internet)`.
    pub label: String,
}

/// A call, text or web page about to be opened.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ContactView {
    /// The helpline's id.
    pub helpline_id: String,
    /// Its name in the user's language.
    pub name: String,
    /// The number to show large (the text number for a text; empty for a web page).
    pub number_display: String,
    /// Call, text or web.
    pub channel: Channel,
    /// The URI Rust opens; built only from data.
    pub uri: String,
    /// "Call Child Focus on 116 000" / "Text CONNECT to 686868" / "Open the chat".
    pub instruction: String,
    /// Cost, bill and call log, from the data (unknown said as unknown).
    pub facts_text: String,
    /// For an unconfirmed line: its caveat.
    pub caveat: Option<String>,
    /// Ways to reach help silently instead (text, chat), open now.
    pub silent: Vec<SilentOption>,
    /// For the wait, once the line is called or texted: "Breathe for 90 seconds while you
    /// wait", which opens [`Target::Calm`].
    pub calm_label: String,
    /// Where it leads.
    pub calm: Target,
}

fn silent_label(w: &Text<'_>, h: &Helpline, channel: Channel) -> Result<String> {
    let name = h.name_in(w.lang().as_str()).to_owned();
    match (channel, &h.sms, sms_display(h)) {
        (Channel::Text, Some(sms), Some(number)) => match &sms.keyword {
            Some(k) => w.with(
                "helplines-sms-keyword",
                &[("keyword", k.clone()), ("number", number)],
            ),
            None => w.with("helplines-sms", &[("number", number)]),
        },
        _ => w.with("contact-chat-with", &[("name", name)]),
    }
}

/// Contact helpline `id` through `channel`. Unknown id → `unknown-helpline`; a channel the line
/// lacks → `no-such-channel`. `need` and `caller`, when the dialog comes from a call button,
/// add the silent options for that need; otherwise the line's own text and chat are offered.
pub fn contact_view(
    lang: &Lang,
    id: &str,
    channel: Channel,
    need: Option<(Need, &Caller<'_>)>,
    now: DateTime<Utc>,
) -> Result<ContactView> {
    let uri = contact_uri(id, channel)?;
    let (country, line) = helpline(id)?;
    let w = Text::new(lang);
    let name = line.name_in(lang.as_str()).to_owned();
    let (number_display, instruction) = match channel {
        Channel::Text => {
            let sms = line
                .sms
                .as_ref()
                .map(|s| s.number.clone())
                .unwrap_or_default();
            (sms, silent_label(&w, line, Channel::Text)?)
        }
        Channel::Call => {
            let display = line.display.clone().unwrap_or_default();
            let text = w.with(
                "helplines-contact-call",
                &[("name", name.clone()), ("number", display.clone())],
            )?;
            (display, text)
        }
        Channel::Web => (
            String::new(),
            w.with("contact-web-opening", &[("name", name.clone())])?,
        ),
    };
    Ok(ContactView {
        helpline_id: line.id.clone(),
        name,
        number_display,
        channel,
        uri,
        instruction,
        facts_text: facts_text_for(&w, line, channel)?,
        caveat: if line.confirmed() {
            None
        } else {
            Some(w.get("helplines-caveat-unconfirmed")?)
        },
        silent: silent(&w, country, line, channel, need, now)?,
        calm_label: w.get("contact-calm")?,
        calm: Target::Calm,
    })
}

fn silent(
    w: &Text<'_>,
    country: &Country,
    line: &Helpline,
    channel: Channel,
    need: Option<(Need, &Caller<'_>)>,
    now: DateTime<Utc>,
) -> Result<Vec<SilentOption>> {
    if channel != Channel::Call {
        return Ok(Vec::new());
    }
    let options: Vec<(&Helpline, Channel)> = match need {
        Some((need, caller)) => {
            let r = route(country, need, caller, now);
            let mut all = silent_options(country, &r, need, caller, now);
            // The dialog is about the line tapped: its own options first.
            all.sort_by_key(|(h, _)| h.id != line.id);
            all
        }
        None => {
            let mut own = Vec::new();
            if line.sms.is_some() {
                own.push((line, Channel::Text));
            }
            if line.web.is_some() {
                own.push((line, Channel::Web));
            }
            own
        }
    };
    options
        .into_iter()
        .map(|(h, ch)| {
            Ok(SilentOption {
                helpline_id: h.id.clone(),
                channel: ch,
                label: silent_label(w, h, ch)?,
            })
        })
        .collect()
}
