//! Countries, helplines, and reaching a line. Rust alone builds `tel:`/`sms:`/`https:` URIs
//! (from its own data) and opens them: the UI only names a helpline id and a channel, or an
//! allow-listed link id.

use refuge_core::error::check_len;
use refuge_core::helplines::{self, Caller, ContactView, CountryResults, DirectoryView};
use refuge_core::vocab::Audience;
use refuge_core::vocab::{Channel, Need};
use refuge_core::{links, Error, Result};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use super::{logged, Arg};
use crate::{clock, opener, AppSession};

/// The countries with a file, named in the language in force and sorted, "Other country"
/// last; with a query, those whose name contains it (accents, case and punctuation ignored),
/// and how many, in words.
#[tauri::command]
#[specta::specta]
pub async fn countries(
    session: State<'_, AppSession>,
    query: Arg<Option<String>>,
) -> Result<CountryResults> {
    let query = query.get()?;
    if let Some(q) = &query {
        check_len(q, 200)?;
    }
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged(
        "countries",
        helplines::country_results(&lang, query.as_deref()),
    )
}

/// The Helplines screen for `country` (default: the country in force, else "Other country").
#[tauri::command]
#[specta::specta]
pub async fn helplines(
    session: State<'_, AppSession>,
    country: Arg<Option<String>>,
) -> Result<DirectoryView> {
    let country = country.get()?;
    let (lang, current) = session
        .with(|s| Ok((s.lang().clone(), s.country())))
        .await?;
    let code = country.as_deref().or(current).unwrap_or("ZZ");
    logged("helplines", helplines::directory(&lang, code, clock::now()))
}

/// A call, text or web page opened: what the dialog shows while the dialer opens (or instead
/// of it).
#[derive(Debug, Serialize, specta::Type)]
pub struct ContactOutcome {
    /// The number, the instruction, what it costs, the silent options.
    #[serde(flatten)]
    pub contact: ContactView,
    /// Whether the system accepted to open the dialer, messages or browser.
    pub opened: bool,
    /// Whether this platform has a dialer (phones); on a desktop the number stays on screen.
    pub dialer_expected: bool,
}

/// Reach helpline `id` through `channel`. From a call button, `need` and `audience` add the
/// silent ways to reach help for that need (text, chat).
#[tauri::command]
#[specta::specta]
pub async fn contact<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, AppSession>,
    id: Arg<String>,
    channel: Arg<Channel>,
    need: Arg<Option<Need>>,
    audience: Arg<Option<Audience>>,
) -> Result<ContactOutcome> {
    let (id, channel, need, audience) = (id.get()?, channel.get()?, need.get()?, audience.get()?);
    check_len(&id, 128)?;
    let (lang, languages) = session
        .with(|s| Ok((s.lang().clone(), s.languages())))
        .await?;
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let caller = Caller {
        audience: audience.unwrap_or(Audience::Everyone),
        languages: &languages,
    };
    let view = logged(
        "contact",
        helplines::contact_view(
            &lang,
            &id,
            channel,
            need.map(|n| (n, &caller)),
            clock::now(),
        ),
    )?;
    let opened = opener::open(&app, &view.uri);
    Ok(ContactOutcome {
        contact: view,
        opened,
        dialer_expected: cfg!(mobile),
    })
}

/// Open an allow-listed web page (takedown forms…). Anything else is `link-not-allowed`.
#[tauri::command]
#[specta::specta]
pub async fn open_link<R: Runtime>(app: AppHandle<R>, id: Arg<String>) -> Result<bool> {
    let id = id.get()?;
    check_len(&id, 128)?;
    let url = logged("open_link", links::url(&id))?;
    if !url.starts_with("https://") {
        return Err(Error::LinkNotAllowed(id));
    }
    Ok(opener::open(&app, url))
}
