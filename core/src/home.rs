//! The screens that lead somewhere: Home, a parent's or staff member's door and the Sources
//! screen. Each is built here, with its words from
//! Fluent and its buttons resolved (calls to lines, links to [`Target`]s), so the UI holds no
//! guide id, no audience rule and no sentence.

use serde::Serialize;

use crate::content::{self, SourceView};
use crate::error::Result;
use crate::helplines::view::{helpline_sources, CountrySourcesView};
use crate::helplines::{self, RouteView};
use crate::i18n::Text;
use crate::nav::{Here, LinkView};
use crate::vocab::{Audience, Name, Need, Target};

/// The first screen.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HomeView {
    /// Discreet mode: a neutral title, the call button with its number only, and the rest one
    /// tap further ("more"), so no sensitive word shows on the first screen.
    pub discreet: bool,
    /// The screen's title (the app's name, or a neutral word in discreet mode).
    pub title: String,
    /// One line under it.
    pub tagline: String,
    /// The big Call for help button; none while no country is known (the picker shows).
    pub call_for_help: Option<RouteView>,
    /// Its title while no country is known.
    pub call_label: String,
    /// Discreet mode's neutral "more" button.
    pub more_label: String,
    /// The country's 24/7 crisis line beside it, when it is another line than Call for help.
    pub crisis: Option<RouteView>,
    /// The country in force, by name, once known.
    pub country_name: Option<String>,
    /// Every helpline of the country.
    pub helplines: LinkView,
    /// Who needs help: the young person's door first.
    pub doors_heading: String,
    /// The doors.
    pub doors: Vec<LinkView>,
    /// My record.
    pub record: LinkView,
    /// "Before anything happens".
    pub prevention_heading: String,
    /// The ten-minute rule, the words, the sources.
    pub prevention: Vec<LinkView>,
    /// Settings: language, country, discreet mode, erase.
    pub settings: LinkView,
}

fn msg(here: &Here, id: &str) -> Result<String> {
    Text::new(&here.lang).get(id)
}

fn link(
    here: &Here,
    id: &str,
    label: &str,
    hint: Option<&str>,
    target: Target,
) -> Result<LinkView> {
    Ok(LinkView {
        id: id.to_owned(),
        label: msg(here, label)?,
        hint: hint.map(|h| msg(here, h)).transpose()?,
        target,
    })
}

/// Home for `here`; `country_name` is the country in force, named in the user's language. In
/// `discreet` mode the title is neutral and the call buttons show their number only.
pub fn home_view(here: &Here, country_name: Option<String>, discreet: bool) -> Result<HomeView> {
    let mut call_for_help = here.route(Need::Help, Audience::Young)?;
    let mut crisis = here.route(Need::Crisis, Audience::Young)?.filter(|c| {
        call_for_help
            .as_ref()
            .is_none_or(|h| h.helpline_id != c.helpline_id)
    });
    if discreet {
        for route in call_for_help.iter_mut().chain(crisis.iter_mut()) {
            *route = discreet_route(here, route)?;
        }
    }
    Ok(HomeView {
        discreet,
        title: msg(
            here,
            if discreet {
                "discreet-title"
            } else {
                "app-name"
            },
        )?,
        tagline: msg(here, "app-tagline")?,
        call_for_help,
        call_label: msg(here, "action-call-help")?,
        more_label: msg(here, "discreet-more")?,
        crisis,
        country_name,
        helplines: link(
            here,
            "helplines",
            "home-all-helplines",
            None,
            Target::Helplines,
        )?,
        doors_heading: msg(here, "home-doors-heading")?,
        doors: vec![
            link(
                here,
                "young",
                "home-door-young-title",
                Some("home-door-young-hint"),
                Target::guide("young-threat"),
            )?,
            link(
                here,
                "parent",
                "home-door-parent-title",
                Some("home-door-parent-hint"),
                Target::Door {
                    audience: Audience::Parent,
                },
            )?,
            link(
                here,
                "staff",
                "home-door-staff-title",
                Some("home-door-staff-hint"),
                Target::Door {
                    audience: Audience::Staff,
                },
            )?,
        ],
        record: link(
            here,
            "record",
            "home-record",
            Some("home-record-hint"),
            Target::Record,
        )?,
        prevention_heading: msg(here, "home-prevention-heading")?,
        prevention: vec![
            link(
                here,
                "ten-minute",
                "home-ten-minute",
                None,
                Target::guide("ten-minute"),
            )?,
            link(here, "words", "home-words", None, Target::guide("words"))?,
            link(here, "sources", "home-sources", None, Target::Sources)?,
        ],
        settings: link(here, "settings", "home-settings", None, Target::Settings)?,
    })
}

