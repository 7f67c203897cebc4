"""Whatever length the store accepts, the PDF prints: a table row taller than a page (a TRIO member's name
the length of a long note) is cut across pages instead of failing the whole export with ReportLab's
LayoutError ("PDF'en kunne ikke laves (LayoutError)" before export/pdf_flowables.WholeTable)."""

from __future__ import annotations

from pathlib import Path

import pypdf

from handleplan.demo import fill_demo
from handleplan.export.pdf import write_pdf
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import take_snapshot
from handleplan.ops import people
from handleplan.ops.edit import edit

LONG = "Tillid " * 4000  # 28,000 characters, no line breaks: taller than any page in a table cell


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_rows_taller_than_a_page_are_cut_across_pages_not_refused(store, tmp_path: Path):
    fill_demo(store)
    store.commit()
    member = people.trio_members(store)[0]
    edit(store, member, name="Karin " + LONG)
    store.commit()

    target = tmp_path / "lang.pdf"
    write_pdf(take_snapshot(store), ExportOptions(), target)
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) > 10
    words = text_of(target).replace("\n", " ")
    assert "Karin Tillid Tillid" in words
    # Every piece of the long name is there: the cut loses nothing.
    assert words.count("Tillid") >= 4000
