//! "Report it where it happens": "Where is it happening?", a platform's guide, "I already paid"
//! and a card, in the language in force (the cards common in the session's country first).
//! Unknown ids are `invalid-input` (or `unknown-guide` for the guide a choice came from), ids
//! far too long `input-too-long`; nothing typed is logged.

use chrono::{Local, NaiveDate};
use refuge_core::error::check_len;
use refuge_core::reporting::{
    self, PaymentListView, PaymentScreenView, PlatformChoiceView, PlatformScreenView,
};
use refuge_core::Result;
use tauri::State;

use super::{logged, Arg};
use crate::{clock, AppSession};

/// The longest guide or step id a choice accepts.
const MAX_ID: usize = 128;

/// Today, on the person's calendar: what a guide's age is counted to.
fn today() -> NaiveDate {
    clock::now().with_timezone(&Local).date_naive()
}

/// "Where is it happening?", opened from step `step` of guide `guide`.
#[tauri::command]
#[specta::specta]
pub async fn platform_choice(
    session: State<'_, AppSession>,
    guide: Arg<String>,
    step: Arg<String>,
) -> Result<PlatformChoiceView> {
    let (guide, step) = (guide.get()?, step.get()?);
    check_len(&guide, MAX_ID)?;
    check_len(&step, MAX_ID)?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged(
        "platform_choice",
        reporting::platform_choice(&lang, &guide, &step),
    )
}

/// One platform's guide.
#[tauri::command]
#[specta::specta]
pub async fn platform_guide(
    session: State<'_, AppSession>,
    id: Arg<String>,
) -> Result<PlatformScreenView> {
    let id = id.get()?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged(
        "platform_guide",
        reporting::platform_screen(&lang, &id, today()),
    )
}

/// "I already paid": the cards, those common in the session's country first.
#[tauri::command]
#[specta::specta]
pub async fn payment_cards(
    session: State<'_, AppSession>,
    guide: Arg<String>,
    step: Arg<String>,
) -> Result<PaymentListView> {
    let (guide, step) = (guide.get()?, step.get()?);
    check_len(&guide, MAX_ID)?;
    check_len(&step, MAX_ID)?;
    let here = session.with(|s| Ok(s.here(clock::now()))).await?;
    logged(
        "payment_cards",
        reporting::payment_list(&here.lang, here.country, &guide, &step),
    )
}

/// One way of paying's card.
#[tauri::command]
#[specta::specta]
pub async fn payment_card(
    session: State<'_, AppSession>,
    id: Arg<String>,
) -> Result<PaymentScreenView> {
    let id = id.get()?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged(
        "payment_card",
        reporting::payment_screen(&lang, &id, today()),
    )
}
