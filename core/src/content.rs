//! The guidance: guides made of steps, each step with its sources, rendered in one language.
//!
//! Structure lives in `locales/guides.toml` (ids, audience, order, sources, actions); every
//! sentence lives in Fluent, under ids derived from that structure:
//!
//! | what | Fluent id |
//! |---|---|
//! | guide title / summary | `guide-{guide}-title`, `guide-{guide}-summary` |
//! | step title / body | `guide-{guide}-step-{step}-title`, `guide-{guide}-step-{step}-body` |
//! | a bullet of a step | `guide-{guide}-step-{step}-point-{point}` |
//! | source title / note | `source-{source}-title`, `source-{source}-note` |
//! | a section of a source | `source-{source}-section-{section}` |
//! | an action's label | `action-{kind}-{target}` (a guide action uses the guide's title) |
//!
//! Guarantees (tested): every step has at least one source; every id above exists in every
//! language; no `guide-`/`source-` id exists that the structure does not use.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::helplines::{Need, RouteView};
use crate::i18n::{localizer, Lang, LOCALES};
use crate::nav::{Here, LinkView, Target, TriageAudience};

/// Who a guide speaks to. French guides for `Young` use "tu", all others "vous".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// A young person, addressed with "tu".
    Young,
    /// A parent or carer.
    Parent,
    /// School staff and helpline volunteers.
    Staff,
    /// Anyone (prevention, red flags, definitions).
    Everyone,
}

/// What a step's button does. Targets are ids, never numbers or URLs: Rust resolves them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "target", rename_all = "kebab-case")]
pub enum Action {
    /// Call the country's line for a need (`help`, `crisis`, `emergency`, …; see
    /// [`crate::helplines::Need`]): the button shows the line it resolves to.
    Call(String),
    /// Text the country's line for a need.
    Text(String),
    /// Open another guide.
    Guide(String),
    /// Open an allow-listed web page (takedown form…): needs a network, says so.
    Link(String),
    /// Open another screen of the app: one of [`SCREENS`].
    Screen(String),
}

/// The screens a `screen` action may open (tested against `guides.toml`). `record` is My
/// record, the private text-only journal every evidence step points to.
pub const SCREENS: [&str; 5] = [
    "triage",
    "helplines",
    "ten-minute-check",
    "sources",
    "record",
];

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
                        Action::Call(need) | Action::Text(need) => need.parse::<Need>().is_ok(),
                        Action::Screen(screen) => SCREENS.contains(&screen.as_str()),
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

    /// Every Fluent id the structure uses, for data tests and the UI.
    pub fn message_ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for s in &self.sources {
            ids.insert(format!("source-{}-title", s.id));
            ids.insert(format!("source-{}-note", s.id));
        }
        for g in &self.guides {
            ids.insert(format!("guide-{}-title", g.id));
            ids.insert(format!("guide-{}-summary", g.id));
            for s in &g.steps {
                let base = format!("guide-{}-step-{}", g.id, s.id);
                ids.insert(format!("{base}-title"));
                ids.insert(format!("{base}-body"));
                for p in &s.points {
                    ids.insert(format!("{base}-point-{p}"));
                }
                for c in &s.sources {
                    if let Some(sec) = &c.section {
                        ids.insert(format!("source-{}-section-{sec}", c.id));
                    }
                }
                for a in &s.actions {
                    if let Some(id) = action_label_id(a) {
                        ids.insert(id);
                    }
                }
            }
        }
        ids
    }
}

fn action_label_id(action: &Action) -> Option<String> {
    match action {
        Action::Call(t) => Some(format!("action-call-{t}")),
        Action::Text(t) => Some(format!("action-text-{t}")),
        Action::Link(t) => Some(format!("action-link-{t}")),
        Action::Screen(t) => Some(format!("action-screen-{t}")),
        Action::Guide(_) => None,
    }
}

/// A guide ready to show: every string in the requested language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GuideView {
    /// The guide's id.
    pub id: String,
    /// Who it speaks to.
    pub audience: Audience,
    /// The guide's title.
    pub title: String,
    /// One or two sentences under the title.
    pub summary: String,
    /// Whether a print layout exists.
    pub printable: bool,
    /// The safety check it opens with, if any (resolved calls need `here`).
    pub safety: Option<crate::home::SafetyView>,
    /// The steps, in order.
    pub steps: Vec<StepView>,
    /// Other guides for the same audience.
    pub related: Vec<LinkView>,
}

