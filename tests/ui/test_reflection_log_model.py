"""The reflection log model on its own (no view): order, titles, subtitles and the private flag."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from handleplan.models import MilestoneKind
from handleplan.ops import reflections, timeline
from handleplan.ops.edit import edit
from handleplan.ui.reflection.log_model import ReflectionLogModel, long_date

TODAY = date.today()


@pytest.fixture
def written(store):
    """A private reflection after Modul 1, a free one, and an untitled one after a TRIO meeting."""
    modul1 = timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", TODAY - timedelta(days=30))
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", TODAY - timedelta(days=10))
    after_modul1 = reflections.write_reflection(
        store, modul1, title="Efter Modul 1", written_on=TODAY - timedelta(days=29), private=True
    )
    free = reflections.write_reflection(store, None, title="Travl uge", written_on=TODAY - timedelta(days=3))
    after_trio = reflections.write_reflection(store, trio, title="", written_on=TODAY - timedelta(days=9))
    return after_modul1, free, after_trio


@pytest.fixture
def model(qapp, store, written):
    m = ReflectionLogModel()
    m.set_entries(reflections.reflection_log(store))
    return m


def column(model: ReflectionLogModel, role: int) -> list:
    return [model.index(row).data(role) for row in range(model.rowCount())]


def test_newest_first_with_titles_and_private_flags(model, written):
    after_modul1, free, after_trio = written
    assert model.rowCount() == 3
    assert model.ids() == [free.id, after_trio.id, after_modul1.id]
    assert column(model, Qt.ItemDataRole.DisplayRole) == ["Travl uge", "Efter TRIO-møde", "Efter Modul 1"]
    assert column(model, ReflectionLogModel.PrivateRole) == [False, False, True]
    assert column(model, ReflectionLogModel.IdRole) == model.ids()
    assert column(model, ReflectionLogModel.DateRole) == [
        TODAY - timedelta(days=3),
        TODAY - timedelta(days=9),
        TODAY - timedelta(days=29),
    ]


def test_subtitle_and_tooltip(model):
    subtitles = column(model, ReflectionLogModel.SubtitleRole)
    assert subtitles[0] == long_date(TODAY - timedelta(days=3))  # free: just the date
    # The title already says "Efter Modul 1" (or the fallback "Efter TRIO-møde"): the date alone.
    assert subtitles[1] == long_date(TODAY - timedelta(days=9))
    assert subtitles[2] == long_date(TODAY - timedelta(days=29))
    tips = column(model, Qt.ItemDataRole.ToolTipRole)
    assert tips[2].endswith(", privat")
    assert "privat" not in tips[0]


def test_subtitle_names_the_milestone_when_the_title_does_not(store, model, written):
    after_modul1, *_ = written
    edit(store, after_modul1, title="Stresstrappen gav mening")
    model.set_entries(reflections.reflection_log(store))
    row = model.row_of(after_modul1.id)
    assert model.index(row).data(ReflectionLogModel.SubtitleRole) == (
        f"{long_date(TODAY - timedelta(days=29))} · efter Modul 1"
    )


def test_row_of_and_entry(model, written):
    after_modul1, *_ = written
    assert model.row_of(after_modul1.id) == 2
    assert model.row_of(None) == -1
    assert model.row_of(99_999) == -1
    assert model.entry(2).id == after_modul1.id
    assert model.entry(3) is None
    assert model.index(5).data() is None


def test_an_edit_repaints_one_row_without_a_reset(model, store, written, qtbot):
    after_modul1, *_ = written
    edit(store, after_modul1, private=False)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        model.set_entries(reflections.reflection_log(store))
    assert changed.args[0].row() == 2
    assert model.index(2).data(ReflectionLogModel.PrivateRole) is False


def test_a_new_reflection_resets_the_rows(model, store, qtbot):
    with qtbot.waitSignal(model.modelReset):
        reflections.write_reflection(store, None, title="I dag", written_on=TODAY)
        model.set_entries(reflections.reflection_log(store))
    assert model.index(0).data() == "I dag"
    assert model.rowCount() == 4


def test_empty_model(qapp):
    model = ReflectionLogModel()
    model.set_entries([])
    assert model.rowCount() == 0
    assert model.ids() == []
