"""The PDF's sections as Platypus flowables: a long focus, initiatives, reflections, TRIO and the points to
discuss (the cover and contents are `pdf_cover.py`, each cycle `pdf_cycles.py`, the summary page
`pdf_summary.py`). Course words (phases, questions, decisions, statuses, IGLO levels) come from the content
files; the PDF's own words from `words.py`."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from handleplan import fields
from handleplan.content import LEVEL_KEYS, load_content
from handleplan.export.pdf_cover import CoverSections
from handleplan.export.pdf_cycles import CycleSections
from handleplan.export.pdf_flowables import (
    Heading,
    RuledLines,
    Separator,
)
from handleplan.export.pdf_measurements import measurement_story
from handleplan.export.pdf_styles import (
    HEAD_BG,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    RULE,
    TABLE_FONT,
    Para,
    Styles,
    inline,
    paragraphs,
)
from handleplan.export.selection import ExportContents, afrunding_answers
from handleplan.export.snapshot import CycleSnap, InitiativeSnap, MilestoneSnap, PlanSnapshot, RoleSnap
from handleplan.export.words import Words

# Below these a cell cannot be taller than a page, even in the narrowest column: not measured.
ROW_MEASURE_CHARS = 150
ROW_MEASURE_LINES = 12
CELL_PADDING = 5  # the tables' left/right padding, and more than their top/bottom (4)
BODY_HEIGHT_A4 = 29.7 * cm - MARGIN_TOP - MARGIN_BOTTOM
TABLE_START = 3.4 * cm  # a table title, its header row and about two rows
SHORT_TABLE_ROWS = 4  # up to a header and three rows: measured, so it is not sent to the next page for less


def _rough_height(flowables: list[Flowable], width: float) -> float:
    """An upper guess at the height of paragraphs of the leader's text in a column `width` wide."""
    height = 0.0
    for f in flowables:
        style = getattr(f, "style", None)
        size = getattr(style, "fontSize", 10)
        per_line = max(1, int(width / (size * 0.45)))  # narrower than DejaVu's average glyph: generous
        text = getattr(f, "text", "")
        lines = sum(len(line) // per_line + 1 for line in str(text).split("\n"))
        height += lines * getattr(style, "leading", size * 1.2)
    return height


class Sections(CoverSections, CycleSections):
    """Builds the story for one export."""

    def __init__(
        self,
        snapshot: PlanSnapshot,
        contents: ExportContents,
        words: Words,
        styles: Styles,
        width: float,
        height: float = 0,
    ) -> None:
        self.height = height
        self.snap = snapshot
        self.c = contents
        self.w = words
        self.st = styles
        self.width = width
        self.content = load_content(words.lang)
        # The texts printed in the current initiative's cycles: text -> (label, cycle number).
        self.printed: dict[str, tuple[str, int]] = {}

    # -- helpers ------------------------------------------------------------------------------------
    def milestone_line(self, m: MilestoneSnap | None) -> str:
        if m is None:
            return ""
        if m.date is None:
            return self.w("for_milestone_undated", title=m.title)
        return self.w("for_milestone", title=m.title, date=self.w.date(m.date))

    def p(self, text: str, style=None) -> Para:  # noqa: ANN001
        """A paragraph of the PDF's own words (no markup from the leader)."""
        style = style or self.st.body
        return Para(inline(text, style.fontName), style)

    def field(self, label: str, text: str) -> list[Flowable]:
        if not text or not text.strip():
            return []
        return [self.p(label, self.st.label), *paragraphs(text, self.st.body)]

    def cell(self, text: str, style=None) -> list[Para] | Para:  # noqa: ANN001
        style = style or self.st.cell
        if not text.strip():
            return Para(self.w("none"), self.st.cell_muted)
        found = paragraphs(text, style)
        return found[0] if len(found) == 1 else found

    def table(self, header: list[str], rows: list[list], fractions: list[float], texts: list[str]) -> Table:
        """A table with a repeated header row. Rows split between pages; a row is only cut in two when
        one of its cells is taller than a page - ReportLab then also cuts rows that would fit on the
        next page, and puts a repeated header right under them."""
        data = [[self.p(h, self.st.cell_head) for h in header], *rows]
        widths = [self.width * f for f in fractions]
        split_in_row = int(self._row_taller_than_page(rows, widths, texts))
        table = Table(
            data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=split_in_row, hAlign="LEFT"
        )
        table.setStyle(
            TableStyle(
                [
                    *TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table

    def _row_taller_than_page(self, rows: list[list], widths: list[float], texts: list[str]) -> bool:
        """Measured, cell by cell in its own column: a count of characters missed the 1,200 characters of
        right-to-left text in the narrow "Hvem" column that made a row taller than the page. Only a cell
        whose rough height (its characters at a generous half-em each) could reach half the page is
        wrapped to be sure: wrapping them all cost the large plan's PDF 3.6 s of its 13."""
        if not any(len(t) > ROW_MEASURE_CHARS or t.count("\n") > ROW_MEASURE_LINES for t in texts):
            return False  # too little text anywhere to fill a page, even in the narrowest column
        room = (self.height or BODY_HEIGHT_A4) - 2 * CELL_PADDING
        for row in rows:
            for cell, width in zip(row, widths, strict=False):
                flowables = cell if isinstance(cell, list) else [cell]
                inner = width - 2 * CELL_PADDING
                if (
                    _rough_height(flowables, inner) > room / 2
                    and sum(f.wrap(inner, room)[1] for f in flowables) > room
                ):
                    return True
        return False

    def titled(self, titles: list[Flowable], table: Table) -> list[Flowable]:
        """Title(s) and a table that must not be parted: a new page unless the title, the table's header
        and its first rows fit. (keepWithNext would do the same, but wraps every table twice.)"""
        for title in titles:
            title.keepWithNext = 0
        need = TABLE_START
        if len(table._cellvalues) <= SHORT_TABLE_ROWS:  # a short table needs only its own height
            heights = [t.wrap(self.width, self.height or 10_000)[1] for t in titles]
            need = min(need, sum(heights) + table.wrap(self.width, self.height or 10_000)[1] + 6)
        return [CondPageBreak(need), *titles, table]

    def level_title(self, key: str) -> str:
        level = self.content.levels.get(key)
        return level.title if level else key

    def phase_title(self, key: str) -> str:
        phase = self.content.phases.get(key)
        return phase.title if phase else key

    def cycle_phase(self, cycle: CycleSnap | None) -> str:
        if cycle is None:
            return self.w("no_cycle")
        return self.w("cycle_phase", n=cycle.number, phase=self.phase_title(cycle.phase))

    # -- focus and overview ---------------------------------------------------------------------------
    def focus(self) -> list[Flowable]:
        """The focus in full, for one too long for the summary page (which then shows its beginning)."""
        prof = self.snap.profile
        story: list[Flowable] = [Heading(self.w("focus"), self.st.h1, 0, "focus")]
        story += [self.p(self.w("course_intro"), self.st.label), *paragraphs(prof.focus, self.st.body)]
        return [*story, Spacer(1, 0.6 * cm)]

    def next_step(self, ini: InitiativeSnap) -> str:
        """The Act step's next step: the newest cycle's, or the one before it that the newest grew from;
        with none decided yet, what the newest cycle sets out to do."""
        decided = next((c.next_step for c in reversed(ini.cycles) if c.next_step.strip()), "")
        current = ini.current_cycle
        return decided or (current.objective if current is not None else "")

    # -- initiatives ----------------------------------------------------------------------------------
    def initiatives(self) -> list[Flowable]:
        story: list[Flowable] = [PageBreak(), Heading(self.w("initiatives"), self.st.h1, 0, "initiatives")]
        if not self.c.initiatives:
            return [*story, self.p(self.w("no_initiatives"), self.st.body_muted)]
        for n, ini in enumerate(self.c.initiatives):
            if n:
                # A new initiative starts on a fresh page unless most of this one is still free.
                story += [CondPageBreak(0.45 * self.height), Separator()]
            story += self.initiative(ini)
        return story

    def initiative(self, ini: InitiativeSnap) -> list[Flowable]:
        w, st = self.w, self.st
        cycle = ini.current_cycle
        meta = [self.content.statuses.get(ini.status, ini.status), self.cycle_phase(cycle)]
        themes = [tag.label for key in ini.tags if (tag := self.content.tag(key)) is not None]
        if themes:
            meta.append(f"{w('themes')}: {', '.join(themes)}")
        story: list[Flowable] = [
            Heading(ini.title, st.h2, 1, f"ini-{ini.id}"),
            self.p(" · ".join(meta), st.meta),
            *self.field(fields.label("initiative", "goal", w.lang), ini.goal),
            *self.field(fields.label("initiative", "why", w.lang), ini.why),
        ]
        self.printed = {}
        full = [c for c in ini.cycles if c is cycle or self.worked_on_lately(c)]
        for shown in reversed(full):  # the newest first: where the initiative is now
            story += self.cycle(shown, current=shown is cycle)
        earlier = [c for c in ini.cycles if c not in full]
        if earlier:
            story.append(self.p(w("earlier_cycles"), st.h3))
            story += [self.earlier_line(c) for c in earlier]
        story += measurement_story(self, ini)
        if ini.roles:
            story += self.titled([self.p(w("iglo"), st.h3)], self.roles_table(ini.roles))
        else:
            story += [self.p(w("iglo"), st.h3), self.p(w("no_roles"), st.body_muted)]
        return story

    def roles_table(self, roles: tuple[RoleSnap, ...]) -> Table:
        w = self.w
        order = {key: n for n, key in enumerate(LEVEL_KEYS)}
        rows = [
            [
                self.p(self.level_title(r.level), self.st.cell_bold),
                self.cell(r.who),
                self.cell(r.what),
                self.p(w.date(r.due) if r.due else w("none"), self.st.cell),
                self.p(w("done") if r.done else w("open"), self.st.cell if r.done else self.st.cell_muted),
            ]
            for r in sorted(roles, key=lambda r: order.get(r.level, 9))
        ]
        header = [w("col_level"), w("col_who"), w("col_what"), w("col_due"), w("col_state")]
        texts = [x for r in roles for x in (r.who, r.what)]
        return self.table(header, rows, [0.15, 0.19, 0.39, 0.15, 0.12], texts)

    # -- reflections, TRIO, discussion ----------------------------------------------------------------
    def reflections(self) -> list[Flowable]:
        w, st = self.w, self.st
        prev = self.c.previous
        title = w("reflections_since", title=prev.title) if prev is not None else w("reflections")
        story: list[Flowable] = [PageBreak(), Heading(title, st.h1, 0, "reflections")]
        period = self.period()
        if period:
            story.append(self.p(period, st.meta))
        story += self.afrunding()
        if not self.c.reflections and self.c.afrunding is None:
            return [*story, self.p(w("no_reflections"), st.body_muted)]
        for refl in self.c.reflections:
            story.append(self.p(refl.title.strip() or w("free_reflection"), st.h3))
            meta = [w.date(refl.written_on)]
            linked = self.snap.milestone(refl.milestone_id)
            if linked is not None and linked.title.strip() != refl.title.strip():
                meta.append(linked.title)
            titles = [
                self.c.initiative_titles[i] for i in refl.initiative_ids if i in self.c.initiative_titles
            ]
            if titles:
                meta.append(f"{w('linked')}: {', '.join(titles)}")
            story.append(self.p(" · ".join(meta), st.meta))
            for answer in refl.answers:
                if answer.answer.strip():
                    story.append(Para(inline(answer.prompt, st.prompt.fontName), st.prompt))
                    story += paragraphs(answer.answer, st.body)
            story += self.field(fields.label("reflection", "text", w.lang), refl.text)
        return story

    def afrunding(self) -> list[Flowable]:
        """What she said at the last module she would take home and do (older than the period)."""
        refl = self.c.afrunding
        if refl is None:
            return []
        module = self.snap.milestone(refl.milestone_id)
        title = self.w("afrunding_from", title=module.title if module is not None else refl.title)
        story: list[Flowable] = [
            self.p(title, self.st.h3),
            self.p(self.w.date(refl.written_on), self.st.meta),
        ]
        for answer in afrunding_answers(refl):
            story.append(Para(inline(answer.prompt, self.st.prompt.fontName), self.st.prompt))
            story += paragraphs(answer.answer, self.st.body)
        return story

    def period(self) -> str:
        """ "8. november 2026 – 4. december 2026": the days the reflections are taken from."""
        prev, target = self.c.previous, self.c.milestone
        start = prev.date if prev is not None else None
        end = target.date if target is not None else None
        if start is None and end is None:
            return ""
        return f"{self.w.date(start) if start else ''} – {self.w.date(end) if end else ''}".strip()

    def trio(self) -> list[Flowable]:
        w, st = self.w, self.st
        story: list[Flowable] = [PageBreak(), Heading(w("trio_meetings"), st.h1, 0, "trio")]
        if self.snap.trio:
            members = ", ".join(f"{t.name} ({t.role})" if t.role.strip() else t.name for t in self.snap.trio)
            story.append(self.p(f"{w('trio')}: {members}", st.meta))
        if not self.c.trio_meetings:
            return [*story, self.p(w("no_trio"), st.body_muted)]
        # Each line once: an agreement about a printed initiative is in that initiative's IGLO table, and
        # what a meeting brings to the module is under "Det vil jeg gerne drøfte"; here they are named.
        printed = self.c.initiative_titles if "initiatives" in self.c.sections else {}
        brought = {item.source.id for item in self.c.discussion if item.from_trio}
        bring_label = fields.label("milestone", "bring_to_next", w.lang)
        for m in self.c.trio_meetings:
            title = f"{m.title} · {w.date(m.date)}" + (f" · {m.place}" if m.place.strip() else "")
            story.append(self.p(title, st.h3))
            story += self.field(fields.label("milestone", "notes", w.lang), m.notes)
            own = tuple(a for a in m.agreements if a.initiative_id not in printed)
            if own:
                story += self.titled([self.p(w("agreements"), st.label)], self.roles_table(own))
            elsewhere = list(dict.fromkeys(printed[a.initiative_id] for a in m.agreements if a not in own))
            if elsewhere:
                story.append(self.p(w("agreements_elsewhere", titles=", ".join(elsewhere)), st.body_muted))
            if m.id in brought:
                story.append(self.p(w("bring_in_discussion", label=bring_label), st.body_muted))
            else:
                story += self.field(bring_label, m.bring_to_next)
        return story

    def discussion(self) -> list[Flowable]:
        w, st = self.w, self.st
        story: list[Flowable] = [PageBreak(), Heading(w("discussion"), st.h1, 0, "discussion")]
        target = self.c.milestone.title if self.c.milestone is not None else ""
        for item in self.c.discussion:
            if item.from_trio:
                head = w("discussion_trio", title=item.source.title, date=w.date(item.source.date))
            else:
                head = w("discussion_own", title=item.source.title)
            story += [self.p(head, st.h3), *paragraphs(item.text, st.body)]
        if not self.c.discussion:
            story.append(
                self.p(w("discussion_empty", title=target) if target else w("notes_blank"), st.label)
            )
            story.append(RuledLines(14))
        else:
            story += [Spacer(1, 8), self.p(w("notes_blank"), st.label), RuledLines(8)]
        return story
