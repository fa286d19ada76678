//! A call button, resolved: the line it dials, its title and why this line, said before it is
//! tapped.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{facts_text_for, languages_text, sms_display, sms_text, time_of};
use crate::error::Result;
use crate::helplines::data::{Country, Helpline, Service};
use crate::helplines::route::{route, Also, Caller, PassedOver, Reason, Route, Shortfall};
use crate::helplines::{country, helpline};
use crate::i18n::{Lang, Text};
use crate::vocab::{Audience, Channel, Name, Need};

/// A call button for a need, resolved: it says what it dials before it is tapped.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RouteView {
    /// What the button is for.
    pub need: Need,
    /// What the button says it does: the need's title (`Call a crisis line`), or, for an
    /// emergency service, the service it is (`Call the police`, `Call the emergency number`).
    pub title: String,
    /// The line it reaches (what the UI sends back).
    pub helpline_id: String,
    /// Call it, or text it (a line that takes texts only).
    pub channel: Channel,
    /// The line's name in the user's language.
    pub name: String,
    /// The number it dials or texts.
    pub number_display: String,
    /// `3114` / `Childline · 0800 1111` / `Text HOME to 741741`.
    pub label: String,
    /// Why this line: `Open 24/7`; `3018 is closed now…: calling 119 instead`; `No crisis
    /// line…: this button calls the emergency number 112`; then the line's own warning, if it
    /// has one (`Wallis only`).
    pub reason_text: String,
    /// Whether an emergency service stands in for the need.
    pub fallback: bool,
    /// Cost, bill and call log: `Free · Does not show on the phone bill · …`.
    pub facts_text: String,
    /// `Answers in: French`, when a source says which languages the line answers in.
    pub languages_text: Option<String>,
    /// Lines offered beside this one, each its own button that says why (a child line whose
    /// hours are unknown; a backup for an emergency number that may not answer).
    pub also: Vec<SecondLine>,
}

/// A second button under a call button.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SecondLine {
    /// The line it reaches (what the UI sends back).
    pub helpline_id: String,
    /// Call it, or text it.
    pub channel: Channel,
    /// `Also: the child helpline, hours not known`.
    pub title: String,
    /// `Allô 116 · 116`.
    pub label: String,
    /// `Its opening hours are not known: it may not answer.`
    pub reason_text: String,
}

/// The word for what an emergency line reaches, as the Fluent selectors know it.
pub(crate) fn service_key(h: &Helpline) -> &'static str {
    let has = |s: Service| h.service.contains(&s);
    let police = has(Service::Police);
    let gendarmerie = has(Service::Gendarmerie);
    let (medical, fire) = (has(Service::Medical), has(Service::Fire));
    if has(Service::General) || ((police || gendarmerie) && medical && fire) {
        "general"
    } else if police && gendarmerie {
        "police-gendarmerie"
    } else if police {
        "police"
    } else if gendarmerie {
        "gendarmerie"
    } else if medical && fire {
        "fire-medical"
    } else if medical {
        "medical"
    } else if fire {
        "fire"
    } else {
        "other"
    }
}

/// `Wallis only…`: the line's own warning, when the data says it has one.
pub(crate) fn warning_text(w: &Text<'_>, h: &Helpline) -> Result<Option<String>> {
    if h.warning {
        Ok(Some(w.get(&format!("helpline-{}-warning", h.id))?))
    } else {
        Ok(None)
    }
}

fn second_line(
    w: &Text<'_>,
    emergency: &Helpline,
    line: &Helpline,
    why: Also,
) -> Result<SecondLine> {
    let name = line.name_in(w.lang().as_str()).to_owned();
    let number = line.display.clone().unwrap_or_default();
    let (title, reason_text) = match why {
        Also::ChildLineHoursUnknown => (
            w.get("route-also-child-line")?,
            w.get("route-also-child-line-reason")?,
        ),
        Also::Backup => (
            w.with(
                "route-also-backup",
                &[("number", emergency.display.clone().unwrap_or_default())],
            )?,
            warning_text(w, line)?.unwrap_or_default(),
        ),
    };
    Ok(SecondLine {
        helpline_id: line.id.clone(),
        channel: Channel::Call,
        title,
        label: line_label(&name, &number),
        reason_text,
    })
}

/// `name · number`, or the name alone when it already shows the number.
pub fn line_label(name: &str, number_display: &str) -> String {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    if !digits(number_display).is_empty() && digits(name).contains(&digits(number_display)) {
        name.to_owned()
    } else {
        format!("{name} · {number_display}")
    }
}

