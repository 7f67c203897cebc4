"""Write the whole plan, private entries included, to a `.handleplan` file: atomically, mode 0600."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from handleplan import __version__
from handleplan.portable.columns import plan_tables, to_json
from handleplan.portable.format import DATA, FORMAT_NAME, FORMAT_VERSION, MANIFEST, PortableError
from handleplan.store.files import atomic_write
from handleplan.store.schema import HEAD_REVISION


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]


def plan_data(session) -> dict:  # noqa: ANN001 - a Session or a Connection
    """Every row of every table, in primary-key order, as JSON values."""
    tables: dict[str, list[dict]] = {}
    for table in plan_tables():
        rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        tables[table.name] = [{col.name: to_json(col, row[col]) for col in table.columns} for row in rows]
    return {"tables": tables}


def data_bytes(data: dict) -> bytes:
    """Deterministic: the same plan gives the same bytes (the round trip compares them)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def export_portable(store, out: Path, passphrase: str | None = None) -> ExportSummary:  # noqa: ANN001 - a Store
    """The whole plan into `out`; with `passphrase`, plan.json sealed with it (portable/sealed.py)."""
    out = Path(out)
    with store.new_session() as session:
        data = plan_data(session)
    payload = data_bytes(data)
    counts = {name: len(rows) for name, rows in data["tables"].items()}
    encryption = None
    if passphrase:
        from handleplan.portable.sealed import seal

        encryption, payload = seal(payload, passphrase)
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_revision": HEAD_REVISION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "encryption": encryption,
        "counts": {} if encryption else counts,  # how much there is stays sealed too
        "data_sha256": hashlib.sha256(payload).hexdigest(),
    }
    try:
        with atomic_write(out) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            zf.writestr(DATA, payload)
    except OSError as exc:
        raise PortableError("portable_write_failed", detail=exc.strerror or str(exc)) from exc
    return ExportSummary(out, counts)
