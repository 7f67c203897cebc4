"""Measurements in the PDF: found in its text, the run chart as vector drawing operations (no image), and
a private initiative's measurements left out like everything else under it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf

from handleplan.export.pdf import write_pdf
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import take_snapshot
from handleplan.ops import initiatives as ops
from handleplan.ops import measurements as m
from handleplan.store import Store

ANSWERS = [[4, 5, 3, 6, 7, 5, 4], [6, 5, 5, 6, 8, 7, 6], [5, 4, 4, 7, 7, 6, 5], [5, 6, 4, 5, 6, 6, 5]]


def _plan(store: Store) -> None:
    initiative = ops.create_initiative(store, "Tryghed på teammødet")
    first = initiative.current_cycle
    m.add_measurement(
        store, first, "psych_safety", "baseline", {"answers": ANSWERS}, measured_on=date(2026, 10, 1)
    )
    m.add_measurement(store, first, "psych_safety", "follow_up", {"averages": [6, 6, 5, 7, 7, 7, 6], "respondents": 5},
                      measured_on=date(2026, 11, 1))  # fmt: skip
    for count in (5, 11, 9):
        cycle = initiative.current_cycle if count == 5 else ops.start_next_cycle(store, initiative)
        m.add_measurement(
            store, cycle, "count", "follow_up", {"count": count, "total": 16}, label="satte deres magnet"
        )
    hidden = ops.create_initiative(store, "Samtale med Per", private=True)
    m.add_measurement(
        store, hidden.current_cycle, "count", "baseline", {"count": 1, "total": 1}, label="HEMMELIGT-TAL"
    )


def _export(store: Store, tmp_path: Path, lang: str) -> pypdf.PdfReader:
    target = tmp_path / f"plan-{lang}.pdf"
    write_pdf(take_snapshot(store), ExportOptions(lang=lang), target)
    return pypdf.PdfReader(str(target))


def _text(reader: pypdf.PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_measurements_are_in_the_pdfs_text_with_the_same_numbers_in_both_languages(store, tmp_path):
    _plan(store)
    danish = _text(_export(store, tmp_path, "da"))
    english = _text(_export(store, tmp_path, "en"))
    assert "Psykologisk tryghed: 5,4 – Den er ok, men vi vil mere (4 svar)" in danish
    assert "Psychological safety: 5.4 – It is OK, but we want more (4 responses)" in english
    assert "satte deres magnet: 11 af 16" in danish and "satte deres magnet: 11 of 16" in english
    assert "Median 9" in danish and "Median 9" in english  # 5, 11, 9
    assert "+0,9 siden sidst" in danish and "+0.9 since last time" in english
    assert "HEMMELIGT-TAL" not in danish + english  # under a private initiative


def test_the_run_chart_is_vector_drawing_not_an_image(store, tmp_path):
    _plan(store)
    reader = _export(store, tmp_path, "da")
    images = sum(len(page.images) for page in reader.pages)
    assert images == 0
    operations = [op for page in reader.pages for op in page.get_contents().operations]
    # The dashed median (a dash array [4 3]) and the points joined by lines: the page's drawing operators.
    dashes = [operands[0] for operands, operator in operations if operator == b"d" and operands[0]]
    assert [float(v) for v in dashes[0]] == [4.0, 3.0]
    assert sum(1 for _o, operator in operations if operator == b"l") > 10


def test_one_measurement_is_a_line_without_a_chart_of_one_dot(store, tmp_path):
    initiative = ops.create_initiative(store, "Trappen på teammødet")
    m.add_measurement(store, initiative.current_cycle, "stress_staircase", "baseline",
                      {"counts": [5, 4, 2, 1, 0]}, measured_on=date(2026, 11, 4))  # fmt: skip
    reader = _export(store, tmp_path, "da")
    text = _text(reader)
    assert "Stresstrappen: Tempereret 5, Opvarmet 4, Overophedet 2, Nedsmeltet 1" in text
    assert "Median" not in text and "over runderne" not in text
    operations = [op for page in reader.pages for op in page.get_contents().operations]
    assert not [operands for operands, operator in operations if operator == b"d" and operands[0]]


def test_the_staircase_chart_says_what_it_counts(store, tmp_path):
    initiative = ops.create_initiative(store, "Trappen på teammødet")
    for counts in ([5, 4, 2, 1, 0], [7, 5, 1, 0, 0]):
        m.add_measurement(
            store, initiative.current_cycle, "stress_staircase", "follow_up", {"counts": counts}
        )
    assert "(kurven: hvor mange der står på de to første trin)" in _text(_export(store, tmp_path, "da"))
    assert "(the chart: how many stand on the first two steps)" in _text(_export(store, tmp_path, "en"))
