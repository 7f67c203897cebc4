"""Open a `.handleplan` file and check everything in it before anything is written.

A hostile file is met with limits: the file's size, then each member's size in the zip's headers, then
again while inflating (a zip bomb lies in its headers); only the two expected members; a checksum; each
value of the type its column has, text by the store's own rule; every link resolving inside the file.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Table

from handleplan.errors import ValidationError
from handleplan.ops.validate import MAX_DATE, MIN_DATE, clean_text
from handleplan.portable.columns import kind_of, plan_tables
from handleplan.portable.format import (
    DATA,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_DATA_BYTES,
    MAX_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_ROWS,
    MAX_TEXT_CHARS,
    MEMBERS,
    PortableError,
)
from handleplan.portable.sealed import is_sealed_manifest, unseal
from handleplan.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from handleplan.typed_dates import read_typed_date

Rows = dict[str, list[dict]]


def read_portable(path: Path, passphrase: str | None = None) -> tuple[dict, Rows]:
    """The manifest and the checked rows (Python values, ready to insert), or a PortableError. A sealed
    file needs `passphrase` ("portable_passphrase_needed", "portable_passphrase_wrong" otherwise)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PortableError("portable_unreadable", detail=exc.strerror or str(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise PortableError("portable_too_big")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = [info.filename for info in infos]
            if sorted(names) != sorted(MEMBERS):
                raise PortableError("portable_foreign")
            manifest = _json(_member(zf, MANIFEST, MAX_MANIFEST_BYTES))
            _check_manifest(manifest)
            payload = _member(zf, DATA, MAX_DATA_BYTES)
    except PortableError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise PortableError("portable_damaged") from exc
    except OSError as exc:
        raise PortableError("portable_unreadable", detail=exc.strerror or str(exc)) from exc
    if hashlib.sha256(payload).hexdigest() != manifest.get("data_sha256"):
        raise PortableError("portable_damaged")
    sealed = is_sealed_manifest(manifest)
    if sealed:  # the GCM tag stands for the counts the manifest leaves out
        payload = unseal(manifest["encryption"], payload, passphrase, path.name)
    data = _json(payload)
    rows = check_data(data)
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or (
        not sealed and any(counts.get(t, 0) != len(r) for t, r in rows.items())
    ):
        raise PortableError("portable_damaged")
    return manifest, rows


def _member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > limit or info.flag_bits & 0x1:  # too big by its header, or encrypted by zip
        raise PortableError("portable_too_big" if info.file_size > limit else "portable_foreign")
    chunks, total = [], 0
    with zf.open(info) as handle:
        while chunk := handle.read(1024 * 1024):
            total += len(chunk)
            if total > limit:  # the header lied
                raise PortableError("portable_too_big")
            chunks.append(chunk)
    return b"".join(chunks)


def _json(raw: bytes) -> object:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise PortableError("portable_damaged") from exc


def _check_manifest(manifest: object) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise PortableError("portable_foreign")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PortableError("portable_damaged")
    encryption = manifest.get("encryption")
    if version > FORMAT_VERSION or not (encryption is None or is_sealed_manifest(manifest)):
        raise PortableError("portable_newer")
    revision = manifest.get("schema_revision")
    if revision not in KNOWN_REVISIONS:
        raise PortableError("portable_newer")
    if revision != HEAD_REVISION:
        # Today's tables read every older revision's rows: a column it lacks takes its default (below).
        pass


def check_data(data: object) -> Rows:
    if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
        raise PortableError("portable_damaged")
    given = data["tables"]
    tables = {table.name: table for table in plan_tables()}
    unknown = set(given) - set(tables)
    if unknown:
        raise _invalid(sorted(unknown)[0])
    rows: Rows = {}
    for name, table in tables.items():
        raw = given.get(name, [])
        if not isinstance(raw, list) or len(raw) > MAX_ROWS:
            raise _invalid(name)
        rows[name] = [_row(table, each, i) for i, each in enumerate(raw)]
        keys = [tuple(r[c.name] for c in table.primary_key.columns) for r in rows[name]]
        if len(set(keys)) != len(keys):
            raise _invalid(f"{name}: id")
    _check_links(tables, rows)
    for task in rows.get("cycle_task", []):
        if "due" not in task:  # a file from before revision 0005: read the date as the migration does
            written = task.get("updated_at")
            task["due"] = read_typed_date(task.get("when_text") or "", written.date() if written else None)
    return rows


def _row(table: Table, raw: object, index: int) -> dict:
    where = f"{table.name} {index + 1}"
    if not isinstance(raw, dict):
        raise _invalid(where)
    columns = {col.name: col for col in table.columns}
    extra = set(raw) - set(columns)
    if extra:
        raise _invalid(f"{where}: {sorted(extra)[0]}")
    row = {}
    for name, col in columns.items():
        if name not in raw:
            if col.primary_key or (col.default is None and not col.nullable):
                raise _invalid(f"{where}: {name}")
            continue  # an older file's row: the column's default fills it in on insert
        row[name] = _value(col, raw[name], f"{where}: {name}")
    return row


def _value(col, value: object, where: str) -> object:  # noqa: ANN001, PLR0911 - one return per kind
    if value is None:
        if col.nullable and not col.primary_key:
            return None
        raise _invalid(where)
    kind = kind_of(col)
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**63 - 1:
            raise _invalid(where)
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise _invalid(where)
        return value
    if kind == "text":
        return _text(value, where)
    if kind == "enum":
        if not isinstance(value, str) or value not in col.type.enums:
            raise _invalid(where)
        return col.type.enum_class(value) if col.type.enum_class else value
    if kind in ("date", "datetime"):
        if not isinstance(value, str) or len(value) > 40:
            raise _invalid(where)
        try:
            parsed = datetime.fromisoformat(value) if kind == "datetime" else date.fromisoformat(value)
        except ValueError as exc:
            raise _invalid(where) from exc
        day = parsed.date() if isinstance(parsed, datetime) else parsed
        if kind == "date" and not MIN_DATE <= day <= MAX_DATE:
            raise _invalid(where)
        return parsed
    return _json_value(value, where, 0)  # kind == "json"


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT_CHARS:
        raise _invalid(where)
    try:
        return clean_text(value, where)
    except ValidationError as exc:
        raise _invalid(where) from exc


def _json_value(value: object, where: str, depth: int) -> object:
    if depth > 20:
        raise _invalid(where)
    if isinstance(value, str):
        return _text(value, where)
    if isinstance(value, list):
        return [_json_value(each, where, depth + 1) for each in value]
    if isinstance(value, dict):
        return {_text(k, where): _json_value(v, where, depth + 1) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float)):
        return value
    raise _invalid(where)


def _check_links(tables: dict[str, Table], rows: Rows) -> None:
    for name, table in tables.items():
        for fk in table.foreign_keys:
            target = fk.column
            present = {r.get(target.name) for r in rows[target.table.name]}
            for i, row in enumerate(rows[name]):
                value = row.get(fk.parent.name)
                if value is not None and value not in present:
                    raise _invalid(f"{name} {i + 1}: {fk.parent.name}")


def _invalid(where: str) -> PortableError:
    return PortableError("portable_invalid", detail=where)


def is_sealed(path: Path) -> bool:
    """Whether `path` is a portable file sealed with a passphrase (the importer then asks for it). Any
    file that cannot be read says False here: `read_portable` says what is wrong with it."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _json(_member(zf, MANIFEST, MAX_MANIFEST_BYTES))
    except (OSError, KeyError, PortableError, zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
        return False
    return isinstance(manifest, dict) and is_sealed_manifest(manifest)
