//! A private X server (Xvfb) for each app, and screenshots read from its framebuffer.

use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
/// A private X server (Xvfb) for one app: its window is alone on the screen, at (0,0), where
/// [`x_screenshot`] reads it, so tests can run side by side. Ended on drop, after the drivers
/// and the app (see the field order of [`App`]).
pub(crate) struct XServer {
    child: Child,
    /// `:N`, as Xvfb chose it (`-displayfd`: the first free display, no race between tests).
    pub(crate) display: String,
}

impl XServer {
    pub(crate) fn start() -> XServer {
        let mut child = Command::new("Xvfb")
            // Wider and taller than any window a test opens.
            .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0"])
            .arg("1280x2000x24")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("Xvfb must be installed (scripts/setup.sh): {e}"));
        // Xvfb writes its display number once it accepts connections.
        let mut number = String::new();
        let stdout = child.stdout.take().expect("Xvfb's stdout is piped");
        let read = std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut number);
        let number = number.trim();
        if read.is_err() || number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            let _ = child.kill();
            let status = child.wait();
            panic!("Xvfb should say which display it serves; it said {number:?} ({status:?})");
        }
        XServer {
            display: format!(":{number}"),
            child,
        }
    }
}

impl Drop for XServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The top-left `w`×`h` pixels of `display`, as a PNG: the app's window, which the harness
/// places at (0,0) on its own X server, with no window manager.
///
/// Why not WebDriver's Take Screenshot: under Xvfb, WebKitGTK sometimes never answers it, with
/// every process idle, and the whole WebDriver session then stops answering (seen in CI, and
/// every time in the discreet-mode test here). Reading the framebuffer cannot hang that way.
///
/// Returns the PNG and the raw frame (for [`x_screenshot_changed`]).
pub(crate) fn x_screenshot(display: &str, w: u32, h: u32) -> (Vec<u8>, Vec<u8>) {
    // The last frame reaches the X server a moment after the page's requestAnimationFrame.
    std::thread::sleep(FRAME_DELAY);
    let frame = XFrames::connect(display, w, h).read();
    (png_of(&frame, w, h), frame)
}

/// How long a frame may take to reach the X server after the page's second
/// requestAnimationFrame, when nothing tells the harness that it has arrived.
const FRAME_DELAY: Duration = Duration::from_millis(80);

/// How long a new frame must stay the same before it is taken as drawn whole.
const STILL: Duration = Duration::from_millis(30);

/// The top-left `w`×`h` pixels of `display` as a PNG, once a new frame has arrived after
/// `before` (the frame of the last screenshot; see [`new_frame`]). For a screen the caller has
/// just scrolled: it must change, so nothing waits a guessed time. Returns the PNG and the raw
/// frame, for the next call's `before`.
pub(crate) fn x_screenshot_changed(
    display: &str,
    w: u32,
    h: u32,
    before: &[u8],
) -> (Vec<u8>, Vec<u8>) {
    let frames = XFrames::connect(display, w, h);
    let frame = new_frame(|| frames.read(), before, std::thread::sleep);
    (png_of(&frame, w, h), frame)
}

/// The first frame `read` gives that differs from `before` and is read the same again after
/// [`STILL`] (drawn whole). A screen that does not change within a few frame delays (a scroll
/// that could not move) or never holds still (an animation) is taken as it is then, after about
/// [`NEW_FRAME_LIMIT`]: never a wait without end. `sleep` is `std::thread::sleep` but in tests.
pub(crate) fn new_frame(
    mut read: impl FnMut() -> Vec<u8>,
    before: &[u8],
    mut sleep: impl FnMut(Duration),
) -> Vec<u8> {
    const POLL: Duration = Duration::from_millis(10);
    let mut waited = Duration::ZERO;
    let mut frame = read();
    loop {
        if waited >= NEW_FRAME_LIMIT {
            return frame;
        }
        if frame.as_slice() == before {
            sleep(POLL);
            waited += POLL;
            frame = read();
            continue;
        }
        sleep(STILL);
        waited += STILL;
        let again = read();
        if again == frame {
            return frame;
        }
        frame = again;
    }
}

