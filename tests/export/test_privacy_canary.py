"""Privacy canary for exports: every text of every private record, and of everything under it, is marked;
the PDF is read back. Without the leader's tick none of the marks is in it; with it, all kinds are.

The walk follows the schema (every table with a `private` column, then every table whose foreign key
points at a row already found), so a new text field or a new child table is covered without editing here.
"""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date

import pypdf
import pytest
from sqlalchemy import Enum, String, Table, select, update

from handleplan.demo.fill import fill_demo
from handleplan.export.pdf import render_pdf
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import take_snapshot
from handleplan.models.base import Base
from handleplan.ops import initiatives as ops_initiatives

TODAY = date(2026, 12, 2)


def _text_columns(table: Table) -> list:
    return [
        c
        for c in table.columns
        if isinstance(c.type, String) and not isinstance(c.type, Enum) and not c.primary_key
    ]


def private_rows(session) -> dict[Table, set[tuple]]:
    """Every private row and every row hanging under one, by table (primary keys)."""
    found: dict[Table, set[tuple]] = defaultdict(set)
    for table in Base.metadata.sorted_tables:
        if "private" in table.columns:
            keys = [c for c in table.primary_key.columns]
            found[table] |= {tuple(r) for r in session.execute(select(*keys).where(table.c.private))}
    grown = True
    while grown:
        grown = False
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                parent = fk.column.table
                if parent not in found or parent is table:
                    continue
                # Only a single-column key on the parent side can be matched this way (all of ours are).
                parent_ids = {k[0] for k in found[parent]}
                if not parent_ids:
                    continue
                keys = [c for c in table.primary_key.columns]
                rows = {tuple(r) for r in session.execute(select(*keys).where(fk.parent.in_(parent_ids)))}
                if rows - found[table]:
                    found[table] |= rows
                    grown = True
    return found


def mark_everything_private(store) -> dict[str, set[str]]:
    """Write a unique mark into every text column of every private row and its descendants.

    Returns the marks by table name."""
    session = store.session
    marks: dict[str, set[str]] = defaultdict(set)
    n = 0
    for table, rows in private_rows(session).items():
        columns = _text_columns(table)
        keys = list(table.primary_key.columns)
        for row in rows:
            values = {}
            for column in columns:
                n += 1
                values[column.name] = f"KANARI{n:04d}X"
                marks[table.name].add(values[column.name])
            if values:
                where = [k == v for k, v in zip(keys, row, strict=True)]
                session.execute(update(table).where(*where).values(**values))
    store.commit()
    session.expire_all()
    return marks


def pdf_text(data: bytes) -> str:
    """The PDF's text with all white space removed, so a mark broken over two lines still reads."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def marked(store):
    fill_demo(store, "da", today=TODAY)
    marks = mark_everything_private(store)
    # The demo shows the rule: a private reflection and a private tiltag with what hangs under it.
    assert {"initiative", "cycle", "observation", "role_assignment", "reflection"} <= set(marks)
    return take_snapshot(store, TODAY), marks


def test_the_walk_finds_the_private_tiltags_trio_agreement(store):
    fill_demo(store, "da", today=TODAY)
    found = private_rows(store.session)
    roles = Base.metadata.tables["role_assignment"]
    ids = [k[0] for k in found[roles]]
    agreed = store.session.execute(
        select(roles.c.id).where(roles.c.id.in_(ids), roles.c.milestone_id.isnot(None))
    )
    assert agreed.first() is not None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_nothing_private_reaches_the_pdf_unless_ticked(marked, lang):
    snapshot, marks = marked
    data, _pages, contents = render_pdf(snapshot, ExportOptions(lang=lang, today=TODAY))
    text = pdf_text(data)
    leaked = sorted(m for table in marks.values() for m in table if m in text)
    assert not leaked, f"private text in the PDF: {leaked}"
    assert contents.private_left_out >= 2


def test_the_dialogs_default_ticks_leave_private_out_too(marked):
    snapshot, marks = marked
    options = ExportOptions(
        today=TODAY,
        initiative_ids=frozenset(i.id for i in snapshot.initiatives if not i.private),
        reflection_ids=frozenset(r.id for r in snapshot.reflections if not r.private),
    )
    text = pdf_text(render_pdf(snapshot, options)[0])
    assert not [m for table in marks.values() for m in table if m in text]


def test_with_private_ticked_every_kind_of_private_record_prints(marked):
    snapshot, marks = marked
    text = pdf_text(render_pdf(snapshot, ExportOptions(today=TODAY, include_private=True))[0])
    for table, table_marks in marks.items():
        assert any(m in text for m in table_marks), f"nothing of {table} printed with private included"
    roots = [i.title for i in snapshot.initiatives if i.private] + [
        r.title for r in snapshot.reflections if r.private
    ]
    assert roots and all(t in text for t in roots)


@pytest.fixture
def private_notes(store):
    """A private observation in a tiltag that is not private, and a TRIO meeting whose notes are private."""
    from handleplan.models import Initiative, Milestone, MilestoneKind

    fill_demo(store, "da", today=TODAY)
    public = next(i for i in store.session.scalars(select(Initiative)) if not i.private and i.cycles)
    observation = ops_initiatives.add_observation(
        store, public.cycles[-1], "KANARIOBS1X", observed_on=date(2026, 11, 20), private=True
    )
    meeting = next(
        m
        for m in store.session.scalars(select(Milestone))
        if m.kind == MilestoneKind.TRIO and m.date is not None and m.date <= TODAY
    )
    meeting.notes = "KANARINOTE1X"
    meeting.notes_private = True
    store.commit()
    return take_snapshot(store, TODAY), observation.id, meeting.id


def test_private_observations_and_meeting_notes_stay_home_unless_ticked(private_notes):
    snapshot, observation_id, meeting_id = private_notes
    for options in (
        ExportOptions(today=TODAY),
        ExportOptions(today=TODAY, initiative_ids=frozenset(i.id for i in snapshot.initiatives)),
    ):
        text = pdf_text(render_pdf(snapshot, options)[0])
        assert "KANARIOBS1X" not in text and "KANARINOTE1X" not in text
    ticked = ExportOptions(
        today=TODAY, observation_ids=frozenset({observation_id}), notes_ids=frozenset({meeting_id})
    )
    text = pdf_text(render_pdf(snapshot, ticked)[0])
    assert "KANARIOBS1X" in text and "KANARINOTE1X" in text
    everything = pdf_text(render_pdf(snapshot, ExportOptions(today=TODAY, include_private=True))[0])
    assert "KANARIOBS1X" in everything and "KANARINOTE1X" in everything


def test_the_count_of_what_stays_home_includes_private_observations_and_notes(private_notes):
    """The command line says "n private poster er ikke med": the private parts count as entries too."""
    from handleplan.export.selection import resolve

    snapshot, observation_id, meeting_id = private_notes
    base = resolve(snapshot, ExportOptions(today=TODAY))
    ticked = resolve(
        snapshot,
        ExportOptions(
            today=TODAY, observation_ids=frozenset({observation_id}), notes_ids=frozenset({meeting_id})
        ),
    )
    assert meeting_id in {m.id for m in ticked.trio_meetings}  # its notes count where the meeting prints
    assert ticked.private_included == base.private_included + 2
    assert ticked.private_left_out == base.private_left_out - 2