/// One step, ready to show.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct StepView {
    /// The step's id (the UI's anchor: search results open `guide#step`).
    pub id: String,
    /// 1-based position.
    pub number: u32,
    /// The step's title.
    pub title: String,
    /// Paragraphs (blank lines in the Fluent message separate them).
    pub body: Vec<String>,
    /// Bullets, in order.
    pub points: Vec<String>,
    /// Buttons.
    pub actions: Vec<ActionView>,
    /// Where this comes from.
    pub sources: Vec<SourceRefView>,
}

/// A button under a step: what it says and what it does, resolved in Rust.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ActionView {
    /// Call or text the line this need resolves to now; the button shows its name, number and
    /// why. `route` is missing while no country is known: the button then asks for it.
    Call {
        /// What the button is for.
        need: Need,
        /// The need's title (`Call a crisis line`), shown when there is no route yet.
        label: String,
        /// The line, number and reason, when a country is known.
        route: Option<RouteView>,
    },
    /// Open a screen of the app (another guide, the triage, the helplines…).
    Open {
        /// What the button says.
        label: String,
        /// Where it leads.
        target: Target,
    },
    /// Open an allow-listed web page (needs a network; the label says so).
    Link {
        /// What the button says.
        label: String,
        /// The link's id in the allow-list.
        id: String,
    },
}

/// A citation under a step.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SourceRefView {
    /// The source's id.
    pub id: String,
    /// Its title in the requested language.
    pub title: String,
    /// Publisher, a proper name.
    pub publisher: String,
    /// Its date.
    pub date: String,
    /// The section cited, if any.
    pub section: Option<String>,
}

/// A source, for the Sources screen.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SourceView {
    /// The source's id.
    pub id: String,
    /// Title in the requested language.
    pub title: String,
    /// What it is and what Refuge took from it.
    pub note: String,
    /// Publisher, a proper name.
    pub publisher: String,
    /// Its date.
    pub date: String,
    /// Where it can be read, as text.
    pub url: Option<String>,
}

/// A guide in a menu: id, audience, title, summary.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GuideSummary {
    /// The guide's id.
    pub id: String,
    /// Who it speaks to.
    pub audience: Audience,
    /// Its title.
    pub title: String,
    /// Its summary.
    pub summary: String,
    /// Whether it is still being written.
    pub in_preparation: bool,
}

/// Render guide `id` in `lang`, call buttons with their labels only (search indexing, tests).
pub fn guide(lang: &Lang, id: &str) -> Result<GuideView> {
    guide_at(lang, id, None)
}

/// Render guide `id` in `lang`; with `here`, every call button is resolved to the line it
/// dials now, so it says its name and number before it is tapped.
pub fn guide_at(lang: &Lang, id: &str, here: Option<&Here>) -> Result<GuideView> {
    let l = localizer();
    let def = catalog().guide(id)?;
    let mut steps = Vec::with_capacity(def.steps.len());
    for (i, s) in def.steps.iter().enumerate() {
        let base = format!("guide-{}-step-{}", def.id, s.id);
        let body = l.message(lang, &format!("{base}-body"))?;
        steps.push(StepView {
            id: s.id.clone(),
            number: u32::try_from(i + 1).unwrap_or(u32::MAX),
            title: l.message(lang, &format!("{base}-title"))?,
            body: paragraphs(&body),
            points: s
                .points
                .iter()
                .map(|p| l.message(lang, &format!("{base}-point-{p}")))
                .collect::<Result<_>>()?,
            actions: s
                .actions
                .iter()
                .map(|a| action_view(lang, a, def.audience, here))
                .collect::<Result<_>>()?,
            sources: s
                .sources
                .iter()
                .map(|c| source_ref(lang, c))
                .collect::<Result<_>>()?,
        });
    }
    Ok(GuideView {
        id: def.id.clone(),
        audience: def.audience,
        title: l.message(lang, &format!("guide-{}-title", def.id))?,
        summary: l.message(lang, &format!("guide-{}-summary", def.id))?,
        printable: def.printable,
        safety: match here {
            Some(h) if def.safety_check => Some(crate::home::safety_view(h)?),
            _ => None,
        },
        steps,
        related: catalog()
            .guides
            .iter()
            .filter(|g| g.audience == def.audience && g.id != def.id && !g.in_preparation)
            .map(|g| {
                Ok(LinkView {
                    id: g.id.clone(),
                    label: l.message(lang, &format!("guide-{}-title", g.id))?,
                    hint: None,
                    target: Target::Guide {
                        id: g.id.clone(),
                        step: None,
                    },
                })
            })
            .collect::<Result<_>>()?,
    })
}

