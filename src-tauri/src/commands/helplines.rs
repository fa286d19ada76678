//! Countries, helplines, the Call for help choice, and contacting a line. Rust alone builds
//! `tel:`/`sms:` URIs (from its own data) and opens them: the UI only names a helpline id,
//! a purpose, or an allow-listed link id.

use refuge_core::content::Audience;
use refuge_core::error::check_len;
use refuge_core::helplines::{
    self, Caller, ContactView, CountryEntry, DirectoryView, Need, RouteView,
};
use refuge_core::purpose::{Channel, Purpose};
use refuge_core::session::AppState;
use refuge_core::{links, Error, Result};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::{clock, opener, AppSession};

/// Every country with a file, named in the language in force; "another country" last.
#[tauri::command]
pub async fn countries(session: State<'_, AppSession>) -> Result<Vec<CountryEntry>> {
    let lang = session.lock().lang().clone();
    helplines::countries_view(&lang, None)
}

/// Choose the country (saved); returns the new frame state.
#[tauri::command]
pub async fn set_country(session: State<'_, AppSession>, code: String) -> Result<AppState> {
    let mut s = session.lock();
    s.set_country(&code)?;
    s.app_state()
}

/// The Helplines screen for `country` (default: the country in force).
#[tauri::command]
pub async fn helplines(
    session: State<'_, AppSession>,
    country: Option<String>,
) -> Result<DirectoryView> {
    let (lang, current) = {
        let s = session.lock();
        (s.lang().clone(), s.country())
    };
    let code = match &country {
        Some(c) => c.as_str(),
        None => current.unwrap_or("ZZ"),
    };
    helplines::directory(&lang, code, clock::now())
}

/// Which line the home screen's Call for help button calls now, and why; none until a country
/// is known.
#[tauri::command]
pub async fn call_for_help(session: State<'_, AppSession>) -> Result<Option<RouteView>> {
    let (lang, country, languages) = {
        let s = session.lock();
        (s.lang().clone(), s.country(), s.languages())
    };
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let caller = Caller {
        audience: Audience::Young,
        languages: &languages,
    };
    country
        .map(|c| helplines::route_view(&lang, c, Need::Help, &caller, clock::now()))
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
    let lang = session.lock().lang().clone();
    Ok(reach(
        &app,
        helplines::contact_view(&lang, &id, channel, None, clock::now())?,
    ))
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
    let (lang, country, languages) = {
        let s = session.lock();
        (s.lang().clone(), s.country().unwrap_or("ZZ"), s.languages())
    };
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let caller = Caller {
        audience: Audience::Everyone,
        languages: &languages,
    };
    let need = Need::from(purpose);
    let route = helplines::route(helplines::country(country)?, need, &caller, clock::now());
    let channel = if helplines::contact_uri(&route.line.id, channel).is_ok() {
        channel
    } else {
        route.channel
    };
    let view = helplines::contact_view(
        &lang,
        &route.line.id,
        channel,
        Some((need, &caller)),
        clock::now(),
    )?;
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
