"""Helpers for the portable-file tests: a real exported file taken apart and put together again, altered."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from pathlib import Path


def parts(path: Path) -> tuple[dict, dict]:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json")), json.loads(zf.read("plan.json"))


def build(
    path: Path, manifest: dict, data: object, *, fix_checksum: bool = True, raw: bytes | None = None
) -> Path:
    payload = raw if raw is not None else json.dumps(data).encode("utf-8")  # ASCII: \ud800 escaped
    if fix_checksum:
        manifest = {**manifest, "data_sha256": hashlib.sha256(payload).hexdigest()}
        if isinstance(data, dict) and isinstance(data.get("tables"), dict):
            counts = {t: len(r) for t, r in data["tables"].items() if isinstance(r, list)}
            manifest["counts"] = counts
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("plan.json", payload)
    return path


def claim_size(path: Path, member: str, size: int) -> None:
    """Make the zip's headers (local and central) say `member` inflates to `size` bytes: a lying header."""
    blob = bytearray(path.read_bytes())
    name = member.encode()
    i = 0
    while (i := blob.find(b"PK\x03\x04", i)) >= 0:
        n = struct.unpack_from("<H", blob, i + 26)[0]
        if blob[i + 30 : i + 30 + n] == name:
            struct.pack_into("<I", blob, i + 22, size)
        i += 4
    i = 0
    while (i := blob.find(b"PK\x01\x02", i)) >= 0:
        n = struct.unpack_from("<H", blob, i + 28)[0]
        if blob[i + 46 : i + 46 + n] == name:
            struct.pack_into("<I", blob, i + 24, size)
        i += 4
    path.write_bytes(bytes(blob))
