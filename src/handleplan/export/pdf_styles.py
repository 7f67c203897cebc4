"""The PDF's look: the embedded DejaVu Sans family, colours, paragraph styles, the leader's text made safe.

Whatever the leader typed must print as typed: markup characters are escaped, characters the font has
no glyph for become a visible "□", and long notes are cut into paragraphs of about 1,000 characters
(ReportLab wraps one huge paragraph in quadratic time: 400,000 characters took 46 s, split 0.6 s).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from handleplan.export.pdf_bidi import base_level, has_rtl, ltr_label, shape, visual, visual_frags
from handleplan.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}
# No bold-italic face: nothing prints bold and italic at once (markup in the leader's text is escaped),
# so <b><i> falls back to bold and the bundle carries one font file less (0.65 MB, 0.33 MB compressed).
REPLACEMENT = "\u25a1"  # □ - DejaVu has it in all three faces
CHUNK = 1000  # characters per paragraph of the leader's text

# Page geometry (A4: 21 × 29.7 cm).
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.1 * cm
MARGIN_BOTTOM = 2.2 * cm

# Colours: calm ink on white; the four phase colours are the app's own (ui/style.py PHASE_COLOURS).
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b76")
FAINT = colors.HexColor("#9aa5b1")
RULE = colors.HexColor("#d3dae1")
HEAD_BG = colors.HexColor("#eef2f5")
ACCENT = colors.HexColor("#1f5f7a")
PHASE_COLOURS = {
    "plan": colors.HexColor("#3b7dd8"),
    "do": colors.HexColor("#e0a020"),
    "study": colors.HexColor("#2e9d6a"),
    "act": colors.HexColor("#b5467a"),
}

_lock = threading.Lock()
_glyphs: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the DejaVu Sans family once per process (thread-safe; the export runs in a worker)."""
    if _glyphs:
        return
    with _lock:
        if _glyphs:
            return
        folder = resources_dir() / "fonts"
        found: dict[str, frozenset[int]] = {}
        for name, filename in FONT_FILES.items():
            font = TTFont(name, str(folder / filename))
            pdfmetrics.registerFont(font)
            found[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )
        _glyphs.update(found)


# Invisible formatting characters (variation selectors, zero-width joiners, BOM): nothing to print.
_INVISIBLE = dict.fromkeys([*range(0xFE00, 0xFE10), 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD])
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def clean(text: str, font: str = FONT) -> str:
    """Plain text with only characters `font` can draw, Arabic letters joined; anything else becomes a
    visible □."""
    if not text:
        return ""
    register_fonts()
    have = _glyphs[font]
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    # Arabic joined before the invisible characters go: a Persian zero-width non-joiner still parts letters.
    text = shape(text, have.__contains__).translate(_INVISIBLE)
    missing = {ord(ch): REPLACEMENT for ch in set(text) if ord(ch) not in have and ch != "\n"}
    return text.translate(missing) if missing else text


# A line of the leader's text printed where it cannot flow on to the next page – a heading, the cover,
# the contents, the summary's names – is cut after this many characters, visibly ("…"), and the export
# says so. No title is this long when typed in the app; one imported or pasted 20,000 characters long
# would otherwise make a row taller than the page, and the whole PDF fail.
LINE_LIMIT = 300
_shortened: ContextVar[list[str] | None] = ContextVar("shortened", default=None)


@contextmanager
def noting_shortened(into: list[str]) -> Iterator[list[str]]:
    """While a PDF is built: the beginning of each line `one_line` cut is added to `into`, once."""
    token = _shortened.set(into)
    try:
        yield into
    finally:
        _shortened.reset(token)


