//! `locales/guides.toml`: the guides, their steps and sources, as declared, and the checks
//! every one of them passes at load (unique ids, a source for every step, actions that lead
//! somewhere).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::Deserialize;
use strum::{EnumIter, IntoStaticStr};

use crate::error::{Error, Result};
use crate::i18n::LOCALES;
use crate::vocab::{Audience, Need, Target};

/// What a step's button does. Targets are ids, never numbers or URLs: Rust resolves them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", content = "target", rename_all = "kebab-case")]
pub enum Action {
    /// Call the country's line for a need (`help`, `crisis`, `emergency`, …): the button shows
    /// the line it resolves to.
    Call(Need),
    /// Text the country's line for a need.
    Text(Need),
    /// Open another guide.
    Guide(String),
    /// Open an allow-listed web page (takedown form…): needs a network, says so.
    Link(String),
    /// Open another screen of the app.
    Screen(Screen),
}

/// The screens a `screen` action may open, named in `guides.toml` in kebab-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, EnumIter, IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Screen {
    /// "What to do now", for the guide's audience.
    Triage,
    /// Every helpline of the country.
    Helplines,
    /// The ten-minute rule checker.
    TenMinuteCheck,
    /// Every source.
    Sources,
    /// My record, the private text-only journal every evidence step points to.
    Record,
    /// "Help me tell someone": pick an opening line, show it or text it.
    TellSomeone,
    /// "For the adult who has just been told": the first minute.
    Told,
    /// Ninety seconds of slow breathing, for the wait.
    Calm,
    /// "Where is it happening?": the platform guides, "Another app" back to this step.
    Platforms,
    /// "I already paid": the cards per way of paying, "Another way" back to this step.
    Payments,
}

impl Screen {
    /// Where this screen's button leads, from step `step` of guide `guide` for `audience`.
    pub fn target(self, audience: Audience, guide: &str, step: &str) -> Target {
        match self {
            Screen::Platforms => Target::Platforms {
                guide: guide.to_owned(),
                step: step.to_owned(),
            },
            Screen::Payments => Target::Payments {
                guide: guide.to_owned(),
                step: step.to_owned(),
            },
            Screen::Triage => Target::Triage {
                audience: audience.asked_from_guide(),
                first: None,
            },
            Screen::Helplines => Target::Helplines,
            Screen::TenMinuteCheck => Target::TenMinuteCheck,
            Screen::Sources => Target::Sources,
            Screen::Record => Target::Record,
            Screen::TellSomeone => Target::TellSomeone,
            Screen::Told => Target::Told,
            Screen::Calm => Target::Calm,
        }
    }
}

/// A source as declared in `guides.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    /// Kebab-case id, e.g. `gsma-2017`.
    pub id: String,
    /// Who published it (a proper name, not translated).
    pub publisher: String,
    /// When it was published or last updated: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// For the seeds: the file in `shared/seeds/` it was read from.
    #[serde(default)]
    pub file: Option<String>,
    /// Where it can be read (shown as text; only allow-listed links can be opened).
    #[serde(default)]
    pub url: Option<String>,
}

/// A step's reference to a source, optionally to one section of it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceCite {
    /// The source's id.
    pub id: String,
    /// A section of that source (Fluent `source-{id}-section-{section}`).
    #[serde(default)]
    pub section: Option<String>,
}

/// A step as declared in `guides.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDef {
    /// Kebab-case id, unique within its guide.
    pub id: String,
    /// Bullet ids, in order (Fluent `guide-{g}-step-{s}-point-{p}`).
    #[serde(default)]
    pub points: Vec<String>,
    /// Where the step comes from: at least one.
    pub sources: Vec<SourceCite>,
    /// Buttons under the step, in order.
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// A guide as declared in `guides.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideDef {
    /// Kebab-case id, e.g. `parent-talk`.
    pub id: String,
    /// Who it speaks to.
    pub audience: Audience,
    /// Whether it has a print layout (the staff guides).
    #[serde(default)]
    pub printable: bool,
    /// Whether this guide is still being written (its door leads to an "in preparation" page).
    #[serde(default)]
    pub in_preparation: bool,
    /// Whether the guide opens with the young person's safety check (self-harm asked first,
    /// with the crisis and emergency calls).
    #[serde(default)]
    pub safety_check: bool,
    /// The steps, in order.
    #[serde(default)]
    pub steps: Vec<StepDef>,
}

/// The whole of `guides.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Every source cited anywhere.
    pub sources: Vec<SourceDef>,
    /// Every guide, in menu order.
    pub guides: Vec<GuideDef>,
}

/// The embedded catalog, parsed and checked once.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let text = LOCALES
            .get_file("guides.toml")
            .and_then(|f| f.contents_utf8())
            .expect("locales/guides.toml is embedded");
        Catalog::parse(text).expect("locales/guides.toml must be valid (tested)")
    })
}

impl Catalog {
    /// Parse and check structure: unique ids, every step sourced, every cited source declared,
    /// every guide action pointing at a guide that exists.
    pub fn parse(text: &str) -> Result<Self> {
        let catalog: Catalog =
            toml::from_str(text).map_err(|e| Error::Content(format!("guides.toml: {e}")))?;
        let mut source_ids = BTreeSet::new();
        for s in &catalog.sources {
            if !source_ids.insert(s.id.as_str()) {
                return Err(Error::Content(format!("source {} declared twice", s.id)));
            }
        }
        let guide_ids: BTreeSet<&str> = catalog.guides.iter().map(|g| g.id.as_str()).collect();
        if guide_ids.len() != catalog.guides.len() {
            return Err(Error::Content("two guides share an id".into()));
        }
        for g in &catalog.guides {
            let mut step_ids = BTreeSet::new();
            for s in &g.steps {
                if !step_ids.insert(s.id.as_str()) {
                    return Err(Error::Content(format!("{}: step {} twice", g.id, s.id)));
                }
                if s.sources.is_empty() {
                    return Err(Error::Content(format!("{}/{} has no source", g.id, s.id)));
                }
                for c in &s.sources {
                    if !source_ids.contains(c.id.as_str()) {
                        return Err(Error::Content(format!(
                            "{}/{} cites unknown source {}",
                            g.id, s.id, c.id
                        )));
                    }
                }
                for a in &s.actions {
                    let ok = match a {
                        Action::Guide(target) => guide_ids.contains(target.as_str()),
                        Action::Call(_) | Action::Text(_) | Action::Screen(_) => true,
                        Action::Link(id) => crate::links::url(id).is_ok(),
                    };
                    if !ok {
                        return Err(Error::Content(format!(
                            "{}/{}: {a:?} leads nowhere",
                            g.id, s.id
                        )));
                    }
                }
            }
            if !g.in_preparation && g.steps.is_empty() {
                return Err(Error::Content(format!("guide {} has no step", g.id)));
            }
        }
        Ok(catalog)
    }

    /// The guide with this id, or `unknown-guide`.
    pub fn guide(&self, id: &str) -> Result<&GuideDef> {
        self.guides
            .iter()
            .find(|g| g.id == id)
            .ok_or_else(|| Error::UnknownGuide(id.chars().take(64).collect()))
    }
}
