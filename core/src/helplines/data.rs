//! The directory as data: one TOML file per country in `locales/countries/`, embedded in the
//! binary, parsed and checked once.
//!
//! A file that breaks a rule below does not load (and the data tests fail), so the app never
//! shows a number that was not checked:
//! - the file is named after its code (`BE.toml` holds `code = "BE"`), the zone is a valid
//!   IANA zone, and `emergency` names a confirmed 24/7 line of that file with purpose
//!   `emergency`;
//! - every number is digits only; a number listed in `short_codes` is dialled as written, any
//!   other must be a valid number of that country for the `phonenumber` crate (and is dialled
//!   in E.164); every listed short code is used; the display shows the same digits;
//! - every line has a purpose, an audience, a source and a verification date
//!   (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), and at most one line per country is designated for
//!   sextortion;
//! - ids are kebab-case, start with the country code (`be-…`) and are unique across all files.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::hours::{Hours, HoursDef};
use crate::i18n::LOCALES;
use crate::purpose::Purpose;

/// Who a line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Children and young people.
    Young,
    /// Parents and carers.
    Parents,
    /// School staff, social workers, helpline volunteers.
    Professionals,
    /// Anyone.
    Everyone,
}

/// A yes/no fact the sources may not state (`true`, `false` or `"unknown"` in the files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fact {
    /// A source says so.
    Yes,
    /// A source says not.
    No,
    /// No source says.
    Unknown,
}

impl Fact {
    /// `Some(bool)` when known.
    pub fn known(self) -> Option<bool> {
        match self {
            Fact::Yes => Some(true),
            Fact::No => Some(false),
            Fact::Unknown => None,
        }
    }
}

impl<'de> Deserialize<'de> for Fact {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Bool(bool),
            Word(String),
        }
        match Raw::deserialize(d)? {
            Raw::Bool(true) => Ok(Fact::Yes),
            Raw::Bool(false) => Ok(Fact::No),
            Raw::Word(w) if w == "unknown" => Ok(Fact::Unknown),
            Raw::Word(w) => Err(serde::de::Error::custom(format!(
                "expected true, false or \"unknown\", got {w:?}"
            ))),
        }
    }
}

/// Whether a number has been seen in enough sources to be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Seen in a named public source: callable.
    Confirmed,
    /// Not yet seen in a primary or recent source: shown with a caveat, never dialled.
    Unconfirmed,
}

/// A line's text-message channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sms {
    /// The number as written (digits).
    pub number: String,
    /// The word to send, if the line asks for one (`CONNECT`).
    pub keyword: Option<String>,
    /// What goes after `sms:`: a short code as-is, or E.164.
    pub(crate) target: String,
}

/// One helpline, as checked at load.
#[derive(Debug, Clone)]
pub struct Helpline {
    /// Globally unique id, `<country>-<name>` (`be-child-focus`).
    pub id: String,
    /// Its proper name, never translated.
    pub name: String,
    /// The number, digits only, as dialled in the country (`08001111`, `116000`).
    pub number: String,
    /// The number as shown (`0800 1111`, `116 000`).
    pub display: String,
    /// Text-message channel, if any.
    pub sms: Option<Sms>,
    /// Chat or web page, as display text (never opened as a link from here).
    pub chat: Option<String>,
    /// What it is for.
    pub purposes: Vec<Purpose>,
    /// Who it is for.
    pub audience: Vec<Audience>,
    /// Languages answered, as ISO 639-1 codes (empty: not recorded).
    pub languages: Vec<String>,
    /// Free to call.
    pub free: Fact,
    /// Shows on the phone bill.
    pub on_bill: Fact,
    /// When it answers, in the country's local time.
    pub hours: Hours,
    /// The line the country designates for sextortion.
    pub designated_sextortion: bool,
    /// Confirmed (callable) or not.
    pub status: Status,
    /// Where the number was seen (page titles or sites).
    pub source: String,
    /// When: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub verified: String,
    /// What goes after `tel:`: a short code as-is, or E.164.
    pub(crate) call_target: String,
}

impl Helpline {
    /// Whether the app may dial it (confirmed numbers only).
    pub fn callable(&self) -> bool {
        self.status == Status::Confirmed
    }

    /// Whether it serves `purpose`.
    pub fn serves(&self, purpose: Purpose) -> bool {
        self.purposes.contains(&purpose)
    }

    /// Whether it is meant for `audience`.
    pub fn is_for(&self, audience: Audience) -> bool {
        self.audience.contains(&audience)
    }
}

/// A country's file, as checked at load.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, upper case; `ZZ` = any other country.
    pub code: String,
    /// The IANA zone its hours are written in.
    pub time_zone: Tz,
    /// Short numbers dialled as written.
    pub short_codes: Vec<String>,
    /// Id of the emergency line used when nothing else is open.
    pub emergency: String,
    /// Its lines, in the order they are shown.
    pub helplines: Vec<Helpline>,
}

