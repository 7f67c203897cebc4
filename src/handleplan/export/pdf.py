"""Render a plan snapshot to an A4 PDF with ReportLab Platypus, and write it safely (never half a file).

One pass, with bookmarks that work: "Side X af Y" and the page numbers in the contents are PDF forms
(XObjects), placed on the pages as they are made and filled in just before the file is written, when the
numbers are known. (The deferred-showPage canvas recipe breaks bookmarks - pages reach the PDF only at
save time, so every outline entry would point at page 1 - and multiBuild's second pass doubles the time.)
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from handleplan.errors import HandleplanError
from handleplan.export.errors import ExportError, error_for_os
from handleplan.export.pdf_bidi import display_line
from handleplan.export.pdf_flowables import PAGE_REF_WIDTH, Heading, TocEntry, form_name, outline_text
from handleplan.export.pdf_sections import Sections
from handleplan.export.pdf_styles import (
    FONT,
    FONT_BOLD,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    Styles,
    clean,
    noting_shortened,
    register_fonts,
)
from handleplan.export.pdf_summary import SummaryPage, focus_fits
from handleplan.export.selection import ExportContents, ExportOptions, resolve
from handleplan.export.snapshot import PlanSnapshot, take_snapshot
from handleplan.export.words import Words
from handleplan.privacy import released, rule_for
from handleplan.store import Store
from handleplan.store.files import atomic_write

log = logging.getLogger(__name__)

BODY_WIDTH = A4[0] - 2 * MARGIN_X
BODY_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    contents: ExportContents


TOTAL_FORM = "pg_total"


class PlanCanvas(Canvas):
    """A canvas that lets the document fill in its late-known numbers just before the file is written."""

    def __init__(
        self, *args: object, finish: Callable[[Canvas], None] | None = None, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._finish = finish

    def save(self) -> None:
        if self._finish is not None:
            self._finish(self)
        super().save()


class PlanDocument(BaseDocTemplate):
    """A4 pages with a discreet header, a footer "Side X af Y · name · date", bookmarks and contents.

    One pass: the page total and the contents' page numbers are drawn as PDF forms (XObjects) that are
    referenced on the pages and defined only at the end, when the numbers are known.
    """

    def __init__(
        self,
        target: io.BytesIO,
        words: Words,
        leader: str,
        running_title: str,
        made_on: str,
        styles: Styles,
        toc_refs: dict[str, tuple[str, float]],
        **meta: str,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            creator="Handleplan",
            initialFontName=FONT,  # else every page names Helvetica, a font that is not embedded
            lang=words.pdf_lang,
            **meta,
        )
        self.words = words
        self.leader = leader
        self.running_title = running_title
        self.made_on = made_on
        self.styles = styles
        self.toc_refs = toc_refs  # key -> (font, size) of the page number in the contents
        self.heading_pages: dict[str, int] = {}
        self.pages = 0
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
                PageTemplate(id="page", frames=[frame], onPage=self._page),
            ]
        )

    def build_pdf(self, story: list[Flowable]) -> None:
        self.build(story, canvasmaker=partial(PlanCanvas, finish=self._define_forms))

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if isinstance(flowable, Heading):
            key = flowable.outline_key
            self.canv.bookmarkPage(key, fit="XYZ", top=self.height + self.topMargin)
            self.canv.addOutlineEntry(
                outline_text(flowable.outline_title), key, flowable.outline_level, closed=False
            )
            self.heading_pages.setdefault(key, self.page)

    def _define_forms(self, canv: Canvas) -> None:
        canv.beginForm(TOTAL_FORM)
        canv.setFont(FONT_BOLD, FOOTER_SIZE)
        canv.setFillColor(MUTED)
        canv.drawString(0, 0, str(self.pages))
        canv.endForm()
        for key, (font, size) in self.toc_refs.items():
            canv.beginForm(form_name(key))
            canv.setFont(font, size)
            canv.setFillColor(INK)
            page = self.heading_pages.get(key)
            canv.drawRightString(PAGE_REF_WIDTH, 0, str(page) if page else "")
            canv.endForm()

    # -- page decoration --------------------------------------------------------------------------------
    def _fit(self, text: str, font: str, size: float, width: float) -> str:
        """`text` on one line of `width`, cut with " …" if need be. The longest beginning that fits is
        found by halving: cutting a character at a time re-measured a 20,000-character name on every
        page (96 s for one export)."""
        text = " ".join(clean(text, font).split())
        if stringWidth(text, font, size) <= width:
            return display_line(text)
        fits, too_long = 0, len(text)
        while too_long - fits > 1:
            middle = (fits + too_long) // 2
            if stringWidth(text[:middle] + " …", font, size) <= width:
                fits = middle
            else:
                too_long = middle
        return display_line(text[:fits].rstrip() + " …")

    def _footer(self, canv: Canvas) -> None:
        self.pages = max(self.pages, self.page)
        left, right = self.leftMargin, self.leftMargin + self.width
        y = MARGIN_BOTTOM - 1.05 * cm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, y + 11, right, y + 11)
        canv.setFillColor(MUTED)
        # "Side 3 af " now, the total later (a form): room is kept for a three-digit total.
        page = self.words("page", page=self.page, total="").rstrip() + " "
        canv.setFont(FONT_BOLD, FOOTER_SIZE)
        x = right - stringWidth(page + "000", FONT_BOLD, FOOTER_SIZE)
        canv.drawString(x, y, page)
        canv.saveState()
        canv.translate(x + stringWidth(page, FONT_BOLD, FOOTER_SIZE), y)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()
        canv.setFont(FONT, FOOTER_SIZE)
        third = self.width / 3 - 6
        canv.drawString(left, y, self._fit(self.leader, FONT, FOOTER_SIZE, third))
        canv.drawCentredString(left + self.width / 2, y, self._fit(self.made_on, FONT, FOOTER_SIZE, third))

    def _page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        y = self.pagesize[1] - MARGIN_TOP + 0.75 * cm
        canv.setFillColor(MUTED)
        canv.setFont(FONT, FOOTER_SIZE)
        conf = self.words("confidential")
        right = self.leftMargin + self.width
        canv.drawRightString(right, y, conf)
        room = self.width - stringWidth(conf, FONT, FOOTER_SIZE) - 12
        canv.drawString(self.leftMargin, y, self._fit(self.running_title, FONT, FOOTER_SIZE, room))
        self._footer(canv)
        canv.restoreState()

    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        w = self.words
        canv.setFillColor(MUTED)
        canv.setFont(FONT_BOLD, 8)
        y = MARGIN_BOTTOM + 0.2 * cm
        canv.drawString(self.leftMargin, y + 12, w("confidential").upper())
        canv.setFont(FONT, FOOTER_SIZE)
        canv.drawString(self.leftMargin, y, self._fit(w("confidential_note"), FONT, FOOTER_SIZE, self.width))
        self._footer(canv)
        canv.restoreState()


def _title(snapshot: PlanSnapshot, contents: ExportContents, words: Words) -> str:
    parts = [words("doc_title")]
    if snapshot.profile.name.strip():
        parts.append(" ".join(snapshot.profile.name.split()))
    if contents.milestone is not None:
        parts.append(contents.milestone.title)
    return " – ".join(parts)


def build_story(
    snapshot: PlanSnapshot,
    contents: ExportContents,
    words: Words,
    styles: Styles,
) -> tuple[list[Flowable], list[TocEntry]]:
    sections = Sections(snapshot, contents, words, styles, BODY_WIDTH, BODY_HEIGHT)
    first: list[Flowable] = []
    if {"focus", "overview"} & set(contents.sections):
        first = SummaryPage(sections).story()
    body: list[Flowable] = []
    if "focus" in contents.sections and not focus_fits(snapshot.profile.focus):
        body += sections.focus()
    if "initiatives" in contents.sections:
        body += sections.initiatives()
    if "reflections" in contents.sections:
        body += sections.reflections()
    if "trio" in contents.sections:
        body += sections.trio()
    if "discussion" in contents.sections:
        body += sections.discussion()
    # The first section follows the contents page; a leading page break would leave a blank page.
    while body and isinstance(body[0], PageBreak):
        body.pop(0)
    entries = [
        TocEntry(f.outline_level, f.outline_title, f.outline_key)
        for f in [*first, *body]
        if isinstance(f, Heading) and f.in_toc
    ]
    # The summary straight after the cover: the page the teacher reads first.
    return [*sections.cover(), *first, *sections.contents_page(entries), *body], entries


def render_pdf(snapshot: PlanSnapshot, options: ExportOptions) -> tuple[bytes, int, ExportContents]:
    """The finished PDF as bytes, its page count, and exactly what it contains."""
    register_fonts()
    # Binary (compressed) streams instead of ASCII85 text: a sixth smaller and a twentieth faster.
    rl_config.useA85 = 0
    words = Words(options.lang)
    contents = resolve(snapshot, options)
    styles = Styles()
    # The sections read only what the privacy rule let out (selection.resolve made it).
    plan = contents.plan if contents.plan is not None else released(snapshot, rule_for(snapshot))
    with noting_shortened(contents.shortened):
        return _render(snapshot, contents, plan, words, styles)


def _render(
    snapshot: PlanSnapshot, contents: ExportContents, plan: PlanSnapshot, words: Words, styles: Styles
) -> tuple[bytes, int, ExportContents]:
    story, entries = build_story(plan, contents, words, styles)
    leader = " ".join(snapshot.profile.name.split())
    subject = (
        words("subject", title=contents.milestone.title)
        if contents.milestone is not None
        else words("subject_plain")
    )
    running = words("doc_title") + (f" · {leader}" if leader else "")
    if contents.milestone is not None:
        running += " · " + Sections(snapshot, contents, words, styles, 0).milestone_line(contents.milestone)
    toc_refs = {}
    for entry in entries:
        style = styles.toc0 if entry.level == 0 else styles.toc1
        toc_refs[entry.key] = (style.fontName, style.fontSize)
    buffer = io.BytesIO()
    doc = PlanDocument(
        buffer,
        words,
        leader,
        running,
        f"{words('made_on')} {words.date(contents.made_on)}",
        styles,
        toc_refs,
        title=_title(snapshot, contents, words),
        author=leader or "Handleplan",
        subject=subject,
        keywords=words("keywords"),
    )
    doc.build_pdf(story)
    return buffer.getvalue(), doc.pages, contents


def write_pdf(snapshot: PlanSnapshot, options: ExportOptions, target: Path) -> ExportResult:
    """Render, then write through a temporary file beside `target` that replaces it only when complete.

    Raises ExportError with a sentence for the leader; `target` is then untouched and no temporary
    file is left behind.
    """
    target = Path(target)
    try:
        data, pages, contents = render_pdf(snapshot, options)
    except HandleplanError:
        raise
    except Exception as exc:  # ReportLab raises plain exceptions (LayoutError, ValueError …)
        log.exception("rendering the PDF failed")
        raise ExportError("export_render_failed", detail=type(exc).__name__) from exc
    written = False
    try:
        with atomic_write(target) as handle:
            handle.write(data)
            written = True
    except OSError as exc:
        log.warning("writing the PDF to %s failed", target, exc_info=True)
        raise error_for_os(exc, target, replacing=written) from exc
    return ExportResult(path=target, pages=pages, contents=contents)


def export_plan(store: Store, target: Path, options: ExportOptions) -> ExportResult:
    """Snapshot the store (in a session of its own, so this may run in a worker thread) and write the PDF."""
    return write_pdf(take_snapshot(store, options.today, options.lang), options, target)
