"""»Slet sikkerhedskopier ældre end« in Indstillinger › Fortrolighed: chosen in the real dialog, it is the
period the next automatic backup's rotation lets go by."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from handleplan.ops import initiatives as ops
from handleplan.store.backups import list_backups, make_backup
from handleplan.ui import settings_schema as schema
from handleplan.ui.backup_timer import BackupTimer
from handleplan.ui.dialogs.settings import SettingsDialog


def choose(ctx, qtbot, label: str) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.editors[schema.BACKUP_MONTHS.key]
    index = combo.findText(label)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    dialog.reject()


def aged(ctx, days: int) -> Path:
    return make_backup(ctx.store.path, "automatic", now=datetime.now() - timedelta(days=days))


def next_automatic_backup(ctx) -> None:
    timer = BackupTimer(ctx, interval_ms=60_000)
    ctx.call(ops.create_initiative, ctx.store, "Trivselsrunde")
    timer.back_up_if_changed()
    timer.pool.waitForDone()


def test_the_choices_are_the_forlob_plus_a_year_first_then_months_and_never(ctx, qtbot):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.editors[schema.BACKUP_MONTHS.key]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "forløbet plus et år (standard)",
        "6 måneder",
        "1 år",
        "2 år",
        "aldrig",
    ]
    assert combo.currentData() == 0


@pytest.mark.parametrize(
    ("label", "old_days", "young_days"),
    [
        ("6 måneder", 200, 150),
        ("1 år", 400, 330),
        ("2 år", 760, 700),
        ("forløbet plus et år (standard)", 760, 700),  # no milestones dated: a course year plus one
    ],
)
def test_a_backup_older_than_the_chosen_period_goes_at_the_next_rotation(
    ctx, qtbot, data_dir, label, old_days, young_days
):
    choose(ctx, qtbot, label)
    old, young = aged(ctx, old_days), aged(ctx, young_days)
    next_automatic_backup(ctx)
    left = [b.path for b in list_backups(data_dir)]
    assert old not in left
    assert young in left
    assert len(left) == 2  # the young one and the one just made


def test_never_keeps_every_backup_rotation_would_keep(ctx, qtbot, data_dir):
    choose(ctx, qtbot, "aldrig")
    ancient = aged(ctx, 3 * 365)
    next_automatic_backup(ctx)
    assert ancient in [b.path for b in list_backups(data_dir)]


def test_the_exit_backup_rotates_by_the_same_choice(ctx, qtbot, data_dir):
    choose(ctx, qtbot, "6 måneder")
    old = aged(ctx, 200)
    timer = BackupTimer(ctx, interval_ms=60_000)
    ctx.call(ops.create_initiative, ctx.store, "Morgenmøde")
    timer.at_exit()
    assert [b.reason for b in list_backups(data_dir)] == ["exit"]
    assert not old.exists()
