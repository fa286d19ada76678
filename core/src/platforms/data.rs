//! The platform guides as data: one TOML file per platform in `locales/platforms/`, plus
//! `common.toml` (the sources several guides cite, and the steps every guide shows first in a
//! section), embedded in the binary and checked once on first use.
//! (Over 600 lines: the schema, the loader and its checks are one job, each rule by its field.)
//!
//! A file that breaks a rule below does not load, and the error names the file and the line:
//! - the file is named after its `id` (kebab-case); `order` numbers the guides 1, 2, 3… with no
//!   gap; `checked` is the day the guide was last checked against its sources (`YYYY-MM-DD`);
//!   `aliases` (the short forms search knows: "insta", "snap") are lower case and belong to one
//!   platform only;
//! - every source is a titled page with a full address, a date (`YYYY`, `YYYY-MM` or
//!   `YYYY-MM-DD`) and its language; ids are unique across all the files; `official` marks the
//!   platform's own pages; every source a file declares is cited;
//! - the sections are the five of [`Section`], each once, in their order; every step, label and
//!   removal fact cites at least one known source;
//! - a step's `path` is the list of menu labels its text names, in order (each declared in the
//!   file's `labels`, each label used by some step), or `"not-confirmed"` when no page we read
//!   shows that menu: then its text stays general and names no button;
//! - a label lists in `not_confirmed` the languages no page gave its wording in (never English);
//!   an icon (`kind = "icon"`) is the same in every language and lists none.
//!
//! The words live in Fluent (`locales/<lang>/platforms.ftl`): the data tests check that every
//! step and label has its text in every language, that a step's text names exactly its path, that
//! a label not confirmed in a language shows the English wording there, and that no `platform-`
//! message is left over.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize};
use strum::IntoEnumIterator;
use toml::Spanned;

use crate::vocab::Name;

use super::sourced::{
    all_sources, check_all_cited, check_cites, check_header, check_sequence, embedded, is_kebab,
    is_language, joined, parse_folder, DataError, Parsed, SourceDef, SourceFile,
};

/// The parts of every platform guide, in the order they are shown ([`Section::iter`]; a data
/// test checks each has a title in every language, and that no other section title exists).
/// Its name (`under-18`), as the files and Fluent spell it, comes from serde and strum.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Section {
    /// How to report the account and the messages, and which reason to choose.
    #[serde(rename = "report")]
    Report,
    /// How to say you are under 18.
    #[serde(rename = "under-18")]
    #[strum(serialize = "under-18")]
    Under18,
    /// Keep proof first (never the picture), what blocking or deleting loses, then block.
    #[serde(rename = "before-blocking")]
    BeforeBlocking,
    /// Make the account private and hide the lists of followers or friends.
    #[serde(rename = "privacy")]
    Privacy,
    /// Ask for removal if the picture was posted; Take It Down and Report Remove.
    #[serde(rename = "removal")]
    Removal,
}

/// Whether a menu label is words (which differ by language) or a symbol.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum LabelKind {
    /// Words, as the app shows them in each language.
    #[default]
    Text,
    /// A symbol (⋯, a flag): the same in every language; its Fluent text describes it.
    Icon,
}

/// What the lists we read say of a hash-based removal tool for a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Coverage {
    /// A source names the platform as taking part.
    Listed,
    /// The lists we read do not name it (it may have joined since).
    NotListed,
}

/// The menus a step names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Path {
    /// The step names no menu (a fact, a piece of advice).
    None,
    /// The labels it names, in order.
    Labels(Vec<String>),
    /// No page we read shows this menu: the text stays general.
    NotConfirmed,
}

