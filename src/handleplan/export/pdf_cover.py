"""The PDF's cover (who, for which milestone, the course's question) and its contents page with page
numbers filled in at the end. A part of `Sections`, whose helpers (p, milestone_line) it uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import NextPageTemplate

from handleplan.export.pdf_flowables import PAGE_REF_WIDTH, Heading, PageRef, TocEntry
from handleplan.export.pdf_styles import PHASE_COLOURS, TABLE_FONT, Para, inline

if TYPE_CHECKING:
    from handleplan.export.pdf_sections import Sections


class CoverSections:
    # -- cover and contents -------------------------------------------------------------------------
    def cover(self: Sections) -> list[Flowable]:
        w, st, prof = self.w, self.st, self.snap.profile
        story: list[Flowable] = [
            Spacer(1, 3.0 * cm),
            self.p(w("cover_kicker"), st.cover_kicker),
            Spacer(1, 0.35 * cm),
            self.p(w("doc_title"), st.cover_title),
        ]
        if self.c.milestone is not None:
            story.append(self.p(self.milestone_line(self.c.milestone), st.cover_sub))
        else:
            story.append(Spacer(1, 0.6 * cm))
        question = Table(
            [[self.p(w("cover_question"), st.cover_question)]], colWidths=[self.width * 0.82], hAlign="LEFT"
        )
        question.setStyle(
            TableStyle(
                [
                    *TABLE_FONT,
                    ("LINEBEFORE", (0, 0), (0, 0), 2, PHASE_COLOURS["plan"]),
                    ("LEFTPADDING", (0, 0), (0, 0), 10),
                    ("TOPPADDING", (0, 0), (0, 0), 2),
                    ("BOTTOMPADDING", (0, 0), (0, 0), 2),
                ]
            )
        )
        story += [question, Spacer(1, 2.0 * cm)]
        trio = ", ".join(f"{t.name} ({t.role})" if t.role.strip() else t.name for t in self.snap.trio)
        details = [
            ("leader", prof.name),
            ("organisation", prof.organisation),
            ("unit", prof.unit),
            ("course", prof.course_title),
            ("trio", trio),
            ("made_on", w.date(self.c.made_on)),
        ]
        rows = [
            [self.p(w(key), st.cover_label), Para(inline(value), st.cover_value)]
            for key, value in details
            if value.strip()
        ]
        grid = Table(rows, colWidths=[3.4 * cm, self.width - 3.4 * cm], hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    *TABLE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story += [grid, NextPageTemplate("page"), PageBreak()]
        return story

    def contents_page(self: Sections, entries: list[TocEntry]) -> list[Flowable]:
        rows, style = (
            [],
            [
                *TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ],
        )
        for n, entry in enumerate(entries):
            para_style = self.st.toc0 if entry.level == 0 else self.st.toc1
            title = inline(entry.title, para_style.fontName)
            rows.append(
                [Para(f'<a href="#{entry.key}">{title}</a>', para_style), PageRef(entry.key, para_style)]
            )
            if entry.level == 0 and n:
                style.append(("TOPPADDING", (0, n), (-1, n), 9))
        story: list[Flowable] = [Heading(self.w("contents"), self.st.h1, 0, "contents", toc=False)]
        if rows:
            table = Table(rows, colWidths=[self.width - PAGE_REF_WIDTH, PAGE_REF_WIDTH], hAlign="LEFT")
            table.setStyle(TableStyle(style))
            story.append(table)
        return [*story, PageBreak()]
