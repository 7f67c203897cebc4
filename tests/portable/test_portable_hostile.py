"""A battery of damaged, foreign, newer and hostile portable files: each gets its own clear message, and
the store it was meant for is left byte for byte as it was (the file and its -wal), with no backup made."""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from portable_files import build, claim_size, parts

from handleplan.ops import initiatives as ops
from handleplan.ops import reflections
from handleplan.portable import PortableError, export_portable, import_portable
from handleplan.store import Store


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    """The parts of an honest file: a plan with a cycle, a task, a reflection linked to the initiative."""
    base = tmp_path_factory.mktemp("good")
    store = Store.open(base / "data")
    initiative = ops.create_initiative(store, "Færre afbrydelser", goal="Ro til fordybelse")
    ops.add_task(store, initiative.cycles[0], what="Spørg teamet")
    reflections.write_reflection(store, title="Uge 1", text="Det gik", initiatives=[initiative])
    export_portable(store, base / "good.handleplan")
    store.close()
    return parts(base / "good.handleplan")


def _edit(change: Callable[[dict, dict], None]) -> Callable[[Path, tuple[dict, dict]], Path]:
    def make(path: Path, good: tuple[dict, dict]) -> Path:
        manifest, data = copy.deepcopy(good)
        change(manifest, data)
        return build(path, manifest, data)

    return make


def _first(data: dict, table: str) -> dict:
    return data["tables"][table][0]


def not_a_zip(path: Path, good: tuple) -> Path:
    path.write_bytes(b"%PDF-1.7 this is something else entirely\n" * 50)
    return path


def truncated(path: Path, good: tuple) -> Path:
    build(path, *good)
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 2])
    return path


def other_files(path: Path, good: tuple) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8\xff")
        zf.writestr("notes.txt", "hej")
    return path


def evil_name(path: Path, good: tuple) -> Path:
    manifest, data = good
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("plan.json", json.dumps(data))
        zf.writestr("../evil", "owned")
    return path


def slash_names(path: Path, good: tuple) -> Path:
    manifest, data = good
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("x/manifest.json", json.dumps(manifest))
        zf.writestr("../plan.json", json.dumps(data))
    return path


def bomb(path: Path, good: tuple) -> Path:
    """An honest header: a manifest of a few kB that inflates to 2 MB, far over the manifest's limit."""
    manifest, data = good
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest) + " " * 2_000_000)
        zf.writestr("plan.json", json.dumps(data))
    assert path.stat().st_size < 50_000
    return path


def lying_bomb(path: Path, good: tuple) -> Path:
    """The same manifest whose headers claim 300 bytes: caught while inflating, never read in full."""
    bomb(path, good)
    claim_size(path, "manifest.json", 300)
    return path


def claims_huge(path: Path, good: tuple) -> Path:
    """A header claiming the plan inflates to 3 GB: refused before a byte is inflated."""
    build(path, *good)
    claim_size(path, "plan.json", 3_000_000_000)
    return path


def checksum_mismatch(path: Path, good: tuple) -> Path:
    manifest, data = copy.deepcopy(good)
    _first(data, "initiative")["title"] = "Ændret bag om ryggen"
    return build(path, manifest, data, fix_checksum=False)


def not_json(path: Path, good: tuple) -> Path:
    return build(path, good[0], None, raw=b'{"tables": {"initiative": [')


CASES = {
    "not a zip": (not_a_zip, "portable_damaged"),
    "truncated zip": (truncated, "portable_damaged"),
    "zip of other files": (other_files, "portable_foreign"),
    "member ../evil": (evil_name, "portable_foreign"),
    "members with paths": (slash_names, "portable_foreign"),
    "zip bomb": (bomb, "portable_too_big"),
    "zip bomb whose header lies": (lying_bomb, "portable_damaged"),
    "header claims 3 GB": (claims_huge, "portable_too_big"),
    "checksum mismatch": (checksum_mismatch, "portable_damaged"),
    "plan.json not JSON": (not_json, "portable_damaged"),
    "foreign format name": (_edit(lambda m, d: m.update(format="something-else")), "portable_foreign"),
    "newer format version": (_edit(lambda m, d: m.update(format_version=99)), "portable_newer"),
    "encrypted (later format)": (_edit(lambda m, d: m.update(encryption="passphrase-v1")), "portable_newer"),
    "newer schema revision": (_edit(lambda m, d: m.update(schema_revision="9999")), "portable_newer"),
    "huge string": (
        _edit(lambda m, d: _first(d, "initiative").update(goal="x" * 1_000_001)),
        "portable_invalid",
    ),
    "lone surrogate": (_edit(lambda m, d: _first(d, "initiative").update(goal="\ud800")), "portable_invalid"),
    "string for an int": (
        _edit(lambda m, d: _first(d, "initiative").update(position="3")),
        "portable_invalid",
    ),
    "bool for an int": (
        _edit(lambda m, d: _first(d, "initiative").update(position=True)),
        "portable_invalid",
    ),
    "list for a date": (
        _edit(lambda m, d: _first(d, "reflection").update(written_on=[2026, 1, 1])),
        "portable_invalid",
    ),
    "date out of range": (
        _edit(lambda m, d: _first(d, "reflection").update(written_on="0001-01-01")),
        "portable_invalid",
    ),
    "unknown enum key": (_edit(lambda m, d: _first(d, "cycle").update(phase="hack")), "portable_invalid"),
    "null title": (_edit(lambda m, d: _first(d, "initiative").update(title=None)), "portable_invalid"),
    "unknown column": (_edit(lambda m, d: _first(d, "initiative").update(evil=1)), "portable_invalid"),
    "unknown table": (_edit(lambda m, d: d["tables"].update(sqlite_master=[])), "portable_invalid"),
    "row not an object": (_edit(lambda m, d: d["tables"]["initiative"].append([1, 2])), "portable_invalid"),
    "link to a missing row": (
        _edit(lambda m, d: _first(d, "cycle_task").update(cycle_id=999)),
        "portable_invalid",
    ),
    "duplicate ids": (
        _edit(lambda m, d: d["tables"]["cycle_task"].append(dict(_first(d, "cycle_task")))),
        "portable_invalid",
    ),
    "deeply nested tags": (
        _edit(lambda m, d: _first(d, "initiative").update(tags=json.loads("[" * 50 + "]" * 50))),
        "portable_invalid",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_file_changes_nothing(case: str, tmp_path: Path, good: tuple) -> None:
    make, code = CASES[case]
    folder = tmp_path / "data"
    store = Store.open(folder)
    ops.create_initiative(store, "Min plan")
    store.checkpoint()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    hostile = make(tmp_path / "hostile.handleplan", good)
    for replace in (False, True):
        with pytest.raises(PortableError) as err:
            import_portable(store, hostile, replace=replace)
        assert err.value.code == code, err.value.message("en")
        assert "intet er ændret" in err.value.message("da").lower()
    assert [i.title for i in ops.initiatives(store)] == ["Min plan"]
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert not (folder / "backups").exists()
    assert not (tmp_path / "evil").exists()
    store.close()


def test_an_honest_rebuilt_file_is_accepted(tmp_path: Path, good: tuple) -> None:
    """The battery's builder itself makes files the importer takes, so each refusal above is the change's."""
    store = Store.open(tmp_path / "data")
    import_portable(store, build(tmp_path / "ok.handleplan", *copy.deepcopy(good)))
    assert [i.title for i in ops.initiatives(store)] == ["Færre afbrydelser"]
    store.close()