/// Every guide's title and summary in `lang`, in catalog order.
pub fn guides(lang: &Lang) -> Result<Vec<GuideSummary>> {
    let l = localizer();
    catalog()
        .guides
        .iter()
        .map(|g| {
            Ok(GuideSummary {
                id: g.id.clone(),
                audience: g.audience,
                title: l.message(lang, &format!("guide-{}-title", g.id))?,
                summary: l.message(lang, &format!("guide-{}-summary", g.id))?,
                in_preparation: g.in_preparation,
            })
        })
        .collect()
}

/// Every source, for the Sources screen.
pub fn sources(lang: &Lang) -> Result<Vec<SourceView>> {
    let l = localizer();
    catalog()
        .sources
        .iter()
        .map(|s| {
            Ok(SourceView {
                id: s.id.clone(),
                title: l.message(lang, &format!("source-{}-title", s.id))?,
                note: l.message(lang, &format!("source-{}-note", s.id))?,
                publisher: s.publisher.clone(),
                date: s.date.clone(),
                url: s.url.clone(),
            })
        })
        .collect()
}

fn action_view(
    lang: &Lang,
    action: &Action,
    audience: Audience,
    here: Option<&Here>,
) -> Result<ActionView> {
    let l = localizer();
    let label = match action {
        Action::Guide(g) => l.message(lang, &format!("guide-{g}-title"))?,
        other => l.message(lang, &action_label_id(other).expect("non-guide action"))?,
    };
    Ok(match action {
        Action::Call(need) | Action::Text(need) => {
            let need: Need = need.parse()?;
            ActionView::Call {
                need,
                label,
                route: match here {
                    Some(h) => h.route(need, audience)?,
                    None => None,
                },
            }
        }
        Action::Guide(id) => ActionView::Open {
            label,
            target: Target::Guide {
                id: id.clone(),
                step: None,
            },
        },
        Action::Screen(screen) => ActionView::Open {
            label,
            target: match screen.as_str() {
                "triage" => Target::Triage {
                    audience: TriageAudience::of(audience),
                    first: None,
                },
                "helplines" => Target::Helplines,
                "ten-minute-check" => Target::TenMinuteCheck,
                "sources" => Target::Sources,
                "record" => Target::Record,
                other => {
                    return Err(Error::Content(format!("unknown screen {other}")));
                }
            },
        },
        Action::Link(id) => ActionView::Link {
            label,
            id: id.clone(),
        },
    })
}

fn source_ref(lang: &Lang, cite: &SourceCite) -> Result<SourceRefView> {
    let l = localizer();
    let def = catalog()
        .sources
        .iter()
        .find(|s| s.id == cite.id)
        .ok_or_else(|| Error::Content(format!("unknown source {}", cite.id)))?;
    Ok(SourceRefView {
        id: def.id.clone(),
        title: l.message(lang, &format!("source-{}-title", def.id))?,
        publisher: def.publisher.clone(),
        date: def.date.clone(),
        section: cite
            .section
            .as_ref()
            .map(|sec| l.message(lang, &format!("source-{}-section-{sec}", def.id)))
            .transpose()?,
    })
}