def one_line(text: str, font: str = FONT) -> str:
    """The leader's text as one plain line: line breaks become spaces, at most LINE_LIMIT characters."""
    line = " ".join(clean(text, font).split())
    if len(line) <= LINE_LIMIT:
        return line
    cut = line[:LINE_LIMIT]
    if " " in cut[LINE_LIMIT // 2 :]:
        cut = cut.rsplit(" ", 1)[0]  # at a word, unless the text has no spaces to cut at
    noted = _shortened.get()
    beginning = " ".join(cut[:60].split())
    if noted is not None and beginning not in noted:
        noted.append(beginning)
    return cut.rstrip() + " …"


def inline(text: str, font: str = FONT) -> str:
    """One line of the leader's text as markup (titles, names): see `one_line`."""
    return escape(one_line(text, font))


def split_text(text: str, limit: int = CHUNK, font: str = FONT) -> list[tuple[str, bool]]:
    """The text as (line, ends_a_block) pieces: blocks at blank lines, then one piece per line, and lines
    longer than `limit` cut at a space (at a sentence end if one is near).

    One Paragraph per line keeps ReportLab on its fast path: a Paragraph with <br/> breaks is wrapped
    fragment by fragment, about twice as slowly.
    """
    text = clean(text, font).strip()
    if not text:
        return []
    pieces: list[tuple[str, bool]] = []
    for block in _BLANK_LINES.split(text):
        lines = [line.rstrip() for line in block.strip("\n").split("\n")]
        lines = [line for line in lines if line]
        for n, line in enumerate(lines):
            indent = len(line) - len(line.lstrip(" "))
            if indent:  # keep the leader's indentation ("  - punkt"); Paragraph drops plain spaces
                line = "\u00a0" * indent + line[indent:]
            parts = _cut(line, limit) if len(line) > limit else [line]
            last = n == len(lines) - 1
            pieces += [(part, last and m == len(parts) - 1) for m, part in enumerate(parts)]
    return pieces


def _cut(line: str, limit: int) -> list[str]:
    parts = []
    while len(line) > limit:
        cut = line.rfind(". ", limit // 2, limit)
        cut = cut + 1 if cut > 0 else line.rfind(" ", limit // 2, limit)
        if cut <= 0:
            cut = limit
        parts.append(line[:cut].rstrip())
        line = line[cut:].lstrip(" ")
    if line:
        parts.append(line)
    return parts


def _tight(style: ParagraphStyle) -> ParagraphStyle:
    """The same style without the space after: for the lines inside one block of the leader's text."""
    tight = getattr(style, "_tight", None)
    if tight is None:
        tight = ParagraphStyle(f"{style.name}-line", parent=style, spaceAfter=0)
        style._tight = tight  # type: ignore[attr-defined]
    return tight


def paragraphs(text: str, style: ParagraphStyle, prefix: str = "") -> list[Paragraph]:
    """The leader's (possibly very long) text as Paragraphs that flow across pages, line breaks kept.

    `prefix` is markup of our own put before the first line (e.g. a date in bold).
    """
    pieces = split_text(text, font=style.fontName)
    if prefix and not pieces:
        return [Para(prefix, style)]
    result = []
    for n, (piece, ends_block) in enumerate(pieces):
        line_style = style if ends_block else _tight(style)
        if n == 0 and prefix:
            # The leader's text sets the direction, not our label before it (a date, "Lav:"), and in a
            # right-to-left line the label stays one left-to-right run at its start.
            if base_level(piece):
                result.append(Para(ltr_label(prefix) + escape(piece), line_style, direction=1))
            else:
                result.append(Para(prefix + escape(piece), line_style))
        else:
            result.append(plain_paragraph(piece, line_style))
    return result


class Para(Paragraph):
    """A Paragraph that remembers its line breaking for the width it was last wrapped at, and draws
    right-to-left text in its reading order.

    Platypus wraps most paragraphs two or three times at the same width (a table measures its cells and
    wraps them again to draw; keep-with-next groups measure, then the frame wraps again). Breaking the
    lines is most of the time of an export, and it depends on the width only.

    Lines are broken in typed order and only put in display order when drawn (`pdf_bidi`), so a split
    across pages still breaks typed text; the halves keep the whole paragraph's direction. A paragraph
    that reads right to left is right-aligned, unless its style `stays_left` (the cover's values).
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        *args: object,
        direction: int | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(text, style, *args, **kwargs)
        # Read before the first wrap: breaking the lines of styled text leaves its fragments without it.
        if direction is None:
            typed = "".join(getattr(f, "text", "") or " ".join(getattr(f, "words", ())) for f in self.frags)
            self._bidi = (has_rtl(typed), base_level(typed))
        else:
            self._bidi = (True, direction)  # given for text that reads right to left

    def bidi(self) -> tuple[bool, int]:
        """(whether any right-to-left character is in it, 1 if it reads right to left)."""
        return self._bidi

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == availWidth and cached[3] is self.__dict__.get("blPara"):
            self.width, self.height = cached[1], cached[2]
            return cached[1], cached[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height, self.__dict__.get("blPara"))
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        bidi = self.bidi()
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, Para):
                part._bidi = bidi
        return parts

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802
        rtl, base = self.bidi()
        if not (rtl or base):
            return super().drawPara(debug)
        logical, style = self.blPara, self.style
        self.blPara = _display_order(logical, base)
        if base and style.alignment in (TA_LEFT, TA_JUSTIFY) and not getattr(style, "stays_left", False):
            self.style = _right(style)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara, self.style = logical, style


def _display_order(lines: object, base: int) -> object:
    """The wrapped lines of a paragraph, each in display order (per line: rule L2 works on lines)."""
    if lines.kind == 0:  # one style: (space left, words)
        shown = [
            (space, [visual(" ".join(words), base)]) if base or has_rtl(" ".join(words)) else (space, words)
            for space, words in lines.lines
        ]
    else:  # styled runs: each line's fragments
        shown = []
        for line in lines.lines:
            text = "".join(getattr(f, "text", "") for f in line.words)
            frags = visual_frags(line.words, base) if base or has_rtl(text) else None
            shown.append(line if frags is None else line.clone(words=frags))
    return lines.clone(lines=shown)


def _right(style: ParagraphStyle) -> ParagraphStyle:
    """The same style, right-aligned: for a paragraph that reads right to left."""
    right = getattr(style, "_right", None)
    if right is None:
        right = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        style._right = right  # type: ignore[attr-defined]
    return right


def plain_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (no markup) without running ReportLab's markup parser on it.

    The parser is a tenth of an export of long notes; a plain line is one fragment in the style's font,
    so the fragment parsed once per style is copied with the new text.
    """
    template = getattr(style, "_plain_frag", None)
    if template is None:
        template = Para("x", style).frags[0]
        style._plain_frag = template  # type: ignore[attr-defined]
    return Para(text, style, frags=[template.clone(text=text)])


class Styles:
    """All paragraph styles of the document, built once per export."""

    def __init__(self) -> None:
        register_fonts()

        def style(name: str, **kw: object) -> ParagraphStyle:
            base = {
                "fontName": FONT,
                "fontSize": 9.5,
                "leading": 13.5,
                "textColor": INK,
                "alignment": TA_LEFT,
                "splitLongWords": 1,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)  # type: ignore[arg-type]

        self.body = style("body", spaceAfter=5)
        self.body_muted = style("body_muted", textColor=MUTED, fontName=FONT_ITALIC, spaceAfter=5)
        self.small = style("small", fontSize=8, leading=10.5, textColor=MUTED)
        self.cover_kicker = style(
            "cover_kicker", fontSize=10, leading=14, textColor=ACCENT, fontName=FONT_BOLD
        )
        self.cover_title = style("cover_title", fontName=FONT_BOLD, fontSize=30, leading=36, spaceAfter=6)
        self.cover_sub = style("cover_sub", fontSize=15, leading=20, textColor=ACCENT, spaceAfter=18)
        self.cover_question = style(
            "cover_question", fontName=FONT_ITALIC, fontSize=10.5, leading=15, textColor=MUTED
        )
        self.cover_label = style("cover_label", fontSize=8, leading=11, textColor=MUTED)
        self.cover_value = style("cover_value", fontSize=11, leading=15)
        # A name in Hebrew on the cover stays beside its label, not at the far edge of the page.
        self.cover_value.stays_left = True  # type: ignore[attr-defined]
        self.confidential = style(
            "confidential", fontSize=8.5, leading=12, textColor=MUTED, alignment=TA_CENTER
        )
        self.h1 = style(
            "h1",
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            spaceBefore=0,
            spaceAfter=10,
            textColor=ACCENT,
            keepWithNext=1,
        )
        self.h2 = style(
            "h2", fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=4, spaceAfter=3, keepWithNext=1
        )
        # The line under a heading (status, dates): kept with what follows, like the heading itself.
        self.meta = style("meta", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=10, keepWithNext=1)
        self.h3 = style(
            "h3", fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1
        )
        self.phase = style("phase", fontName=FONT_BOLD, fontSize=10.5, leading=13)
        self.phase_q = style("phase_q", fontName=FONT_ITALIC, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.label = style(
            "label",
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceBefore=5,
            spaceAfter=1.5,
            keepWithNext=1,
        )
        self.prompt = style(
            "prompt",
            fontName=FONT_ITALIC,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            spaceBefore=5,
            spaceAfter=1.5,
            keepWithNext=1,
        )
        self.cell = style("cell", fontSize=8.5, leading=11)
        self.cell_bold = style("cell_bold", fontSize=8.5, leading=11, fontName=FONT_BOLD)
        self.cell_muted = style("cell_muted", fontSize=8, leading=10.5, textColor=MUTED)
        self.cell_head = style("cell_head", fontSize=8, leading=10, fontName=FONT_BOLD, textColor=MUTED)
        self.toc0 = style("toc0", fontName=FONT_BOLD, fontSize=10.5, leading=14)
        self.toc1 = style("toc1", fontSize=9, leading=12, leftIndent=14, firstLineIndent=0)
        self.footer = style("footer", fontSize=7.5, leading=9, textColor=MUTED)


# Tables draw empty cells (e.g. after splitting a row) in their own font, Helvetica unless told: a font
# that is never embedded. Every table names ours.
TABLE_FONT = [("FONT", (0, 0), (-1, -1), FONT, 8.5)]
