"""Delete with everything that hangs on it, and bring it back exactly: same ids, same links, same text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import dump

from handleplan.errors import HandleplanError, StoreWriteError
from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Initiative,
    Level,
    Milestone,
    MilestoneKind,
    Observation,
    Reflection,
    RoleAssignment,
    TrioMember,
)
from handleplan.ops import iglo, people, reflections, timeline, undo
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.store import DB_NAME, Store

TODAY = date(2026, 3, 10)


# A row whose link is set to NULL and back is a changed row: its updated_at moves, the rest is as before.
RELINKED = ("updated_at",)


def build(store: Store) -> dict[str, object]:
    """Two initiatives (the first with two full cycles), a TRIO meeting with agreements, reflections."""
    jonas = people.add_trio_member(store, "Jonas", "AMR")
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", TODAY)
    keep = ops.create_initiative(store, "Stjernestunder")
    target = ops.create_initiative(store, "Luft i kørelisten", goal="Mindre tidspres", tags=["workload"])
    first = target.cycles[0]
    edit(store, first, objective="Buffer på tre ruter", learning="Beskyt bufferen", as_planned=False)
    ops.add_question(store, first, "Holdes pausen?", "Ja")
    ops.add_task(store, first, "Ark i bilerne", "Jonas")
    ops.add_observation(store, first, "Første uge: pausen holdt 🙂", TODAY)
    second = ops.start_next_cycle(store, target)
    ops.add_observation(store, second, "Rute 3 brugte bufferen", TODAY)
    roles = [
        iglo.assign(store, Level.LEDER, "Aftale med vagthavende", "Mette", initiative=target, milestone=trio),
        iglo.assign(
            store, Level.ORGANISATION, "Buffer på alle ruter", initiative=target, trio_member=jonas, due=TODAY
        ),
        iglo.assign(store, Level.GRUPPE, "Stjernestund hver morgen", initiative=keep, milestone=trio),
        iglo.assign(store, Level.LEDER, "Booke næste møde", milestone=trio, trio_member=jonas),
    ]
    linked = reflections.write_reflection(
        store, trio, answers=["Vi aftalte bufferen"], initiatives=[target, keep]
    )
    other = reflections.write_reflection(store, None, title="Fri", initiatives=[keep])
    return {"jonas": jonas, "trio": trio, "keep": keep, "target": target, "roles": roles, "linked": linked,
            "other": other}  # fmt: skip


def test_delete_initiative_and_restore_brings_back_everything_with_the_same_ids(store: Store, data_dir: Path):
    plan = build(store)
    target: Initiative = plan["target"]  # type: ignore[assignment]
    before = dump(data_dir / DB_NAME)
    target_id = target.id
    cycle_ids = [c.id for c in target.cycles]
    heard: list[set[str]] = []
    store.subscribe(heard.append)

    deleted = undo.delete_record(store, target, label="Luft i kørelisten")

    assert deleted.label == "Luft i kørelisten"
    assert deleted.root[0] == "initiative" and deleted.root[1]["id"] == target_id
    after = dump(data_dir / DB_NAME)
    assert [r[0] for r in after["initiative"]] == [plan["keep"].id]
    assert after["cycle"] == [r for r in before["cycle"] if r[1] != target_id]
    assert len(after["cycle"]) == 1
    assert after["cycle_question"] == [] and after["cycle_task"] == [] and after["observation"] == []
    assert sorted(r[3] for r in after["role_assignment"]) == ["gruppe", "leder"]  # the other two survive
    assert all(r[1] != target_id for r in after["reflection_initiative"])
    assert len(after["reflection"]) == 2  # reflections are not deleted, only unlinked
    assert {"initiative", "cycle", "cycle_question", "cycle_task", "observation", "role_assignment"} <= heard[
        -1
    ]
    with pytest.raises(HandleplanError):
        ops.get_initiative(store, target_id)

    undo.restore(store, deleted)

    assert dump(data_dir / DB_NAME) == before  # every row, every column, every id
    back = ops.get_initiative(store, target_id)
    assert [c.id for c in back.cycles] == cycle_ids
    assert [o.text for o in back.cycles[0].observations] == ["Første uge: pausen holdt 🙂"]
    assert back.cycles[0].as_planned is False
    assert {r.what for r in back.roles} == {"Aftale med vagthavende", "Buffer på alle ruter"}
    assert next(r for r in back.roles if r.trio_member_id).who_label == "Jonas"
    linked = store.session.get(Reflection, plan["linked"].id)
    assert {i.id for i in linked.initiatives} == {target_id, plan["keep"].id}
    trio = store.session.get(Milestone, plan["trio"].id)
    assert len(trio.agreements) == 3
    assert [i.id for i in ops.initiatives(store)] == [plan["keep"].id, target_id]  # same place in the order

    store.close()
    assert dump(data_dir / DB_NAME) == before
    again = Store.open(data_dir)
    try:
        assert again.check().healthy  # no broken foreign keys after the round trip
    finally:
        again.close()


def test_delete_milestone_unlinks_and_restore_links_again(store: Store, data_dir: Path):
    plan = build(store)
    trio: Milestone = plan["trio"]  # type: ignore[assignment]
    before = dump(data_dir / DB_NAME, skip=RELINKED)
    agreement_ids = sorted(r.id for r in trio.agreements)
    heard: list[set[str]] = []
    store.subscribe(heard.append)

    deleted = undo.delete_record(store, trio)

    assert {(name, column) for name, _, column, _ in deleted.unlinked} == {
        ("role_assignment", "milestone_id"), ("reflection", "milestone_id")
    }  # fmt: skip
    after = dump(data_dir / DB_NAME)
    assert after["milestone"] == []
    assert len(after["role_assignment"]) == 4  # the agreements stay, without their meeting
    store.session.expire_all()
    assert all(store.session.get(RoleAssignment, i).milestone_id is None for i in agreement_ids)
    assert store.session.get(Reflection, plan["linked"].id).milestone_id is None

    undo.restore(store, deleted)

    assert heard[-1] >= {"milestone", "role_assignment", "reflection"}  # the screens showing links refresh
    assert dump(data_dir / DB_NAME, skip=RELINKED) == before
    back = store.session.get(Milestone, trio.id)
    assert sorted(r.id for r in back.agreements) == agreement_ids
    assert store.session.get(Reflection, plan["linked"].id).milestone is back


def test_delete_trio_member_keeps_the_roles_and_restore_gives_them_back(store: Store, data_dir: Path):
    plan = build(store)
    before = dump(data_dir / DB_NAME, skip=RELINKED)
    deleted = undo.delete_record(store, plan["jonas"])
    store.session.expire_all()
    assert store.session.query(TrioMember).count() == 0
    assert store.session.query(RoleAssignment).filter(RoleAssignment.trio_member_id.is_not(None)).count() == 0
    assert store.session.query(RoleAssignment).count() == 4
    undo.restore(store, deleted)
    assert dump(data_dir / DB_NAME, skip=RELINKED) == before


def test_delete_reflection_and_one_cycle(store: Store, data_dir: Path):
    plan = build(store)
    before = dump(data_dir / DB_NAME)
    linked: Reflection = plan["linked"]  # type: ignore[assignment]
    deleted = undo.delete_record(store, linked)
    after = dump(data_dir / DB_NAME)
    assert all(r[1] != linked.id for r in after["reflection_answer"])
    assert all(r[0] != linked.id for r in after["reflection_initiative"])
    undo.restore(store, deleted)
    assert dump(data_dir / DB_NAME) == before

    cycle = store.session.get(Initiative, plan["target"].id).cycles[0]
    deleted = undo.delete_record(store, cycle)
    # Only the second cycle's rows are left (its question and task were copied when it started).
    assert [q.cycle_id for q in store.session.query(CycleQuestion)] == [plan["target"].cycles[-1].id]
    assert store.session.query(CycleTask).count() == 1
    assert store.session.query(Observation).count() == 1
    undo.restore(store, deleted)
    assert dump(data_dir / DB_NAME) == before
    assert [c.number for c in store.session.get(Initiative, plan["target"].id).cycles] == [1, 2]
    assert store.session.get(Cycle, cycle.id).questions[0].question == "Holdes pausen?"


def test_restore_that_cannot_be_done_changes_nothing_and_leaves_the_store_usable(
    store: Store, data_dir: Path
):
    """SQLite hands a deleted row's id to the next row when it was the highest: restoring then collides."""
    plan = build(store)
    target: Initiative = plan["target"]  # type: ignore[assignment]
    deleted = undo.delete_record(store, target)
    newcomer = ops.create_initiative(store, "Nyt tiltag")
    assert newcomer.id == target.id  # the id was reused
    before = dump(data_dir / DB_NAME)

    with pytest.raises(StoreWriteError) as caught:
        undo.restore(store, deleted)
    assert caught.value.code == "undo_failed"

    assert dump(data_dir / DB_NAME) == before
    # The failed restore must not linger in the session and be committed by the next edit.
    edit(store, newcomer, goal="Stadig her")
    after = dump(data_dir / DB_NAME)
    assert after["cycle_question"] == before["cycle_question"] == []
    assert [r[1] for r in after["initiative"]] == ["Stjernestunder", "Nyt tiltag"]
