//! The screens of "Report it where it happens": "Where is it happening?" (the platforms, and
//! "Another app" back to the general step), a platform's guide with its age, "I already paid"
//! (the cards common in the country first, then the others, and "Another way of paying") and a
//! card. Built on [`crate::platforms`] and [`crate::payments`]; every sentence is Fluent
//! (`locales/<lang>/reporting.ftl`); every button is a [`Target`] the UI sends back.
//!
//! A help centre changes its menus often: a guide or a card checked more than
//! [`STALE_AFTER_DAYS`] days before today says so ([`age_days`], the one computation the
//! screen and its test share).

use chrono::NaiveDate;
use serde::Serialize;

use crate::content;
use crate::error::{Error, Result};
use crate::helplines::view::country_name_in;
use crate::i18n::{Lang, Text};
use crate::nav::LinkView;
use crate::payments::{self, PaymentCardView};
use crate::platforms::{self, PlatformGuideView};
use crate::vocab::Target;

#[cfg(test)]
mod tests;

/// After this many days since a guide or card was checked, the screen warns that menus and
/// steps may have changed.
pub const STALE_AFTER_DAYS: i64 = 90;

/// "Where is it happening?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlatformChoiceView {
    /// The question.
    pub title: String,
    /// What a guide says.
    pub intro: String,
    /// One button per platform, most reported first; names as plain text, no logo.
    pub platforms: Vec<LinkView>,
    /// "Another app": back to the general step it was opened from.
    pub other: LinkView,
}

/// A platform's guide screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlatformScreenView {
    /// The guide (title, "Checked on …", five sections, sources).
    pub guide: PlatformGuideView,
    /// Said when the guide was checked more than [`STALE_AFTER_DAYS`] days ago.
    pub stale: Option<String>,
    /// The heading over the sources.
    pub sources_title: String,
    /// "Official page" beside the platform's own pages.
    pub official_label: String,
    /// Said under a step whose menus come from another page than the platform's own.
    pub secondary_label: String,
    /// "Write it down in My record", under the proof step.
    pub record: LinkView,
}

/// "I already paid": the cards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PaymentListView {
    /// The screen's title.
    pub title: String,
    /// What a card says.
    pub intro: String,
    /// "Common in Côte d'Ivoire" over the first group, when a country is known and has some.
    pub common_title: Option<String>,
    /// The cards common in the country, in list order.
    pub common: Vec<LinkView>,
    /// The heading over the other cards ("Other ways of paying", or "Ways of paying").
    pub others_title: String,
    /// Every other card, in list order: every card is reachable everywhere.
    pub others: Vec<LinkView>,
    /// "Another way of paying": back to the general step it was opened from.
    pub other: LinkView,
}

/// A card's screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PaymentScreenView {
    /// The card (title, "Checked on …", five sections, sources).
    pub card: PaymentCardView,
    /// Said when the card was checked more than [`STALE_AFTER_DAYS`] days ago.
    pub stale: Option<String>,
    /// The heading over the sources.
    pub sources_title: String,
    /// "Official page" beside the providers' own pages.
    pub official_label: String,
    /// "Write it down in My record", under the `record` section.
    pub record: LinkView,
}

/// Days from `checked` (`YYYY-MM-DD`) to `today`; `content` for a date the data tests should
/// have refused.
pub fn age_days(checked: &str, today: NaiveDate) -> Result<i64> {
    let checked = NaiveDate::parse_from_str(checked, "%Y-%m-%d")
        .map_err(|_| Error::Content(format!("checked date {checked:?}")))?;
    Ok((today - checked).num_days())
}

fn stale(text: &Text<'_>, checked: &str, today: NaiveDate) -> Result<Option<String>> {
    if age_days(checked, today)? > STALE_AFTER_DAYS {
        Ok(Some(
            text.with("reporting-stale", &[("days", STALE_AFTER_DAYS)])?,
        ))
    } else {
        Ok(None)
    }
}