/// A call button that shows a number and nothing that says what it is for: "Call 0800 1111".
fn discreet_route(here: &Here, route: &RouteView) -> Result<RouteView> {
    Ok(RouteView {
        title: Text::new(&here.lang).with(
            "discreet-call",
            &[("number", route.number_display.as_str())],
        )?,
        label: String::new(),
        name: String::new(),
        reason_text: String::new(),
        facts_text: String::new(),
        languages_text: None,
        // A second line is shown by its number only, as the first.
        also: route
            .also
            .iter()
            .map(|a| {
                let number = helplines::helpline(&a.helpline_id)
                    .ok()
                    .and_then(|(_, h)| h.display.clone())
                    .unwrap_or_default();
                Ok(helplines::SecondLine {
                    title: Text::new(&here.lang).with("discreet-call", &[("number", number)])?,
                    label: String::new(),
                    reason_text: String::new(),
                    ..a.clone()
                })
            })
            .collect::<Result<_>>()?,
        ..route.clone()
    })
}

/// A parent's or a staff member's door.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DoorView {
    /// Whose door: a parent's or staff's.
    pub audience: Audience,
    /// The door's title.
    pub title: String,
    /// Call for help, for this audience (a line for parents first); none without a country.
    pub call: Option<RouteView>,
    /// Its title while no country is known.
    pub call_label: String,
    /// "For the adult who has just been told": the first minute, for an adult who opens the
    /// app the moment a young person has told them.
    pub told: LinkView,
    /// "What to do now" / the first-contact checklist.
    pub triage: LinkView,
    /// The guides for this audience, then the red flags.
    pub guides: Vec<LinkView>,
}

/// The door of `audience`: a parent's or staff's, else `invalid-input`.
pub fn door_view(here: &Here, audience: Audience) -> Result<DoorView> {
    let audience = audience.door()?;
    let who = audience.name();
    let guides = content::guides(&here.lang)?
        .into_iter()
        .filter(|g| !g.in_preparation && (g.audience == audience || g.id == "red-flags"))
        .map(|g| LinkView {
            target: Target::guide(&g.id),
            id: g.id,
            label: g.title,
            hint: Some(g.summary),
        })
        .collect();
    Ok(DoorView {
        audience,
        title: msg(here, &format!("home-door-{who}-title"))?,
        call: here.route(Need::Help, audience)?,
        call_label: msg(here, "action-call-help")?,
        told: link(here, "told", "told-title", Some("told-intro"), Target::Told)?,
        triage: link(
            here,
            "triage",
            &format!("home-door-triage-{who}"),
            Some(&format!("home-door-triage-{who}-hint")),
            Target::Triage {
                audience,
                first: None,
            },
        )?,
        guides,
    })
}

/// The Sources screen: the guides' sources, then every helpline's, by country.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SourcesView {
    /// The screen's title.
    pub title: String,
    /// Heading of the guides' sources.
    pub guides_heading: String,
    /// Every source the guides cite.
    pub guides: Vec<SourceView>,
    /// Heading of the helplines' sources.
    pub helplines_heading: String,
    /// Every helpline's sources, by country.
    pub helplines: Vec<CountrySourcesView>,
}