impl Country {
    /// The emergency line (always present: checked at load).
    pub fn emergency_line(&self) -> &Helpline {
        self.helplines
            .iter()
            .find(|h| h.id == self.emergency)
            .unwrap_or(&self.helplines[0])
    }

    /// The line designated for sextortion, if the country has one.
    pub fn designated(&self) -> Option<&Helpline> {
        self.helplines.iter().find(|h| h.designated_sextortion)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SmsDef {
    number: String,
    #[serde(default)]
    keyword: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HelplineDef {
    id: String,
    name: String,
    number: String,
    display: String,
    #[serde(default)]
    sms: Option<SmsDef>,
    #[serde(default)]
    chat: Option<String>,
    purposes: Vec<Purpose>,
    audience: Vec<Audience>,
    languages: Vec<String>,
    free: Fact,
    on_bill: Fact,
    hours: HoursDef,
    #[serde(default)]
    designated_sextortion: bool,
    status: Status,
    source: String,
    verified: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryDef {
    code: String,
    time_zone: String,
    short_codes: Vec<String>,
    emergency: String,
    helplines: Vec<HelplineDef>,
}

/// All countries, sorted by code, with an index from helpline id to (country, line).
#[derive(Debug)]
pub(crate) struct Directory {
    pub(crate) countries: Vec<Country>,
    index: BTreeMap<String, (usize, usize)>,
}

impl Directory {
    /// The embedded directory, loaded once. `Err` only if the embedded data is broken, which
    /// the data tests catch before any release.
    pub(crate) fn get() -> Result<&'static Directory, &'static str> {
        static DIRECTORY: OnceLock<Result<Directory, String>> = OnceLock::new();
        DIRECTORY
            .get_or_init(Directory::load_embedded)
            .as_ref()
            .map_err(|e| e.as_str())
    }

    fn load_embedded() -> Result<Directory, String> {
        let dir = LOCALES
            .get_dir("countries")
            .ok_or("locales/countries is not embedded")?;
        let mut files = Vec::new();
        for file in dir.files() {
            let path = file.path();
            if path.extension().and_then(|e| e.to_str()) != Some("toml") {
                continue;
            }
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .ok_or_else(|| format!("{}: bad file name", path.display()))?;
            let text = file
                .contents_utf8()
                .ok_or_else(|| format!("{}: not UTF-8", path.display()))?;
            files.push((stem.to_owned(), text));
        }
        Directory::from_files(files.iter().map(|(s, t)| (s.as_str(), *t)))
    }

    /// Build from `(file stem, TOML text)` pairs.
    pub(crate) fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Directory, String> {
        let mut countries = Vec::new();
        for (stem, text) in files {
            countries.push(parse_country(stem, text).map_err(|e| format!("{stem}.toml: {e}"))?);
        }
        countries.sort_by(|a, b| a.code.cmp(&b.code));
        if !countries.iter().any(|c| c.code == "ZZ") {
            return Err("ZZ.toml (other country) is missing".into());
        }
        let mut index = BTreeMap::new();
        for (ci, c) in countries.iter().enumerate() {
            for (hi, h) in c.helplines.iter().enumerate() {
                if index.insert(h.id.clone(), (ci, hi)).is_some() {
                    return Err(format!("helpline id {:?} is used twice", h.id));
                }
            }
        }
        Ok(Directory { countries, index })
    }

    pub(crate) fn country(&self, code: &str) -> Option<&Country> {
        self.countries
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.countries[i])
    }

    pub(crate) fn helpline(&self, id: &str) -> Option<(&Country, &Helpline)> {
        let &(ci, hi) = self.index.get(id)?;
        let c = &self.countries[ci];
        Some((c, &c.helplines[hi]))
    }
}

fn parse_country(stem: &str, text: &str) -> Result<Country, String> {
    let def: CountryDef = toml::from_str(text).map_err(|e| e.to_string())?;
    if def.code != stem || def.code.len() != 2 || !def.code.bytes().all(|b| b.is_ascii_uppercase())
    {
        return Err(format!(
            "code {:?} must be the file's name, two upper-case letters",
            def.code
        ));
    }
    let time_zone: Tz = def
        .time_zone
        .parse()
        .map_err(|_| format!("time zone {:?} is not an IANA zone", def.time_zone))?;
    let mut short = BTreeSet::new();
    for s in &def.short_codes {
        if !(2..=6).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("short code {s:?} must be 2 to 6 digits"));
        }
        if !short.insert(s.as_str()) {
            return Err(format!("short code {s:?} is listed twice"));
        }
    }
    let prefix = format!("{}-", def.code.to_ascii_lowercase());
    let mut used_short = BTreeSet::new();
    let mut helplines = Vec::new();
    for h in def.helplines {
        let id = h.id.clone();
        let line = parse_helpline(h, &def.code, &prefix, &short, &mut used_short)
            .map_err(|e| format!("{id}: {e}"))?;
        helplines.push(line);
    }
    if let Some(unused) = short.iter().find(|s| !used_short.contains(**s)) {
        return Err(format!(
            "short code {unused:?} is listed but no line uses it"
        ));
    }
    if helplines.iter().filter(|h| h.designated_sextortion).count() > 1 {
        return Err("more than one line is designated for sextortion".into());
    }
    let emergency = helplines
        .iter()
        .find(|h| h.id == def.emergency)
        .ok_or_else(|| format!("emergency {:?} is not a line of this file", def.emergency))?;
    if !emergency.serves(Purpose::Emergency)
        || !emergency.callable()
        || emergency.hours != Hours::Always
    {
        return Err(format!(
            "emergency {:?} must be a confirmed 24/7 line with purpose emergency",
            def.emergency
        ));
    }
    Ok(Country {
        code: def.code,
        time_zone,
        short_codes: def.short_codes,
        emergency: def.emergency,
        helplines,
    })
}

fn parse_helpline(
    h: HelplineDef,
    code: &str,
    prefix: &str,
    short: &BTreeSet<&str>,
    used_short: &mut BTreeSet<String>,
) -> Result<Helpline, String> {
    let kebab =
        h.id.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !h.id.starts_with(prefix) || !kebab || h.id.len() > 48 || h.id.ends_with('-') {
        return Err(format!(
            "id must be kebab-case, at most 48 bytes, starting with {prefix:?}"
        ));
    }
    for (field, value) in [
        ("name", &h.name),
        ("display", &h.display),
        ("source", &h.source),
    ] {
        if value.trim().is_empty() {
            return Err(format!("{field} is empty"));
        }
    }
    if h.chat.as_deref().is_some_and(|c| c.trim().is_empty()) {
        return Err("chat is empty; leave it out instead".into());
    }
    if h.purposes.is_empty() || h.audience.is_empty() {
        return Err("needs at least one purpose and one audience".into());
    }
    if !valid_date(&h.verified) {
        return Err(format!(
            "verified {:?} must be YYYY, YYYY-MM or YYYY-MM-DD",
            h.verified
        ));
    }
    if h.languages
        .iter()
        .any(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return Err("languages are two-letter lower-case codes".into());
    }
    let digits: String = h.display.chars().filter(char::is_ascii_digit).collect();
    if digits != h.number {
        return Err(format!(
            "display {:?} does not show the number {:?}",
            h.display, h.number
        ));
    }
    if h.designated_sextortion && !h.serves(Purpose::Sextortion) {
        return Err("a line designated for sextortion must have purpose sextortion".into());
    }
    let call_target = dial_target(&h.number, code, short)?;
    if short.contains(h.number.as_str()) {
        used_short.insert(h.number.clone());
    }
    let sms = match h.sms {
        None => None,
        Some(s) => {
            let target = dial_target(&s.number, code, short).map_err(|e| format!("sms: {e}"))?;
            if short.contains(s.number.as_str()) {
                used_short.insert(s.number.clone());
            }
            if let Some(k) = &s.keyword {
                if k.is_empty() || k.len() > 20 || !k.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    return Err(format!(
                        "sms keyword {k:?} must be 1 to 20 letters or digits"
                    ));
                }
            }
            Some(Sms {
                number: s.number,
                keyword: s.keyword,
                target,
            })
        }
    };
    let hours = h.hours.parse()?;
    Ok(Helpline {
        id: h.id,
        name: h.name,
        number: h.number,
        display: h.display,
        sms,
        chat: h.chat,
        purposes: h.purposes,
        audience: h.audience,
        languages: h.languages,
        free: h.free,
        on_bill: h.on_bill,
        hours,
        designated_sextortion: h.designated_sextortion,
        status: h.status,
        source: h.source,
        verified: h.verified,
        call_target,
    })
}

impl HelplineDef {
    fn serves(&self, p: Purpose) -> bool {
        self.purposes.contains(&p)
    }
}

/// What to dial for `number` in country `code`: the short code as written, or E.164.
fn dial_target(number: &str, code: &str, short: &BTreeSet<&str>) -> Result<String, String> {
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("number {number:?} must be digits only"));
    }
    if short.contains(number) {
        return Ok(number.to_owned());
    }
    if number.len() <= 6 {
        return Err(format!(
            "short number {number:?} is not in this file's short_codes"
        ));
    }
    let region: phonenumber::country::Id = code
        .parse()
        .map_err(|_| format!("{code} has no numbering plan: long number {number:?}"))?;
    let parsed = phonenumber::parse(Some(region), number)
        .map_err(|e| format!("number {number:?} does not parse: {e}"))?;
    if !phonenumber::is_valid(&parsed) {
        return Err(format!("number {number:?} is not a valid {code} number"));
    }
    Ok(parsed.format().mode(phonenumber::Mode::E164).to_string())
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real date.
fn valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse().unwrap_or(0)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        }
        _ => false,
    }
}
