"""The portable file: the demo plan and arbitrary text survive export → empty store → export unchanged;
the command line exports (saying private entries are inside) and imports, refusing to overwrite a plan
unless told to, and then only after a backup that holds the old plan."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import dump

from handleplan.cli import main
from handleplan.demo import fill_demo
from handleplan.ops import initiatives as ops
from handleplan.ops import people, reflections
from handleplan.ops.edit import edit
from handleplan.portable import PortableError, export_portable, import_portable
from handleplan.store import Store


def _data(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read("plan.json")


def test_demo_plan_round_trips_to_the_same_data(tmp_path: Path) -> None:
    first = Store.open(tmp_path / "first")
    fill_demo(first, "da")
    summary = export_portable(first, tmp_path / "one.handleplan")
    first.close()
    assert summary.counts["initiative"] > 0 and summary.counts["reflection_answer"] > 0
    second = Store.open(tmp_path / "second")
    result = import_portable(second, tmp_path / "one.handleplan")
    assert result.backup is None
    export_portable(second, tmp_path / "two.handleplan")
    second.close()
    assert _data(tmp_path / "one.handleplan") == _data(tmp_path / "two.handleplan")
    # The same rows in the file itself, ids and timestamps included, read with plain sqlite3 (a JSON value
    # compared as JSON: the file keeps its keys sorted, so the same object may come back in another order).
    assert _as_json(dump(tmp_path / "first" / "handleplan.db")) == _as_json(
        dump(tmp_path / "second" / "handleplan.db")
    )


def _as_json(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    import json

    def value(v: object) -> object:
        if isinstance(v, str) and v[:1] in "{[":
            try:
                return json.dumps(json.loads(v), sort_keys=True)
            except ValueError:
                return v
        return v

    return {t: sorted((tuple(value(v) for v in row) for row in rows), key=repr) for t, rows in tables.items()}


def test_the_file_is_private_and_holds_the_private_entries(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    ops.create_initiative(store, "Hemmeligt tiltag", private=True)
    reflections.write_reflection(store, title="Kun til mig", text="privat tanke", private=True)
    out = tmp_path / "plan.handleplan"
    export_portable(store, out)
    store.close()
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    data = _data(out).decode()
    assert "Hemmeligt tiltag" in data and "privat tanke" in data
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


# Text the store accepts (clean_text): anything encodable as UTF-8 – no lone surrogates.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT.filter(lambda t: t.strip()), goal=TEXT, name=TEXT, note=TEXT, tag=TEXT)
def test_arbitrary_text_round_trips(
    tmp_path_factory, title: str, goal: str, name: str, note: str, tag: str
) -> None:
    base = tmp_path_factory.mktemp("prop")
    store = Store.open(base / "a")
    initiative = ops.create_initiative(store, title, goal=goal, tags=[tag])
    edit(store, people.profile(store), name=name)
    ops.add_task(store, initiative.cycles[0], what=note, who=name)
    reflections.write_reflection(store, title=note, text=goal + note, initiatives=[initiative])
    export_portable(store, base / "a.handleplan")
    store.close()
    other = Store.open(base / "b")
    import_portable(other, base / "a.handleplan")
    export_portable(other, base / "b.handleplan")
    got = ops.initiatives(other)[0]
    assert (got.title, got.goal, got.tags) == (title, goal, [tag])
    assert people.profile(other).name == name
    other.close()
    assert _data(base / "a.handleplan") == _data(base / "b.handleplan")


def test_import_into_a_plan_is_refused_without_replace(tmp_path: Path) -> None:
    source = Store.open(tmp_path / "source")
    ops.create_initiative(source, "Fra den gamle computer")
    export_portable(source, tmp_path / "f.handleplan")
    source.close()
    target = Store.open(tmp_path / "target")
    ops.create_initiative(target, "Min plan her")
    target.close()
    before = (tmp_path / "target" / "handleplan.db").read_bytes()
    target = Store.open(tmp_path / "target")
    with pytest.raises(PortableError) as err:
        import_portable(target, tmp_path / "f.handleplan")
    assert err.value.code == "portable_not_empty"
    assert [i.title for i in ops.initiatives(target)] == ["Min plan her"]
    target.close()
    assert not (tmp_path / "target" / "backups").exists()
    assert dump(tmp_path / "target" / "handleplan.db") == dump_of(before, tmp_path)


def dump_of(blob: bytes, tmp_path: Path) -> dict:
    copy = tmp_path / "copy.db"
    copy.write_bytes(blob)
    return dump(copy)


def test_replace_backs_up_the_old_plan_first(tmp_path: Path) -> None:
    source = Store.open(tmp_path / "source")
    ops.create_initiative(source, "Det nye")
    export_portable(source, tmp_path / "f.handleplan")
    source.close()
    target = Store.open(tmp_path / "target")
    ops.create_initiative(target, "Det gamle")
    result = import_portable(target, tmp_path / "f.handleplan", replace=True)
    assert [i.title for i in ops.initiatives(target)] == ["Det nye"]
    target.close()
    assert result.backup is not None and result.backup.parent == tmp_path / "target" / "backups"
    assert stat.S_IMODE(os.stat(result.backup).st_mode) == 0o600
    rows = dump(result.backup)
    assert [r for r in rows["initiative"] if "Det gamle" in r]


def test_command_line_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target, out = tmp_path / "source", tmp_path / "target", tmp_path / "plan.handleplan"
    assert main(["--data-dir", str(source), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(source), "export", str(out)]) == 0
    said = capsys.readouterr().out
    assert str(out) in said and "private poster" in said
    assert main(["--data-dir", str(target), "import", str(out)]) == 0
    assert "6 tiltag" in capsys.readouterr().out
    assert main(["--data-dir", str(target), "import", str(out), "--lang", "en"]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["--data-dir", str(target), "import", str(out), "--replace", "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "backup" in said and "6 initiatives" in said
    assert len(list((target / "backups").iterdir())) == 1
    assert _as_json(dump(source / "handleplan.db")) == _as_json(dump(target / "handleplan.db"))


def test_two_replaces_in_one_second_keep_both_backups(tmp_path: Path) -> None:
    source = Store.open(tmp_path / "source")
    ops.create_initiative(source, "Fra filen")
    export_portable(source, tmp_path / "f.handleplan")
    source.close()
    target = Store.open(tmp_path / "target")
    ops.create_initiative(target, "Først")
    first = import_portable(target, tmp_path / "f.handleplan", replace=True).backup
    ops.create_initiative(target, "Bagefter")
    second = import_portable(target, tmp_path / "f.handleplan", replace=True).backup
    target.close()
    assert first != second
    assert [r for r in dump(first)["initiative"] if "Først" in r]
    assert [r for r in dump(second)["initiative"] if "Bagefter" in r]
