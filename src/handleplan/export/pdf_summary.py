"""The PDF's first page after the cover: the plan on one page, as the teacher reads it before the module.

The focus, each initiative in one line (where it is, the next step, the change measured) and the course
dates still to come. It reads only the released plan the sections read, so a private initiative is not
in it unless the leader released it. It takes the place of the old "Mit fokus" and "Overblik" sections:
printing them as well would say the same lines twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from handleplan.export.pdf_flowables import Heading, short
from handleplan.export.pdf_measurements import _Series, number
from handleplan.export.pdf_styles import FONT_BOLD, TABLE_FONT, Para, inline, paragraphs
from handleplan.export.snapshot import InitiativeSnap, MeasurementSnap
from handleplan.ops import measurements as ops
from handleplan.ops.measure_words import MEASURE_WORDS
from handleplan.say import say

if TYPE_CHECKING:
    from handleplan.export.pdf_sections import Sections

# What keeps the summary on one page: a focus longer than this is shortened here and printed whole in
# its own section; the initiative's lines are cut to what a table row of two or three lines holds.
FOCUS_ROOM = 520
# The title, next step and change in characters, tried in turn until the page holds every initiative: a plan of
# five initiatives keeps 110 characters, one of eleven or more needs the shorter lines.
ROOMS = ((90, 110, 120), (60, 70, 80), (40, 40, 60))  # (title, next step, change)
MAX_DATES = 8


def focus_fits(focus: str) -> bool:
    """Whether the whole focus goes on the summary page (else it also gets a section of its own)."""
    return len(" ".join(focus.split())) <= FOCUS_ROOM


def _value(m: MeasurementSnap, sections: Sections) -> str:
    """One measurement as a short value: "5,2", "11 af 15", "9 af 12 på de to første trin"."""
    lang, content = sections.w.lang, sections.content

    def mw(code: str, **params: object) -> str:
        return say(MEASURE_WORDS, code, lang, **params)

    value = ops.score(m, content)  # type: ignore[arg-type] - a snapshot reads like the record
    if m.kind == "psych_safety":
        return number(value, lang)
    if m.kind == "stress_staircase":
        return mw("pdf_staircase_left", n=number(value, lang), total=sum(m.values["counts"]))
    if m.kind == "guldkorn":
        return mw("pdf_guldkorn_present", n=number(value, lang), total=len(ops.guldkorn_keys(content)))
    total = m.values.get("total")
    count = m.values["count"]
    return mw("pdf_of", count=count, total=total) if total is not None else str(count)


def measured_change(ini: InitiativeSnap, sections: Sections) -> str:
    """Each series of the initiative as its first and last value and the change between them, or the
    baseline alone when nothing has been measured after it yet."""
    lang = sections.w.lang
    series = _Series(ini)
    parts = []
    for key in series.keys():
        run = [m for _n, m in series.run(key)]
        kind, label = key
        what = label or say(MEASURE_WORDS, f"kind_{kind}", lang)
        what = what[:1].upper() + what[1:]  # the leader's own label begins a line here
        first, last = run[0], run[-1]
        if len(run) == 1:
            parts.append(sections.w("summary_measured_once", what=what, value=_value(first, sections)))
            continue
        change = ops.score(last, sections.content) - ops.score(first, sections.content)  # type: ignore[arg-type]
        signed = ("+" if change > 0 else "") + number(change, lang)
        parts.append(
            sections.w(
                "summary_change",
                what=what,
                first=_value(first, sections),
                last=_value(last, sections),
                change=signed,
            )
        )
    return "; ".join(parts)


class SummaryPage:
    """Builds the summary page with the helpers of one export's `Sections`."""

    def __init__(self, sections: Sections) -> None:
        self.s = sections
        self.rooms = ROOMS[0]

    def story(self) -> list[Flowable]:
        """The page, with the initiatives' lines as long as still lets it be one page."""
        for rooms in ROOMS:
            self.rooms = rooms
            story = self._story()
            if not self.s.height or self._height(story) <= self.s.height:
                break
        return story

    def _height(self, story: list[Flowable]) -> float:
        total = 0.0
        for f in story:
            if isinstance(f, PageBreak):
                continue
            total += f.wrap(self.s.width, self.s.height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        return total

    def _story(self) -> list[Flowable]:
        s, w, st = self.s, self.s.w, self.s.st
        story: list[Flowable] = [Heading(w("summary"), st.h1, 0, "summary")]
        if "focus" in s.c.sections:
            story.append(s.p(w("focus"), st.h3))
            focus = s.snap.profile.focus
            if not focus.strip():
                story.append(s.p(w("focus_empty"), st.body_muted))
            elif focus_fits(focus):
                story += paragraphs(focus, st.body)
            else:
                story.append(Para(inline(short(focus, FOCUS_ROOM)), st.body))
        if "overview" in s.c.sections:
            story += [Spacer(1, 4), *self.initiatives()]
        story += self.dates()
        return [*story, PageBreak()]

    def initiatives(self) -> list[Flowable]:
        s, w, st = self.s, self.s.w, self.s.st
        title = s.p(w("overview"), st.h3)
        if not s.c.initiatives:
            return [title, s.p(w("no_initiatives"), st.body_muted)]
        rows = []
        for ini in s.c.initiatives:
            status = s.content.statuses.get(ini.status, ini.status)
            change = measured_change(ini, s)
            rows.append(
                [
                    Para(inline(short(ini.title, self.rooms[0]), FONT_BOLD), st.cell_bold),
                    [s.p(s.cycle_phase(ini.current_cycle), st.cell), s.p(status, st.cell_muted)],
                    s.cell(short(s.next_step(ini), self.rooms[1])),
                    s.cell(short(change, self.rooms[2])) if change else Para(w("none"), st.cell_muted),
                ]
            )
        header = [w("col_initiative"), w("col_cycle"), w("col_next"), w("col_measured")]
        return [title, s.table(header, rows, [0.25, 0.17, 0.32, 0.26], [])]

    def dates(self) -> list[Flowable]:
        """The milestones from the day the PDF is made on: what is left of the course."""
        s, w, st = self.s, self.s.w, self.s.st
        ahead = [m for m in s.snap.milestones if m.date is not None and m.date >= s.c.made_on]
        story: list[Flowable] = [Spacer(1, 8), s.p(w("dates_ahead"), st.h3)]
        if not ahead:
            return [*story, s.p(w("no_dates_ahead"), st.body_muted)]
        rows = []
        for m in ahead[:MAX_DATES]:
            what = m.title + (f" · {m.place}" if m.place.strip() else "")
            bold = s.c.milestone is not None and m.id == s.c.milestone.id
            style = st.cell_bold if bold else st.cell
            rows.append([s.p(w.date(m.date), style), Para(inline(short(what, 120), style.fontName), style)])
        if len(ahead) > MAX_DATES:
            rows.append([s.p("", st.cell), s.p(w("dates_more", n=len(ahead) - MAX_DATES), st.cell_muted)])
        table = Table(rows, colWidths=[4.2 * cm, s.width - 4.2 * cm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *TABLE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return [*story, table]