/// How long [`new_frame`] waits at most, about four times the fixed delay it replaces.
const NEW_FRAME_LIMIT: Duration = Duration::from_millis(320);

/// One connection to an app's X server, reading the window's pixels.
struct XFrames {
    conn: x11rb::rust_connection::RustConnection,
    root: u32,
    w: u16,
    h: u16,
}

impl XFrames {
    fn connect(display: &str, w: u32, h: u32) -> XFrames {
        use x11rb::connection::Connection;
        let (conn, screen) = x11rb::connect(Some(display))
            .unwrap_or_else(|e| panic!("the app's X server {display} answers: {e}"));
        let root = conn.setup().roots[screen].root;
        XFrames {
            conn,
            root,
            w: u16::try_from(w).expect("width fits"),
            h: u16::try_from(h).expect("height fits"),
        }
    }

    /// The pixels now, as the X server holds them: depth 24 in 32 bits per pixel, B, G, R, unused.
    fn read(&self) -> Vec<u8> {
        use x11rb::protocol::xproto::{ConnectionExt, ImageFormat};
        self.conn
            .get_image(ImageFormat::Z_PIXMAP, self.root, 0, 0, self.w, self.h, !0)
            .expect("GetImage is sent")
            .reply()
            .expect("the X server returns the window's pixels")
            .data
    }
}

/// Encode a frame read by [`XFrames::read`] as an RGB PNG.
fn png_of(frame: &[u8], w: u32, h: u32) -> Vec<u8> {
    // A plain loop: this crate is built unoptimised, where an iterator chain over every pixel
    // costs seconds per screen.
    let mut rgb = Vec::with_capacity(frame.len() / 4 * 3);
    for p in frame.chunks_exact(4) {
        rgb.extend_from_slice(&[p[2], p[1], p[0]]);
    }
    assert_eq!(
        rgb.len(),
        (w * h * 3) as usize,
        "a 24-bit screen (XServer::start)"
    );
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        // Read by people and by nothing else: size matters less than the time to write them.
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder.write_header().expect("a PNG header");
        writer.write_image_data(&rgb).expect("the PNG's pixels");
    }
    out
}

/// The text the CLIPBOARD selection of `display` holds now (UTF-8), asked as any other app would;
/// `None` when no one owns it or it holds no text. Gives up after two seconds.
pub(crate) fn x_clipboard_text(display: &str) -> Option<String> {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, CreateWindowAux, WindowClass};
    use x11rb::protocol::Event;
    let (conn, screen) = x11rb::connect(Some(display)).ok()?;
    let root = conn.setup().roots[screen].root;
    let win = conn.generate_id().ok()?;
    conn.create_window(
        x11rb::COPY_DEPTH_FROM_PARENT,
        win,
        root,
        0,
        0,
        1,
        1,
        0,
        WindowClass::INPUT_OUTPUT,
        0,
        &CreateWindowAux::new(),
    )
    .ok()?;
    let atom = |name: &[u8]| Some(conn.intern_atom(false, name).ok()?.reply().ok()?.atom);
    let (clipboard, utf8, prop) = (
        atom(b"CLIPBOARD")?,
        atom(b"UTF8_STRING")?,
        atom(b"REFUGE_E2E")?,
    );
    conn.convert_selection(win, clipboard, utf8, prop, x11rb::CURRENT_TIME)
        .ok()?;
    conn.flush().ok()?;
    let deadline = std::time::Instant::now() + Duration::from_secs(2);
    loop {
        match conn.poll_for_event().ok()? {
            Some(Event::SelectionNotify(e)) => {
                if e.property == x11rb::NONE {
                    return None;
                }
                break;
            }
            Some(_) => {}
            None if std::time::Instant::now() > deadline => return None,
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    let reply = conn
        .get_property(true, win, prop, AtomEnum::ANY, 0, 1 << 20)
        .ok()?
        .reply()
        .ok()?;
    Some(String::from_utf8_lossy(&reply.value).into_owned())
}
