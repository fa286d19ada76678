//! Opening hours as words: `Mon–Fri 8:00–22:00; Sat–Sun 9:00–18:00`.

use chrono::Weekday;

use super::{day, time};
use crate::error::Result;
use crate::helplines::hours::Hours;
use crate::i18n::Text;

/// `Mon–Fri 8:00–22:00; Sat–Sun 9:00–18:00`: consecutive days with the same ranges merged.
pub(crate) fn hours_text(w: &Text<'_>, hours: &Hours) -> Result<String> {
    let ranges = match hours {
        Hours::Always => return w.get("helplines-hours-always"),
        Hours::Unknown => return w.get("helplines-hours-unknown"),
        Hours::Weekly(r) => r,
    };
    let week = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    let of_day = |d: Weekday| -> Vec<(u16, u16)> {
        ranges
            .iter()
            .filter(|r| r.day == d)
            .map(|r| (r.from, r.to))
            .collect()
    };
    let mut spans = Vec::new();
    let mut i = 0;
    while i < week.len() {
        let times = of_day(week[i]);
        let mut j = i;
        while j + 1 < week.len() && of_day(week[j + 1]) == times {
            j += 1;
        }
        if !times.is_empty() {
            let days = if i == j {
                day(w, week[i], true)?
            } else {
                w.with(
                    "helplines-hours-days-range",
                    &[
                        ("first", day(w, week[i], true)?),
                        ("last", day(w, week[j], true)?),
                    ],
                )?
            };
            let times = times
                .iter()
                .map(|&(from, to)| {
                    w.with(
                        "helplines-hours-time-range",
                        &[
                            ("from", time(w, u32::from(from))?),
                            ("to", time(w, u32::from(to))?),
                        ],
                    )
                })
                .collect::<Result<Vec<_>>>()?
                .join(", ");
            spans.push(w.with("helplines-hours-span", &[("days", days), ("times", times)])?);
        }
        i = j + 1;
    }
    // "; " in English, " ; " (with a no-break space) in French: the language's own separator.
    Ok(spans.join(&w.get("helplines-hours-span-separator")?))
}
