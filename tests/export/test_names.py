"""Names of her staff and sensitive words in what a PDF would share (export/names.py), on a real store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from handleplan.export.names import WordFinder, find_sensitive, read_sensitive_words, staff_names
from handleplan.export.selection import ExportOptions, resolve
from handleplan.export.snapshot import take_snapshot
from handleplan.models import Level, MilestoneKind
from handleplan.ops import iglo, people, timeline
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit

TODAY = date(2026, 12, 2)


@pytest.fixture
def plan(store):
    edit(store, people.profile(store), name="Mette Hansen", unit="Team Vest", focus="Tryghed på aftenholdet")
    people.add_trio_member(store, "Søren Ærø", "AMR")
    modul = timeline.add_milestone(store, MilestoneKind.MODUL2, "Modul 2", TODAY + timedelta(days=7))
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", TODAY - timedelta(days=7))
    shared = ops.create_initiative(store, "Pauser der holder", goal="Mere luft på ruterne")
    iglo.assign(store, Level.INDIVID, "Siger til i tide", "Åse", initiative=shared)
    iglo.assign(store, Level.GRUPPE, "Holder øje", "Team Vest", initiative=shared)
    iglo.assign(store, Level.GRUPPE, "Alle holder pause", "Alle medarbejdere", initiative=shared)
    iglo.assign(store, Level.LEDER, "Følger op", "Mette", initiative=shared)
    iglo.assign(store, Level.ORGANISATION, "Tager det op i MED", "Søren Ærø", initiative=shared)
    hidden = ops.create_initiative(store, "Samtale", goal="Lise har brug for ro", private=True)
    iglo.assign(store, Level.INDIVID, "Siger til", "Lise", initiative=hidden)
    return {"store": store, "modul": modul, "trio": trio, "shared": shared, "hidden": hidden}


def findings(store, sensitive=(), **options):  # noqa: ANN001, ANN003, ANN201
    snapshot = take_snapshot(store, TODAY)
    return find_sensitive(snapshot, resolve(snapshot, ExportOptions(today=TODAY, **options)), sensitive)


def test_the_names_are_her_staff_as_she_typed_them(plan):
    names = staff_names(take_snapshot(plan["store"], TODAY))
    # Not her own name, not her unit, not a "Hvem" that is no person's name; a private tiltag's too.
    assert names == ["Søren Ærø", "Åse", "Lise"]


def test_danish_names_are_found_whole_whatever_the_case_and_accents(plan):
    store, shared = plan["store"], plan["shared"]
    cycle = shared.current_cycle
    ops.add_observation(store, cycle, "SØREN ÆRØ var med", TODAY)
    ops.add_question(store, cycle, "Hvad siger søren?", "")
    ops.add_task(store, cycle, "Tale med Åse", "", "", "")
    edit(store, cycle, helpers="Åsé hjælper")  # an accent typed by mistake folds away: still Åse
    found = {(f.word, f.record, f.field) for f in findings(store)}
    assert found == {
        # The IGLO table prints who does it: Åse's name goes along. Søren there is the TRIO's own
        # agreement (the TRIO is listed in the PDF anyway): not a finding.
        ("Åse", "role_assignment", "who"),
        ("Søren Ærø", "observation", "text"),
        ("Søren", "cycle_question", "question"),  # the first name alone, as she writes it
        ("Åse", "cycle_task", "what"),
        ("Åse", "cycle", "helpers"),
    }


def test_a_name_inside_another_word_is_not_a_hit(plan):
    store, cycle = plan["store"], plan["shared"].current_cycle
    # "Åse" is not in "Åsevej" or "kåse"; å stays a letter of its own, so "Ase" is not "Åse" either.
    ops.add_observation(store, cycle, "Mødet på Åsevej, en kåseri og Ase fra Kolding", TODAY)
    edit(store, cycle, objective="Sørens hold og Ærøskøbing")  # "Søren" is not in "Sørens"
    assert [(f.word, f.record, f.field) for f in findings(store)] == [("Åse", "role_assignment", "who")]


def test_private_entries_are_not_scanned_unless_ticked(plan):
    store, hidden = plan["store"], plan["hidden"]
    assert not [f for f in findings(store) if f.word == "Lise"]  # the private tiltag stays home
    ticked = [f for f in findings(store, initiative_ids=frozenset({plan["shared"].id, hidden.id}))]
    assert {(f.word, f.record, f.field, f.entry, f.private) for f in ticked if f.word == "Lise"} == {
        ("Lise", "initiative", "goal", ("initiative", hidden.id), None),  # already private: only "Tag ud"
        ("Lise", "role_assignment", "who", ("initiative", hidden.id), None),
    }
    observation = ops.add_observation(
        store, plan["shared"].current_cycle, "Lise var træt", TODAY, private=True
    )
    assert not [f for f in findings(store) if f.word == "Lise"]  # a private observation: not scanned …
    ticked = findings(store, observation_ids=frozenset({observation.id}))
    assert [(f.entry, f.private) for f in ticked if f.word == "Lise"] == [
        (("observation", observation.id), None)
    ]


def test_sensitive_words_say_where_and_what_gør_privat_would_mark(plan):
    store, shared, trio = plan["store"], plan["shared"], plan["trio"]
    observation = ops.add_observation(store, shared.current_cycle, "To er sygemeldte med stress", TODAY)
    edit(store, trio, notes="Vi talte om Stress og trivsel", bring_to_next="Hvordan taler vi om STRESS?")
    found = {
        (f.word, f.is_name, f.record, f.field, f.entry, f.private)
        for f in findings(store, ["stress"])
        if not f.is_name
    }
    assert found == {
        ("stress", False, "observation", "text", ("initiative", shared.id), ("observation", observation.id)),
        ("stress", False, "milestone", "notes", ("trio", trio.id), ("notes", trio.id)),
        # What a meeting brings along cannot be private on its own: it prints under the meeting, and
        # under "Det vil jeg gerne drøfte" for the module.
        ("stress", False, "milestone", "bring_to_next", ("trio", trio.id), None),
        ("stress", False, "milestone", "bring_to_next", ("section", "discussion"), None),
    }
    without_trio = findings(store, ["stress"], sections=frozenset({"focus", "initiatives"}))
    assert [(f.record, f.field) for f in without_trio if not f.is_name] == [
        ("observation", "text")
    ]  # off: not read


def test_the_list_of_sensitive_words_is_one_a_line():
    assert read_sensitive_words("stress\n\n  sygemeldt \nStress\nmisbrug af alkohol\n") == [
        "stress",
        "sygemeldt",
        "misbrug af alkohol",
    ]
    finder = WordFinder([], ["misbrug af alkohol"])
    assert finder.find("Et mistænkt MISBRUG  af\nalkohol i teamet") == [("misbrug af alkohol", False)]


def test_a_term_rejected_inside_a_word_does_not_hide_a_whole_one_right_after():
    finder = WordFinder(["Anne Mette", "Mette", "Bo"], [])
    # "…sanne mette": "anne mette" starts inside "Susanne", but "Mette" there is a whole word.
    assert finder.find("Susanne Mette kom") == [("Mette", True)]
    assert finder.find("Bobo, bor og bo.") == [("Bo", True)]
    assert finder.find("ANNE  METTE og Anne") == [("Anne Mette", True), ("Anne", True)]
