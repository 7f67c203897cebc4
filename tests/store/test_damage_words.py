"""`handleplan check` speaks one language: each kind of damage SQLite reports has a Danish and an English
phrase; SQLite's own English words go to the log, and only in English also after "(SQLite: …)"."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from languages import danish_in_english, english_in_danish
from test_read_only_folder import needs_mount, read_only

from handleplan.cli import main
from handleplan.demo import fill_demo
from handleplan.log_file import LOG_NAME
from handleplan.paths import log_dir
from handleplan.store import DB_NAME, Store
from handleplan.store.damage_words import DAMAGE_WORDS, describe, kind_of, kinds

# What SQLite says, word for word (its integrity_check and its error messages), by the kind it names.
SQLITE_SAYS = {
    "unreadable_page": "Page 33: btreeInitPage() returns error code 11",
    "page_twice": "On tree page 5 cell 3: 2nd reference to page 7",
    "page_unused": "Page 12: never used",
    "free_list": "freelist leaf count too big on page 9",
    "index_mismatch": "row 3 missing from index ix_task_cycle_id",
    "bad_value": "NULL value in task.what",
    "header": "max rootpage (40) disagrees with header (38)",
    "broken_tree": "Tree 4 page 21 cell 0: Rowid 9 out of order",
    "malformed": "database disk image is malformed",
    "not_a_database": "file is not a database",
    "disk_error": "disk I/O error",
    "busy": "database is locked",
    "cannot_open": "unable to open database file",
    "other": "something SQLite has not said before",
}


@pytest.mark.parametrize(("kind", "line"), SQLITE_SAYS.items(), ids=list(SQLITE_SAYS))
def test_each_kind_of_damage_is_known_and_said_in_each_language(kind: str, line: str):
    assert kind_of(line) == kind
    danish, english = describe([line], "da", raw=line), describe([line], "en", raw=line)
    assert danish.startswith(DAMAGE_WORDS[kind]["da"]) and english.startswith(DAMAGE_WORDS[kind]["en"])
    assert line not in danish and english_in_danish(danish) == []
    assert english.endswith(f"(SQLite: {line})") and danish_in_english(english) == []


def test_several_findings_are_one_sentence_each_with_the_pages_they_name():
    lines = [
        "*** in database main ***\nPage 33: btreeInitPage() returns error code 11\n"
        "Page 32: btreeInitPage() returns error code 11",
        "row 3 missing from index ix_task_cycle_id",
        "row 4 missing from index ix_task_cycle_id",
    ]
    assert kinds(lines) == ["unreadable_page", "index_mismatch"]
    assert describe(lines, "da") == (
        "En del af filen kan ikke læses (side 33, 32). Et indeks i filen passer ikke med sin tabel."
    )
    many = [f"Page {n}: never used" for n in range(10, 18)]
    assert describe(many, "en") == "Parts of the file belong to nothing (page 10, 11, 12, 13, 14 and 3 more)."


def damaged(folder: Path) -> None:
    """The demo plan with bytes overwritten in the middle, as a failing disk leaves it."""
    store = Store.open(folder)
    fill_demo(store)
    store.commit()
    store.close()
    path = folder / DB_NAME
    with path.open("r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(b"\xa5" * 8192)


def test_check_on_a_damaged_file_speaks_danish_and_logs_sqlites_words(data_dir: Path, capsys):
    damaged(data_dir)
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    out = capsys.readouterr().out
    reason = next(line for line in out.splitlines() if line.startswith("Skaden: "))
    assert any(reason.removeprefix("Skaden: ").startswith(DAMAGE_WORDS[kind]["da"]) for kind in SQLITE_SAYS)
    for sqlite_word in ("btreeInitPage", "error code", "malformed", "SQLite:", "Page ", "tree page"):
        assert sqlite_word not in out
    assert english_in_danish(out.replace(str(data_dir), "")) == []
    logged = (log_dir(data_dir) / LOG_NAME).read_text(encoding="utf-8")
    assert "check: SQLite says of" in logged and ("error code" in logged or "malformed" in logged)


def test_check_in_english_gives_sqlites_words_for_a_helper(data_dir: Path, capsys):
    damaged(data_dir)
    assert main(["--data-dir", str(data_dir), "--lang", "en", "check"]) == 1
    out = capsys.readouterr().out
    reason = next(line for line in out.splitlines() if line.startswith("The damage: "))
    assert "(SQLite: " in reason and danish_in_english(out.replace(str(data_dir), "")) == []


def test_a_file_another_program_holds_is_not_called_damaged(data_dir: Path, capsys):
    store = Store.open(data_dir)
    store.close()
    holder = sqlite3.connect(data_dir / DB_NAME, timeout=0)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert main(["--data-dir", str(data_dir), "check"]) == 1
    finally:
        holder.rollback()
        holder.close()
    out = capsys.readouterr().out
    assert "Et andet program holder filen lige nu" in out and "beskadiget" not in out


@needs_mount
def test_a_damaged_file_in_a_read_only_folder_is_said_in_danish_only(data_dir: Path):
    """No log can be written there: SQLite's words go nowhere rather than onto her terminal."""
    damaged(data_dir)
    done = read_only(data_dir, sys.executable, "-m", "handleplan", "--data-dir", str(data_dir), "check")
    assert done.returncode == 1
    assert "Skaden: " in done.stdout and "SQLite says" not in done.stdout + done.stderr
    assert english_in_danish(done.stdout.replace(str(data_dir), "")) == []


def test_broken_references_are_counted_in_danish_and_listed_for_a_helper(data_dir: Path, capsys):
    store = Store.open(data_dir)
    fill_demo(store)
    store.commit()
    store.close()
    conn = sqlite3.connect(data_dir / DB_NAME)  # foreign keys off, as a copy by another tool would be
    conn.execute("UPDATE cycle SET initiative_id = 9999 WHERE id IN (SELECT id FROM cycle LIMIT 2)")
    conn.commit()
    conn.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "Brudte henvisninger: 2 rækker i filen peger på noget, der ikke findes." in out
    assert "cycle" not in out and english_in_danish(out.replace(str(data_dir), "")) == []
    assert main(["--data-dir", str(data_dir), "--lang", "en", "check"]) == 1
    out = capsys.readouterr().out
    assert "2 rows in the file point to something that is not there. (SQLite: ('cycle'," in out
    assert "('cycle'," in (log_dir(data_dir) / LOG_NAME).read_text(encoding="utf-8")