/// The step a choice was opened from, checked: `unknown-guide` or `invalid-input`.
fn back_to(guide: &str, step: &str) -> Result<Target> {
    let def = content::catalog().guide(guide)?;
    if !def.steps.iter().any(|s| s.id == step) {
        return Err(Error::InvalidInput(format!(
            "no step {:?} in {guide}",
            step.chars().take(48).collect::<String>()
        )));
    }
    Ok(Target::Guide {
        id: def.id.clone(),
        step: Some(step.to_owned()),
    })
}

fn record_link(text: &Text<'_>) -> Result<LinkView> {
    Ok(LinkView {
        id: "record".into(),
        label: text.get("action-screen-record")?,
        hint: None,
        target: Target::Record,
    })
}

/// "Where is it happening?", opened from step `step` of guide `guide`.
pub fn platform_choice(lang: &Lang, guide: &str, step: &str) -> Result<PlatformChoiceView> {
    let text = Text::new(lang);
    let back = back_to(guide, step)?;
    Ok(PlatformChoiceView {
        title: text.get("reporting-platforms-title")?,
        intro: text.get("reporting-platforms-intro")?,
        platforms: platforms::summaries(lang)?
            .into_iter()
            .map(|p| LinkView {
                target: Target::Platform { id: p.id.clone() },
                id: p.id,
                label: p.name,
                hint: None,
            })
            .collect(),
        other: LinkView {
            id: "other".into(),
            label: text.get("reporting-platforms-other")?,
            hint: Some(text.get("reporting-platforms-other-hint")?),
            target: back,
        },
    })
}

/// Platform `id`'s guide screen on `today`.
pub fn platform_screen(lang: &Lang, id: &str, today: NaiveDate) -> Result<PlatformScreenView> {
    let text = Text::new(lang);
    let guide = platforms::guide(lang, id)?;
    Ok(PlatformScreenView {
        stale: stale(&text, &guide.checked, today)?,
        sources_title: text.get("reporting-sources-title")?,
        official_label: text.get("reporting-source-official")?,
        secondary_label: text.get("reporting-basis-secondary")?,
        record: record_link(&text)?,
        guide,
    })
}

/// "I already paid", opened from step `step` of guide `guide`, for `country` (none yet: every
/// card in list order).
pub fn payment_list(
    lang: &Lang,
    country: Option<&str>,
    guide: &str,
    step: &str,
) -> Result<PaymentListView> {
    let text = Text::new(lang);
    let back = back_to(guide, step)?;
    let common_ids = match country {
        Some(code) => payments::common_in(code)?,
        None => Vec::new(),
    };
    let mut common = Vec::new();
    let mut others = Vec::new();
    for card in payments::cards(lang)? {
        let link = LinkView {
            target: Target::Payment {
                id: card.id.clone(),
            },
            id: card.id.clone(),
            label: card.title,
            hint: None,
        };
        if common_ids.contains(&card.id.as_str()) {
            common.push(link);
        } else {
            others.push(link);
        }
    }
    let common_title = match country {
        Some(code) if !common.is_empty() => Some(text.with(
            "reporting-payments-common",
            &[("country", country_name_in(lang, code)?)],
        )?),
        _ => None,
    };
    Ok(PaymentListView {
        title: text.get("reporting-payments-title")?,
        intro: text.get("reporting-payments-intro")?,
        others_title: text.get(if common.is_empty() {
            "reporting-payments-all"
        } else {
            "reporting-payments-others"
        })?,
        common_title,
        common,
        others,
        other: LinkView {
            id: "other".into(),
            label: text.get("reporting-payments-other")?,
            hint: Some(text.get("reporting-payments-other-hint")?),
            target: back,
        },
    })
}

/// Card `id`'s screen on `today`.
pub fn payment_screen(lang: &Lang, id: &str, today: NaiveDate) -> Result<PaymentScreenView> {
    let text = Text::new(lang);
    let card = payments::card(lang, id)?;
    Ok(PaymentScreenView {
        stale: stale(&text, &card.checked, today)?,
        sources_title: text.get("reporting-sources-title")?,
        official_label: text.get("reporting-source-official")?,
        record: record_link(&text)?,
        card,
    })
}
