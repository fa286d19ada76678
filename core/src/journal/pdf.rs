//! The report as a PDF: A4 pages, DejaVu Sans embedded, text that copies and searches
//! correctly (each font carries a ToUnicode map, so `pdftotext` gives back what was typed).
//!
//! Written with `pdf-writer` and `ttf-parser` (a handful of small crates, no C): the layout
//! needs only lines of text, so a layout engine would add size and nothing else.
//!
//! The embedded fonts are subsets made by `fonts/make-subset.sh`: Windows-1252 (Latin-1 plus
//! ’ ‘ “ ” « » … – — € œ Œ and the rest of that set) and the narrow no-break space. Anything
//! else a person typed — a Cyrillic letter in a fake account name, an emoji — is printed as
//! its code point, `[U+0430]`, so the PDF never silently drops or alters evidence; the text
//! export keeps every character as it is. Tabs print as four spaces.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};
use ttf_parser::{Face, GlyphId};

use super::export::Report;
use crate::error::{Error, Result};

const REGULAR: &[u8] = include_bytes!("fonts/DejaVuSans-record.ttf");
const BOLD: &[u8] = include_bytes!("fonts/DejaVuSans-Bold-record.ttf");

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.0;
const FOOTER_Y: f32 = 32.0;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// The indent of a field's text under its label.
const VALUE_INDENT: f32 = 12.0;

/// A font as the layout and the PDF need it.
struct Font<'a> {
    face: Face<'a>,
    bytes: &'a [u8],
    /// PDF name of the font resource.
    resource: &'static [u8],
    /// PostScript name, with the subset tag PDF asks for.
    base_name: &'static [u8],
    /// Glyph → the character it was used for, for the ToUnicode map.
    used: BTreeMap<u16, char>,
}

impl<'a> Font<'a> {
    fn load(bytes: &'a [u8], resource: &'static [u8], base_name: &'static [u8]) -> Result<Self> {
        let face = Face::parse(bytes, 0).map_err(|e| Error::Content(format!("font: {e}")))?;
        Ok(Font {
            face,
            bytes,
            resource,
            base_name,
            used: BTreeMap::new(),
        })
    }

    /// Advance of `glyph` in thousandths of the font size.
    fn advance(&self, glyph: GlyphId) -> f32 {
        let units = f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0));
        units * 1000.0 / f32::from(self.face.units_per_em())
    }

    /// The glyphs for `text`, with characters the font lacks spelled as `[U+XXXX]`.
    fn shape(&mut self, text: &str) -> Vec<(GlyphId, char)> {
        let mut out = Vec::with_capacity(text.len());
        let mut push = |font: &mut Font<'_>, c: char| {
            if let Some(g) = font.face.glyph_index(c) {
                font.used.entry(g.0).or_insert(c);
                out.push((g, c));
                true
            } else {
                false
            }
        };
        for c in text.chars() {
            if c == '\t' {
                for _ in 0..4 {
                    push(self, ' ');
                }
            } else if !push(self, c) {
                for d in format!("[U+{:04X}]", u32::from(c)).chars() {
                    push(self, d);
                }
            }
        }
        out
    }
}

/// Which of the two fonts a line uses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Weight {
    Regular,
    Bold,
}

/// A laid-out line.
struct Line {
    face: Weight,
    size: f32,
    gray: f32,
    x: f32,
    glyphs: Vec<u16>,
    /// Space above the line, in points, on top of its own height.
    gap: f32,
    /// Keep this line on the same page as the next one (headings and labels).
    keep_with_next: bool,
    /// Draw a rule above the line (between entries).
    rule: bool,
}

/// Line height for a font size.
fn leading(size: f32) -> f32 {
    size * 1.4
}

struct Layout<'a> {
    regular: Font<'a>,
    bold: Font<'a>,
    lines: Vec<Line>,
}

/// A paragraph's look.
#[derive(Clone, Copy)]
struct Style {
    face: Weight,
    size: f32,
    gray: f32,
    indent: f32,
    gap: f32,
    keep_with_next: bool,
    rule: bool,
}

