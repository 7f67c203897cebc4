"""Search across everything the leader wrote: Danish letters fold, and each hit says where to open it."""

from __future__ import annotations

from datetime import date

import pytest

from handleplan.models import Level, MilestoneKind
from handleplan.ops import iglo, people, reflections, search, timeline
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.store import Store

TODAY = date(2026, 3, 10)


@pytest.fixture
def plan(store: Store) -> dict[str, object]:
    edit(store, people.profile(store), name="Mette Hansen", organisation="Hjemmeplejen Nord",
         focus="Psykologisk tryghed på aftenholdet")  # fmt: skip
    people.add_trio_member(store, "Jonas Kristensen", "Arbejdsmiljørepræsentant")
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", TODAY, "Mødelokalet")
    edit(store, trio, notes="Vi talte om ØKONOMIEN i kørelisten", bring_to_next="Spørgsmål om Åbenhed")
    other = ops.create_initiative(store, "Stjernestunder", goal="Anerkendelse hver morgen")
    initiative = ops.create_initiative(store, "Luft i kørelisten", why="Pausen ryger – ÆRGERLIGT for alle")
    first = initiative.cycles[0]
    edit(store, first, learning="Bufferen skal beskyttes mod ekstra besøg")
    ops.add_question(store, first, "Holdes pausen?", "Ja, på fire ud af fem dage")
    ops.add_task(store, first, "Ark til afkrydsning", "Jonas", "Uge 1", "Bilerne på Ærøvej")
    second = ops.start_next_cycle(store, initiative, prefill=False)
    ops.add_observation(store, second, "Rute 3: bufferen blev brugt til en ekstra borger", TODAY)
    iglo.assign(store, Level.ORGANISATION, "Buffer på alle seks ruter", "Birgitte", initiative=initiative)
    agreement = iglo.assign(store, Level.LEDER, "Booke næste TRIO-møde", "Mette", milestone=trio)
    reflection = reflections.write_reflection(
        store, trio, answers=["Vi aftalte at beskytte bufferen"], text="Æbleskiver til næste møde"
    )
    return {"trio": trio, "other": other, "initiative": initiative, "first": first, "second": second,
            "agreement": agreement, "reflection": reflection}  # fmt: skip


def _where(hits: list[search.Hit]) -> set[tuple]:
    return {(h.screen, h.record, h.field) for h in hits}


def test_danish_letters_fold_both_ways(store: Store, plan):
    for query in ("ærgerligt", "ÆRGERLIGT", "ÆrGeRlIgT"):
        hits = search.search(store, query)
        assert _where(hits) == {("initiative", "initiative", "why")}, query
        assert hits[0].initiative_id == plan["initiative"].id
    assert _where(search.search(store, "økonomien")) == {("milestone", "milestone", "notes")}
    assert _where(search.search(store, "åBENHED")) == {("milestone", "milestone", "bring_to_next")}
    assert _where(search.search(store, "ærøvej")) == {("initiative", "cycle_task", "where")}
    assert _where(search.search(store, "æBLESKIVER")) == {("reflection", "reflection", "text")}


def test_hits_locate_initiative_cycle_reflection_and_milestone(store: Store, plan):
    initiative, first, second = plan["initiative"], plan["first"], plan["second"]

    (learning,) = search.search(store, "beskyttes mod")
    assert (learning.record, learning.field) == ("cycle", "learning")
    assert (learning.initiative_id, learning.cycle_id) == (initiative.id, first.id)

    (prediction,) = search.search(store, "fire ud af fem")
    assert (prediction.screen, prediction.record, prediction.field) == (
        "initiative",
        "cycle_question",
        "prediction",
    )
    assert (prediction.initiative_id, prediction.cycle_id) == (initiative.id, first.id)

    (observation,) = search.search(store, "ekstra borger")
    assert observation.record == "observation" and observation.cycle_id == second.id
    assert observation.initiative_id == initiative.id

    (role,) = search.search(store, "seks ruter")
    assert (role.screen, role.record, role.initiative_id) == ("initiative", "role_assignment", initiative.id)

    (answer,) = search.search(store, "aftalte at beskytte")
    assert (answer.screen, answer.record, answer.field) == ("reflection", "reflection_answer", "answer")
    assert answer.reflection_id == plan["reflection"].id and answer.milestone_id == plan["trio"].id

    (goal,) = search.search(store, "anerkendelse hver")
    assert goal.initiative_id == plan["other"].id and goal.cycle_id is None

    assert _where(search.search(store, "aftenholdet")) == {("profile", "profile", "focus")}
    assert _where(search.search(store, "arbejdsmiljørepræsentant")) == {("trio", "trio_member", "role")}


def test_an_agreement_without_initiative_opens_its_milestone(store: Store, plan):
    (hit,) = search.search(store, "booke næste")
    assert hit.record == "role_assignment"
    assert hit.initiative_id is None and hit.milestone_id == plan["trio"].id
    assert hit.screen == "milestone"


def test_empty_query_limit_and_snippet(store: Store, plan):
    assert search.search(store, "") == [] and search.search(store, "   ") == []
    assert search.search(store, "findes ikke nogen steder") == []
    assert len(search.search(store, "e", limit=3)) == 3
    long_text = "Indledning " * 40 + "NÅLEN i høstakken" + " og så videre" * 40
    edit(store, plan["first"], comparison=long_text)
    (hit,) = search.search(store, "nålen")
    assert "NÅLEN i høstakken" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 120
    assert "\n" not in search.snippet("første\nlinje\nanden", 0, 6)


def test_text_after_a_nul_character_is_still_found(store: Store, plan):
    """SQL's LIKE stops at NUL; the search compares in Python, so the words after it are found too."""
    edit(store, plan["first"], unplanned="før\x00efter nul-tegnet")
    (hit,) = search.search(store, "efter nul")
    assert hit.field == "unplanned"
