// Prevents an extra console window on Windows in release.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    refuge_lib::mark_process_start();
    refuge_lib::run();
}
