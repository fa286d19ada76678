//! End to end, offline: what a button dials when no line for its need can answer, as the
//! December 2026 review asked. In Mayotte a parent's "parents' helpline" button (the same
//! fallback as sextortion and reporting) dials the police's 17, titled as the police, not the
//! SAMU; in Tunisia at 02:00 Call for help dials 1809; in Senegal the child line 116, whose hours
//! no source gives, is a second button under the police's 17, said as "hours not known".
//! Screenshots in French and English at phone size.

use refuge_core::vocab::Audience;
use refuge_core::vocab::Need;
use refuge_e2e::{route_uri, App, Launch};

/// Tuesday 24 November 2026, 02:00 in Mayotte (UTC+3).
const MAYOTTE_NIGHT: &str = "2026-11-23T23:00:00Z";
/// Tuesday 24 November 2026, 02:00 in Tunis (UTC+1).
const TUNIS_NIGHT: &str = "2026-11-24T01:00:00Z";
/// Tuesday 24 November 2026, 14:00 in Dakar (UTC).
const DAKAR_AFTERNOON: &str = "2026-11-24T14:00:00Z";

async fn mayotte_parent(system: &str, lang: &str, title: &str) {
    let now = MAYOTTE_NIGHT.parse().unwrap();
    // The rule holds for every button that falls back for a child at risk: sextortion,
    // reporting and parents all dial 17 in Mayotte. The app shows the parents' one.
    for need in [Need::Sextortion, Need::Reporting, Need::Parents] {
        assert_eq!(
            route_uri("YT", need, Audience::Parent, &[lang], now),
            "tel:17",
            "{need:?} in Mayotte falls back to the police"
        );
    }
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(MAYOTTE_NIGHT)).await;
    app.click("door-parent").await;
    app.click("guide-link-parent-talk").await;
    app.wait("guide-parent-talk").await;
    assert_eq!(
        app.attr("action-call-parents", "data-helpline")
            .await
            .as_deref(),
        Some("yt-17"),
        "the police and gendarmerie, not the SAMU 15 ({lang})"
    );
    let text = app.text("action-call-parents").await;
    assert!(
        text.starts_with(title),
        "titled as the police ({lang}): {text}"
    );
    assert!(
        !text.contains("ambulance"),
        "never \"police, ambulance, fire\" for 17 ({lang}): {text}"
    );
    app.js("document.querySelector('[data-testid=action-call-parents]').scrollIntoView({block: 'center'})")
        .await;
    app.screenshot(&format!("fallback-police-yt-{lang}")).await;
    app.assert_accessible(&format!("guide, police fallback ({lang})"))
        .await;
    app.click("action-call-parents").await;
    app.wait_opened("tel:17").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn in_mayotte_the_fallback_for_a_child_at_risk_dials_17_as_the_police_in_french() {
    mayotte_parent("fr_YT.UTF-8", "fr", "Appeler la police ou la gendarmerie").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn in_mayotte_the_fallback_for_a_child_at_risk_dials_17_as_the_police_in_english() {
    mayotte_parent("en_YT.UTF-8", "en", "Call the police or gendarmerie").await;
}

async fn tunisia_at_night(system: &str, lang: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(TUNIS_NIGHT)).await;
    assert_eq!(
        app.attr("call-for-help", "data-helpline").await.as_deref(),
        Some("tn-1809"),
        "1809 answers at night, not civil protection's 198 ({lang})"
    );
    assert!(app.text("call-for-help-line").await.contains("1809"));
    app.screenshot(&format!("home-tn-night-{lang}")).await;
    app.click("call-for-help").await;
    app.wait_opened("tel:1809").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn in_tunisia_at_02_00_call_for_help_dials_1809() {
    tunisia_at_night("fr_TN.UTF-8", "fr").await;
    tunisia_at_night("en_TN.UTF-8", "en").await;
}

async fn senegal_second_line(system: &str, lang: &str, says: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(DAKAR_AFTERNOON)).await;
    assert_eq!(
        app.attr("call-for-help", "data-helpline").await.as_deref(),
        Some("sn-17"),
        "the police when no child line is known to be open ({lang})"
    );
    assert_eq!(
        app.attr("call-for-help-also-0", "data-helpline")
            .await
            .as_deref(),
        Some("sn-116"),
        "116 is offered, not dropped ({lang})"
    );
    let text = app.text("call-for-help-also-0").await;
    assert!(
        text.contains(says),
        "said as hours not known ({lang}): {text}"
    );
    app.screenshot(&format!("home-sn-second-line-{lang}")).await;
    app.assert_accessible(&format!("home, second line ({lang})"))
        .await;
    app.click("call-for-help-also-0").await;
    app.wait_opened("tel:116").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn in_senegal_the_child_line_of_unknown_hours_is_a_second_button() {
    senegal_second_line("fr_SN.UTF-8", "fr", "horaires inconnus").await;
    senegal_second_line("en_SN.UTF-8", "en", "hours not known").await;
}
