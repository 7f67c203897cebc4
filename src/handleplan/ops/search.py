"""Search everything the leader has written; each hit says where to open it, and whether it is private.

The words are looked up in SQLite's FTS5 trigram index (`store/search_index.py`), which holds a folded
copy of every text: parts of words are found ("trivs" finds "mistrivsel"), case and accents fold, æ, ø
and å stay letters of their own. Only the few rows that match are read from their tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text as sql

from handleplan.privacy import ON_SCREEN, PrivacyRule
from handleplan.store import Store
from handleplan.store.search_index import TABLE, Source, fold, fold_with_offsets, where

# A trigram index cannot look up fewer than three characters: shorter words are looked for by scanning
# the folded rows of the index (still correct, and a word that short finds its limit of hits quickly).
SHORTEST_INDEXED = 3


@dataclass(frozen=True)
class Hit:
    """Where the text was found: `screen` is which screen opens it; the ids say what to select."""

    screen: str  # "initiative", "reflection", "milestone", "profile", "trio"
    record: str  # table name of the row that matched
    field: str
    snippet: str
    initiative_id: int | None = None
    cycle_id: int | None = None
    reflection_id: int | None = None
    milestone_id: int | None = None
    private: bool = False  # the record, or what it hangs under, is marked private
    record_id: int | None = None  # the row that matched, so the screen can find its field
    start: int = 0  # where the words stand in the field's text (str offsets), so they can be marked
    end: int = 0


# Per table: the screen that opens it and the SQL that locates a row (initiative, cycle, reflection,
# milestone ids), with `r` for the row itself.
LOCATE: dict[str, tuple[str, str, str]] = {
    "initiative": ("initiative", "r.id, NULL, NULL, NULL", ""),
    "cycle": ("initiative", "r.initiative_id, r.id, NULL, NULL", ""),
    "role_assignment": ("initiative", "r.initiative_id, NULL, NULL, r.milestone_id", ""),
    "reflection": ("reflection", "NULL, NULL, r.id, r.milestone_id", ""),
    "milestone": ("milestone", "NULL, NULL, NULL, r.id", ""),
    "profile": ("profile", "NULL, NULL, NULL, NULL", ""),
    "trio_member": ("trio", "NULL, NULL, NULL, NULL", ""),
    "cycle_question": (
        "initiative",
        "c.initiative_id, c.id, NULL, NULL",
        "JOIN cycle c ON c.id = r.cycle_id",
    ),
    "cycle_task": ("initiative", "c.initiative_id, c.id, NULL, NULL", "JOIN cycle c ON c.id = r.cycle_id"),
    "observation": ("initiative", "c.initiative_id, c.id, NULL, NULL", "JOIN cycle c ON c.id = r.cycle_id"),
    "dialogue_outcome": (
        "initiative",
        "c.initiative_id, c.id, NULL, NULL",
        "JOIN cycle c ON c.id = r.cycle_id",
    ),
    "reflection_answer": (
        "reflection",
        "NULL, NULL, p.id, p.milestone_id",
        "JOIN reflection p ON p.id = r.reflection_id",
    ),
}


def hit_is_private(
    initiative_id: int | None,
    reflection_id: int | None,
    private_initiatives: set[int],
    private_reflections: set[int],
    *,
    observation_id: int | None = None,
    notes_of: int | None = None,
    private_observations: set[int] | frozenset[int] = frozenset(),
    private_notes: set[int] | frozenset[int] = frozenset(),
) -> bool:
    """Fortrolighed for a hit: private when it lies in a private initiative (the initiative itself, its
    cycles with their questions, tasks, observations and drejebøger, its IGLO roles and the TRIO
    agreements tied to it), in a private reflection (with its answers), in an observation marked private, or in a TRIO
    meeting's notes marked private (`notes_of`: the meeting, when the hit is in its notes). Milestones
    otherwise, the profile and the TRIO are never private. Asked of the one rule, `handleplan.privacy`,
    with nothing released: what it holds back."""
    rule = PrivacyRule(
        frozenset(private_initiatives),
        frozenset(private_reflections),
        ON_SCREEN,
        frozenset(private_observations),
        frozenset(private_notes),
    )
    shown = rule.initiative(initiative_id) and rule.reflection(reflection_id)
    return not (shown and rule.observation(observation_id) and rule.notes(notes_of))


def snippet(text: str, start: int, length: int, width: int = 70) -> str:
    """The matched words with a little context on each side, on one line."""
    left = max(0, start - width // 2)
    right = min(len(text), start + length + width // 2)
    piece = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + piece + ("…" if right < len(text) else "")


def matching_rows(store: Store, needle: str, limit: int) -> list[int]:
    """Index rowids whose folded text holds `needle` (folded), in index order, at most `limit`."""
    if len(needle) >= SHORTEST_INDEXED:
        phrase = '"' + needle.replace('"', '""') + '"'  # one phrase: the exact characters, in order
        query = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q ORDER BY rowid LIMIT :n"  # noqa: S608
        params: dict[str, object] = {"q": phrase, "n": limit}
    else:
        query = f"SELECT rowid FROM {TABLE} WHERE instr(body, :q) > 0 ORDER BY rowid LIMIT :n"  # noqa: S608
        params = {"q": needle, "n": limit}
    return [row[0] for row in store.session.execute(sql(query), params)]


def search(store: Store, query: str, limit: int = 200) -> list[Hit]:
    """Every place the words of `query` stand, folded as the index folds (case, accents; not æ ø å)."""
    needle = (fold(query) or "").strip()
    if not needle:
        return []
    found = [where(rowid) for rowid in matching_rows(store, needle, limit)]
    # Read the matched rows: their text (for the snippet) and where they hang, one query per table.
    by_table: dict[Source, set[int]] = {}
    for source, record_id, _field in found:
        by_table.setdefault(source, set()).add(record_id)
    rows: dict[tuple[str, int], tuple] = {}
    for source, record_ids in by_table.items():
        _screen, locate, join = LOCATE[source.table]
        columns = ", ".join(f'r."{column}"' for _a, column in source.fields)
        ids = ", ".join(str(int(i)) for i in record_ids)
        statement = f"SELECT r.id, {locate}, {columns} FROM {source.table} r {join} WHERE r.id IN ({ids})"  # noqa: S608
        for row in store.session.execute(sql(statement)):
            rows[(source.table, row[0])] = tuple(row[1:])
    private_initiatives = _private_ids(store, "initiative", {r[0] for r in rows.values()})
    private_reflections = _private_ids(store, "reflection", {r[2] for r in rows.values()})
    observations = {i for (table, i) in rows if table == "observation"}
    private_observations = _private_ids(store, "observation", observations)
    meetings = {
        record_id for source, record_id, field in found if (source.table, field) == ("milestone", "notes")
    }
    private_notes = _private_ids(store, "milestone", meetings, column="notes_private")

    hits: list[Hit] = []
    for source, record_id, field in found:
        row = rows.get((source.table, record_id))
        if row is None:
            continue
        initiative_id, cycle_id, reflection_id, milestone_id = row[:4]
        text = row[4 + [a for a, _c in source.fields].index(field)] or ""
        folded = fold(text) or ""
        pos = folded.find(needle)
        if pos < 0:  # cannot happen while the triggers keep the index in step; never show a wrong hit
            continue
        if len(folded) == len(text):
            # Nearly always: each letter folds to one (é → e, Å → å). Mapping letter by letter in Python
            # costs ~1 ms per long text, too much for 200 hits; the index itself is never wrong.
            start, end = pos, pos + len(needle)
        else:
            folded, offsets = fold_with_offsets(text)
            pos = max(0, folded.find(needle))
            start, end = offsets[pos], offsets[min(len(offsets) - 1, pos + len(needle) - 1)] + 1
        screen = LOCATE[source.table][0]
        # A TRIO meeting's agreement that belongs to no initiative opens on its milestone.
        if source.table == "role_assignment" and initiative_id is None and milestone_id:
            screen = "milestone"
        hits.append(
            Hit(
                screen,
                source.table,
                field,
                snippet(text, start, end - start),
                initiative_id=initiative_id,
                cycle_id=cycle_id,
                reflection_id=reflection_id,
                milestone_id=milestone_id,
                private=hit_is_private(
                    initiative_id,
                    reflection_id,
                    private_initiatives,
                    private_reflections,
                    observation_id=record_id if source.table == "observation" else None,
                    notes_of=record_id if (source.table, field) == ("milestone", "notes") else None,
                    private_observations=private_observations,
                    private_notes=private_notes,
                ),
                record_id=record_id,
                start=start,
                end=end,
            )
        )
    return hits


def _private_ids(store: Store, table: str, ids: set[int | None], column: str = "private") -> set[int]:
    """Which of these initiatives, reflections, observations (or meetings' notes) are marked private."""
    wanted = ", ".join(str(int(i)) for i in ids if i is not None)
    if not wanted:
        return set()
    statement = f"SELECT id FROM {table} WHERE {column} AND id IN ({wanted})"  # noqa: S608
    return {row[0] for row in store.session.execute(sql(statement))}
