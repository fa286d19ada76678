//! The allow-list of web pages Refuge may open: takedown and reporting forms, removal services.
//!
//! Guides name a link by id (`{ kind = "link", target = "take-it-down" }`); only this module
//! turns an id into a URL, and only for ids listed in [`LINKS`]. Anything else — an unknown id,
//! a URL passed as an id, a megabyte of junk — is [`Error::LinkNotAllowed`]. The UI never holds
//! a URL, so a compromised or buggy webview cannot make the app open an arbitrary page.
//!
//! What must stay true (tested): every URL is `https://` with a host and no whitespace; ids are
//! unique and kebab-case; every link has a button label (`action-link-{id}`) in every language.
//! These are the only actions in Refuge that need a network; the guides say so.
//!
//! URLs were checked against the organisations' own pages where possible (Facebook and
//! Instagram forms come from the GSMA seed); when a deep link could not be confirmed, the
//! organisation's home page is used.

use serde::Serialize;

use crate::error::{Error, Result};

/// One allow-listed web page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Link {
    /// Kebab-case id used in `guides.toml` and in the label `action-link-{id}`.
    pub id: &'static str,
    /// The page, always `https://`.
    pub url: &'static str,
}

/// Every page Refuge may open, and nothing else.
pub const LINKS: &[Link] = &[
    // Platform report forms. Facebook and Instagram: the forms the GSMA guide lists.
    Link {
        id: "facebook-report",
        url: "https://www.facebook.com/help/contact/567360146613371",
    },
    Link {
        id: "instagram-report",
        url: "https://help.instagram.com/contact/240773466098227",
    },
    Link {
        id: "tiktok-report",
        url: "https://support.tiktok.com/en/safety-hc/report-a-problem",
    },
    // The same help-centre page in French, for the French UI (both buttons are shown, each
    // labelled with its language, as for NeedHelpNow / AidezMoiSVP). TikTok's help centre serves
    // each page under a language prefix (`/fr/safety-hc/…` pages were seen in stored copies);
    // this exact French address was not seen itself.
    Link {
        id: "tiktok-report-fr",
        url: "https://support.tiktok.com/fr/safety-hc/report-a-problem",
    },
    Link {
        id: "snapchat-report",
        url: "https://values.snap.com/safety/safety-reporting",
    },
    // Removal services.
    Link {
        id: "take-it-down",
        url: "https://takeitdown.ncmec.org/",
    },
    // Take It Down's twin for pictures taken at 18 or over (the young-adult guide, review M9).
    Link {
        id: "stopncii",
        url: "https://stopncii.org/",
    },
    Link {
        id: "report-remove",
        url: "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/",
    },
    Link {
        id: "needhelpnow",
        url: "https://needhelpnow.ca/",
    },
    Link {
        id: "aidezmoisvp",
        url: "https://aidezmoisvp.ca/",
    },
    // National services.
    Link {
        id: "e-enfance-3018",
        url: "https://3018.fr/",
    },
    Link {
        id: "child-focus",
        url: "https://childfocus.be/",
    },
    Link {
        id: "pharos",
        url: "https://www.internet-signalement.gouv.fr/",
    },
    // France: the Interior Ministry's page for minors, which opens the police and gendarmerie
    // chat for under-18s (24/7, sextortion included; page updated 2025-11-12).
    Link {
        id: "police-minors-fr",
        url: "https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs",
    },
];

/// The URL for an allow-listed link id, or `link-not-allowed` for anything else.
pub fn url(id: &str) -> Result<&'static str> {
    LINKS
        .iter()
        .find(|l| l.id == id)
        .map(|l| l.url)
        .ok_or_else(|| Error::LinkNotAllowed(id.chars().take(64).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::localizer;
    use std::collections::BTreeSet;

    #[test]
    fn hostile_or_unknown_ids_are_refused_with_a_code() {
        let huge = "a".repeat(1_000_000);
        let hostile = [
            "",
            " ",
            "javascript:alert(1)",
            "https://evil.example",
            "https://takeitdown.ncmec.org/",
            "TAKE-IT-DOWN",
            "take-it-down ",
            "take-it-down\0",
            "../take-it-down",
            "tel:+33123456789",
            huge.as_str(),
        ];
        for id in hostile {
            let err = url(id).unwrap_err();
            assert_eq!(
                err.code(),
                "link-not-allowed",
                "{:?} must be refused",
                id.chars().take(40).collect::<String>()
            );
            assert!(
                err.to_string().len() < 200,
                "the error does not echo a huge input back"
            );
        }
    }

    #[test]
    fn every_url_is_https_with_a_host_and_no_whitespace() {
        for l in LINKS {
            let rest = l.url.strip_prefix("https://").unwrap_or_else(|| {
                panic!("{} must be https, got {}", l.id, l.url);
            });
            let host = rest.split('/').next().unwrap_or_default();
            assert!(
                host.contains('.') && !host.contains('@') && !host.contains(':'),
                "{} has a plain host name, got {host:?}",
                l.id
            );
            assert!(
                !l.url.chars().any(char::is_whitespace),
                "{} has no whitespace",
                l.id
            );
        }
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let ids: BTreeSet<&str> = LINKS.iter().map(|l| l.id).collect();
        assert_eq!(ids.len(), LINKS.len(), "no id is listed twice");
        for id in ids {
            assert!(
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !id.starts_with('-')
                    && !id.ends_with('-'),
                "{id:?} is kebab-case"
            );
        }
    }

    #[test]
    fn the_allow_list_is_exactly_the_pages_the_guides_offer() {
        use crate::content::{catalog, Action};
        // Every link button of a guide opens its page; and no page can be opened that no
        // button offers, so the allow-list is never wider than what a user can tap.
        let offered: BTreeSet<&str> = catalog()
            .guides
            .iter()
            .flat_map(|g| &g.steps)
            .flat_map(|s| &s.actions)
            .filter_map(|a| match a {
                Action::Link(id) => Some(id.as_str()),
                _ => None,
            })
            .collect();
        for id in &offered {
            let page = url(id).unwrap_or_else(|e| panic!("a guide offers {id}: {e}"));
            assert!(page.starts_with("https://"), "{id} opens an https page");
        }
        let listed: BTreeSet<&str> = LINKS.iter().map(|l| l.id).collect();
        assert_eq!(
            listed, offered,
            "the allow-list holds exactly the pages guides.toml offers"
        );
    }

    #[test]
    fn every_link_has_a_label_in_every_language() {
        // The removal guide's own text says these pages need a network; labels end in "(web)".
        for lang in localizer().languages() {
            for l in LINKS {
                let id = format!("action-link-{}", l.id);
                assert!(localizer().has(&lang, &id), "{id} exists in {lang}");
            }
        }
    }
}
