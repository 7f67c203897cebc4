"""Delete a record with everything that hangs on it, keeping a plain-data copy that can bring it back.

The copy is made from the tables themselves, following the foreign keys: children deleted by
ON DELETE CASCADE are copied along, and rows whose link would be set to NULL are remembered so the
link can be restored. Restore re-inserts the same ids, so anything pointing at them works again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, inspect, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from handleplan.errors import HandleplanError, StoreWriteError
from handleplan.models import Base
from handleplan.store import Store


@dataclass(frozen=True)
class Deleted:
    """What a delete removed, as plain data (table name, column values), parents first."""

    label: str
    rows: tuple[tuple[str, dict[str, Any]], ...]
    # (table, primary key, column) of rows whose link to a deleted row was set to NULL.
    unlinked: tuple[tuple[str, int, str, Any], ...] = field(default=())

    @property
    def root(self) -> tuple[str, dict[str, Any]]:
        return self.rows[0]


def _children(table: Table) -> list[tuple[Table, Any, str]]:
    """Tables pointing at `table`, with the column and what happens on delete."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append((other, fk.parent, (fk.ondelete or "").upper()))
    return found


def _collect(conn: Connection, table: Table, where, rows: list, unlinked: list) -> None:  # noqa: ANN001
    for row in conn.execute(select(table).where(where)).mappings().all():
        rows.append((table.name, dict(row)))
        key_col = next(iter(table.primary_key.columns))
        for child, column, ondelete in _children(table):
            if ondelete == "CASCADE":
                _collect(conn, child, column == row[key_col.key], rows, unlinked)
            elif ondelete == "SET NULL":
                child_key = next(iter(child.primary_key.columns))
                for ref in conn.execute(select(child_key).where(column == row[key_col.key])).all():
                    unlinked.append((child.name, ref[0], column.key, row[key_col.key]))


def delete_record(store: Store, record: object, label: str = "") -> Deleted:
    """Delete `record` and its dependants in one commit; return the copy for `restore`."""
    mapper = inspect(type(record))
    table: Table = mapper.local_table  # type: ignore[assignment]
    key_col = next(iter(table.primary_key.columns))
    key = getattr(record, mapper.get_property_by_column(key_col).key)
    store.session.flush()
    conn = store.session.connection()
    rows: list = []
    unlinked: list = []
    _collect(conn, table, key_col == key, rows, unlinked)
    store.session.delete(record)
    store.session.flush()
    # The ORM only knows its loaded relationships; make sure the database side is complete too.
    conn.execute(delete(table).where(key_col == key))
    store.mark_changed(*{name for name, _ in rows}, *{name for name, *_ in unlinked})
    # Expire before committing: the commit tells the screens to re-read, and they must see the result.
    store.session.expire_all()
    store.commit()
    store.forget_deleted()  # "slet" means gone: no trace in the search index or the -wal
    return Deleted(label=label, rows=tuple(rows), unlinked=tuple(unlinked))


def restore(store: Store, deleted: Deleted) -> None:
    """Put back exactly what `delete_record` removed (same ids), in one commit."""
    tables = Base.metadata.tables
    conn = store.session.connection()
    try:
        for name, values in deleted.rows:
            conn.execute(insert(tables[name]).values(**values))
        for name, key, column, value in deleted.unlinked:
            table = tables[name]
            key_col = next(iter(table.primary_key.columns))
            conn.execute(update(table).where(key_col == key).values({column: value}))
    except HandleplanError:
        store.rollback()
        raise
    except DBAPIError as exc:
        # E.g. the id was handed to a newer row meanwhile: put nothing back rather than half of it, and
        # leave no failed inserts in the session for the next commit to pick up.
        store.rollback()
        raise StoreWriteError("undo_failed", detail=str(exc.orig)) from exc
    store.mark_changed(*{name for name, _ in deleted.rows}, *{name for name, *_ in deleted.unlinked})
    # Expire before committing: the commit tells the screens to re-read, and they must see the result.
    store.session.expire_all()
    store.commit()


def fetch_root(store: Store, deleted: Deleted) -> object | None:
    """The record a restored `deleted` copy put back (for redoing the delete), or None."""
    name, values = deleted.root
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == name:
            key = next(iter(mapper.local_table.primary_key.columns)).key
            return store.session.get(mapper.class_, values[key])
    return None
