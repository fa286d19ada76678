//! "Help me tell someone": the young person picks one of four fixed opening lines, then shows
//! it full screen (to hand the phone to an adult) or opens a text with it.
//!
//! The person types nothing: every command names a line by its [`OpeningLine`], never by its
//! words, so no text of theirs crosses the IPC or reaches a URI. The text is `sms:` with the
//! line as its body and **no number** — the messages app asks whom to send it to — built by the
//! helplines' one `sms:` rule ([`crate::helplines::sms_uri`]: `?body=` on Android and the
//! desktops, `&body=` on iOS, the body percent-encoded).

use serde::Serialize;
use strum::IntoEnumIterator;

use super::cited;
use crate::content::SourceRefView;
use crate::error::Result;
use crate::helplines::sms_uri;
use crate::i18n::{Lang, Text};
use crate::nav::LinkView;
use crate::os::Os;
use crate::vocab::{Name, OpeningLine, Target};

/// What the screen rests on: Thorn's Stop Sextortion and Meta's page for teens (talk with
/// someone you trust, with a way to start), C3P's campaign (tell a safe adult). Each is on the
/// Sources screen; young-tell-adult `what-to-say` and young-threat `tell-adult` cite them too.
pub const SOURCES: [&str; 3] = ["thorn-stop-sextortion", "meta-teens", "c3p-campaign-2024"];

/// The Fluent id of an opening line: the one place it is spelt.
pub fn line_id(line: OpeningLine) -> String {
    format!("tell-line-{}", line.name())
}

/// One line to pick.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LineChoice {
    /// Which line (what the UI sends back to text it).
    pub line: OpeningLine,
    /// Its words.
    pub text: String,
    /// The line alone, full screen.
    pub show: Target,
}

/// "Help me tell someone".
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TellView {
    /// The heading.
    pub title: String,
    /// One sentence: choose the words, show them or text them.
    pub intro: String,
    /// The four lines.
    pub lines: Vec<LineChoice>,
    /// "Show it full screen".
    pub show_label: String,
    /// "Send it in a text".
    pub text_label: String,
    /// What happens when it is texted: the messages app opens, you choose who gets it, and the
    /// text stays in your messages like any other.
    pub text_hint: String,
    /// Said when the device opened no messages app.
    pub text_failed: String,
    /// What the screen rests on.
    pub sources: Vec<SourceRefView>,
}

/// One line, alone and large, to hand the phone over.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TellLineView {
    /// The screen's name, for the window title ("Help me tell someone": never the line, which
    /// would show in the task switcher).
    pub title: String,
    /// Which line.
    pub line: OpeningLine,
    /// Its words.
    pub text: String,
    /// Under it: hand the phone over; the adult can then talk with you.
    pub hint: String,
    /// "Back".
    pub back: String,
    /// The adult's first minute, for whoever has just read the line.
    pub for_adult: LinkView,
}

/// The picker in `lang`.
pub fn tell_view(lang: &Lang) -> Result<TellView> {
    let text = Text::new(lang);
    Ok(TellView {
        title: text.get("tell-title")?,
        intro: text.get("tell-intro")?,
        lines: OpeningLine::iter()
            .map(|line| {
                Ok(LineChoice {
                    line,
                    text: text.get(&line_id(line))?,
                    show: Target::TellLine { line },
                })
            })
            .collect::<Result<_>>()?,
        show_label: text.get("tell-show")?,
        text_label: text.get("tell-text")?,
        text_hint: text.get("tell-text-hint")?,
        text_failed: text.get("tell-text-failed")?,
        sources: cited(text, &SOURCES)?,
    })
}

/// Line `line` full screen, in `lang`.
pub fn line_view(lang: &Lang, line: OpeningLine) -> Result<TellLineView> {
    let text = Text::new(lang);
    Ok(TellLineView {
        title: text.get("tell-title")?,
        line,
        text: text.get(&line_id(line))?,
        hint: text.get("tell-show-hint")?,
        back: text.get("tell-back")?,
        for_adult: LinkView {
            id: "told".to_owned(),
            label: text.get("tell-for-adult")?,
            hint: None,
            target: Target::Told,
        },
    })
}

/// The `sms:` URI that opens this build's messages app with `line` written in `lang`, and no
/// number.
pub fn text_uri(lang: &Lang, line: OpeningLine) -> Result<String> {
    text_uri_on(Os::CURRENT, lang, line)
}

/// The same, in `os`'s form (the tests build every form on any host).
pub fn text_uri_on(os: Os, lang: &Lang, line: OpeningLine) -> Result<String> {
    let body = Text::new(lang).get(&line_id(line))?;
    Ok(sms_uri(os, None, Some(&body)))
}
