"""Automatic backups while the app runs: on a worker when the plan changed, none when nothing changed, one
at exit, each a good backup the restore can use."""

from __future__ import annotations

import stat
from pathlib import Path

from handleplan.ops import initiatives as ops
from handleplan.store import DB_NAME
from handleplan.store.backups import is_good, list_backups, summarize
from handleplan.ui.backup_timer import BackupTimer


def test_a_backup_is_made_on_the_timer_only_after_a_change(ctx, qtbot, data_dir: Path):
    timer = BackupTimer(ctx, interval_ms=60_000)
    timer.back_up_if_changed()  # nothing changed yet: nothing to back up
    timer.pool.waitForDone()
    assert list_backups(data_dir) == []

    ctx.call(ops.create_initiative, ctx.store, "Pauser, der bliver holdt")
    timer.back_up_if_changed()
    timer.pool.waitForDone()
    made = list_backups(data_dir)
    assert [b.reason for b in made] == ["automatic"]
    assert is_good(made[0].path) and summarize(made[0].path).initiatives == 1
    assert stat.S_IMODE(made[0].path.stat().st_mode) == 0o600

    timer.back_up_if_changed()  # no change since: no second copy
    timer.pool.waitForDone()
    assert len(list_backups(data_dir)) == 1
    timer.at_exit()  # nor at exit
    assert len(list_backups(data_dir)) == 1


def test_closing_after_a_change_leaves_a_backup_of_the_last_state(ctx, data_dir: Path):
    timer = BackupTimer(ctx, interval_ms=60_000)
    ctx.call(ops.create_initiative, ctx.store, "Morgenmøde")
    ctx.call(ops.create_initiative, ctx.store, "Trivselsrunde")
    timer.at_exit()
    (backup,) = list_backups(data_dir)
    assert backup.reason == "exit"
    assert summarize(backup.path).initiatives == 2
    assert (data_dir / DB_NAME).exists()


def test_the_app_makes_its_exit_backup_when_it_shuts_down(start_app, demo_folder: Path, qtbot):
    controller = start_app(demo_folder, "overview")
    qtbot.waitUntil(lambda: controller.ctx.store_is_open, timeout=10_000)
    controller.ctx.call(ops.create_initiative, controller.ctx.store, "Ny idé fra TRIO-mødet")
    controller.shutdown()
    reasons = [b.reason for b in list_backups(demo_folder)]
    assert reasons == ["exit"]
