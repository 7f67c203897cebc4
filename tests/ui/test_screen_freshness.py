"""A screen re-reads the store when it comes to the front only if what it shows may have changed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QSpinBox

from handleplan.ops import initiatives as ops
from handleplan.ui import settings_schema
from handleplan.ui.main_window import SCREEN_KEYS, MainWindow


@pytest.fixture
def window(demo_window):
    win = demo_window
    for key in SCREEN_KEYS:  # every screen built and read once
        win.open_screen(key)
    win.open_screen("overview")
    return win


def count_reads(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    for key in SCREEN_KEYS:
        screen = window.screen(key)
        original = screen.refresh

        def counted(original=original, key=key) -> None:
            reads.append(key)
            original()

        monkeypatch.setattr(screen, "refresh", counted)
    return reads


def test_switching_back_and_forth_without_changes_reads_nothing_again(window, monkeypatch):
    reads = count_reads(window, monkeypatch)
    for key in (*SCREEN_KEYS, *SCREEN_KEYS):
        window.open_screen(key)
    assert reads == []


def test_a_change_made_while_a_screen_was_hidden_shows_when_it_comes_back(window, ctx):
    tiltag = window.screen("initiatives")
    ops.create_initiative(ctx.store, "Fælles pauser")  # made elsewhere, e.g. by undo or another screen
    window.open_screen("initiatives")
    shown = [tiltag.list_panel.list.item(r).text() for r in range(tiltag.list_panel.list.count())]
    assert shown[-1] == "Fælles pauser"


def test_a_change_to_tables_a_screen_does_not_show_leaves_it_alone(window, ctx, monkeypatch):
    window.open_screen("timeline")
    reads = count_reads(window, monkeypatch)
    ops.create_initiative(ctx.store, "Fælles pauser")
    window.open_screen("trio")  # members, meetings and agreements: no initiative titles
    assert reads == []
    window.open_screen("initiatives")
    assert reads == ["initiatives"]


def test_a_new_day_reads_again_so_the_countdown_is_not_from_yesterday(window, monkeypatch):
    overview = window.screen("overview")
    window.open_screen("timeline")
    reads = count_reads(window, monkeypatch)
    overview._read_on = date.today() - timedelta(days=1)  # the window was left open overnight
    window.open_screen("overview")
    assert reads == ["overview"]


def test_a_changed_setting_shows_on_overblik_at_once(window, ctx):
    overview = window.screen("overview")
    assert "14" in overview.tasks.heading.text()

    def choose_thirty_days() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        spin = dialog.findChild(QSpinBox)
        spin.setValue(30)
        dialog.reject()  # settings are stored as they change; closing is all that is left

    QTimer.singleShot(0, choose_thirty_days)
    window.open_settings()
    assert settings_schema.value(ctx.settings, settings_schema.DUE_DAYS) == 30
    assert "30" in overview.tasks.heading.text()
