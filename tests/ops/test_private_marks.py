"""Making an entry private by kind and id (the export warning's "Gør privat")."""

from __future__ import annotations

from datetime import date

import pytest

from handleplan.errors import HandleplanError
from handleplan.models import Initiative, Milestone, MilestoneKind, Observation, Reflection
from handleplan.ops import initiatives as ops
from handleplan.ops import reflections, timeline
from handleplan.ops.private_marks import make_private


def test_each_kind_is_marked_in_the_file_and_a_second_time_changes_nothing(store):
    initiative = ops.create_initiative(store, "Pauser")
    observation = ops.add_observation(store, initiative.current_cycle, "Lise var træt", date(2026, 11, 3))
    reflection = reflections.write_reflection(store, None, text="Om Lise")
    meeting = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", date(2026, 11, 5))
    marks = [
        ("initiative", initiative, Initiative, "private"),
        ("observation", observation, Observation, "private"),
        ("reflection", reflection, Reflection, "private"),
        ("notes", meeting, Milestone, "notes_private"),
    ]
    for kind, record, model, attribute in marks:
        assert make_private(store, kind, record.id) is True
        store.session.expire_all()
        assert getattr(store.session.get(model, record.id), attribute) is True
        assert make_private(store, kind, record.id) is False


def test_an_entry_gone_meanwhile_is_said_not_found(store):
    with pytest.raises(HandleplanError) as raised:
        make_private(store, "observation", 999)
    assert raised.value.code == "not_found" and "iagttagelse 999" in raised.value.message("da")
