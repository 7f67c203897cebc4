"""The demo plan follows its own advice (issue 12.4): its shared text names none of Mette's staff – the
TRIO and the IGLO rows say "AMR'en", "TR'en", "Vores planlægger" – so its first export gives no name
warning, in either language and for any milestone. The rule is still shown at work: a private tiltag with
a cycle, observations, IGLO roles and a TRIO agreement, and a private reflection, may keep the names, and
ticking the private tiltag brings the warning back."""

from __future__ import annotations

from datetime import date

import pytest

from handleplan.demo import fill_demo
from handleplan.export.names import find_sensitive, staff_names
from handleplan.export.selection import ExportOptions, resolve
from handleplan.export.snapshot import PlanSnapshot, take_snapshot

TODAY = date(2026, 12, 4)


@pytest.fixture(params=["da", "en"])
def lang(request) -> str:  # noqa: ANN001
    return request.param


@pytest.fixture
def demo(store, lang: str) -> PlanSnapshot:  # noqa: ANN001
    fill_demo(store, lang, today=TODAY)
    return take_snapshot(store, TODAY, lang)


def test_the_demo_has_staff_names_to_warn_about(demo: PlanSnapshot):
    # Otherwise "no warning" below would say nothing: the TRIO and the private tiltag's IGLO row name them.
    assert staff_names(demo) == ["Jonas Kristensen", "Susanne Holm", "Lise"]


def test_no_name_warning_for_the_default_export_or_any_milestone(demo: PlanSnapshot, lang: str):
    for milestone_id in (None, *(m.id for m in demo.milestones)):
        options = ExportOptions(milestone_id=milestone_id, lang=lang, today=TODAY)
        found = find_sensitive(demo, resolve(demo, options))
        assert [(f.word, f.record, f.field, f.entry) for f in found] == [], milestone_id


def test_the_private_entries_keep_their_names_and_the_rule_shows(demo: PlanSnapshot, lang: str):
    private = [i for i in demo.initiatives if i.private]
    assert len(private) == 1
    (hidden,) = private
    assert hidden.cycles and any(c.observations for c in hidden.cycles)
    assert {r.level for r in hidden.roles} >= {"individ", "leder"}
    agreed = [r for m in demo.milestones for r in m.agreements if r.initiative_id == hidden.id]
    assert agreed, "the private tiltag has a TRIO agreement"
    assert any(r.private for r in demo.reflections)
    # Ticked, the private tiltag brings its names into the export – and the warning says so.
    everything = ExportOptions(
        lang=lang, today=TODAY, initiative_ids=frozenset(i.id for i in demo.initiatives)
    )
    words = {f.word for f in find_sensitive(demo, resolve(demo, everything))}
    assert "Lise" in words
