//! How the webview draws: on the CPU, without WebKit's accelerated compositing (Linux).
//!
//! Why: WebKitGTK (2.46 and later) composites by default, and paints each layer's tiles with
//! Skia on the GPU through OpenGL. On a machine without a GPU, or without a driver for it
//! (many family and school computers, virtual machines), OpenGL is Mesa's llvmpipe, which
//! compiles every shader program with LLVM on the CPU the first time it is used. Measured on
//! the 2-core build machine, fr_BE, under Xvfb (bench/coldstart.sh, and a copy of the
//! hello-world with Refuge's first screen in it):
//! - the first rounded border on screen (Quick exit's: 2 px, 8 px radius) costs ~220 ms of CPU
//!   and ~300 ms before Call for help is painted: Skia needs a GL program for it and llvmpipe
//!   compiles its shaders (perf: 41 % of the start's CPU samples in libLLVM, in WebKit's
//!   `SkiaGPUWorker` and compositor threads). One rounded border costs as much as all of them;
//!   the sticky bar's layer, the fonts and the colours cost nothing measurable;
//! - compositing itself, GL set up for the first frame, costs the hello-world ~190 ms more
//!   than with compositing off;
//! - scrolling a long guide at 1280×1000 ran at ~22 frames a second with compositing, on
//!   ~4.8 s of CPU, and at ~50 without, on ~1.6 s; at 400×780, 60 either way.
//!
//! So Refuge's webview never composites (`hardware-acceleration-policy` = never): it paints
//! on the CPU, into shared memory, as WebKit does with `WEBKIT_DISABLE_COMPOSITING_MODE=1`.
//! Call for help is then painted as fast as in the hello-world, whatever the machine's GL.
//! What it costs a person: nothing we could find. Refuge's pages are text, buttons and a
//! sticky bar: no video, canvas, WebGL, 3D transform or animation, the only things the GPU
//! path is for. Screen readers read the page, not its pixels. On Wayland and X11 alike WebKit
//! hands the painted bitmaps to GTK, which draws them (the path that keeps WebKit apps
//! working where GL is broken, as with some NVIDIA drivers on Wayland). On a machine with a
//! real GPU, scrolling repaints on the CPU what the GPU would have composited: a few ms a
//! frame for a page of text. Every end-to-end test has always run this path (the harness sets
//! the variable), and now every person does too.
//!
//! What it cannot do: a computer with no working OpenGL at all (no Mesa drivers, not even the
//! software one) does not start. WebKitGTK 2.50 aborts while the webview is being made ("Could
//! not create surfaceless EGL display"), before any setting can be read; the hello-world, and
//! `WEBKIT_DISABLE_COMPOSITING_MODE=1` or `WEBKIT_DISABLE_DMABUF_RENDERER=1`, fare the same.
//!
//! What must stay true: the policy reaches the page before its first paint (`with_webview`
//! runs on the main loop just after the window is made, before the page's HTML has come), and
//! the page can tell: `(-webkit-transform-3d)` matches only where WebKit composites. The
//! end-to-end test `the_shipped_app_paints_without_compositing_on_a_plain_desktop` starts the
//! shipped app without the harness's variable and checks it. The test-hooks build also answers
//! [`webview_rendering`], which reads the policy back from the live webview's WebKitGTK
//! settings; the end-to-end test `the_webview_s_policy_is_never` checks it says `never`.

use tauri::{Runtime, WebviewWindow};

/// Make `window`'s webview paint without accelerated compositing (see the module docs).
/// Elsewhere than Linux, the platform's webview keeps its own choice.
pub fn apply<R: Runtime>(window: &WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    {
        let applied = window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            match WebViewExt::settings(&webview.inner()) {
                Some(settings) => {
                    settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never)
                }
                None => log::warn!("the webview has no settings: it paints as WebKit chooses"),
            }
        });
        if let Err(e) = applied {
            log::warn!("the webview's drawing could not be set: {e}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

/// Test-hooks build only: the hardware-acceleration policy the live webview's WebKitGTK
/// settings hold, as WebKit names it (`never`, `always`, `on-demand`), read on the main loop.
/// Not in the shipped binary, nor in the TypeScript contract: the end-to-end tests call it by
/// name (`__TAURI_INTERNALS__.invoke`), under a capability added at start-up (`grant_hooks`);
/// `lib.rs`'s invoke handler answers it with this.
#[cfg(feature = "test-hooks")]
#[allow(clippy::let_and_return)] // one `let` per platform
pub async fn webview_rendering<R: Runtime>(window: tauri::Webview<R>) -> Result<String, String> {
    #[cfg(target_os = "linux")]
    let policy = {
        let (tx, rx) = std::sync::mpsc::channel();
        window
            .with_webview(move |webview| {
                use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
                let policy = WebViewExt::settings(&webview.inner()).map(|settings| match settings
                    .hardware_acceleration_policy()
                {
                    HardwareAccelerationPolicy::Never => "never".to_owned(),
                    HardwareAccelerationPolicy::Always => "always".to_owned(),
                    HardwareAccelerationPolicy::OnDemand => "on-demand".to_owned(),
                    other => format!("{other:?}"),
                });
                let _ = tx.send(policy.ok_or_else(|| "the webview has no settings".to_owned()));
            })
            .map_err(|e| e.to_string())?;
        // Async: the command runs off the main loop, which answers the closure above.
        tauri::async_runtime::spawn_blocking(move || {
            rx.recv_timeout(std::time::Duration::from_secs(10))
                .map_err(|e| format!("the main loop did not answer: {e}"))?
        })
        .await
        .map_err(|e| e.to_string())?
    };
    #[cfg(not(target_os = "linux"))]
    let policy = {
        let _ = window;
        Err("only WebKitGTK has this setting".to_owned())
    };
    policy
}

/// Test-hooks build only: let the main window call [`webview_rendering`] (its permission is
/// made by `build.rs` for this build alone; `capabilities/default.json` stays the shipped list).
#[cfg(feature = "test-hooks")]
pub fn grant_hooks<R: Runtime, M: tauri::Manager<R>>(app: &M) -> tauri::Result<()> {
    app.add_capability(
        tauri::ipc::CapabilityBuilder::new("test-hooks")
            .window("main")
            .permission("allow-webview-rendering"),
    )
}
