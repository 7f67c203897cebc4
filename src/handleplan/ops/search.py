"""Search everything the leader has written; each hit says where to open it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Initiative,
    Milestone,
    Observation,
    Profile,
    Reflection,
    ReflectionAnswer,
    RoleAssignment,
    TrioMember,
)
from handleplan.store import Store


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


# (model, text fields, which columns locate it: initiative, cycle, reflection, milestone)
SOURCES = (
    (Initiative, ("title", "goal", "why"), ("id", None, None, None), "initiative"),
    (
        Cycle,
        (
            "objective",
            "measure",
            "data_plan",
            "method",
            "helpers",
            "unplanned",
            "learning",
            "comparison",
            "decision_reason",
            "next_step",
        ),
        ("initiative_id", "id", None, None),
        "initiative",
    ),
    (RoleAssignment, ("who", "what"), ("initiative_id", None, None, "milestone_id"), "initiative"),
    (Reflection, ("title", "text"), (None, None, "id", "milestone_id"), "reflection"),
    (
        Milestone,
        ("title", "place", "notes", "discussion_points", "bring_to_next"),
        (None, None, None, "id"),
        "milestone",
    ),
    (Profile, ("name", "organisation", "unit", "focus"), (None, None, None, None), "profile"),
    (TrioMember, ("name", "role"), (None, None, None, None), "trio"),
)
# Rows that live under a cycle or reflection: joined to find their parent.
CHILD_SOURCES = (
    (CycleQuestion, ("question", "prediction", "result"), "cycle"),
    (CycleTask, ("what", "who", "when", "where"), "cycle"),
    (Observation, ("text",), "cycle"),
    (ReflectionAnswer, ("answer",), "reflection"),
)


def snippet(text: str, start: int, length: int, width: int = 70) -> str:
    """The matched words with a little context on each side, on one line."""
    left = max(0, start - width // 2)
    right = min(len(text), start + length + width // 2)
    piece = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + piece + ("…" if right < len(text) else "")


def search(store: Store, query: str, limit: int = 200) -> list[Hit]:
    """Case-insensitive search (æ/Æ, ø/Ø alike) across all text. SQLite's lower() only folds ASCII,
    so the text is compared in Python; a large plan is a few megabytes and takes milliseconds."""
    needle = query.casefold().strip()
    if not needle:
        return []
    hits: list[Hit] = []
    s = store.session

    def add(screen: str, record: str, field: str, text: str | None, **ids: int | None) -> bool:
        if text and needle in text.casefold():
            pos = text.casefold().find(needle)
            hits.append(Hit(screen, record, field, snippet(text, pos, len(needle)), **ids))
        return len(hits) >= limit

    for model, fields, (ini, cyc, refl, mile), screen in SOURCES:
        cols = [getattr(model, f) for f in fields]
        locs = [getattr(model, c) if c else None for c in (ini, cyc, refl, mile)]
        for row in s.execute(select(*cols, *[c for c in locs if c is not None])):
            values = list(row)
            texts, rest = values[: len(fields)], iter(values[len(fields) :])
            ids = [next(rest) if c is not None else None for c in locs]
            # A TRIO meeting's agreement that belongs to no initiative opens on its milestone.
            row_screen = "milestone" if screen == "initiative" and ids[0] is None and ids[3] else screen
            for field, text in zip(fields, texts, strict=True):
                if add(
                    row_screen,
                    model.__tablename__,
                    field,
                    text,
                    initiative_id=ids[0],
                    cycle_id=ids[1],
                    reflection_id=ids[2],
                    milestone_id=ids[3],
                ):
                    return hits
    for model, fields, parent in CHILD_SOURCES:
        cols = [getattr(model, f) for f in fields]
        if parent == "cycle":
            query = select(*cols, Cycle.initiative_id, Cycle.id).join(Cycle, Cycle.id == model.cycle_id)
        else:
            query = select(*cols, Reflection.id, Reflection.milestone_id).join(
                Reflection, Reflection.id == model.reflection_id
            )
        for row in s.execute(query):
            values = list(row)
            a, b = values[-2], values[-1]
            for field, text in zip(fields, values[: len(fields)], strict=True):
                ids = (
                    {"initiative_id": a, "cycle_id": b}
                    if parent == "cycle"
                    else {"reflection_id": a, "milestone_id": b}
                )
                screen = "initiative" if parent == "cycle" else "reflection"
                if add(screen, model.__tablename__, field, text, **ids):
                    return hits
    return hits