/// The number a route dials or texts, as shown.
fn route_number(r: &Route<'_>) -> String {
    match r.channel {
        Channel::Text => sms_display(r.line).unwrap_or_default(),
        _ => r.line.display.clone().unwrap_or_default(),
    }
}

/// Why a route passed over the designated line, as a Fluent id.
pub(super) fn instead_id(why: &PassedOver) -> &'static str {
    match why {
        PassedOver::Closed(Some(_)) => "route-reason-instead-closed",
        PassedOver::Closed(None) => "route-reason-instead-closed-for-now",
        PassedOver::HoursUnknown => "route-reason-instead-unknown",
        PassedOver::Unconfirmed => "route-reason-instead-unconfirmed",
        PassedOver::WebOnly => "route-reason-instead-web-only",
        PassedOver::NotForYou => "route-reason-instead-not-for-you",
    }
}

/// Render a route as a button.
fn render_route(w: &Text<'_>, c: &Country, need: Need, r: &Route<'_>) -> Result<RouteView> {
    let name = r.line.name_in(w.lang().as_str()).to_owned();
    let number = route_number(r);
    let label = match r.channel {
        Channel::Text => sms_text(w, r.line)?.unwrap_or_else(|| number.clone()),
        _ => line_label(&name, &number),
    };
    let service = service_key(r.line);
    let title = if r.is_fallback() || need == Need::Emergency {
        w.with("route-title-service", &[("service", service.to_owned())])?
    } else {
        let verb = if r.channel == Channel::Text {
            "text"
        } else {
            "call"
        };
        w.get(&format!("action-{verb}-{}", need.name()))?
    };
    let mut reason_text = match &r.reason {
        Reason::Emergency => {
            w.with("route-reason-emergency", &[("service", service.to_owned())])?
        }
        Reason::OpenAllDay => w.get("route-reason-open-all-day")?,
        Reason::OpenNow(t) => w.with(
            "route-reason-open-now",
            &[("time", time_of(w, &t.with_timezone(&c.time_zone))?)],
        )?,
        Reason::InsteadOf {
            designated,
            why,
            until,
        } => {
            let (_, d) = helpline(designated)?;
            let mut pairs = vec![
                ("designated", d.name_in(w.lang().as_str()).to_owned()),
                ("name", name.clone()),
            ];
            match why {
                PassedOver::Closed(Some(at)) => {
                    pairs.push(("time", time_of(w, &at.with_timezone(&c.time_zone))?));
                }
                PassedOver::NotForYou => {
                    let who = if d.audience.contains(&Audience::Young) {
                        "young"
                    } else {
                        "adults"
                    };
                    pairs.push(("for", who.to_owned()));
                }
                _ => {}
            }
            let id = instead_id(why);
            let text = w.with(id, &pairs)?;
            match until {
                Some(t) => format!(
                    "{text} — {}",
                    w.with(
                        "route-reason-open-now",
                        &[("time", time_of(w, &t.with_timezone(&c.time_zone))?)]
                    )?
                ),
                None => text,
            }
        }
        Reason::Fallback(shortfall) => {
            let id = match shortfall {
                Shortfall::NoLine => "route-fallback-no-line",
                Shortfall::NotForYou => "route-fallback-not-for-you",
                Shortfall::NotInYourLanguage => "route-fallback-not-in-language",
                Shortfall::NoneOpen => "route-fallback-none-open",
            };
            let callee = w.with(
                "route-callee",
                &[("service", service.to_owned()), ("number", number.clone())],
            )?;
            let text = w.with(id, &[("need", need.name().to_owned()), ("callee", callee)])?;
            if r.lacks_police(need) {
                format!("{text} {}", w.get("route-fallback-no-police")?)
            } else {
                text
            }
        }
    };
    if let Some(warning) = warning_text(w, r.line)? {
        reason_text = format!("{reason_text} {warning}");
    }
    let emergency = c.emergency_line();
    Ok(RouteView {
        need,
        title,
        helpline_id: r.line.id.clone(),
        channel: r.channel,
        name,
        number_display: number,
        label,
        reason_text,
        fallback: r.is_fallback(),
        facts_text: facts_text_for(w, r.line, r.channel)?,
        languages_text: languages_text(w, r.line)?,
        also: r
            .also
            .iter()
            .map(|(line, why)| second_line(w, emergency, line, *why))
            .collect::<Result<_>>()?,
    })
}

/// The button for `need` in `country_code` at `now`, asked by `caller`, in `lang`.
pub fn route_view(
    lang: &Lang,
    country_code: &str,
    need: Need,
    caller: &Caller<'_>,
    now: DateTime<Utc>,
) -> Result<RouteView> {
    let c = country(country_code)?;
    let r = route(c, need, caller, now);
    render_route(&Text::new(lang), c, need, &r)
}
