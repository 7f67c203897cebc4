"""Whatever the store accepts, every exporter writes (11.13): each field the leader edits, filled with
text no one types but anyone can paste or import – 20,000 characters with and without spaces, hundreds
of lines, Hebrew and Arabic, markup, emoji, control characters – gives a whole PDF and a whole calendar
file. A text too long for its place is cut visibly and the export says so; otherwise it is all there."""

from __future__ import annotations

import io
from pathlib import Path

import icalendar
import pypdf
import pytest
from full_plan import FIELD_VALUES, build_full_plan
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from handleplan import fields as declared
from handleplan.errors import ValidationError
from handleplan.export.calendar import write_ics
from handleplan.export.command import run_export_command
from handleplan.export.errors import shortened_note
from handleplan.export.pdf import render_pdf
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import take_snapshot
from handleplan.models import Profile
from handleplan.ops.edit import edit
from handleplan.privacy import Release
from handleplan.store import Store

END = "slutmærke"
HARD_TEXT = (
    "Langt ord " * 300
    + "x" * 5000
    + "\n\n"
    + "linje\n" * 200
    + "שלום עולם مرحبا بالعالم " * 40
    + "<b>&amp;</para> <font size=99> 😀 \x07 \u202e \ufeff "
    + END
)
# The fields she types into (not those chosen from a list, which the store checks).
TYPED = [
    (cls, name)
    for cls, values in FIELD_VALUES.items()
    for name in values
    if declared.field(cls.__tablename__, name).kind in ("text", "line")
]


def record(store: Store, ids: dict[str, int], cls: type) -> object:
    keys = {
        "Profile": "profile", "Milestone": "trio", "TrioMember": "member", "Initiative": "initiative",
        "Cycle": "cycle", "CycleQuestion": "question", "CycleTask": "task", "Observation": "observation",
        "RoleAssignment": "role", "Reflection": "reflection", "ReflectionAnswer": "answer",
        "DialogueOutcome": "outcome",
    }  # fmt: skip
    return store.session.get(cls, ids[keys[cls.__name__]])


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


EVERYTHING = ExportOptions(include_private=True)


def release_all(snapshot) -> Release:  # noqa: ANN001
    return Release(
        initiatives=frozenset(i.id for i in snapshot.initiatives),
        reflections=frozenset(r.id for r in snapshot.reflections),
    )


@pytest.mark.parametrize(("cls", "name"), TYPED, ids=[f"{c.__name__}.{n}" for c, n in TYPED])
def test_each_field_at_its_worst_exports_whole(store: Store, tmp_path: Path, cls: type, name: str):
    ids = build_full_plan(store)
    edit(store, record(store, ids, cls), **{name: HARD_TEXT})
    snapshot = take_snapshot(store)

    data, pages, contents = render_pdf(snapshot, EVERYTHING)
    assert data.startswith(b"%PDF") and pages > 1
    printed = pdf_text(data)
    if contents.shortened:  # cut where it could not flow, and said so
        assert any("Langt ord" in cut for cut in contents.shortened)
        assert "forkortet" in shortened_note(contents.shortened, "da")
        assert "Langtord" in printed
    elif "Langtord" in printed:  # printed (a few fields are not, for this record): to its last word
        assert END in printed

    out = tmp_path / "plan.ics"
    write_ics(snapshot, out, "da", release_all(snapshot))
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert calendar.walk("VEVENT")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    field=st.sampled_from(TYPED),
    text=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=2000),
)
def test_any_text_in_any_field_exports(store: Store, tmp_path: Path, field: tuple[type, str], text: str):
    ids = getattr(store, "_full_plan_ids", None) or build_full_plan(store)
    store._full_plan_ids = ids  # one plan for all examples; each writes one field
    cls, name = field
    try:
        edit(store, record(store, ids, cls), **{name: text})
    except ValidationError:
        assume(False)  # refused as typed (an empty title): never stored, so nothing to export
    snapshot = take_snapshot(store)
    data, pages, _contents = render_pdf(snapshot, EVERYTHING)
    assert data.startswith(b"%PDF") and pages >= 1
    out = tmp_path / "any.ics"
    write_ics(snapshot, out, "en", release_all(snapshot))
    assert icalendar.Calendar.from_ical(out.read_bytes())


def test_the_command_line_says_what_it_shortened(data_dir: Path, tmp_path: Path, capsys):
    store = Store.open(data_dir)
    ids = build_full_plan(store)
    edit(store, record(store, ids, Profile), name="Langt ord " * 3000)
    store.close()
    assert run_export_command(data_dir, tmp_path / "plan.pdf", None, True, "da") == 0
    said = capsys.readouterr().out
    assert "PDF'en er gemt" in said
    assert "for lang til sin plads i PDF'en og er forkortet" in said
    assert "»Langt ord Langt ord" in said
