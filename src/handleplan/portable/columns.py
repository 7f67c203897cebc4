"""Every table and column of the plan as JSON values, read from the models' metadata, so a new column or
table is carried without editing this package: dates and datetimes as ISO text, enums as their keys."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum as PyEnum

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, Table, Text
from sqlalchemy.sql.schema import Column


def plan_tables() -> list[Table]:
    """Parents before children (the order rows are inserted in)."""
    # The models resolve lazily (see models/__init__.py): import them, or the metadata is still empty.
    import handleplan.models.plan  # noqa: F401
    from handleplan.models.base import Base

    return list(Base.metadata.sorted_tables)


def to_json(column: Column, value: object) -> object:
    if value is None:
        return None
    if isinstance(value, PyEnum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def kind_of(column: Column) -> str:
    """The JSON shape a column's values take; a column of a type not named here cannot be exported."""
    kind = column.type
    for cls, name in (
        (Enum, "enum"),
        (Boolean, "bool"),
        (Integer, "int"),
        (DateTime, "datetime"),
        (Date, "date"),
        (JSON, "json"),
        (Text, "text"),
    ):
        if isinstance(kind, cls):
            return name
    raise TypeError(f"no portable form for {column.table.name}.{column.name} ({kind!r})")
