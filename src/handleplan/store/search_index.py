"""The search index: an FTS5 trigram table over a folded copy of every text the leader writes.

SQLite here is 3.40: its trigram tokenizer folds case but cannot remove accents (that came in 3.45), so
the index holds `fold(text)` and a search folds the query the same way. Triggers keep it in step with
every write, whoever makes it (the ORM, undo's plain inserts, ON DELETE CASCADE); they call `hp_fold`,
which `store/engine.py` registers on every connection. A writer without it (the sqlite3 shell) gets
"no such function: hp_fold" and writes nothing: loud, never an index out of step.

One index row per (table, record, field) with text; its rowid says which, so a trigger replaces exactly
one row and a hit needs no lookup to know where it is: `(table code << 40) | (record id << 4) | field`
(in SQL the brackets matter: `<<` and `|` bind alike there).
Codes and field numbers are part of the file format: add at the end, never renumber.

Pure Python, no SQLAlchemy: the engine's connect hook imports `fold`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

from handleplan import fields

TABLE = "search_index"
TRIGGER_PREFIX = "search_index_"


class Source(NamedTuple):
    code: int
    table: str
    fields: tuple[tuple[str, str], ...]  # (ORM attribute, column), numbered by position


# The searched fields are those `handleplan.fields` declares searched, per table, in the order hits are
# listed (rowid order: initiatives first). A field's number is its place in its table's list, so a change
# to what is searched needs a revision that calls `install()` again, which rebuilds the index.
COLUMNS = {("cycle_task", "when"): "when_text", ("cycle_task", "where"): "where_text"}  # attribute ≠ column
TABLES = (
    "initiative", "cycle", "role_assignment", "reflection", "milestone", "profile", "trio_member",
    "cycle_question", "cycle_task", "observation", "reflection_answer", "dialogue_outcome",
)  # fmt: skip
SOURCES: tuple[Source, ...] = tuple(
    Source(code, table, tuple((name, COLUMNS.get((table, name), name)) for name in fields.searched(table)))
    for code, table in enumerate(TABLES, start=1)
)
BY_CODE = {s.code: s for s in SOURCES}


def rowid(code: int, record_id: int, field_no: int) -> int:
    return (code << 40) | (record_id << 4) | field_no


def where(index_rowid: int) -> tuple[Source, int, str]:
    """(source, record id, ORM attribute) of an index row."""
    source = BY_CODE[index_rowid >> 40]
    return source, (index_rowid >> 4) & ((1 << 36) - 1), source.fields[index_rowid & 15][0]


# -- folding -------------------------------------------------------------------------------------------------
# Case and accents go (Å finds å, "ide" finds "idé"), but æ, ø and å are letters of their own in Danish
# and stay: "ae" does not find "æ", "a" does not find "å". Control characters (line breaks, NUL, which
# would end FTS5's tokenizing) become spaces, so a phrase is found across a line break too.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_CONTROLS = {c: " " for c in range(32)} | {0x7F: " "}


def fold(text: str | None) -> str | None:
    if text is None:
        return None
    folded = text.casefold()
    if not folded.isascii():
        # NFKD splits å into a + ring; put it back before the marks go.
        folded = unicodedata.normalize("NFKD", folded).replace("a\u030a", "å")
        folded = _MARKS.sub("", folded)
    return folded.translate(_CONTROLS)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each of its characters, where it came from in `text` (for the snippet).

    Folded a base letter with its combining marks at a time, so the pieces add up to `fold(text)`."""
    pieces: list[str] = []
    offsets: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        piece = fold(text[start:i]) or ""
        pieces.append(piece)
        offsets.extend([start] * len(piece))
        start = i
    return "".join(pieces), offsets


# -- the schema ------------------------------------------------------------------------------------------------
def _trigger_statements(present: set[str] | None = None) -> list[str]:
    statements = []
    for source in SOURCES:
        if present is not None and source.table not in present:
            continue
        t, code = source.table, source.code

        def put(new: str, no: int, column: str, t: str = t, code: int = code) -> str:
            return (
                f"INSERT INTO {TABLE}(rowid, body) SELECT ({code} << 40) | ({new}.id << 4) | {no}, "
                f"hp_fold({new}.\"{column}\") WHERE coalesce({new}.\"{column}\", '') <> '';"
            )

        inserts = " ".join(put("new", no, column) for no, (_a, column) in enumerate(source.fields))
        statements.append(
            f"CREATE TRIGGER {TRIGGER_PREFIX}{t}_insert AFTER INSERT ON {t} BEGIN {inserts} END"
        )
        deletes = " ".join(
            f"DELETE FROM {TABLE} WHERE rowid = ({code} << 40) | (old.id << 4) | {no};"
            for no in range(len(source.fields))
        )
        statements.append(
            f"CREATE TRIGGER {TRIGGER_PREFIX}{t}_delete AFTER DELETE ON {t} BEGIN {deletes} END"
        )
        # One trigger per column: an edit re-indexes the one field it changed (the ORM sets only those).
        for no, (_a, column) in enumerate(source.fields):
            statements.append(
                f'CREATE TRIGGER {TRIGGER_PREFIX}{t}_{no} AFTER UPDATE OF "{column}" ON {t} '
                f'WHEN old."{column}" IS NOT new."{column}" BEGIN '
                f"DELETE FROM {TABLE} WHERE rowid = ({code} << 40) | (old.id << 4) | {no}; "
                f"{put('new', no, column)} END"
            )
    return statements


def trigger_names() -> set[str]:
    """Every trigger the index needs (a test checks a store has them all)."""
    names = set()
    for source in SOURCES:
        names |= {f"{TRIGGER_PREFIX}{source.table}_insert", f"{TRIGGER_PREFIX}{source.table}_delete"}
        names |= {f"{TRIGGER_PREFIX}{source.table}_{no}" for no in range(len(source.fields))}
    return names


def install(conn: Any) -> None:
    """(Re)create the index with its triggers and fill it from the tables, on a DB-API connection.

    Idempotent. A later revision that rebuilds a searched table (batch mode drops the table and with
    it its triggers) or changes what is searched calls this again."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB ?", (TRIGGER_PREFIX + "*",)
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    # case_sensitive 1: the text is folded already, by our rule, not FTS5's.
    conn.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(body, tokenize = 'trigram case_sensitive 1')")
    # An older revision (0003) installs the index before later tables exist: it covers the tables there
    # are, and the revision that creates a searched table installs it again.
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for source in [s for s in SOURCES if s.table in present]:
        columns = ", ".join(f'"{column}"' for _a, column in source.fields)
        rows = []
        for record_id, *texts in conn.execute(f"SELECT id, {columns} FROM {source.table}").fetchall():
            for no, text in enumerate(texts):
                if text:
                    rows.append((rowid(source.code, record_id, no), fold(text)))
        conn.executemany(f"INSERT INTO {TABLE}(rowid, body) VALUES (?, ?)", rows)
    for statement in _trigger_statements(present):
        conn.execute(statement)
    conn.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def uninstall(conn: Any) -> None:
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB ?", (TRIGGER_PREFIX + "*",)
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
