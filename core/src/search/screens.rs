//! The screens search finds besides the guides' steps: the "Right now" card at the top of the
//! first teen guide, and the first minute's screens ("Help me tell someone", the adult's first
//! minute, the breathing screen). Each is one document with the words it shows, and the
//! [`Target`] a hit opens.

use chrono::Utc;

use super::Doc;
use crate::content;
use crate::error::Result;
use crate::first_minute;
use crate::i18n::Lang;
use crate::nav::Here;
use crate::vocab::Target;

/// The step id of a screen's one document (its hit's test id is `hit-<screen>-screen`).
const SCREEN: &str = "screen";

/// Every screen's document in `lang`, with where its hit leads.
pub(super) fn docs(lang: &Lang) -> Result<Vec<(Doc, Target)>> {
    // Words only: no country, so no call button is resolved (and none is indexed).
    let here = Here {
        lang: lang.clone(),
        country: None,
        languages: Vec::new(),
        now: Utc::now(),
    };
    let mut out = Vec::new();
    for g in content::catalog().guides.iter().filter(|g| g.safety_check) {
        let view = content::guide(lang, &g.id)?;
        if let Some(card) = &view.right_now {
            let mut text = card.lines.clone();
            text.extend([card.tell.clone(), card.scam.clone()]);
            out.push((
                Doc {
                    guide_id: view.id.clone(),
                    guide_title: view.title.clone(),
                    step_id: "right-now".to_owned(),
                    step_title: card.title.clone(),
                    text: text.join(" "),
                    keywords: String::new(),
                    target: None,
                },
                Target::guide(&view.id),
            ));
        }
    }
    let tell = first_minute::tell_view(lang)?;
    let mut text = vec![tell.intro.clone()];
    text.extend(tell.lines.iter().map(|l| l.text.clone()));
    text.extend([tell.show_label.clone(), tell.text_label.clone()]);
    out.push(screen(
        "tell-someone",
        &tell.title,
        &text,
        Target::TellSomeone,
    ));

    let told = first_minute::told_view(&here)?;
    let mut text = vec![told.intro.clone()];
    text.extend(told.steps.iter().cloned());
    text.extend([told.if_yes.clone(), told.call_intro.clone()]);
    out.push(screen("told", &told.title, &text, Target::Told));

    let calm = first_minute::calm_view(&here)?;
    let mut text = vec![calm.intro.clone()];
    text.extend(calm.lines.iter().map(|l| l.text.clone()));
    out.push(screen("calm", &calm.title, &text, Target::Calm));
    Ok(out)
}

fn screen(id: &str, title: &str, text: &[String], target: Target) -> (Doc, Target) {
    (
        Doc {
            guide_id: id.to_owned(),
            guide_title: title.to_owned(),
            step_id: SCREEN.to_owned(),
            step_title: title.to_owned(),
            text: text.join(" "),
            keywords: String::new(),
            target: None,
        },
        target,
    )
}
