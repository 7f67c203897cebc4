"""The portable file keeps a drejebog's outcome (its table is read from the models' metadata like every
other), and a file written before revision 0007 – with no drejebøger at all – still imports."""

from __future__ import annotations

from pathlib import Path

from portable_files import build, parts

from handleplan.ops import dialogues
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.ops.search import search
from handleplan.portable import export_portable, import_portable
from handleplan.store import Store

OUTCOME = {
    "more_of": "Korte tjek-ind om morgenen",
    "less_of": "Møder uden dagsorden",
    "start_doing": "Ros på fredagsmødet",
    "next_individ": "Hver især siger til, når det brænder på",
    "next_gruppe": "Teamet laver spilleregler",
    "next_leder": "Jeg booker møderne",
    "next_organisation": "MED-udvalget hører om det",
}


def test_a_drejebog_and_its_outcome_round_trip(tmp_path: Path) -> None:
    first = Store.open(tmp_path / "first")
    cycle = ops.create_initiative(first, "Guldkorn i teamet").cycles[0]
    edit(first, dialogues.use_script(first, cycle, "seks_guldkorn"), **OUTCOME)
    summary = export_portable(first, tmp_path / "plan.handleplan")
    first.close()
    assert summary.counts["dialogue_outcome"] == 1

    second = Store.open(tmp_path / "second")
    import_portable(second, tmp_path / "plan.handleplan")
    [initiative] = ops.initiatives(second)
    [outcome] = initiative.cycles[0].dialogues
    assert outcome.script == "seks_guldkorn"
    assert {name: getattr(outcome, name) for name in OUTCOME} == OUTCOME
    assert len(initiative.cycles[0].tasks) == 5
    # The imported rows are in the search index too (its triggers follow every insert).
    assert [h.field for h in search(second, "spilleregler")] == ["next_gruppe"]
    second.close()


def test_a_file_from_revision_0006_without_drejeboeger_imports(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "old")
    ops.create_initiative(store, "Færre afbrydelser")
    export_portable(store, tmp_path / "new.handleplan")
    store.close()
    manifest, data = parts(tmp_path / "new.handleplan")
    manifest["schema_revision"] = "0006"
    del data["tables"]["dialogue_outcome"]
    manifest["counts"].pop("dialogue_outcome", None)
    old_file = build(tmp_path / "old.handleplan", manifest, data)

    target = Store.open(tmp_path / "target")
    import_portable(target, old_file)
    [initiative] = ops.initiatives(target)
    assert initiative.title == "Færre afbrydelser" and initiative.cycles[0].dialogues == []
    target.close()
