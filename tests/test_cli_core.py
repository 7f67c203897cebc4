"""The command line as a leader (or a tester) runs it, and the demo plan it makes."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from support import dump

from handleplan import __version__
from handleplan.content import load_content
from handleplan.demo import fill_demo, run_demo_command
from handleplan.models import Decision, InitiativeStatus, Level, MilestoneKind, Phase, ReflectionKind
from handleplan.ops import iglo, people, reflections, timeline
from handleplan.ops import initiatives as ops
from handleplan.store import DB_NAME, Store
from handleplan.store.schema import HEAD_REVISION


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "handleplan", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_version():
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"handleplan {__version__}" == "handleplan 0.1.0"


def test_demo_fills_once_refuses_twice_and_checks_healthy(tmp_path: Path):
    folder = tmp_path / "demo"
    first = run("--data-dir", str(folder), "demo")
    assert first.returncode == 0, first.stderr
    assert str(folder) in first.stdout and "Demo-handleplanen" in first.stdout
    before = dump(folder / DB_NAME)
    assert len(before["initiative"]) == 6 and len(before["reflection"]) == 4

    second = run("--data-dir", str(folder), "demo")
    assert second.returncode == 1
    assert "Der er allerede en handleplan" in second.stderr and str(folder) in second.stderr
    assert "Traceback" not in second.stderr
    assert dump(folder / DB_NAME) == before

    check = run("--data-dir", str(folder), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"Skemaversion: {HEAD_REVISION}" in check.stdout
    assert "Integritet: ok" in check.stdout and "Alt er i orden." in check.stdout


def test_demo_in_english_and_data_dir_from_the_environment(tmp_path: Path):
    folder = tmp_path / "from-env"
    done = run("--lang", "en", "demo", env={"HANDLEPLAN_DATA_DIR": str(folder)})
    assert done.returncode == 0, done.stderr
    assert "The demo plan is ready" in done.stdout
    conn = sqlite3.connect(folder / DB_NAME)
    titles = [row[0] for row in conn.execute("SELECT title FROM milestone")]
    conn.close()
    assert "Module 1" in titles


def test_check_on_a_damaged_file_fails(tmp_path: Path):
    folder = tmp_path / "damaged"
    assert run("--data-dir", str(folder), "demo").returncode == 0
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    for page in (2, 3, 4):  # 200 random bytes over the b-tree header of three pages
        data[4096 * (page - 1) : 4096 * (page - 1) + 200] = os.urandom(200)
    path.write_bytes(bytes(data))
    check = run("--data-dir", str(folder), "check")
    assert check.returncode != 0
    assert "Filen er beskadiget" in check.stdout and "Den er ikke ændret" in check.stdout

    path.write_bytes(os.urandom(4096))  # not a database at all
    check = run("--data-dir", str(folder), "check")
    assert check.returncode != 0
    assert "Traceback" not in check.stderr


def test_check_without_a_file(tmp_path: Path):
    check = run("--data-dir", str(tmp_path / "nothing"), "check")
    assert check.returncode == 1
    assert "ingen datafil" in check.stdout


def test_demo_on_a_newer_store_says_so_in_danish(tmp_path: Path):
    folder = tmp_path / "newer"
    Store.open(folder).close()
    conn = sqlite3.connect(folder / DB_NAME)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.commit()
    conn.close()
    done = run("--data-dir", str(folder), "demo")
    assert done.returncode == 1
    assert "nyere udgave af Handleplan" in done.stderr and "Traceback" not in done.stderr


# -- the demo plan itself ----------------------------------------------------------------------------------

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_demo_plan_is_a_realistic_plan_halfway_through(store: Store, lang: str):
    fill_demo(store, lang, today=TODAY)
    content = load_content(lang)

    profile = people.profile(store)
    assert profile.name == "Mette Hansen" and profile.onboarded is True
    assert profile.organisation and profile.unit and len(profile.focus) > 80
    expected_roles = ["AMR", "TR"] if lang == "da" else ["Safety rep (AMR)", "Union rep (TR)"]
    assert [m.role for m in people.trio_members(store)] == expected_roles

    # The forløb: Opstart 7 weeks ago, Modul 1 5 weeks ago, a TRIO meeting 2 weeks ago, Modul 2 in 12 days.
    milestones = timeline.milestones(store)
    by_kind = {}
    for m in milestones:
        by_kind.setdefault(m.kind, []).append(m)
    assert by_kind[MilestoneKind.OPSTART][0].date == TODAY - timedelta(weeks=7)
    assert by_kind[MilestoneKind.MODUL1][0].date == TODAY - timedelta(weeks=5)
    trio = by_kind[MilestoneKind.TRIO][0]
    assert trio.date == TODAY - timedelta(weeks=2)
    assert trio.notes and trio.bring_to_next
    modul2 = by_kind[MilestoneKind.MODUL2][0]
    assert modul2.date == TODAY + timedelta(days=12) and modul2.discussion_points
    assert timeline.next_milestone(store, TODAY) is modul2
    assert all(m.date > TODAY for m in by_kind[MilestoneKind.TRIO][1:] + by_kind[MilestoneKind.MODUL3])
    assert {m.title for m in milestones} >= {t.title for t in content.milestones}
    assert len(trio.agreements) >= 3
    assert any(a.initiative is None for a in trio.agreements)  # an agreement of the meeting itself
    assert any(a.initiative is not None for a in trio.agreements)

    # Four or five initiatives in different phases, and one private one that shows the rule at work:
    # a cycle with observations, IGLO roles and an agreement made at the TRIO meeting.
    everything = ops.initiatives(store)
    secret = [i for i in everything if i.private]
    assert len(secret) == 1
    assert secret[0].cycles[0].observations and secret[0].cycles[0].tasks and len(secret[0].roles) >= 2
    assert any(a.initiative is secret[0] for a in trio.agreements)
    plan = [i for i in everything if not i.private]
    assert 4 <= len(plan) <= 5
    shapes = {(i.status, i.current_cycle.phase, len(i.cycles)) for i in plan}
    assert (InitiativeStatus.IDEA, Phase.PLAN, 1) in shapes
    assert (InitiativeStatus.ACTIVE, Phase.DO, 1) in shapes
    assert (InitiativeStatus.ACTIVE, Phase.STUDY, 1) in shapes
    assert (InitiativeStatus.DONE, Phase.ACT, 1) in shapes
    ramp = next(i for i in plan if len(i.cycles) == 3)  # a run of counts over three cycles (issue 15.10)
    for before, after in zip(ramp.cycles, ramp.cycles[1:], strict=False):
        assert before.phase == Phase.ACT and before.decision == Decision.ADAPT
        assert after.objective == before.next_step  # each cycle builds on the one before
    done = next(i for i in plan if i.status == InitiativeStatus.DONE)
    assert done.current_cycle.decision == Decision.ADOPT
    tag_keys = {tag.key for tag in content.all_tags()}
    for initiative in plan:
        assert initiative.tags and set(initiative.tags) <= tag_keys
        assert initiative.goal and initiative.why and not initiative.private
        first = initiative.cycles[0]
        assert first.questions and all(q.prediction for q in first.questions)
        assert first.tasks
    doing = next(i for i in plan if i.current_cycle.phase == Phase.DO).current_cycle
    assert len(doing.observations) >= 2 and all(o.observed_on < TODAY for o in doing.observations)
    studying = next(i for i in plan if i.current_cycle.phase == Phase.STUDY).current_cycle
    assert all(q.result for q in studying.questions) and studying.learning

    # IGLO owners on several levels: TRIO members, some due soon, some done.
    roles = [r for i in plan for r in i.roles]
    assert {r.level for r in roles} == set(Level)
    assert any(r.trio_member is not None for r in roles)
    assert any(r.done for r in roles) and any(not r.done for r in roles)
    due_soon = iglo.open_due(store, TODAY + timedelta(days=7))
    assert len(due_soon) >= 2 and any(r.due < TODAY for r in due_soon)  # one overdue

    # Reflections after Opstart, Modul 1 and the TRIO meeting; exactly one private one.
    written = reflections.reflections(store)
    kinds = {(r.kind, r.milestone.kind if r.milestone else None) for r in written}
    assert (ReflectionKind.MODULE, MilestoneKind.OPSTART) in kinds
    assert (ReflectionKind.MODULE, MilestoneKind.MODUL1) in kinds
    assert (ReflectionKind.TRIO, MilestoneKind.TRIO) in kinds
    private = [r for r in written if r.private]
    assert len(private) == 1 and private[0].kind == ReflectionKind.FREE
    for reflection in written:
        assert all(a.answer for a in reflection.answers), reflection.title  # every course prompt answered
    after_module1 = next(r for r in written if r.milestone and r.milestone.kind == MilestoneKind.MODUL1)
    assert [a.prompt for a in after_module1.answers] == list(content.prompts_for("modul1"))
    assert len(after_module1.initiatives) >= 2
    assert store.check().healthy


def test_demo_text_is_real_danish(store: Store):
    fill_demo(store, "da", today=TODAY)
    text = " ".join(
        [i.title + i.goal + i.why for i in ops.initiatives(store)]
        + [a.answer for r in reflections.reflections(store) for a in r.answers]
    )
    assert "lorem" not in text.lower() and "ipsum" not in text.lower()
    assert sum(text.count(c) for c in "æøåÆØÅ") > 50


def test_demo_refuses_a_folder_with_anything_in_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """Even a lone TRIO member or milestone counts as the leader's data; the check comes before writing."""
    for seed in (
        lambda s: people.add_trio_member(s, "Jonas", "AMR"),
        lambda s: timeline.add_milestone(s, MilestoneKind.OTHER, "Mit eget møde"),
        lambda s: reflections.write_reflection(s, None, title="Første tanke"),
        lambda s: ops.create_initiative(s, "Mit tiltag"),
    ):
        folder = tmp_path / f"folder-{id(seed)}"
        store = Store.open(folder)
        seed(store)
        store.close()
        before = dump(folder / DB_NAME)
        assert run_demo_command(folder, "da") == 1
        assert "Der er allerede en handleplan" in capsys.readouterr().err
        assert dump(folder / DB_NAME) == before


def test_backup_and_restore_from_the_command_line(tmp_path: Path):
    folder = tmp_path / "plan"
    assert run("--data-dir", str(folder), "backup").returncode == 1  # nothing to back up: no empty backup
    assert not (folder / "backups").exists()
    assert run("--data-dir", str(folder), "demo").returncode == 0
    made = run("--data-dir", str(folder), "backup")
    assert made.returncode == 0
    backup = Path(made.stdout.strip().splitlines()[-1])
    assert backup.parent == folder / "backups" and backup.is_file()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600

    conn = sqlite3.connect(folder / DB_NAME)  # a change after the backup, which the restore undoes
    conn.execute("DELETE FROM reflection")
    conn.commit()
    conn.close()
    restored = run("--data-dir", str(folder), "restore")
    assert restored.returncode == 0, restored.stderr
    assert "er hentet tilbage" in restored.stdout and "before-restore" in restored.stdout
    conn = sqlite3.connect(folder / DB_NAME)
    assert conn.execute("SELECT count(*) FROM reflection").fetchone()[0] > 0
    conn.close()

    missing = run("--data-dir", str(tmp_path / "empty"), "restore")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
