"""A start on another screen than the Overblik: a calm, disabled placeholder until the store is open,
then the real screen, so nothing the leader types acts on anything but the store's own records."""

from __future__ import annotations

from PySide6.QtCore import Qt

from handleplan.ui.main_window import Waiting


def test_left_on_tiltag_a_disabled_placeholder_then_the_real_screen(start_app, qtbot, demo_folder):
    controller = start_app(demo_folder, "initiatives")
    window = controller.window
    waiting = window.current_screen()
    assert isinstance(waiting, Waiting) and waiting.key == "initiatives"
    assert not waiting.isEnabled()  # a key or click before the store is open reaches nothing
    assert "initiatives" not in window.screens
    assert window.nav.currentRow() == 1  # Tiltag is marked in the navigation all along

    qtbot.waitUntil(lambda: "initiatives" in window.screens and window.current_screen().key == "initiatives")
    screen = window.current_screen()
    assert not isinstance(screen, Waiting) and screen.isEnabled()
    assert controller.ctx.store_is_open
    field = screen.editor.title
    assert type(screen.editor.initiative).__name__ == "Initiative"  # the ORM's record
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, " igen")
    controller.ctx.flush()
    assert screen.editor.initiative.title.endswith(" igen")
    controller.shutdown()


def test_going_elsewhere_before_the_store_is_open_is_not_undone(start_app, qtbot, demo_folder):
    controller = start_app(demo_folder, "initiatives")
    window = controller.window
    window.nav.setCurrentRow(0)  # the leader clicks Overblik while Tiltag waits
    assert window.current_screen().key == "overview"
    qtbot.waitUntil(lambda: controller.ctx.store_is_open and window.waiting_for is None)
    assert window.current_screen().key == "overview"
    assert window.nav.item(window.nav.currentRow()).data(Qt.ItemDataRole.UserRole) == "overview"
    controller.shutdown()
