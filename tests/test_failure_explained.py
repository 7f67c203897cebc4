"""What the leader is told about an error no screen expected, and about damage found while working."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from support import damage_error, damage_table

from handleplan.errors import (
    MESSAGES,
    HandleplanError,
    StoreWriteError,
    explain_failure,
    sqlite_error_in,
    sqlite_failure,
)
from handleplan.models import Observation
from handleplan.ops import initiatives as ops_initiatives
from handleplan.store import Store
from handleplan.store.store import DB_NAME

FOLDER = Path("/home/leder/Handleplan")
LOG = FOLDER / "logs" / "handleplan.log"


def test_damage_raised_by_sqlite_is_called_damage_also_behind_sqlalchemy(tmp_path: Path):
    error = damage_error(tmp_path)
    assert not isinstance(error, sqlite3.OperationalError)
    assert sqlite_failure(error) == "damage"
    wrapped = sa_exc.DatabaseError("SELECT", {}, error)
    assert sqlite_error_in(wrapped) is error
    # Raised while handling it, as a screen's refresh would be: the cause is found too.
    try:
        try:
            raise wrapped
        except sa_exc.DatabaseError as exc:
            raise RuntimeError("the Overblik could not be read") from exc
    except RuntimeError as outer:
        explained = explain_failure(outer, FOLDER, LOG)
    assert explained.code == "damaged_while_working"
    assert str(FOLDER) in explained.message("da")
    assert "beskadigede" in explained.message("da") and "damaged" in explained.message("en")


def test_a_file_out_of_reach_just_now_is_not_damage():
    busy = sqlite3.OperationalError("database is locked")
    assert sqlite_failure(busy) != "damage"
    explained = explain_failure(sa_exc.OperationalError("SELECT", {}, busy), FOLDER, LOG)
    assert explained.code == "unreadable_while_working"
    assert explained.message("da") == MESSAGES["unreadable_while_working"]["da"]


def sqlite_raises(sql: str, db: str = ":memory:", uri: bool = False) -> sqlite3.Error:
    conn = sqlite3.connect(db, uri=uri)
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS note (text TEXT)")
    except sqlite3.Error:
        pass
    try:
        conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError(f"{sql} did not fail")


def test_sqlite_refusing_our_own_sql_is_a_bug_not_a_file_out_of_reach():
    """An OperationalError is also what SQLite raises for a column that does not exist: nothing a leader
    can wait out."""
    bug = sqlite_raises("SELECT goal FROM note")
    assert isinstance(bug, sqlite3.OperationalError)
    assert explain_failure(bug, FOLDER, LOG).code == "unexpected"
    assert explain_failure(sa_exc.OperationalError("SELECT", {}, bug), FOLDER, LOG).code == "unexpected"


def test_a_read_only_file_and_a_full_disk_get_their_own_sentences(tmp_path: Path):
    db = tmp_path / "plan.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE note (text TEXT)")
    conn.close()
    read_only = sqlite_raises("INSERT INTO note VALUES ('x')", f"file:{db}?mode=ro", uri=True)
    assert explain_failure(read_only, FOLDER, LOG).code == "read_only"
    assert (
        explain_failure(sqlite3.OperationalError("database or disk is full"), FOLDER, LOG).code == "disk_full"
    )


def test_a_bug_met_while_handling_a_database_error_is_that_bug():
    try:
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError:
            None.title  # type: ignore[attr-defined]  # noqa: B018 - the bug
    except AttributeError as bug:
        assert explain_failure(bug, FOLDER, LOG).code == "unexpected"


def test_our_own_error_anywhere_behind_keeps_its_sentence():
    full = StoreWriteError("disk_full")
    try:
        try:
            raise full
        except StoreWriteError as exc:
            raise RuntimeError("saving the cycle failed") from exc
    except RuntimeError as outer:
        assert explain_failure(outer, FOLDER, LOG) is full


def test_our_own_errors_keep_their_sentence_and_anything_else_points_to_the_log():
    ours = HandleplanError("not_found", what="tiltag 3")
    assert explain_failure(ours, FOLDER, LOG) is ours
    other = explain_failure(AttributeError("'NoneType' object has no attribute 'title'"), FOLDER, LOG)
    assert other.code == "unexpected"
    for lang in ("da", "en"):
        text = other.message(lang)
        assert str(LOG) in text and "{" not in text
        assert "NoneType" not in text  # the leader gets a sentence; the details are in the log


def test_a_commit_into_damaged_pages_says_damage_not_try_again(data_dir: Path):
    store = Store.open(data_dir)
    cycle = ops_initiatives.create_initiative(store, "Luft i kørelisten").cycles[0]
    ops_initiatives.add_observation(store, cycle, "Første uge gik godt", date(2026, 1, 5))
    cycle_id = cycle.id
    store.close()
    damaged = damage_table(data_dir / DB_NAME, "observation")

    store = Store.open(data_dir)
    try:
        # What the autosave does with a new row, without reading the damaged table first (a read would
        # fail on its own, and the window explains that too: see tests/ui/test_failure_notice.py).
        store.session.add(Observation(cycle_id=cycle_id, observed_on=date(2026, 1, 12), text="Anden uge"))
        with pytest.raises(StoreWriteError) as caught:
            store.commit()
        assert caught.value.code == "damaged_on_save"
        assert "sidste ændring kunne ikke gemmes" in caught.value.message("da")
        assert "beskadigede" in caught.value.message("da")
        assert "prøv igen" not in caught.value.message("da").lower()
    finally:
        store.session.close()
        store.engine.dispose()  # no checkpoint: the test looks at the file as the failed commit left it
    # Nothing was written into the damaged file.
    assert (data_dir / DB_NAME).read_bytes() == damaged
