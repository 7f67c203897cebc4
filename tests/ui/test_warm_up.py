"""After the first paint the app opens the store and builds the other screens and the editors' spare
rows, whichever screen it started on, so the first visit to each is as quick as the later ones."""

from __future__ import annotations

import pytest

from handleplan.ui.controller import SPARE_ROWS, AppController
from handleplan.ui.initiative.rows import RowList
from handleplan.ui.main_window import SCREEN_KEYS


def wait_for_warm_up(qtbot, controller: AppController) -> None:
    """Until the controller says it is done, then check that it did it all."""
    qtbot.waitUntil(lambda: controller.warmed_up, timeout=15000)
    window = controller.window
    lists = window.findChildren(RowList)
    assert len(window.screens) == len(SCREEN_KEYS)
    assert lists and all(rows.capacity() >= SPARE_ROWS for rows in lists)


def test_starting_on_the_overblik_paints_before_the_store_opens_then_builds_the_rest(
    start_app, qtbot, demo_folder
):
    controller = start_app(demo_folder, "overview")
    assert not controller.ctx.store_is_open
    assert list(controller.window.screens) == ["overview"]
    wait_for_warm_up(qtbot, controller)
    assert controller.ctx.store_is_open
    controller.shutdown()


@pytest.mark.parametrize("last_screen", ["initiatives", "reflections"])
def test_starting_where_the_leader_left_still_builds_the_rest(start_app, qtbot, demo_folder, last_screen):
    controller = start_app(demo_folder, last_screen)
    assert controller.window.current_screen().key == last_screen
    wait_for_warm_up(qtbot, controller)
    controller.shutdown()


def test_no_warm_up_work_after_shutdown(start_app, qtbot, demo_folder):
    controller = start_app(demo_folder, "overview")
    controller.shutdown()
    qtbot.wait(600)  # past the warm-up's first step
    assert list(controller.window.screens) == ["overview"]
    assert not controller.ctx.store_is_open


def test_the_warm_up_waits_while_a_dialog_is_open(start_app, qtbot, demo_folder):
    from PySide6.QtWidgets import QDialog

    controller = start_app(demo_folder, "overview")
    dialog = QDialog(controller.window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: controller.ctx.store_is_open, timeout=5000)  # the store opens behind it
    qtbot.wait(1200)  # several warm-up steps
    assert list(controller.window.screens) == ["overview"]
    dialog.accept()
    wait_for_warm_up(qtbot, controller)
    controller.shutdown()


def test_a_window_deleted_before_the_warm_up_is_left_alone(start_app, qtbot, demo_folder):
    from PySide6.QtCore import QCoreApplication, QEvent

    controller = start_app(demo_folder, "overview", close_at_end=False)
    window = controller.window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(800)  # past the warm-up's first steps: none may touch the deleted window
    controller.shutdown()
