//! End to end, offline: "What to do now". A teen who says yes to the first question sees the
//! crisis call at once; a parent with a deadline gets Urgent and their country's line; staff
//! get a summary to read back or print. Screenshots of each level, both languages.

use refuge_core::vocab::Audience;
use refuge_core::vocab::Need;
use refuge_e2e::{route_uri, App, Launch};

const NIGHT: &str = "2026-11-24T02:00:00Z";

fn expected_uri(country: &str, need: Need, audience: Audience, lang: &str) -> String {
    route_uri(country, need, audience, &[lang], NIGHT.parse().unwrap())
}

async fn wait_urgency(app: &App, want: &str) {
    app.wait_attr("triage-outcome", "data-urgency", want).await;
}

async fn teen_in_danger(system: &str, lang: &str, country: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(NIGHT)).await;
    app.click("door-young").await;
    app.click("safety-yes").await;
    assert!(
        app.in_first_screen("safety-call-crisis").await,
        "the crisis call button is on the first screen, no scrolling ({lang})"
    );
    app.screenshot(&format!("young-threat-safety-yes-{lang}"))
        .await;
    app.click("safety-call-crisis").await;
    app.wait_opened(&expected_uri(country, Need::Crisis, Audience::Young, lang))
        .await;
    app.click("contact-close").await;

    app.click("safety-continue").await;
    wait_urgency(&app, "emergency").await;
    app.screenshot(&format!("triage-emergency-{lang}")).await;
    app.screenshot_pages(&format!("triage-emergency-{lang}-full"))
        .await;
    app.assert_accessible(&format!("triage, emergency ({lang})"))
        .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_teen_thinking_of_self_harm_sees_the_crisis_call_at_once_in_french() {
    teen_in_danger("fr_BE.UTF-8", "fr", "BE").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_teen_thinking_of_self_harm_sees_the_crisis_call_at_once_in_english() {
    teen_in_danger("en_GB.UTF-8", "en", "GB").await;
}

async fn parent_with_a_deadline(system: &str, lang: &str, country: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(NIGHT)).await;
    app.click("door-parent").await;
    app.click("door-triage").await;
    app.click("triage-self-harm-no").await;
    app.click("triage-deadline-yes").await;
    wait_urgency(&app, "urgent").await;
    app.screenshot(&format!("triage-urgent-{lang}")).await;
    app.screenshot_pages(&format!("triage-urgent-{lang}-full"))
        .await;
    app.assert_accessible(&format!("triage, urgent ({lang})"))
        .await;
    app.click("triage-call-now").await;
    app.wait_opened(&expected_uri(country, Need::Help, Audience::Parent, lang))
        .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_parent_facing_a_deadline_gets_urgent_and_child_focus_in_belgium() {
    parent_with_a_deadline("fr_BE.UTF-8", "fr", "BE").await;
    assert_eq!(
        expected_uri("BE", Need::Help, Audience::Parent, "fr"),
        "tel:116000"
    );
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_parent_facing_a_deadline_gets_urgent_and_their_countrys_line_in_canada() {
    parent_with_a_deadline("en_CA.UTF-8", "en", "CA").await;
}

async fn staff_checklist_with_no_red_flag(system: &str, lang: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(NIGHT)).await;
    app.click("door-staff").await;
    app.click("door-triage").await;
    for q in [
        "self-harm",
        "deadline",
        "known-offender",
        "contact",
        "images-shared",
    ] {
        app.click(&format!("triage-{q}-no")).await;
    }
    app.click("triage-adult-told-yes").await;
    wait_urgency(&app, "act-today").await;
    app.wait("triage-summary").await;
    app.screenshot(&format!("triage-act-today-{lang}")).await;
    app.screenshot_pages(&format!("triage-staff-summary-{lang}"))
        .await;
    app.assert_accessible(&format!("triage, act today ({lang})"))
        .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn staff_with_no_red_flag_get_act_today_and_a_summary_in_french() {
    staff_checklist_with_no_red_flag("fr_FR.UTF-8", "fr").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn staff_with_no_red_flag_get_act_today_and_a_summary_in_english() {
    staff_checklist_with_no_red_flag("en_IE.UTF-8", "en").await;
}