impl Style {
    const fn new(face: Weight, size: f32) -> Style {
        Style {
            face,
            size,
            gray: 0.0,
            indent: 0.0,
            gap: 0.0,
            keep_with_next: false,
            rule: false,
        }
    }
}

impl Layout<'_> {
    /// Break `text` into lines that fit, greedily: at the last space that fits, or inside a
    /// word too long for a line (a link).
    fn paragraph(&mut self, text: &str, style: Style) {
        let width = (TEXT_W - style.indent) * 1000.0 / style.size;
        let mut first_of_paragraph = true;
        for source_line in text.split('\n') {
            let font = match style.face {
                Weight::Regular => &mut self.regular,
                Weight::Bold => &mut self.bold,
            };
            let shaped = font.shape(source_line);
            let advances: Vec<f32> = shaped.iter().map(|(g, _)| font.advance(*g)).collect();
            let mut start = 0;
            loop {
                let mut used = 0.0;
                let mut end = start;
                let mut last_space = None;
                while end < shaped.len() && (end == start || used + advances[end] <= width) {
                    if shaped[end].1 == ' ' {
                        last_space = Some(end);
                    }
                    used += advances[end];
                    end += 1;
                }
                let (cut, next) = match last_space {
                    Some(s) if end < shaped.len() && s > start => (s, s + 1),
                    _ => (end, end),
                };
                let last_line = next >= shaped.len();
                self.lines.push(Line {
                    face: style.face,
                    size: style.size,
                    gray: style.gray,
                    x: MARGIN + style.indent,
                    glyphs: shaped[start..cut].iter().map(|(g, _)| g.0).collect(),
                    gap: if first_of_paragraph { style.gap } else { 0.0 },
                    keep_with_next: style.keep_with_next && last_line,
                    rule: style.rule && first_of_paragraph,
                });
                first_of_paragraph = false;
                start = next;
                if last_line {
                    break;
                }
            }
        }
    }
}

/// The report as PDF bytes.
pub(crate) fn render(report: &Report) -> Result<Vec<u8>> {
    let mut layout = Layout {
        regular: Font::load(REGULAR, b"F1", b"RFGREG+DejaVuSans")?,
        bold: Font::load(BOLD, b"F2", b"RFGBLD+DejaVuSans-Bold")?,
        lines: Vec::new(),
    };
    let body = Style::new(Weight::Regular, 10.5);
    layout.paragraph(&report.title, Style::new(Weight::Bold, 17.0));
    layout.paragraph(
        &report.made,
        Style {
            gray: 0.3,
            gap: 2.0,
            ..Style::new(Weight::Regular, 10.0)
        },
    );
    layout.paragraph(&report.intro, Style { gap: 10.0, ..body });
    layout.paragraph(&report.count, Style { gap: 4.0, ..body });
    if let Some(u) = &report.unreadable {
        layout.paragraph(u, Style { gap: 4.0, ..body });
    }
    for e in &report.entries {
        layout.paragraph(
            &e.heading,
            Style {
                gap: 22.0,
                keep_with_next: true,
                rule: true,
                ..Style::new(Weight::Bold, 12.5)
            },
        );
        layout.paragraph(
            &e.written,
            Style {
                gray: 0.35,
                keep_with_next: true,
                ..Style::new(Weight::Regular, 9.0)
            },
        );
        for (label, value) in &e.fields {
            layout.paragraph(
                label,
                Style {
                    gap: 7.0,
                    keep_with_next: true,
                    ..Style::new(Weight::Bold, 10.0)
                },
            );
            layout.paragraph(
                value,
                Style {
                    indent: VALUE_INDENT,
                    ..body
                },
            );
        }
    }
    write_pdf(report, layout)
}