/// Split a Fluent body into paragraphs at blank lines, trimming each.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_langs() -> Vec<Lang> {
        localizer().languages()
    }

    #[test]
    fn every_guide_renders_in_every_language() {
        for lang in all_langs() {
            for g in &catalog().guides {
                let view =
                    guide(&lang, &g.id).unwrap_or_else(|e| panic!("guide {} in {lang}: {e}", g.id));
                assert!(!view.title.is_empty(), "{} has a title in {lang}", g.id);
                for s in &view.steps {
                    assert!(!s.body.is_empty(), "{}/{} has a body in {lang}", g.id, s.id);
                    assert!(!s.sources.is_empty(), "{}/{} has a source", g.id, s.id);
                }
            }
        }
    }

    #[test]
    fn every_id_the_structure_uses_exists_in_every_language() {
        let ids = catalog().message_ids();
        for lang in all_langs() {
            let missing: Vec<_> = ids
                .iter()
                .filter(|id| !localizer().has(&lang, id))
                .collect();
            assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
        }
    }

    #[test]
    fn no_orphan_guide_or_source_messages() {
        let used = catalog().message_ids();
        for lang in all_langs() {
            let orphans: Vec<_> = localizer()
                .ids(&lang)
                .iter()
                .filter(|id| id.starts_with("guide-") || id.starts_with("source-"))
                .filter(|id| !used.contains(*id))
                .collect();
            assert!(
                orphans.is_empty(),
                "ids no guide uses in {lang}: {orphans:?}"
            );
        }
    }

    #[test]
    fn unknown_guide_is_an_error_with_a_code() {
        let en = localizer().lang("en").unwrap();
        for bad in ["nope", "", "../../etc/passwd", "guide-parent-talk-title"] {
            let err = guide(&en, bad).unwrap_err();
            assert_eq!(err.code(), "unknown-guide", "for {bad:?}");
        }
    }

    #[test]
    fn the_parent_talk_guide_is_complete() {
        let en = localizer().lang("en").unwrap();
        let g = guide(&en, "parent-talk").unwrap();
        assert!(
            g.steps.len() >= 4,
            "emotions, listening, four tips, three questions"
        );
        let tips = g.steps.iter().map(|s| s.points.len()).max().unwrap_or(0);
        assert!(tips >= 4, "the four conversation tips are listed as points");
        assert!(
            g.steps
                .iter()
                .all(|s| s.sources.iter().any(|c| c.id == "gsma-2017")),
            "every step of parent-talk cites the GSMA seed"
        );
    }

    #[test]
    fn catalog_rejects_unsourced_steps_and_unknown_references() {
        let unsourced = r#"
            sources = [{ id = "s", publisher = "P", date = "2020" }]
            [[guides]]
            id = "g"
            audience = "parent"
            steps = [{ id = "a", sources = [] }]
        "#;
        assert!(Catalog::parse(unsourced).is_err(), "a step with no source");
        let unknown = r#"
            sources = [{ id = "s", publisher = "P", date = "2020" }]
            [[guides]]
            id = "g"
            audience = "parent"
            steps = [{ id = "a", sources = [{ id = "t" }] }]
        "#;
        assert!(
            Catalog::parse(unknown).is_err(),
            "a step citing an unknown source"
        );
    }

    #[test]
    fn guides_are_listed_in_menu_order() {
        let ids: Vec<&str> = catalog().guides.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "young-threat",
                "young-tell-adult",
                "young-known",
                "young-fake",
                "young-police",
                "young-friend",
                "parent-talk",
                "parent-cases",
                "parent-signs",
                "removal",
                "staff-school",
                "staff-young",
                "staff-parent",
                "red-flags",
                "ten-minute",
                "words",
            ],
            "the menu order is the order of guides.toml"
        );
        for g in &catalog().guides {
            assert!(!g.in_preparation, "{} is written", g.id);
            let staff = g.audience == Audience::Staff;
            assert_eq!(
                g.printable, staff,
                "{}: exactly the staff guides print",
                g.id
            );
        }
    }

    #[test]
    fn every_action_targets_something_that_exists() {
        for g in &catalog().guides {
            for s in &g.steps {
                for a in &s.actions {
                    let at = format!("{}/{}: {a:?}", g.id, s.id);
                    match a {
                        Action::Call(p) | Action::Text(p) => {
                            assert!(p.parse::<Need>().is_ok(), "{at} names a need")
                        }
                        Action::Link(id) => {
                            assert!(crate::links::url(id).is_ok(), "{at} is allow-listed")
                        }
                        Action::Screen(id) => {
                            assert!(SCREENS.contains(&id.as_str()), "{at} is a known screen")
                        }
                        Action::Guide(id) => {
                            assert!(catalog().guide(id).is_ok(), "{at} is a guide")
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_screen_has_a_label_in_every_language() {
        for lang in all_langs() {
            for screen in SCREENS {
                let id = format!("action-screen-{screen}");
                assert!(localizer().has(&lang, &id), "{id} in {lang}");
            }
        }
    }

    #[test]
    fn every_ftl_file_parses_with_no_junk() {
        let mut files = 0;
        for dir in LOCALES.dirs() {
            for file in dir.files() {
                if file.path().extension().is_none_or(|e| e != "ftl") {
                    continue;
                }
                files += 1;
                let path = file.path().display();
                let text = file.contents_utf8().expect("ftl files are UTF-8");
                let resource = fluent_syntax::parser::parse(text)
                    .unwrap_or_else(|(_, errs)| panic!("{path} has syntax errors: {errs:?}"));
                let junk: Vec<_> = resource
                    .body
                    .iter()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Junk { content } => Some(*content),
                        _ => None,
                    })
                    .collect();
                assert!(junk.is_empty(), "{path} has junk entries: {junk:?}");
            }
        }
        assert!(files >= 16, "all locale files were checked, found {files}");
    }

    /// Every message of a guide in one language: title, summary, bodies, points.
    fn guide_texts(lang: &Lang, g: &GuideDef) -> Vec<(String, String)> {
        let view = guide(lang, &g.id).unwrap();
        let mut out = vec![
            (format!("{}-title", g.id), view.title),
            (format!("{}-summary", g.id), view.summary),
        ];
        for s in view.steps {
            let at = format!("{}/{}", g.id, s.id);
            out.push((format!("{at} title"), s.title));
            out.extend(s.body.into_iter().map(|p| (format!("{at} body"), p)));
            out.extend(s.points.into_iter().map(|p| (format!("{at} point"), p)));
        }
        out
    }

    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn french_guides_use_tu_for_young_people_and_vous_for_parents() {
        let fr = localizer().lang("fr").unwrap();
        for g in &catalog().guides {
            let forbidden: &[&str] = match g.audience {
                Audience::Young => &["vous", "votre", "vos"],
                Audience::Parent => &["tu", "te", "ton", "ta", "tes", "toi"],
                // Staff guides quote questions put to the child in "tu"; everyone-guides mix.
                Audience::Staff | Audience::Everyone => continue,
            };
            for (at, text) in guide_texts(&fr, g) {
                let bad: Vec<String> = words(&text)
                    .into_iter()
                    .filter(|w| forbidden.contains(&w.as_str()))
                    .collect();
                assert!(
                    bad.is_empty(),
                    "{at} uses {bad:?} for {:?}: {text}",
                    g.audience
                );
            }
        }
    }

    #[test]
    fn french_typography_is_consistent() {
        let fr = localizer().lang("fr").unwrap();
        for id in localizer().ids(&fr) {
            let Ok(text) = localizer().message(&fr, id) else {
                continue; // messages with arguments
            };
            assert!(!text.contains('\''), "{id} uses ’ not ': {text}");
            for mark in ['?', '!', ':', ';', '»', '%'] {
                assert!(
                    !text.contains(&format!(" {mark}")),
                    "{id} has a no-break space before {mark}: {text}"
                );
            }
            assert!(
                !text.contains("« "),
                "{id} has a no-break space after «: {text}"
            );
        }
    }

    #[test]
    fn step_bodies_are_short() {
        for lang in all_langs() {
            for g in &catalog().guides {
                for s in guide(&lang, &g.id).unwrap().steps {
                    assert!(
                        (1..=3).contains(&s.body.len()),
                        "{}/{} has 1 to 3 paragraphs in {lang}, got {}",
                        g.id,
                        s.id,
                        s.body.len()
                    );
                }
            }
        }
    }

    #[test]
    fn the_threat_guide_opens_with_triage_and_a_call() {
        let g = catalog().guide("young-threat").unwrap();
        let first = &g.steps[0].actions;
        assert!(
            first.contains(&Action::Screen("triage".into())),
            "the first step checks urgency"
        );
        assert!(
            first.contains(&Action::Call("crisis".into())),
            "the first step, under the safety check, offers the crisis line at once"
        );
        assert!(
            first.contains(&Action::Call("help".into())),
            "the first step has a call-for-help button"
        );
        let targets: Vec<&Action> = g.steps.iter().flat_map(|s| &s.actions).collect();
        for want in [
            Action::Guide("removal".into()),
            Action::Guide("young-tell-adult".into()),
            Action::Guide("young-known".into()),
            Action::Guide("young-fake".into()),
            Action::Guide("young-police".into()),
            Action::Call("help".into()),
            Action::Call("crisis".into()),
            Action::Screen("record".into()),
        ] {
            assert!(targets.contains(&&want), "young-threat offers {want:?}");
        }
    }

    #[test]
    fn every_call_button_says_what_it_dials_where_a_country_is_known() {
        let fr = localizer().lang("fr").unwrap();
        let here = |country| Here {
            lang: fr.clone(),
            country,
            languages: vec!["fr".into()],
            now: "2026-11-24T22:30:00Z".parse().unwrap(),
        };
        for g in &catalog().guides {
            for country in [Some("FR"), Some("LU"), Some("ZZ"), None] {
                let view = guide_at(&fr, &g.id, Some(&here(country))).unwrap();
                for a in view.steps.iter().flat_map(|s| &s.actions) {
                    if let ActionView::Call { need, route, .. } = a {
                        match (country, route) {
                            (None, None) => {}
                            (None, Some(_)) => panic!("{}: no country, no number guessed", g.id),
                            (Some(c), None) => panic!("{}: {c} has a line for {need:?}", g.id),
                            (Some(c), Some(r)) => {
                                assert!(!r.number_display.is_empty(), "{} {c}: a number", g.id);
                                assert!(
                                    r.label.contains(&r.number_display)
                                        || r.label.contains(&r.name),
                                    "{} {c}: the button names the line: {}",
                                    g.id,
                                    r.label
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_threat_guide_asks_about_self_harm_first_with_both_calls() {
        let fr = localizer().lang("fr").unwrap();
        let here = Here {
            lang: fr.clone(),
            country: Some("BE"),
            languages: vec!["fr".into()],
            now: "2026-11-24T02:00:00Z".parse().unwrap(),
        };
        let g = guide_at(&fr, "young-threat", Some(&here)).unwrap();
        let safety = g.safety.expect("young-threat opens with the safety check");
        assert!(
            safety.question.contains("te faire du mal"),
            "{}",
            safety.question
        );
        let crisis = safety.crisis.expect("a crisis call in Belgium");
        assert!(
            crisis.label.contains(&crisis.number_display),
            "it says what it dials: {}",
            crisis.label
        );
        assert_eq!(
            safety
                .emergency
                .expect("and the emergency number")
                .helpline_id,
            "be-112"
        );
        assert!(
            guide_at(&fr, "parent-talk", Some(&here))
                .unwrap()
                .safety
                .is_none(),
            "only the threat guide opens with it"
        );
    }

    #[test]
    fn a_second_paragraph_survives_fluent() {
        let en = localizer().lang("en").unwrap();
        let g = guide(&en, "young-threat").unwrap();
        assert_eq!(
            g.steps[0].body.len(),
            3,
            "blank lines in Fluent separate paragraphs"
        );
    }

    /// Each step of a guide in one language: its id and its title, body and points, joined.
    fn step_texts(lang: &Lang, g: &GuideDef) -> Vec<(String, String)> {
        guide(lang, &g.id)
            .unwrap()
            .steps
            .into_iter()
            .map(|s| {
                let mut text = s.title;
                for p in s.body.iter().chain(&s.points) {
                    text.push('\n');
                    text.push_str(p);
                }
                (format!("{}/{}", g.id, s.id), text)
            })
            .collect()
    }

    fn step_def<'a>(at: &str) -> &'a StepDef {
        let (g, s) = at.split_once('/').unwrap();
        let g = catalog().guide(g).unwrap();
        g.steps.iter().find(|x| x.id == s).unwrap()
    }

    #[test]
    fn french_guides_for_everyone_use_neutral_forms() {
        // Red flags, the ten-minute rule and the words are read by a teen and by an adult alike:
        // infinitives and "on", neither "tu" nor "vous".
        let fr = localizer().lang("fr").unwrap();
        let forms = [
            "tu", "te", "ton", "ta", "tes", "toi", "vous", "votre", "vos",
        ];
        for g in catalog()
            .guides
            .iter()
            .filter(|g| g.audience == Audience::Everyone)
        {
            for (at, text) in guide_texts(&fr, g) {
                // "rendez-vous" is a noun, not a form of address.
                let bad: Vec<String> = words(&text.replace("rendez-vous", "rendez"))
                    .into_iter()
                    .filter(|w| forms.contains(&w.as_str()))
                    .collect();
                assert!(
                    bad.is_empty(),
                    "{at} must use neutral forms, got {bad:?}: {text}"
                );
            }
        }
    }

    /// The French files this part of the app owns, without their comment lines.
    fn owned_french_lines() -> Vec<(String, String)> {
        let owned = [
            "guides-young.ftl",
            "guides-parent.ftl",
            "guides-staff.ftl",
            "guides-everyone.ftl",
            "sources.ftl",
            "actions.ftl",
            "triage.ftl",
            "ten-minute.ftl",
        ];
        let mut lines = Vec::new();
        for name in owned {
            let path = format!("fr/{name}");
            let text = LOCALES
                .get_file(&path)
                .and_then(|f| f.contents_utf8())
                .unwrap_or_else(|| panic!("locales/{path} is embedded"));
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                // Only the text: a message id (`guide-young-fake-step-still-a-crime-title = …`)
                // is not French.
                let value = match line.split_once(" =") {
                    Some((id, value)) if !id.starts_with(' ') => value,
                    _ => line,
                };
                lines.push((format!("{path}:{}", n + 1), value.to_owned()));
            }
        }
        assert!(lines.len() > 300, "the owned French files were read");
        lines
    }

    #[test]
    fn french_follows_the_house_style() {
        for (at, line) in owned_french_lines() {
            assert!(
                !line.contains('·'),
                "{at}: rephrase rather than use the point médian: {line}"
            );
            let w = words(&line);
            assert!(
                !w.iter().any(|w| w == "chat"),
                "{at}: one word for it, « tchat »: {line}"
            );
            // Blackmail and sextortion are « délits »; "crime" stays only in the legal pair
            // « crime ou délit » (article 40 of the code of criminal procedure) and in the
            // proper names the sources quote (National Crime Agency).
            let without_pair = line.replace("crime ou", "");
            let advice = at.starts_with("fr/guides-") || at.starts_with("fr/triage");
            assert!(
                !advice
                    || !words(&without_pair)
                        .iter()
                        .any(|w| w == "crime" || w == "crimes"),
                "{at}: say « délit » or « infraction », not « crime »: {line}"
            );
            // An hour or a "24 h/24" must not break across lines: no plain space before "h".
            let chars: Vec<char> = line.chars().collect();
            for i in 1..chars.len().saturating_sub(2) {
                let unit =
                    chars[i + 1] == 'h' && !chars.get(i + 2).is_some_and(|c| c.is_alphabetic());
                assert!(
                    !(chars[i - 1].is_ascii_digit() && chars[i] == ' ' && unit),
                    "{at}: a no-break space between a number and « h »: {line}"
                );
            }
        }
    }

    #[test]
    fn a_screenshot_is_always_one_without_the_picture() {
        // Blackmailers re-send the nude in the thread: a screenshot that holds it is a new copy of
        // child sexual abuse material. Wherever the text asks for screenshots, it says so.
        let checks = [
            (
                "en",
                "screenshot",
                [
                    "no picture in them",
                    "without the picture",
                    "picture or video is never in",
                ],
            ),
            (
                "fr",
                "capture",
                [
                    "sans aucune photo",
                    "sans la photo",
                    "n’apparaît jamais sur ta capture",
                ],
            ),
        ];
        for (tag, asks, says) in checks {
            let lang = localizer().lang(tag).unwrap();
            let mut texts: Vec<(String, String)> = catalog()
                .guides
                .iter()
                .flat_map(|g| step_texts(&lang, g))
                .collect();
            for id in localizer().ids(&lang) {
                if id.starts_with("triage-step-") && id.contains("-detail-") {
                    texts.push((id.clone(), localizer().message(&lang, id).unwrap()));
                }
            }
            let mut seen = 0;
            for (at, text) in texts {
                if text.to_lowercase().contains(asks) {
                    seen += 1;
                    assert!(
                        says.iter().any(|s| text.contains(s)),
                        "{at} asks for screenshots in {tag} without saying the picture stays out: {text}"
                    );
                }
            }
            assert!(
                seen >= 10,
                "the {tag} texts that ask for screenshots were found ({seen})"
            );
        }
    }

    #[test]
    fn evidence_steps_offer_my_record() {
        // Staff guides are exempt: a school or a helpline keeps its own records, never in a
        // volunteer's personal journal.
        let en = localizer().lang("en").unwrap();
        let mut seen = 0;
        for g in catalog()
            .guides
            .iter()
            .filter(|g| g.audience != Audience::Staff)
        {
            for (at, text) in step_texts(&en, g) {
                let t = text.to_lowercase();
                if ["evidence", "screenshot", "proof"]
                    .iter()
                    .any(|w| t.contains(w))
                {
                    seen += 1;
                    assert!(
                        step_def(&at)
                            .actions
                            .contains(&Action::Screen("record".into())),
                        "{at} tells someone to keep evidence: it offers My record"
                    );
                }
            }
        }
        assert!(seen >= 10, "the evidence steps were found ({seen})");
    }

    #[test]
    fn a_mention_of_self_harm_sits_next_to_a_crisis_call() {
        let en = localizer().lang("en").unwrap();
        let signs = [
            "suicide",
            "self-harm",
            "hurting yourself",
            "hurting themselves",
            "hurt themselves",
        ];
        let mut seen = 0;
        for g in &catalog().guides {
            for (at, text) in step_texts(&en, g) {
                let t = text.to_lowercase();
                if signs.iter().any(|s| t.contains(s)) {
                    seen += 1;
                    assert!(
                        step_def(&at)
                            .actions
                            .contains(&Action::Call("crisis".into())),
                        "{at} speaks of self-harm: it offers the crisis line"
                    );
                }
            }
        }
        assert!(
            seen >= 8,
            "the steps that speak of self-harm were found ({seen})"
        );
    }

    #[test]
    fn every_source_is_a_seed_or_a_dated_page_with_its_full_address() {
        for s in &catalog().sources {
            match (&s.file, &s.url) {
                (Some(_), None) => {}
                (None, Some(url)) => {
                    let rest = url
                        .strip_prefix("https://")
                        .or_else(|| url.strip_prefix("http://"))
                        .unwrap_or_else(|| panic!("{}: {url} is a web address", s.id));
                    let (host, path) = rest
                        .split_once('/')
                        .unwrap_or_else(|| panic!("{}: {url} is a page, not a bare domain", s.id));
                    assert!(
                        host.contains('.') && !path.is_empty(),
                        "{}: {url} names a page on a host",
                        s.id
                    );
                    assert!(
                        !url.chars().any(char::is_whitespace),
                        "{}: {url} has no whitespace",
                        s.id
                    );
                }
                _ => panic!("{}: a source is a seed file or a page, exactly one", s.id),
            }
            let parts: Vec<&str> = s.date.split('-').collect();
            let widths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
            assert!(
                matches!(widths.as_slice(), [4] | [4, 2] | [4, 2, 2])
                    && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())),
                "{}: the date is YYYY, YYYY-MM or YYYY-MM-DD, got {}",
                s.id,
                s.date
            );
        }
    }

    #[test]
    fn every_source_is_cited_by_a_step() {
        let cited: BTreeSet<&str> = catalog()
            .guides
            .iter()
            .flat_map(|g| &g.steps)
            .flat_map(|s| &s.sources)
            .map(|c| c.id.as_str())
            .collect();
        for s in &catalog().sources {
            assert!(
                cited.contains(s.id.as_str()),
                "{} is cited by some step",
                s.id
            );
        }
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        assert_eq!(paragraphs("a\nb\n\nc"), vec!["a b", "c"]);
    }
}
