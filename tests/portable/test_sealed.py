"""The portable file sealed with a passphrase: the round trip keeps every row, nothing of the plan is
readable in the file, a wrong or missing passphrase and one changed byte change nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from support import dump

from handleplan.demo import fill_demo
from handleplan.ops import initiatives
from handleplan.portable import PortableError, export_portable, import_portable
from handleplan.portable.read import is_sealed, read_portable
from handleplan.store import Store

PASS = "Til mig selv, december"


@pytest.fixture
def sealed(tmp_path: Path) -> Path:
    store = Store.open(tmp_path / "first")
    try:
        fill_demo(store, "da")
        export_portable(store, tmp_path / "plan.handleplan", passphrase=PASS)
    finally:
        store.close()
    return tmp_path / "plan.handleplan"


def test_the_sealed_file_round_trips_every_row(tmp_path: Path, sealed: Path) -> None:
    assert is_sealed(sealed)
    second = Store.open(tmp_path / "second")
    try:
        import_portable(second, sealed, passphrase=PASS)
    finally:
        second.close()
    # JSON columns compared as JSON: the file keeps keys sorted (as tests/portable/test_portable.py does)
    assert _as_json(dump(tmp_path / "first" / "handleplan.db")) == _as_json(
        dump(tmp_path / "second" / "handleplan.db")
    )


def _as_json(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    def value(v: object) -> object:
        if isinstance(v, str) and v[:1] in "{[":
            try:
                return json.loads(v)
            except ValueError:
                return v
        return v

    return {t: [tuple(value(v) for v in row) for row in rows] for t, rows in tables.items()}


def test_nothing_of_the_plan_is_readable_in_the_file(tmp_path: Path, sealed: Path) -> None:
    store = Store.open(tmp_path / "first")
    titles = [i.title for i in initiatives.initiatives(store)]
    store.close()
    raw = sealed.read_bytes()
    with zipfile.ZipFile(sealed) as zf:
        inside = zf.read("plan.json")
        manifest = json.loads(zf.read("manifest.json"))
    assert titles and not any(t.encode() in raw or t.encode() in inside for t in titles)
    assert b'"tables"' not in inside  # no JSON at all: the whole plan.json is ciphertext
    assert manifest["counts"] == {} and manifest["encryption"]["scheme"] == "scrypt-aes256gcm"
    assert not is_sealed(_plain_export(tmp_path))


def _plain_export(tmp_path: Path) -> Path:
    store = Store.open(tmp_path / "first")
    try:
        export_portable(store, tmp_path / "plain.handleplan")
    finally:
        store.close()
    return tmp_path / "plain.handleplan"


def test_a_wrong_or_missing_passphrase_changes_nothing(tmp_path: Path, sealed: Path) -> None:
    target = Store.open(tmp_path / "second")
    initiatives.create_initiative(target, "Mit eget tiltag")
    target.close()
    before = dump(tmp_path / "second" / "handleplan.db")
    for passphrase, code in ((None, "portable_passphrase_needed"), ("forkert", "portable_passphrase_wrong")):
        store = Store.open(tmp_path / "second")
        try:
            with pytest.raises(PortableError) as caught:
                import_portable(store, sealed, replace=True, passphrase=passphrase)
        finally:
            store.close()
        assert caught.value.code == code
        assert sealed.name in caught.value.message("da")
    assert dump(tmp_path / "second" / "handleplan.db") == before
    assert not (tmp_path / "second" / "backups").exists()  # refused before the backup of a replace


def test_one_changed_byte_or_changed_parameters_are_refused(tmp_path: Path, sealed: Path) -> None:
    with zipfile.ZipFile(sealed) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        blob = bytearray(zf.read("plan.json"))
    blob[len(blob) // 2] ^= 0x01

    def rewrite(name: str, manifest: dict, blob: bytes) -> Path:
        import hashlib

        manifest = dict(manifest, data_sha256=hashlib.sha256(blob).hexdigest())
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("manifest.json", json.dumps(manifest))
            zf.writestr("plan.json", bytes(blob))
        return path

    flipped = rewrite("flipped.handleplan", manifest, bytes(blob))
    with pytest.raises(PortableError) as caught:
        read_portable(flipped, PASS)
    assert caught.value.code == "portable_passphrase_wrong"  # GCM cannot tell one from the other
    greedy = dict(manifest, encryption=dict(manifest["encryption"], n=2**30))
    with pytest.raises(PortableError) as caught:
        read_portable(rewrite("greedy.handleplan", greedy, bytes(blob)), PASS)
    assert caught.value.code == "portable_damaged"  # refused before scrypt could take 1 TiB
