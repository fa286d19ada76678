//! The smallest Tauri app that paints a line of text and reports it, like Refuge does:
//! with `REFUGE_EXIT_WHEN_READY` set it prints `refuge-ready-ms <ms>` and exits; with
//! `REFUGE_PRINT_READY` set it prints the line and keeps running (the bench then measures its
//! memory at rest).

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();

#[tauri::command]
fn ready(app: tauri::AppHandle) {
    let exit = std::env::var_os("REFUGE_EXIT_WHEN_READY").is_some();
    if exit || std::env::var_os("REFUGE_PRINT_READY").is_some() {
        let ms = START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0;
        println!("refuge-ready-ms {ms:.1}");
    }
    if exit {
        app.exit(0);
    }
}

fn main() {
    START.get_or_init(Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("error while running the hello-world");
}
