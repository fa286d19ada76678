//! axe-core, injected into the real webview: every screen is checked for accessibility.

use serde_json::{json, Value};

use crate::app::App;
use crate::repo_root;
impl App {
    /// Run axe-core (WCAG 2.0–2.2 A/AA rules and best practices) on the current page and return its
    /// violations as `"rule: help — target …"` lines. Anything but a list of violations from
    /// axe-core (an error, a missing answer) fails the test: an accessibility check that did
    /// not run must not pass.
    pub async fn axe(&self) -> Vec<String> {
        // Injected once per page: the app is a single page, so it stays across screens.
        let loaded = self
            .js("return typeof axe === 'object' && typeof axe.run === 'function'")
            .await;
        if loaded != json!(true) {
            let axe_src =
                std::fs::read_to_string(repo_root().join("ui/node_modules/axe-core/axe.min.js"))
                    .expect("axe-core is installed in ui/node_modules (npm ci)");
            let injected = self
                .client
                .execute(&format!("{axe_src}\n;return typeof axe.run;"), vec![])
                .await
                .expect("axe-core can be injected");
            assert_eq!(
                injected,
                json!("function"),
                "axe-core should be loaded in the page"
            );
        }
        let answer = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] })
                     .then(r => done({ violations: r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
                     .catch(e => done({ error: String(e) }));"#,
                vec![],
            )
            .await
            .expect("axe-core runs");
        axe_violations(&answer).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Assert axe-core finds no violation on the current screen.
    pub async fn assert_accessible(&self, screen: &str) {
        let violations = self.axe().await;
        assert!(
            violations.is_empty(),
            "axe-core violations on {screen}:\n{}",
            violations.join("\n")
        );
    }
}

/// Read axe-core's answer: `{ violations: [string…] }`, or the reason it is not one.
pub fn axe_violations(answer: &Value) -> Result<Vec<String>, String> {
    if let Some(error) = answer.get("error") {
        return Err(format!("axe-core failed: {error}"));
    }
    let list = answer
        .get("violations")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("axe-core should answer a list of violations, got {answer}"))?;
    list.iter()
        .map(|v| {
            v.as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("each violation should be a line of text, got {v}"))
        })
        .collect()
}