/// Place the lines on pages and write the document.
fn write_pdf(report: &Report, mut layout: Layout<'_>) -> Result<Vec<u8>> {
    let top = PAGE_H - MARGIN;
    let bottom = MARGIN;
    // Pages as lists of (line index, baseline y, whether it opens the page).
    let mut pages: Vec<Vec<(usize, f32, bool)>> = vec![Vec::new()];
    let mut y = top;
    for (i, line) in layout.lines.iter().enumerate() {
        let on_fresh_page = pages.last().is_some_and(Vec::is_empty);
        let gap = if on_fresh_page { 0.0 } else { line.gap };
        let mut need = gap + leading(line.size);
        if line.keep_with_next {
            // Room for this line and the next one, so a label never ends a page alone.
            need += layout
                .lines
                .get(i + 1)
                .map_or(0.0, |next| next.gap + leading(next.size));
        }
        let opens_page = if y - need < bottom && !on_fresh_page {
            pages.push(Vec::new());
            y = top;
            true
        } else {
            y -= gap;
            on_fresh_page
        };
        y -= leading(line.size);
        if let Some(page) = pages.last_mut() {
            // The line box is `leading` tall; the baseline sits above its descent.
            page.push((i, y + 0.3 * line.size, opens_page));
        }
    }

    let total = pages.len();
    let footers: Vec<Vec<u16>> = (1..=total)
        .map(|n| {
            report.page_label(n, total).map(|label| {
                layout
                    .regular
                    .shape(&label)
                    .into_iter()
                    .map(|(g, _)| g.0)
                    .collect()
            })
        })
        .collect::<Result<_>>()?;

    let mut pdf = Pdf::new();
    let mut next = 1;
    let mut alloc = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog = alloc();
    let tree = alloc();
    let fonts = [alloc(), alloc()];
    let page_refs: Vec<(Ref, Ref)> = (0..total).map(|_| (alloc(), alloc())).collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_refs.iter().map(|(p, _)| *p))
        .count(i32::try_from(total).unwrap_or(i32::MAX));

    for (n, (page_ref, content_ref)) in page_refs.iter().enumerate() {
        let mut page = pdf.page(*page_ref);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .parent(tree)
            .contents(*content_ref);
        let mut resources = page.resources();
        let mut font_dict = resources.fonts();
        font_dict.pair(Name(layout.regular.resource), fonts[0]);
        font_dict.pair(Name(layout.bold.resource), fonts[1]);
        font_dict.finish();
        resources.finish();
        page.finish();

        let mut c = Content::new();
        for &(i, baseline, opens_page) in &pages[n] {
            let line = &layout.lines[i];
            if line.rule && !opens_page {
                let rule_y = baseline + 1.1 * line.size + line.gap * 0.5;
                c.set_stroke_gray(0.6)
                    .set_line_width(0.5)
                    .move_to(MARGIN, rule_y)
                    .line_to(PAGE_W - MARGIN, rule_y)
                    .stroke();
            }
            let resource = match line.face {
                Weight::Regular => layout.regular.resource,
                Weight::Bold => layout.bold.resource,
            };
            show(
                &mut c,
                resource,
                line.size,
                line.gray,
                line.x,
                baseline,
                &line.glyphs,
            );
        }
        let footer = &footers[n];
        let width: f32 = footer
            .iter()
            .map(|g| layout.regular.advance(GlyphId(*g)))
            .sum::<f32>()
            * 9.0
            / 1000.0;
        show(
            &mut c,
            layout.regular.resource,
            9.0,
            0.4,
            PAGE_W - MARGIN - width,
            FOOTER_Y,
            footer,
        );
        pdf.stream(*content_ref, &c.finish());
    }

    let mut refs = alloc;
    for (font, font_ref) in [&layout.regular, &layout.bold].into_iter().zip(fonts) {
        embed_font(&mut pdf, font, font_ref, &mut refs);
    }
    Ok(pdf.finish())
}

fn show(c: &mut Content, font: &[u8], size: f32, gray: f32, x: f32, y: f32, glyphs: &[u16]) {
    if glyphs.is_empty() {
        return;
    }
    let bytes: Vec<u8> = glyphs.iter().flat_map(|g| g.to_be_bytes()).collect();
    c.set_fill_gray(gray)
        .begin_text()
        .set_font(Name(font), size)
        .set_text_matrix([1.0, 0.0, 0.0, 1.0, x, y])
        .show(Str(&bytes))
        .end_text();
}