impl<'de> Deserialize<'de> for Path {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Labels(Vec<String>),
            Word(String),
        }
        match Raw::deserialize(d)? {
            Raw::Labels(l) if !l.is_empty() => Ok(Path::Labels(l)),
            Raw::Word(w) if w == "not-confirmed" => Ok(Path::NotConfirmed),
            _ => Err(serde::de::Error::custom(
                "path must be a non-empty list of label ids or \"not-confirmed\"",
            )),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDef {
    id: String,
    #[serde(default)]
    path: Option<Path>,
    sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionDef {
    id: Section,
    #[serde(default)]
    steps: Vec<Spanned<StepDef>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelDef {
    id: String,
    #[serde(default)]
    kind: LabelKind,
    sources: Vec<String>,
    #[serde(default)]
    not_confirmed: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CoverageDef {
    status: Coverage,
    sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EncryptedDef {
    sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlatformDef {
    id: Spanned<String>,
    order: Spanned<u32>,
    aliases: Spanned<Vec<String>>,
    checked: Spanned<String>,
    #[serde(default)]
    sources: Vec<Spanned<SourceDef>>,
    #[serde(default)]
    labels: Vec<Spanned<LabelDef>>,
    sections: Vec<Spanned<SectionDef>>,
    take_it_down: Spanned<CoverageDef>,
    report_remove: Spanned<CoverageDef>,
    #[serde(default)]
    encrypted_chats: Option<Spanned<EncryptedDef>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommonDef {
    #[serde(default)]
    sources: Vec<Spanned<SourceDef>>,
    #[serde(default)]
    sections: Vec<Spanned<SectionDef>>,
}

/// Where something was declared, for errors found after loading (the Fluent checks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At {
    /// `locales/platforms/<id>.toml`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

impl At {
    /// An error here.
    pub fn error(&self, message: String) -> DataError {
        DataError {
            file: self.file.clone(),
            line: self.line,
            message,
        }
    }
}

/// A step, checked.
#[derive(Debug, Clone)]
pub struct Step {
    /// Kebab-case, unique in its section.
    pub id: String,
    /// Its Fluent id: `platform-<platform>-<section>-<step>`, or `platform-common-…`.
    pub message: String,
    /// The menus it names.
    pub path: Path,
    /// Its sources' ids.
    pub sources: Vec<String>,
    /// Where it is declared.
    pub at: At,
}

/// A menu label, checked.
#[derive(Debug, Clone)]
pub struct Label {
    /// Kebab-case, unique in its file.
    pub id: String,
    /// Its Fluent id: `platform-<platform>-label-<label>`.
    pub message: String,
    /// Words or a symbol.
    pub kind: LabelKind,
    /// The pages it was read on.
    pub sources: Vec<String>,
    /// The languages no page gave its wording in.
    pub not_confirmed: Vec<String>,
    /// Where it is declared.
    pub at: At,
}

/// A removal tool's coverage of a platform, with its sources.
#[derive(Debug, Clone)]
pub struct CoverageFact {
    /// Listed or not.
    pub status: Coverage,
    /// The lists read.
    pub sources: Vec<String>,
}

/// One platform's guide, checked.
#[derive(Debug, Clone)]
pub struct Platform {
    /// Kebab-case, the file's name.
    pub id: String,
    /// Its place in the list (1 first).
    pub order: u32,
    /// Short forms search knows, lower case.
    pub aliases: Vec<String>,
    /// The day it was last checked, `YYYY-MM-DD`.
    pub checked: String,
    /// Its own sources' ids, in file order (the platform's pages first by convention).
    pub sources: Vec<String>,
    /// Its menu labels.
    pub labels: Vec<Label>,
    /// Its own steps, by section, in [`Section::iter`] order.
    pub sections: Vec<(Section, Vec<Step>)>,
    /// Take It Down.
    pub take_it_down: CoverageFact,
    /// Report Remove (IWF and Childline, UK).
    pub report_remove: CoverageFact,
    /// Sources saying its chats are end-to-end encrypted (hashes cannot reach them), if so.
    pub encrypted_chats: Option<Vec<String>>,
    /// Its file.
    pub file: String,
}

impl Platform {
    /// Its label `id`.
    pub fn label(&self, id: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.id == id)
    }

    /// Its Fluent name ([`super::ids::name`]).
    pub fn name_message(&self) -> String {
        super::ids::name(&self.id)
    }
}

/// Every platform guide and what they share.
#[derive(Debug)]
pub struct Catalog {
    /// The guides, by `order`.
    pub platforms: Vec<Platform>,
    /// The steps every guide shows first, by section.
    pub common: BTreeMap<Section, Vec<Step>>,
    /// Every source, by id.
    pub sources: BTreeMap<String, SourceDef>,
}

impl Catalog {
    /// The embedded guides, loaded once. `Err` only if the embedded data is broken, which the
    /// data tests catch before any release.
    pub fn get() -> Result<&'static Catalog, &'static str> {
        static CATALOG: OnceLock<Result<Catalog, String>> = OnceLock::new();
        CATALOG
            .get_or_init(|| {
                let files = embedded("platforms")?;
                Catalog::load(files.iter().map(|(p, t)| (p.as_str(), *t)))
                    .map_err(|errors| joined(&errors))
            })
            .as_ref()
            .map_err(String::as_str)
    }

    /// The guide `id`.
    pub fn platform(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }

    /// Build from `(path, TOML text)` pairs: `…/common.toml` and one file per platform. Every
    /// broken rule is reported, each with its file and line.
    pub fn load<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Catalog, Vec<DataError>> {
        let Parsed {
            common: (common_file, common_def),
            items: platforms,
        } = parse_folder::<CommonDef, PlatformDef>("platforms", files)?;
        let mut errors = Vec::new();
        let declared: Vec<(&SourceFile<'_>, &[Spanned<SourceDef>])> =
            std::iter::once((&common_file, common_def.sources.as_slice()))
                .chain(platforms.iter().map(|(f, d)| (f, d.sources.as_slice())))
                .collect();
        let known = all_sources(&declared, &mut errors);
        let mut used = BTreeSet::new();
        let mut common_steps = BTreeMap::new();
        let mut seen_common = BTreeSet::new();
        for spanned in &common_def.sections {
            let section = spanned.get_ref().id;
            if !seen_common.insert(section) {
                errors.push(common_file.error_at(
                    spanned.span(),
                    format!("section {} is listed twice", section.name()),
                ));
            }
            let steps = steps_of(
                &common_file,
                "common",
                spanned.get_ref(),
                None,
                &known,
                &mut used,
                &mut errors,
            );
            common_steps.insert(section, steps);
        }
        let mut checked = Vec::new();
        let mut aliases: BTreeMap<String, String> = BTreeMap::new();
        for (file, def) in &platforms {
            if let Some(p) = check_platform(file, def, &known, &mut used, &mut aliases, &mut errors)
            {
                checked.push(p);
            }
        }
        check_all_cited(&declared, &used, &mut errors);
        checked.sort_by_key(|p| p.order);
        check_sequence(
            checked.iter().map(|p| (p.order, p.file.as_str())),
            &mut errors,
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        let sources = known.into_iter().map(|(id, s)| (id, s.clone())).collect();
        Ok(Catalog {
            platforms: checked,
            common: common_steps,
            sources,
        })
    }
}

fn check_platform(
    file: &SourceFile<'_>,
    def: &PlatformDef,
    known: &BTreeMap<String, &SourceDef>,
    used: &mut BTreeSet<String>,
    aliases: &mut BTreeMap<String, String>,
    errors: &mut Vec<DataError>,
) -> Option<Platform> {
    let id = def.id.get_ref().clone();
    let before = errors.len();
    check_header(file, &def.id, &def.order, &def.checked, errors);
    for alias in def.aliases.get_ref() {
        let clean = !alias.trim().is_empty()
            && alias.trim() == alias
            && alias.chars().count() <= 40
            && alias.to_lowercase() == *alias
            && !alias.chars().any(char::is_control);
        if !clean {
            errors.push(file.error_at(
                def.aliases.span(),
                format!("alias {alias:?} must be lower case, trimmed, 1 to 40 characters"),
            ));
        }
        if let Some(other) = aliases.insert(alias.clone(), id.clone()) {
            errors.push(file.error_at(
                def.aliases.span(),
                format!("alias {alias:?} is also {other}'s"),
            ));
        }
    }

    let mut labels = Vec::new();
    let mut label_ids = BTreeSet::new();
    for spanned in &def.labels {
        let l = spanned.get_ref();
        let what = format!("label {}", l.id);
        if !is_kebab(&l.id) || !label_ids.insert(l.id.clone()) {
            errors.push(file.error_at(
                spanned.span(),
                format!(
                    "label id {:?} must be kebab-case and unique in the file",
                    l.id
                ),
            ));
        }
        check_cites(file, spanned.span(), &what, &l.sources, known, used, errors);
        for lang in &l.not_confirmed {
            if !is_language(lang) || lang == crate::i18n::FALLBACK {
                errors.push(file.error_at(
                    spanned.span(),
                    format!("{what}: not_confirmed {lang:?} must be a language other than English"),
                ));
            }
        }
        if l.kind == LabelKind::Icon && !l.not_confirmed.is_empty() {
            errors.push(file.error_at(
                spanned.span(),
                format!("{what} is an icon: the same in every language"),
            ));
        }
        labels.push(Label {
            id: l.id.clone(),
            message: super::ids::label(&id, &l.id),
            kind: l.kind,
            sources: l.sources.clone(),
            not_confirmed: l.not_confirmed.clone(),
            at: At {
                file: file.path.to_owned(),
                line: file.line_of(spanned.span().start),
            },
        });
    }

    let listed: Vec<Section> = def.sections.iter().map(|s| s.get_ref().id).collect();
    if !listed.iter().copied().eq(Section::iter()) {
        let at = def.sections.first().map_or(0..0, Spanned::span);
        errors.push(file.error_at(
            at,
            format!(
                "sections must be, in this order: {}",
                Section::iter().map(Section::name).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let mut sections = Vec::new();
    let mut used_labels = BTreeSet::new();
    for spanned in &def.sections {
        let steps = steps_of(
            file,
            &id,
            spanned.get_ref(),
            Some((&label_ids, &mut used_labels)),
            known,
            used,
            errors,
        );
        sections.push((spanned.get_ref().id, steps));
    }
    for l in &def.labels {
        if !used_labels.contains(&l.get_ref().id) {
            errors.push(file.error_at(
                l.span(),
                format!("label {} is named by no step", l.get_ref().id),
            ));
        }
    }
    let coverage = |c: &Spanned<CoverageDef>,
                    what: &str,
                    used: &mut BTreeSet<String>,
                    errors: &mut Vec<DataError>| {
        check_cites(
            file,
            c.span(),
            what,
            &c.get_ref().sources,
            known,
            used,
            errors,
        );
        CoverageFact {
            status: c.get_ref().status,
            sources: c.get_ref().sources.clone(),
        }
    };
    let take_it_down = coverage(&def.take_it_down, "take_it_down", used, errors);
    let report_remove = coverage(&def.report_remove, "report_remove", used, errors);
    let encrypted_chats = def.encrypted_chats.as_ref().map(|e| {
        check_cites(
            file,
            e.span(),
            "encrypted_chats",
            &e.get_ref().sources,
            known,
            used,
            errors,
        );
        e.get_ref().sources.clone()
    });
    if errors.len() > before {
        return None;
    }
    Some(Platform {
        id,
        order: *def.order.get_ref(),
        aliases: def.aliases.get_ref().clone(),
        checked: def.checked.get_ref().clone(),
        sources: def.sources.iter().map(|s| s.get_ref().id.clone()).collect(),
        labels,
        sections,
        take_it_down,
        report_remove,
        encrypted_chats,
        file: file.path.to_owned(),
    })
}

/// Check one section's steps. `labels` is `None` in `common.toml`, where no step names a menu.
fn steps_of(
    file: &SourceFile<'_>,
    owner: &str,
    section: &SectionDef,
    mut labels: Option<(&BTreeSet<String>, &mut BTreeSet<String>)>,
    known: &BTreeMap<String, &SourceDef>,
    used: &mut BTreeSet<String>,
    errors: &mut Vec<DataError>,
) -> Vec<Step> {
    let mut ids = BTreeSet::new();
    let mut steps = Vec::new();
    for spanned in &section.steps {
        let s = spanned.get_ref();
        let what = format!("step {}/{}", section.id.name(), s.id);
        if !is_kebab(&s.id) || !ids.insert(s.id.clone()) {
            errors.push(file.error_at(
                spanned.span(),
                format!("{what}: id must be kebab-case and unique in its section"),
            ));
        }
        check_cites(file, spanned.span(), &what, &s.sources, known, used, errors);
        let path = s.path.clone().unwrap_or(Path::None);
        if let Path::Labels(names) = &path {
            match labels.as_mut() {
                None => errors.push(file.error_at(
                    spanned.span(),
                    format!("{what}: a shared step names no menu"),
                )),
                Some((declared, used_labels)) => {
                    for name in names {
                        if declared.contains(name) {
                            used_labels.insert(name.clone());
                        } else {
                            errors.push(file.error_at(
                                spanned.span(),
                                format!("{what}: path names undeclared label {name:?}"),
                            ));
                        }
                    }
                }
            }
        }
        steps.push(Step {
            id: s.id.clone(),
            message: super::ids::step(owner, section.id, &s.id),
            path,
            sources: s.sources.clone(),
            at: At {
                file: file.path.to_owned(),
                line: file.line_of(spanned.span().start),
            },
        });
    }
    steps
}
