"""Put a checked portable file into a store: into an empty one, or in place of the plan after a backup.
One transaction: every row of the file, or (on any failure) nothing at all."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from handleplan.portable.columns import kind_of, plan_tables
from handleplan.portable.format import PortableError
from handleplan.portable.read import read_portable

# A new store may already hold its one profile row (the welcome makes it): empty while it holds no text.
PROFILE = "profile"


@dataclass(frozen=True)
class ImportSummary:
    counts: dict[str, int]
    backup: Path | None


def store_is_empty(store) -> bool:  # noqa: ANN001 - a Store
    session = store.session
    for table in plan_tables():
        if table.name == PROFILE:
            texts = [c for c in table.columns if kind_of(c) == "text"]
            for row in session.execute(select(*texts)).all():
                if any(value for value in row):
                    return False
        elif session.execute(select(func.count()).select_from(table)).scalar_one():
            return False
    return True


def import_portable(store, path: Path, replace: bool = False, passphrase: str | None = None) -> ImportSummary:  # noqa: ANN001 - a Store
    """Check the whole file first; then write it. Without `replace` a store holding a plan is refused;
    with it, the store is copied to backups/ (SQLite's backup API) before the plan is replaced."""
    _manifest, rows = read_portable(path, passphrase)
    empty = store_is_empty(store)
    if not empty and not replace:
        raise PortableError("portable_not_empty")
    backup = None
    if not empty:
        from handleplan.store.backups import make_backup

        store.commit()  # what the session holds is in the file, and so in the copy
        backup = make_backup(store.path, "before-import")
    tables = plan_tables()
    session = store.session
    try:
        for table in reversed(tables):
            session.execute(delete(table))
        for table in tables:
            for row in rows[table.name]:
                session.execute(insert(table).values(**row))
        store.mark_changed(*(table.name for table in tables))
        store.commit()
    except IntegrityError as exc:  # a rule of the schema the checks above do not know: nothing written
        store.rollback()
        raise PortableError("portable_invalid", detail=str(exc.orig)) from exc
    except DBAPIError:
        store.rollback()
        raise
    # The session's records are of the old plan; screens re-read from the file (mark_changed above).
    session.expunge_all()
    return ImportSummary({name: len(r) for name, r in rows.items()}, backup)
