"""One validated way to change a field of any record the leader edits (the UI's autosave calls this)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, Enum, Text, inspect
from sqlalchemy.orm import RelationshipDirection, RelationshipProperty

from handleplan import fields
from handleplan.errors import MESSAGES, ValidationError
from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    DialogueOutcome,
    Initiative,
    Milestone,
    Observation,
    Profile,
    Reflection,
    ReflectionAnswer,
    RoleAssignment,
    TrioMember,
)
from handleplan.ops.validate import check_date, check_enum, clean_text, require_title
from handleplan.say import Phrase
from handleplan.store import Store
from handleplan.typed_dates import read_typed_date

# Which fields the leader may change, per record: those `handleplan.fields` declares editable. Everything
# else (ids, numbers, order) has its own operation.
EDITABLE: dict[type, frozenset[str]] = {
    model: fields.editable(model.__tablename__)
    for model in (
        Profile,
        Milestone,
        TrioMember,
        Initiative,
        Cycle,
        CycleQuestion,
        CycleTask,
        DialogueOutcome,
        Observation,
        RoleAssignment,
        Reflection,
        ReflectionAnswer,
    )
}

# Fields that may never be blank: what the record is called in the error message, in either language.
TITLES: dict[tuple[type, str], Phrase] = {
    (Initiative, "title"): Phrase(MESSAGES, "the_initiative"),
    (Milestone, "title"): Phrase(MESSAGES, "the_milestone"),
    (TrioMember, "name"): Phrase(MESSAGES, "the_trio_member"),
}
NULLABLE_ENUMS = {(Cycle, "decision")}
NOT_NULL_DATES = {(Observation, "observed_on"), (Reflection, "written_on")}


def coerce(cls: type, name: str, value: Any) -> Any:
    """Validate and convert one value for `cls.name` by its column type."""
    if (cls, name) in TITLES:
        return require_title(value, TITLES[(cls, name)])
    if name == "tags":
        if not isinstance(value, list | tuple) or not all(isinstance(t, str) for t in value):
            raise ValidationError("invalid_value", what=name, value=repr(value))
        return list(dict.fromkeys(value))
    column = inspect(cls).columns[name]
    kind = column.type
    if isinstance(kind, Enum):
        if value is None and (cls, name) in NULLABLE_ENUMS:
            return None
        enum_cls: type[StrEnum] = kind.enum_class  # type: ignore[assignment]
        return check_enum(enum_cls, value, name)
    if isinstance(kind, Date):
        if value is None and (cls, name) in NOT_NULL_DATES:
            raise ValidationError("invalid_value", what=name, value="None")
        return check_date(value, name)
    if isinstance(kind, Boolean):
        if value is None and column.nullable:
            return None
        return bool(value)
    if isinstance(kind, Text):
        return clean_text(value, name)
    if name.endswith("_id"):
        if value is not None and not isinstance(value, int):
            raise ValidationError("invalid_value", what=name, value=repr(value))
        return value
    return value


def edit(store: Store, record: object, **fields: Any) -> bool:
    """Set the given fields on `record` and commit. Returns whether anything actually changed.

    All values are checked first, so an invalid one changes nothing.
    """
    cls = type(record)
    allowed = EDITABLE.get(cls, frozenset())
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError("invalid_value", what=cls.__name__, value=", ".join(sorted(unknown)))
    clean = {name: coerce(cls, name, value) for name, value in fields.items()}
    changed = {k: v for k, v in clean.items() if getattr(record, k) != v}
    if not changed:
        return False
    changed.update(derived_values(cls, changed))
    # A foreign key is set through its relationship, so the record's link and the parents' loaded lists
    # (initiative.roles, milestone.agreements) follow at once instead of showing the old parent.
    links: dict[str, tuple[str, object]] = {}
    for name, value in changed.items():
        relationship = _link(cls, name)
        if relationship is not None:
            target = None if value is None else store.session.get(relationship.mapper.class_, value)
            if value is not None and target is None:
                raise ValidationError("invalid_value", what=name, value=repr(value))
            links[name] = (relationship.key, target)
    for name, value in changed.items():
        if name in links:
            setattr(record, *links[name])
        else:
            setattr(record, name, value)
    if isinstance(record, Cycle) and "phase" in changed:
        from handleplan.ops.initiatives import status_follows_the_work  # it imports this module

        status_follows_the_work(record.initiative)
    store.commit()
    return True


def derived_values(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """What follows from the given fields (`fields.derived`): a task's date read from its "Hvornår", as of
    today – the day it was typed, so "i morgen" and "4/11" keep meaning the day she meant."""
    return {
        target: read_typed_date(values[source] or "", today())
        for source, target in fields.derived(cls.__tablename__).items()
        if source in values
    }


def _link(cls: type, name: str) -> RelationshipProperty | None:
    """The many-to-one relationship whose foreign key column is `name`, if any."""
    for relationship in inspect(cls).relationships:
        if relationship.direction is RelationshipDirection.MANYTOONE and [
            c.key for c in relationship.local_columns
        ] == [name]:
            return relationship
    return None


def today() -> date:
    return date.today()