/// A Type 0 font over a CID TrueType font, glyph ids as CIDs (Identity-H), with its file,
/// widths and ToUnicode map.
fn embed_font(pdf: &mut Pdf, font: &Font<'_>, type0: Ref, alloc: &mut impl FnMut() -> Ref) {
    let (cid, descriptor, file, cmap) = (alloc(), alloc(), alloc(), alloc());
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(type0)
        .base_font(Name(font.base_name))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);

    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(Name(font.base_name))
        .system_info(system)
        .font_descriptor(descriptor)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    let widths: Vec<f32> = (0..font.face.number_of_glyphs())
        .map(|g| font.advance(GlyphId(g)))
        .collect();
    cid_font.widths().consecutive(0, widths);
    cid_font.finish();

    let scale = 1000.0 / f32::from(font.face.units_per_em());
    let b = font.face.global_bounding_box();
    pdf.font_descriptor(descriptor)
        .name(Name(font.base_name))
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            f32::from(b.x_min) * scale,
            f32::from(b.y_min) * scale,
            f32::from(b.x_max) * scale,
            f32::from(b.y_max) * scale,
        ))
        .italic_angle(0.0)
        .ascent(f32::from(font.face.ascender()) * scale)
        .descent(f32::from(font.face.descender()) * scale)
        .cap_height(f32::from(font.face.capital_height().unwrap_or(font.face.ascender())) * scale)
        .stem_v(if font.resource == b"F2" { 140.0 } else { 80.0 })
        .font_file2(file);

    pdf.stream(file, font.bytes).pair(
        Name(b"Length1"),
        i32::try_from(font.bytes.len()).unwrap_or(i32::MAX),
    );

    let mut map = UnicodeCmap::new(Name(b"Refuge-UTF16"), system);
    for (&glyph, &c) in &font.used {
        map.pair(glyph, c);
    }
    pdf.cmap(cmap, &map.finish());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fonts_cover_every_character_the_report_promises() {
        let promised = "AZaz09 àâçéèêëîïôöùûüÿÀÂÇÉÈÊËÎÏÔÖÙÛÜŸæœÆŒ ’‘“”«»…–—€\u{a0}\u{202f}ß©°";
        for bytes in [REGULAR, BOLD] {
            let mut font = Font::load(bytes, b"F", b"X").unwrap();
            let shaped = font.shape(promised);
            assert_eq!(
                shaped.len(),
                promised.chars().count(),
                "every promised character has its own glyph, none spelled as [U+…]"
            );
        }
    }

    #[test]
    fn a_character_the_font_lacks_is_spelled_out_not_dropped() {
        let mut font = Font::load(REGULAR, b"F", b"X").unwrap();
        let text: String = font.shape("pаypal").iter().map(|(_, c)| *c).collect();
        assert_eq!(
            text, "p[U+0430]ypal",
            "a Cyrillic а in a fake account name stays visible in the PDF"
        );
    }

    #[test]
    fn a_long_link_breaks_inside_the_line_width() {
        let mut layout = Layout {
            regular: Font::load(REGULAR, b"F1", b"X").unwrap(),
            bold: Font::load(BOLD, b"F2", b"Y").unwrap(),
            lines: Vec::new(),
        };
        let link = format!("https://example.com/{}", "a".repeat(400));
        layout.paragraph(
            &format!("see {link} now"),
            Style::new(Weight::Regular, 10.5),
        );
        assert!(layout.lines.len() > 2, "a 400-character link spans lines");
        for line in &layout.lines {
            let width: f32 = line
                .glyphs
                .iter()
                .map(|g| layout.regular.advance(GlyphId(*g)))
                .sum::<f32>()
                * 10.5
                / 1000.0;
            assert!(width <= TEXT_W + 0.01, "every line fits the page: {width}");
        }
    }
}
