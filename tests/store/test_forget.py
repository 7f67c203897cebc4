"""store/forget.py: everything Handleplan keeps in the data folder is listed and deleted; nothing else."""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from handleplan.ops import initiatives as ops
from handleplan.store import Store
from handleplan.store.backups import make_backup
from handleplan.store.forget import forget, inventory


def filled_folder(tmp_path: Path) -> Path:
    """A data folder as a few months of use leave it: the plan, backups, a log, settings, a copy that
    was moved aside when the plan could not be opened."""
    folder = tmp_path / "Handleplan"
    store = Store.open(folder)
    ops.create_initiative(store, "Trivselsrunde", private=True)
    for days in (40, 20, 1):
        make_backup(store.path, "automatic", now=datetime(2026, 12, 1) - timedelta(days=days))
    store.close()
    (folder / "logs").mkdir(mode=0o700)
    (folder / "logs" / "handleplan.log").write_text("INFO backup made\n", encoding="utf-8")
    (folder / "logs" / "handleplan.log.1").write_text("INFO older\n", encoding="utf-8")
    (folder / "settings.ini").write_text("[ui]\nlang=da\n", encoding="utf-8")
    (folder / "handleplan.db.damaged-20261101-101010").write_bytes(b"SQLite format 3\0" + b"x" * 100)
    (folder / "backups" / ".handleplan-abc.db.tmp").write_bytes(b"half")  # a crash mid-backup
    return folder


def test_the_inventory_names_each_kind_of_file(tmp_path: Path):
    folder = filled_folder(tmp_path)
    found = inventory(folder)
    assert [p.name for p in found.plan] == ["handleplan.db"]
    assert found.backup_count == 3 and len(found.backups) == 4  # the half-made one goes too
    assert [p.name for p in found.moved_aside] == ["handleplan.db.damaged-20261101-101010"]
    assert sorted(p.name for p in found.logs) == ["handleplan.log", "handleplan.log.1"]
    assert [p.name for p in found.settings] == ["settings.ini"]
    assert found.others == ()


def test_everything_goes_and_the_folder_too_but_a_file_beside_it_stays(tmp_path: Path):
    folder = filled_folder(tmp_path)
    beside = tmp_path / "Mine noter.txt"
    beside.write_text("ikke Handleplans", encoding="utf-8")
    result = forget(folder)
    assert result.failed == [] and result.folder_removed
    assert not folder.exists()
    assert len(result.deleted) == 1 + 4 + 1 + 2 + 1
    assert beside.read_text(encoding="utf-8") == "ikke Handleplans"


def test_her_own_file_in_the_folder_stays_and_so_does_the_folder(tmp_path: Path):
    folder = filled_folder(tmp_path)
    own = folder / "referat.docx"
    own.write_bytes(b"hers")
    result = forget(folder)
    assert result.left == (own,) and not result.folder_removed
    assert sorted(p.name for p in folder.iterdir()) == ["referat.docx"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_link_is_deleted_as_a_link_and_what_it_points_to_is_not_touched(tmp_path: Path):
    folder = filled_folder(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "important.txt"
    target.write_text("keep", encoding="utf-8")
    (folder / "logs" / "linked.log").symlink_to(target)
    (folder / "logs" / "linked-folder").symlink_to(elsewhere, target_is_directory=True)
    forget(folder)
    assert not folder.exists()
    assert target.read_text(encoding="utf-8") == "keep"


def test_an_open_log_is_closed_first_and_not_made_again(tmp_path: Path):
    folder = filled_folder(tmp_path)
    handler = logging.FileHandler(folder / "logs" / "handleplan.log", encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        forget(folder)
        assert handler not in root.handlers
        logging.getLogger("handleplan.test").warning("after everything is gone")
        assert not folder.exists()
    finally:
        root.removeHandler(handler)


def test_a_file_that_cannot_be_deleted_is_said_and_the_folder_stays(tmp_path: Path, monkeypatch):
    """As when another program holds a backup open on Windows (as root here, permissions stop nothing)."""
    folder = filled_folder(tmp_path)
    held = sorted((folder / "backups").glob("handleplan-*.db"))[0]
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == held:
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    result = forget(folder)
    assert result.failed == [(held, "Permission denied")]
    assert not result.folder_removed
    assert [p for p in folder.rglob("*") if p.is_file()] == [held]