/// The Sources screen in `here`'s language.
pub fn sources_view(here: &Here) -> Result<SourcesView> {
    Ok(SourcesView {
        title: msg(here, "home-sources")?,
        guides_heading: msg(here, "sources-guides-heading")?,
        guides: content::sources(&here.lang)?,
        helplines_heading: msg(here, "sources-helplines-heading")?,
        helplines: helpline_sources(&here.lang)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn here(lang: &str, country: Option<&'static str>, now: &str) -> Here {
        Here {
            lang: crate::i18n::localizer().lang(lang).unwrap(),
            country,
            languages: vec![lang.to_owned()],
            now: now.parse().unwrap(),
        }
    }

    fn targets(v: &HomeView) -> Vec<&Target> {
        v.doors
            .iter()
            .chain(&v.prevention)
            .chain([&v.record, &v.helplines])
            .map(|l| &l.target)
            .collect()
    }

    #[test]
    fn home_puts_call_for_help_and_the_crisis_line_one_tap_from_launch() {
        // 23:30 in Paris: 3018 is closed.
        let v = home_view(&here("fr", Some("FR"), "2026-11-24T22:30:00Z"), None, false).unwrap();
        let help = v.call_for_help.expect("a country is known");
        assert_eq!(help.helpline_id, "fr-119", "3018 closed: 119");
        let crisis = v.crisis.expect("France has a 24/7 crisis line");
        assert_eq!(crisis.helpline_id, "fr-3114", "the crisis line beside it");
        assert!(!crisis.fallback, "a real crisis line");

        // 14:00 in Casablanca: 2511 answers; no crisis line is known, so the police stand in.
        let ma = home_view(&here("fr", Some("MA"), "2026-11-24T13:00:00Z"), None, false).unwrap();
        assert_eq!(ma.call_for_help.unwrap().helpline_id, "ma-2511");
        let crisis = ma
            .crisis
            .expect("a crisis button, honest about what it dials");
        assert!(crisis.fallback, "no confirmed crisis line in Morocco");
        assert_eq!(
            crisis.title, "Appeler la police",
            "titled as the service it dials"
        );

        let zz = home_view(&here("en", Some("ZZ"), "2026-11-24T13:00:00Z"), None, false).unwrap();
        assert_eq!(zz.call_for_help.unwrap().helpline_id, "zz-112");
        assert!(zz.crisis.is_none(), "no second button for the same number");
    }

    #[test]
    fn without_a_country_home_guesses_no_number() {
        let v = home_view(&here("en", None, "2026-11-24T13:00:00Z"), None, false).unwrap();
        assert!(
            v.call_for_help.is_none() && v.crisis.is_none(),
            "the picker shows instead"
        );
        let s = crate::triage::safety_view(&here("en", None, "2026-11-24T13:00:00Z")).unwrap();
        assert!(s.crisis.is_none() && s.emergency.is_none());
        assert_eq!(
            s.crisis_label, "Call a crisis line",
            "labels without numbers"
        );
    }

    #[test]
    fn every_button_of_home_and_the_doors_leads_to_a_screen_that_exists() {
        for lang in ["en", "fr"] {
            let h = here(lang, Some("BE"), "2026-11-24T13:00:00Z");
            let home = home_view(&h, Some("Belgique".into()), false).unwrap();
            assert_eq!(
                home.doors[0].target,
                Target::Guide {
                    id: "young-threat".into(),
                    step: None
                },
                "the young person's door goes straight to what to do"
            );
            let mut all: Vec<Target> = targets(&home).into_iter().cloned().collect();
            for audience in [Audience::Parent, Audience::Staff] {
                let door = door_view(&h, audience).unwrap();
                assert!(door.guides.len() >= 2, "{audience:?} has guides");
                assert!(door.call.is_some(), "{audience:?} has a call button");
                all.extend(door.guides.iter().map(|g| g.target.clone()));
                all.push(door.triage.target.clone());
            }
            for t in all {
                if let Target::Guide { id, .. } = &t {
                    assert!(content::catalog().guide(id).is_ok(), "{id} exists");
                }
            }
        }
    }

    #[test]
    fn the_parent_door_calls_a_line_for_parents_where_there_is_one() {
        let h = here("en", Some("GB"), "2026-11-24T13:00:00Z");
        let door = door_view(&h, Audience::Parent).unwrap();
        assert_eq!(
            door.call.unwrap().helpline_id,
            "gb-nspcc-helpline",
            "a parent in the UK is sent to the NSPCC, not Childline"
        );
    }

    #[test]
    fn the_sources_screen_lists_guides_and_every_country() {
        let v = sources_view(&here("fr", Some("FR"), "2026-11-24T13:00:00Z")).unwrap();
        assert!(!v.guides.is_empty());
        assert_eq!(v.helplines.len(), crate::helplines::country_codes().len());
    }
}
