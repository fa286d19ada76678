//! Countries, helplines, the Call for help choice, and contacting a line. Rust alone builds
//! `tel:`/`sms:` URIs (from its own data) and opens them: the UI only names a helpline id,
//! a purpose, or an allow-listed link id.

use refuge_core::error::check_len;
use refuge_core::helplines::{self, CallForHelpView, ContactView, CountryEntry, DirectoryView};
use refuge_core::purpose::{Channel, Purpose};
use refuge_core::session::AppState;
use refuge_core::{links, Error, Result};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::{clock, opener, AppSession};

/// Every country with a file, named in the language in force; "another country" last.
#[tauri::command]
pub async fn countries(session: State<'_, AppSession>) -> Result<Vec<CountryEntry>> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    helplines::countries_view(&lang)
}

/// Choose the country (saved); returns the new frame state.
#[tauri::command]
pub async fn set_country(session: State<'_, AppSession>, code: String) -> Result<AppState> {
    session
        .with(|s| {
            s.set_country(&code)?;
            s.app_state()
        })
        .await
}

/// The Helplines screen for `country` (default: the country in force).
#[tauri::command]
pub async fn helplines(
    session: State<'_, AppSession>,
    country: Option<String>,
) -> Result<DirectoryView> {
    let (lang, current) = session
        .with(|s| Ok((s.lang().clone(), s.country())))
        .await?;
    let code = match &country {
        Some(c) => c.as_str(),
        None => current.unwrap_or("ZZ"),
    };
    helplines::directory(&lang, code, clock::now())
}

/// Which line the home screen's Call for help button calls now, and why; none until a country
/// is known.
#[tauri::command]
pub async fn call_for_help(session: State<'_, AppSession>) -> Result<Option<CallForHelpView>> {
    let (lang, country) = session
        .with(|s| Ok((s.lang().clone(), s.country())))
        .await?;
    country
        .map(|c| helplines::call_for_help_view(&lang, c, clock::now()))
        .transpose()
}

/// A call or text made: what the UI shows while the dialer opens (or instead of it).
#[derive(Debug, Serialize)]
pub struct ContactOutcome {
    /// The number, instruction and line.
    #[serde(flatten)]
    pub contact: ContactView,
    /// Whether the system accepted to open the dialer or messaging app.
    pub opened: bool,
    /// Whether this platform has a dialer (phones); on a desktop the number stays on screen.
    pub dialer_expected: bool,
}

fn reach<R: Runtime>(app: &AppHandle<R>, contact: ContactView) -> ContactOutcome {
    let opened = opener::open(app, &contact.uri);
    ContactOutcome {
        contact,
        opened,
        dialer_expected: cfg!(mobile),
    }
}

/// Call or text helpline `id`.
#[tauri::command]
pub async fn contact<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, AppSession>,
    id: String,
    channel: Channel,
) -> Result<ContactOutcome> {
    check_len(&id, 128)?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    Ok(reach(&app, helplines::contact_view(&lang, &id, channel)?))
}

/// Call or text the country's best line for `purpose` now (guides and triage name purposes,
/// never numbers).
#[tauri::command]
pub async fn contact_purpose<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, AppSession>,
    purpose: String,
    channel: Channel,
) -> Result<ContactOutcome> {
    check_len(&purpose, 64)?;
    let purpose: Purpose = purpose.parse()?;
    let (lang, country) = session
        .with(|s| Ok((s.lang().clone(), s.country().unwrap_or("ZZ"))))
        .await?;
    let view = helplines::contact_purpose_view(&lang, country, purpose, channel, clock::now())?;
    Ok(reach(&app, view))
}

/// Open an allow-listed web page (takedown forms…). Anything else is `link-not-allowed`.
#[tauri::command]
pub async fn open_link<R: Runtime>(app: AppHandle<R>, id: String) -> Result<bool> {
    check_len(&id, 128)?;
    let url = links::url(&id)?;
    if !url.starts_with("https://") {
        return Err(Error::LinkNotAllowed(id));
    }
    Ok(opener::open(&app, url))
}
