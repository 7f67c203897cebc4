"""The PDF's own flowables: headings that become bookmarks, contents page numbers filled in at the end,
lines to write on, the separator between initiatives."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from handleplan.export.pdf_styles import FONT, RULE, Para, clean, inline, one_line


class Heading(Para):
    """A heading that becomes a PDF bookmark (outline entry) and, if `toc`, a line in the contents."""

    def __init__(self, title: str, style, level: int, key: str, toc: bool = True) -> None:  # noqa: ANN001
        super().__init__(inline(title, style.fontName), style)
        self.outline_title = one_line(title)
        self.outline_level = level
        self.outline_key = key
        self.in_toc = toc


PAGE_REF_WIDTH = 1.2 * cm


def form_name(key: str) -> str:
    """The PDF name of the form that holds the page number of heading `key`."""
    return "pg_" + "".join(ch if ch.isalnum() else "_" for ch in key)


@dataclass(frozen=True)
class TocEntry:
    level: int
    title: str
    key: str


class PageRef(Flowable):
    """The page number of a heading in the contents: a form the document fills in when the page is known."""

    def __init__(self, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.style.leading

    def draw(self) -> None:
        # On the baseline of the title's first line beside it (a Paragraph sets it one font size down).
        self.canv.saveState()
        self.canv.translate(self.width - PAGE_REF_WIDTH, self.style.leading - self.style.fontSize)
        self.canv.doForm(form_name(self.key))
        self.canv.restoreState()


class RuledLines(Flowable):
    """Empty lines to write on by hand at the module; splits across pages like text."""

    def __init__(self, count: int, gap: float = 0.85 * cm) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self.gap)
        if fits <= 0 or fits >= self.count:
            return [] if fits <= 0 else [self]
        return [RuledLines(fits, self.gap), RuledLines(self.count - fits, self.gap)]

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(1, self.count + 1):
            y = self.count * self.gap - i * self.gap
            self.canv.line(0, y, self.width, y)


class Separator(Flowable):
    """Space and a thin line between two initiatives that share a page; nothing at the top of a page."""

    def __init__(self, space: float = 1.5 * cm) -> None:
        super().__init__()
        self.space = space
        self.skip = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = getattr(getattr(self.canv, "_doctemplate", None), "frame", None)
        self.skip = bool(getattr(frame, "_atTop", False))
        self.width = avail_width
        return avail_width, 0 if self.skip else self.space

    def draw(self) -> None:
        if not self.skip:
            self.canv.setStrokeColor(RULE)
            self.canv.setLineWidth(0.75)
            self.canv.line(0, self.space * 0.45, self.width, self.space * 0.45)


def short(text: str, limit: int = 180) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit].rstrip(" ,.;:") + " …"


def outline_text(text: str) -> str:
    """Outline entries are shown by the reader in its own font: any character, but no line breaks."""
    return " ".join(clean(text, FONT).split()) if text else ""
