//! Contacting a line: what Rust opens (a `tel:`/`sms:` URI built from its own data) and what
//! the UI shows meanwhile (the number, large, with a plain instruction) — so that where no
//! dialer exists the user still has the number instead of a silent failure.

use chrono::{DateTime, Utc};
use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{best_for_purpose, dial_uri, helpline};
use crate::error::Result;
use crate::i18n::{localizer, Lang};
use crate::purpose::{Channel, Purpose};

/// A call or text about to be made.
#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    /// The helpline's id.
    pub helpline_id: String,
    /// Its proper name.
    pub name: String,
    /// The number to show large (the SMS number for a text).
    pub number_display: String,
    /// Call or text.
    pub channel: Channel,
    /// The URI Rust opens; built only from data.
    pub uri: String,
    /// "Call Child Focus on 116 000" / "Text CONNECT to 686868".
    pub instruction: String,
}

/// Contact helpline `id` through `channel`. Unknown id → `unknown-helpline`; a channel the line
/// lacks, or an unconfirmed line → `no-such-channel`.
pub fn contact_view(lang: &Lang, id: &str, channel: Channel) -> Result<ContactView> {
    let uri = dial_uri(id, channel)?;
    let (_, line) = helpline(id)?;
    let l = localizer();
    let mut args = FluentArgs::new();
    let (number_display, instruction) = match (channel, &line.sms) {
        (Channel::Text, Some(sms)) => {
            args.set("number", sms.number.clone());
            let text = match &sms.keyword {
                Some(k) => {
                    args.set("keyword", k.clone());
                    l.format(lang, "helplines-sms-keyword", Some(&args))?
                }
                None => l.format(lang, "helplines-sms", Some(&args))?,
            };
            (sms.number.clone(), text)
        }
        _ => {
            args.set("name", line.name.clone());
            args.set("number", line.display.clone());
            (
                line.display.clone(),
                l.format(lang, "helplines-contact-call", Some(&args))?,
            )
        }
    };
    Ok(ContactView {
        helpline_id: line.id.clone(),
        name: line.name.clone(),
        number_display,
        channel,
        uri,
        instruction,
    })
}

/// Contact the country's best line for `purpose` now. Texting a line that has no SMS calls it
/// instead: the user asked for help, not for a channel.
pub fn contact_purpose_view(
    lang: &Lang,
    country: &str,
    purpose: Purpose,
    channel: Channel,
    now: DateTime<Utc>,
) -> Result<ContactView> {
    let choice = best_for_purpose(country, purpose, now)?;
    let channel = match channel {
        Channel::Text if dial_uri(&choice.helpline_id, Channel::Text).is_err() => Channel::Call,
        c => c,
    };
    contact_view(lang, &choice.helpline_id, channel)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helplines::country_codes;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn contacting_by_purpose_reaches_a_dialable_line_in_every_country() {
        for lang in localizer().languages() {
            for code in country_codes() {
                for purpose in Purpose::ALL {
                    for channel in [Channel::Call, Channel::Text] {
                        let v = contact_purpose_view(
                            &lang,
                            code,
                            purpose,
                            channel,
                            at("2026-11-24T02:30:00Z"),
                        )
                        .unwrap_or_else(|e| panic!("{code} {purpose:?} {channel:?}: {e}"));
                        assert!(
                            v.uri.starts_with("tel:") || v.uri.starts_with("sms:"),
                            "{code} {purpose:?}: {}",
                            v.uri
                        );
                        assert!(
                            v.instruction.contains(&v.number_display),
                            "the instruction names the number: {}",
                            v.instruction
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn child_focus_is_called_on_116_000() {
        let fr = localizer().lang("fr").unwrap();
        let v = contact_view(&fr, "be-child-focus", Channel::Call).unwrap();
        assert_eq!(v.uri, "tel:116000");
        assert_eq!(v.number_display, "116 000");
        assert!(v.instruction.contains("Child Focus"), "{}", v.instruction);
    }

    #[test]
    fn a_line_label_does_not_repeat_a_number_its_name_carries() {
        use crate::helplines::view::line_label;
        assert_eq!(
            line_label("Child Focus", "116 000"),
            "Child Focus · 116 000"
        );
        assert_eq!(line_label("147 Pro Juventute", "147"), "147 Pro Juventute");
        assert_eq!(line_label("3018", "3018"), "3018");
        assert_eq!(
            line_label("9-8-8: Suicide Crisis Helpline", "988"),
            "9-8-8: Suicide Crisis Helpline"
        );
        assert_eq!(
            line_label("Childline", "0800 1111"),
            "Childline · 0800 1111"
        );
    }

    #[test]
    fn hostile_ids_never_become_uris() {
        let en = localizer().lang("en").unwrap();
        for bad in ["tel:112", "", "../be-child-focus", "be-child-focus\0", "😀"] {
            assert!(contact_view(&en, bad, Channel::Call).is_err(), "{bad:?}");
        }
    }
}
