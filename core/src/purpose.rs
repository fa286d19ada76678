//! What a helpline is for, and how it can be reached: the vocabulary shared by the guides,
//! the triage and the helpline directory. Guides and triage name a [`Purpose`], never a
//! number; each country's data decides which line serves it.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// What a helpline is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// The country's designated line for sextortion and sexual exploitation of children.
    Sextortion,
    /// Child protection: a child helpline or child-protection service.
    ChildProtection,
    /// Suicide and emotional crisis.
    Crisis,
    /// Reporting illegal content and getting it removed.
    Reporting,
    /// Lines for parents and carers.
    Parents,
    /// An emergency service (its services are named in the data: police, medical, fire…).
    Emergency,
    /// Help for people facing sexual or gender-based violence. No button asks for it: such a
    /// line is listed, never dialled in place of a child line (DR Congo's 122 is for women and
    /// girls, and most sextortion victims are boys).
    Violence,
}

impl Purpose {
    /// Every purpose, in a fixed order.
    pub const ALL: [Purpose; 7] = [
        Purpose::Sextortion,
        Purpose::ChildProtection,
        Purpose::Crisis,
        Purpose::Reporting,
        Purpose::Parents,
        Purpose::Emergency,
        Purpose::Violence,
    ];

    /// The kebab-case id used in data files and Fluent ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Sextortion => "sextortion",
            Purpose::ChildProtection => "child-protection",
            Purpose::Crisis => "crisis",
            Purpose::Reporting => "reporting",
            Purpose::Parents => "parents",
            Purpose::Emergency => "emergency",
            Purpose::Violence => "violence",
        }
    }
}

impl FromStr for Purpose {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Purpose::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| {
                Error::InvalidInput(format!(
                    "unknown purpose {:?}",
                    s.chars().take(32).collect::<String>()
                ))
            })
    }
}

/// How to reach a helpline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// `Channel` is a name the generated TypeScript keeps for Tauri's own channels (the container
// name changes nothing on the wire: the variants stay "call", "text", "web").
#[serde(rename = "ContactChannel")]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// A phone call (`tel:`).
    Call,
    /// A text message (`sms:`).
    Text,
    /// A web page: a chat or a report form (`https:`), which needs a network.
    Web,
}

impl Channel {
    /// `"call"`, `"text"` or `"web"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Call => "call",
            Channel::Text => "text",
            Channel::Web => "web",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_round_trip_through_their_ids() {
        for p in Purpose::ALL {
            assert_eq!(p.as_str().parse::<Purpose>().unwrap(), p, "{p:?}");
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(
                json,
                format!("\"{}\"", p.as_str()),
                "serde uses the same id"
            );
        }
        assert_eq!(
            "phone-a-friend".parse::<Purpose>().unwrap_err().code(),
            "invalid-input"
        );
    }
}
