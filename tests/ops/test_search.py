"""Search across everything the leader wrote: Danish letters fold, and each hit says where to open it."""

from __future__ import annotations

from datetime import date

import pytest

from handleplan.models import Level, MilestoneKind
from handleplan.ops import iglo, people, reflections, search, timeline, undo
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.store import Store, search_index

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


# -- the index: parts of words, folding, in step with every write -----------------------------------------------


def test_part_of_a_word_is_found(store: Store, plan):
    edit(store, plan["first"], unplanned="Der var mere mistrivsel på aftenholdet end ventet")
    (hit,) = search.search(store, "trivs")
    assert (hit.record, hit.field, hit.cycle_id) == ("cycle", "unplanned", plan["first"].id)
    assert "mistrivsel" in hit.snippet
    assert _where(search.search(store, "ØRELIST")) == {("initiative", "initiative", "title"),
                                                       ("milestone", "milestone", "notes")}  # fmt: skip


def test_case_and_accents_fold_but_ae_oe_aa_stay_letters(store: Store, plan):
    edit(store, plan["other"], why="En idé fra Åse om café-pauser")
    for query in ("ide fra", "IDÉ FRA", "åse", "ÅSE", "cafe-pauser"):
        assert [h.field for h in search.search(store, query)] == ["why"], query
    assert search.search(store, "ase om") == []  # å is not a
    assert search.search(store, "aergerligt") == []  # nor is æ "ae"
    assert [h.field for h in search.search(store, "ærgerligt")] == ["why"]
    (hit,) = search.search(store, "ide fra åse")
    assert "idé fra Åse" in hit.snippet  # the snippet shows the leader's own letters


def test_short_words_are_found_without_the_index(store: Store, plan):
    """A trigram index cannot look up one or two letters; the folded rows are scanned instead."""
    edit(store, plan["other"], why="Vi ÆØÅ")
    assert [(h.record, h.field) for h in search.search(store, "æø")] == [("initiative", "why")]
    assert [(h.record, h.field) for h in search.search(store, "ØÅ")] == [("initiative", "why")]
    assert {h.record for h in search.search(store, "3:")} == {"observation"}


def test_the_index_follows_edits_deletes_and_undo(store: Store, plan):
    first, initiative = plan["first"], plan["initiative"]
    assert [h.field for h in search.search(store, "beskyttes mod")] == ["learning"]
    edit(store, first, learning="Pausen holder nu")
    assert search.search(store, "beskyttes mod") == []
    assert [h.field for h in search.search(store, "pausen holder nu")] == ["learning"]
    edit(store, first, learning="")
    assert search.search(store, "pausen holder nu") == []

    # Deleting an initiative takes its cycles, rows, roles with it (ON DELETE CASCADE); undo brings all back.
    before = {(h.record, h.field) for h in search.search(store, "e", limit=1000)}
    everything_under = {"ærgerligt", "ærøvej", "fire ud af fem", "ekstra borger", "seks ruter"}
    deleted = undo.delete_record(store, initiative, "Luft i kørelisten")
    for words in everything_under:
        assert search.search(store, words) == [], words
    undo.restore(store, deleted)
    for words in everything_under:
        (hit,) = search.search(store, words)
        assert hit.initiative_id == initiative.id, words
    assert {(h.record, h.field) for h in search.search(store, "e", limit=1000)} == before

    (task,) = search.search(store, "ærøvej")
    row = next(t for t in ops.initiatives(store)[1].cycles[0].tasks)
    undo.delete_record(store, row)
    assert search.search(store, "ærøvej") == [] and task.record == "cycle_task"


def test_an_index_row_for_every_text_and_none_for_empty_ones(store: Store, plan):
    """The triggers index exactly what the migration would: compare with an index built afresh."""
    conn = store.session.connection().connection.driver_connection
    kept = sorted(conn.execute("SELECT rowid, body FROM search_index").fetchall())
    search_index.install(conn)
    store.commit()
    assert sorted(conn.execute("SELECT rowid, body FROM search_index").fetchall()) == kept
    assert all(body for _rowid, body in kept)


# -- private hits ---------------------------------------------------------------------------------------------


def test_hits_in_private_entries_are_marked(store: Store, plan):
    initiative, trio = plan["initiative"], plan["trio"]
    edit(store, initiative, private=True)
    private_reflection = reflections.write_reflection(store, None, answers=["Hemmelig tanke om bufferen"])
    edit(store, private_reflection, private=True)
    shared = iglo.assign(
        store, Level.GRUPPE, "Fælles aftale om bufferen", initiative=initiative, milestone=trio
    )

    private = {(h.record, h.field): h.private for h in search.search(store, "buffer")}
    assert private == {
        ("cycle", "learning"): True,  # a cycle of the private initiative
        ("observation", "text"): True,  # an observation in its second cycle
        ("role_assignment", "what"): True,  # its IGLO roles, also the one agreed at the TRIO meeting
        ("reflection_answer", "answer"): True,  # one reflection is private …
    }
    by_reflection = {h.reflection_id: h.private for h in search.search(store, "bufferen")
                     if h.record == "reflection_answer"}  # fmt: skip
    assert by_reflection == {plan["reflection"].id: False, private_reflection.id: True}  # … the other not
    assert {h.private for h in search.search(store, "fire ud af fem")} == {True}  # a question
    assert {h.private for h in search.search(store, "ærøvej")} == {True}  # a task
    assert {h.private for h in search.search(store, "ærgerligt")} == {True}  # the initiative itself
    assert {h.private for h in search.search(store, "anerkendelse")} == {False}  # another initiative
    assert {h.private for h in search.search(store, "booke næste")} == {False}  # agreement, no initiative
    assert {h.private for h in search.search(store, "økonomien")} == {False}  # a milestone never is
    assert shared.milestone_id == trio.id


def test_the_privacy_rule_of_a_hit():
    assert search.hit_is_private(1, None, {1}, set())
    assert search.hit_is_private(None, 7, set(), {7})
    assert not search.hit_is_private(2, None, {1}, {2})  # ids of initiatives and reflections are apart
    assert not search.hit_is_private(None, None, {1}, {7})


def test_a_private_observation_and_private_meeting_notes_are_marked(store: Store):
    """Marked private on their own, in an initiative and at a meeting that are not: the hit says so."""
    initiative = ops.create_initiative(store, "Pauser", goal="Mere luft")
    cycle = initiative.current_cycle
    shared = ops.add_observation(store, cycle, "Holdet talte om pauserne", date(2026, 11, 3))
    private = ops.add_observation(store, cycle, "Lise virkede presset om pauserne", date(2026, 11, 4))
    edit(store, private, private=True)
    meeting = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO om pauserne", date(2026, 11, 5))
    edit(store, meeting, notes="Vi talte om pauserne og Lise", notes_private=True)

    marked = {(h.record, h.record_id, h.field): h.private for h in search.search(store, "pauserne")}
    assert marked == {
        ("observation", shared.id, "text"): False,
        ("observation", private.id, "text"): True,
        ("milestone", meeting.id, "title"): False,  # the meeting's name is not its notes
        ("milestone", meeting.id, "notes"): True,
    }
