//! Search across all guidance of the language in force.

use std::sync::{Mutex, OnceLock};

use refuge_core::i18n::Lang;
use refuge_core::search::{self, Hit, SearchIndex};
use refuge_core::{Error, Result};
use tauri::State;

use crate::AppSession;

/// Most results shown at once.
const LIMIT: usize = 30;

type Indexes = Vec<(Lang, Mutex<SearchIndex>)>;

/// One in-memory index per language, built once (warmed after first paint by [`warm`]).
fn indexes() -> Result<&'static Indexes> {
    static INDEXES: OnceLock<std::result::Result<Indexes, String>> = OnceLock::new();
    INDEXES
        .get_or_init(|| {
            search::build_all()
                .map(|all| all.into_iter().map(|(l, i)| (l, Mutex::new(i))).collect())
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| Error::Search(e.clone()))
}

/// Build the indexes off the main thread so the first search is instant; called once the
/// home screen is painted. Later calls find them built and return at once.
pub fn warm() {
    std::thread::spawn(|| {
        let _ = indexes();
    });
}

/// Matching steps for `query`: never an error for what a user types (hostile strings give
/// results or nothing); only over 256 KiB is it `input-too-long`.
#[tauri::command]
pub async fn search(session: State<'_, AppSession>, query: String) -> Result<Vec<Hit>> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    let (_, index) = indexes()?
        .iter()
        .find(|(l, _)| *l == lang)
        .ok_or_else(|| Error::Search(format!("no index for {lang}")))?;
    let index = index.lock().unwrap_or_else(|p| p.into_inner());
    index.search(&query, LIMIT)
}
