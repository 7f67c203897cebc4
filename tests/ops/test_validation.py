"""Bad input: refused with a clear message and nothing changed, or stored exactly as typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import dump

from handleplan.errors import ValidationError
from handleplan.models import (
    Cycle,
    CycleQuestion,
    Initiative,
    Level,
    Milestone,
    MilestoneKind,
    Observation,
    Profile,
    Reflection,
    RoleAssignment,
)
from handleplan.ops import iglo, people, reflections, timeline
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.store import DB_NAME, Store


@pytest.fixture
def plan(store: Store):
    initiative = ops.create_initiative(store, "Stjernestunder", goal="Anerkendelse")
    milestone = timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", date(2026, 2, 1))
    member = people.add_trio_member(store, "Jonas", "AMR")
    role = iglo.assign(store, Level.LEDER, "Følge op", initiative=initiative)
    reflection = reflections.write_reflection(store, milestone, written_on=date(2026, 2, 1))
    observation = ops.add_observation(store, initiative.cycles[0], "Set", date(2026, 2, 2))
    return {"initiative": initiative, "milestone": milestone, "member": member, "role": role,
            "reflection": reflection, "observation": observation, "cycle": initiative.cycles[0]}  # fmt: skip


BLANKS = ["", " ", "   \t\n  ", "\u00a0", "\u3000"]


@pytest.mark.parametrize("blank", BLANKS)
def test_blank_titles_are_refused_and_nothing_changes(store: Store, plan, data_dir: Path, blank: str):
    before = dump(data_dir / DB_NAME)
    attempts = [
        lambda: ops.create_initiative(store, blank),
        lambda: timeline.add_milestone(store, MilestoneKind.TRIO, blank, date(2026, 3, 1)),
        lambda: people.add_trio_member(store, blank),
        lambda: edit(store, plan["initiative"], title=blank),
        lambda: edit(store, plan["milestone"], title=blank),
        lambda: edit(store, plan["member"], name=blank),
        # A valid change beside the blank title is not made either.
        lambda: edit(store, plan["initiative"], goal="Ny", title=blank),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.code == "empty_title"
        assert "titel" in caught.value.message("da") and "title" in caught.value.message("en")
    assert plan["initiative"].title == "Stjernestunder" and plan["initiative"].goal == "Anerkendelse"
    assert plan["milestone"].title == "Modul 1" and plan["member"].name == "Jonas"
    assert not store.session.new and not store.session.dirty
    assert dump(data_dir / DB_NAME) == before


def test_none_as_title_is_refused(store: Store, plan):
    with pytest.raises(ValidationError):
        ops.create_initiative(store, None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        edit(store, plan["initiative"], title=None)


TEXTS = {
    "long": "Lang tekst om trivsel. " * 4348 + "slut",  # just over 100,000 characters
    "emoji": "Stjernestund 🌟👩🏽‍⚕️ – godt gået! 🇩🇰",
    "control": "Linje 1\r\nLinje 2\tmed tab\x07klokke\x1b[31mfarve\x0bvt\x0cff",
    "nul": "før\x00efter\x00\x00slut",
    "danish": "Æ Ø Å æ ø å – „citat“ € § ½",
    "rtl": "עברית العربية",
}


def test_any_storable_text_round_trips_exactly(store: Store, plan, data_dir: Path):
    assert len(TEXTS["long"]) > 100_000
    texts = list(TEXTS.values())
    cycle: Cycle = plan["cycle"]
    edit(store, plan["initiative"], goal=texts[0], why=texts[1])
    edit(store, cycle, objective=texts[2], learning=texts[3], next_step=texts[4], unplanned=texts[5])
    question = ops.add_question(store, cycle, texts[3], texts[0])
    edit(store, question, result=texts[1])
    edit(store, plan["observation"], text=texts[3])
    edit(store, plan["reflection"], text=texts[0])
    edit(store, plan["reflection"].answers[0], answer=texts[3])
    edit(store, plan["milestone"], notes=texts[2], title=texts[1])
    edit(store, people.profile(store), focus=texts[3], name=texts[1])
    ids = {name: plan[name].id for name in ("initiative", "cycle", "observation", "reflection", "milestone")}
    store.close()

    again = Store.open(data_dir)
    try:
        s = again.session
        initiative = s.get(Initiative, ids["initiative"])
        assert (initiative.goal, initiative.why) == (texts[0], texts[1])
        cycle = s.get(Cycle, ids["cycle"])
        assert (cycle.objective, cycle.learning, cycle.next_step, cycle.unplanned) == tuple(texts[2:6])
        q = s.get(CycleQuestion, question.id)
        assert (q.question, q.prediction, q.result) == (texts[3], texts[0], texts[1])
        assert s.get(Observation, ids["observation"]).text == texts[3]
        reflection = s.get(Reflection, ids["reflection"])
        assert reflection.text == texts[0] and reflection.answers[0].answer == texts[3]
        milestone = s.get(Milestone, ids["milestone"])
        assert (milestone.notes, milestone.title) == (texts[2], texts[1])
        profile = s.get(Profile, people.profile(again).id)
        assert (profile.focus, profile.name) == (texts[3], texts[1])
    finally:
        again.close()


@pytest.mark.parametrize("bad", ["Halvt emoji \ud83d", "\udc00", "ok\ud800ok"])
def test_lone_surrogates_are_refused_with_a_clear_message(store: Store, plan, data_dir: Path, bad: str):
    before = dump(data_dir / DB_NAME)
    for attempt in (
        lambda: edit(store, plan["initiative"], goal=bad),
        lambda: edit(store, plan["initiative"], title=bad),
        lambda: ops.create_initiative(store, "Nyt", why=bad),
        lambda: ops.add_observation(store, plan["cycle"], bad),
        lambda: reflections.write_reflection(store, None, answers=[bad]),
        lambda: iglo.assign(store, Level.GRUPPE, bad),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.code == "text_invalid"
        message = caught.value.message("da")
        assert "tegn, der ikke kan gemmes (halve tegn fra en indsættelse" in message
        assert "characters left by a broken paste" in caught.value.message("en")
    assert plan["initiative"].goal == "Anerkendelse"
    assert not store.session.new and not store.session.dirty
    assert dump(data_dir / DB_NAME) == before


@pytest.mark.parametrize("bad", [date(1, 1, 1), date(1899, 12, 31), date(2201, 1, 1), date(9999, 12, 31)])
def test_dates_outside_1900_to_2200_are_refused(store: Store, plan, data_dir: Path, bad: date):
    before = dump(data_dir / DB_NAME)
    for attempt in (
        lambda: edit(store, plan["milestone"], date=bad),
        lambda: timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO", bad),
        lambda: edit(store, plan["observation"], observed_on=bad),
        lambda: ops.add_observation(store, plan["cycle"], "x", bad),
        lambda: edit(store, plan["role"], due=bad),
        lambda: iglo.assign(store, Level.LEDER, "x", due=bad),
        lambda: edit(store, plan["reflection"], written_on=bad),
        lambda: reflections.write_reflection(store, None, written_on=bad),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.code == "date_out_of_range"
        assert bad.isoformat() in caught.value.message("da") and "1900–2200" in caught.value.message("da")
    assert dump(data_dir / DB_NAME) == before


@pytest.mark.parametrize("good", [date(1900, 1, 1), date(2200, 12, 31)])
def test_dates_at_the_edges_are_accepted_and_round_trip(store: Store, plan, data_dir: Path, good: date):
    edit(store, plan["milestone"], date=good)
    edit(store, plan["observation"], observed_on=good)
    edit(store, plan["role"], due=good)
    edit(store, plan["reflection"], written_on=good)
    ids = {name: plan[name].id for name in ("milestone", "observation", "role", "reflection")}
    store.close()
    again = Store.open(data_dir)
    try:
        assert again.session.get(Milestone, ids["milestone"]).date == good
        assert again.session.get(Observation, ids["observation"]).observed_on == good
        assert again.session.get(RoleAssignment, ids["role"]).due == good
        assert again.session.get(Reflection, ids["reflection"]).written_on == good
    finally:
        again.close()


def test_dates_that_may_be_empty_and_those_that_may_not(store: Store, plan):
    edit(store, plan["milestone"], date=None)
    edit(store, plan["role"], due=None)
    assert plan["milestone"].date is None and plan["role"].due is None
    for record, name in ((plan["observation"], "observed_on"), (plan["reflection"], "written_on")):
        with pytest.raises(ValidationError) as caught:
            edit(store, record, **{name: None})
        assert caught.value.code == "invalid_value"
    with pytest.raises(ValidationError):
        edit(store, plan["milestone"], date="2026-03-01")  # a string is not a date


def test_wrong_kinds_of_values_are_refused(store: Store, plan, data_dir: Path):
    before = dump(data_dir / DB_NAME)
    for record, fields in (
        (plan["initiative"], {"status": "finished"}),
        (plan["initiative"], {"tags": "workload"}),
        (plan["initiative"], {"tags": ["workload", 3]}),
        (plan["cycle"], {"phase": "later"}),
        (plan["cycle"], {"decision": "maybe"}),
        (plan["role"], {"level": "team"}),
        (plan["role"], {"trio_member_id": "Jonas"}),
        (plan["milestone"], {"kind": "modul9"}),
        (plan["initiative"], {"goal": 42}),
        (plan["initiative"], {"id": 99}),  # not editable
        (plan["initiative"], {"position": 1}),  # has its own operation
        (plan["cycle"], {"number": 7}),
    ):
        with pytest.raises(ValidationError) as caught:
            edit(store, record, **fields)
        assert caught.value.code == "invalid_value", fields
        assert "{" not in caught.value.message("da")
    assert dump(data_dir / DB_NAME) == before


def test_enum_values_are_accepted_as_their_keys(store: Store, plan):
    edit(store, plan["cycle"], phase="study", decision="adopt")
    assert plan["cycle"].phase.value == "study" and plan["cycle"].decision.value == "adopt"
    edit(store, plan["cycle"], decision=None)
    assert plan["cycle"].decision is None
