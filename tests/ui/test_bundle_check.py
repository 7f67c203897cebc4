"""self-test's check of the files the app reads from disk, which the installers' smoke run relies on."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSize

from handleplan import paths
from handleplan.ui import bundle_check
from handleplan.ui.app import ICON_SIZES, set_app_icon
from handleplan.ui.selftest import self_test


def test_every_file_the_app_reads_is_found(qapp):
    results = bundle_check.check_bundle("da")
    assert [passed for passed, _ in results] == [True] * 6, results
    assert "allerede er åbent" in results[5][1]
    assert "Annuller, Ja, Nej" in results[2][1]


def _resources_without(tmp_path: Path, missing: str) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), copy)
    (copy / missing).unlink()
    return copy


def test_a_missing_font_or_translation_is_named(qapp, tmp_path, monkeypatch):
    copy = _resources_without(tmp_path, "fonts/DejaVuSans-Bold.ttf")
    (copy / "translations" / "handleplan_en.qm").unlink()
    monkeypatch.setattr(bundle_check, "resources_dir", lambda: copy)
    results = dict((text, passed) for passed, text in bundle_check.check_bundle("en"))
    failed = [text for text, passed in results.items() if not passed]
    assert len(failed) == 2, results
    assert "DejaVuSans-Bold.ttf" in failed[0]
    assert "handleplan_en.qm" in failed[1]


def test_self_test_stops_before_the_window_when_content_is_missing(qapp, tmp_path, monkeypatch):
    copy = _resources_without(tmp_path, "content/en.json")
    monkeypatch.setattr(bundle_check, "resources_dir", lambda: copy)
    import handleplan.content as content

    monkeypatch.setattr(content, "resources_dir", lambda: copy)
    content.load_content.cache_clear()
    content._load.cache_clear()
    try:
        from handleplan.ui.app import Language, settings_for

        folder = tmp_path / "data"
        ok, lines = self_test(qapp, folder, settings_for(folder), Language(qapp))
    finally:
        content.load_content.cache_clear()
        content._load.cache_clear()
    assert not ok
    failed = [line for line in lines if line.startswith("FEJL")]
    assert len(failed) == 1 and "en.json" in failed[0], lines
    assert not any("skærmen" in line for line in lines)
    assert not (folder / "handleplan.db").exists()  # no store was opened


def test_the_window_icon_is_the_wheel_in_every_size(qapp):
    set_app_icon(qapp)
    icon = qapp.windowIcon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    image = icon.pixmap(QSize(64, 64)).toImage()
    # The top-right quarter is Planlæg's blue, as in the phase wheel.
    assert image.pixelColor(44, 14).name() == "#3b7dd8"
