"""The Eksportér dialog: what it lists, private entries, the file name, the worker, and the result."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from test_pdf_export import make_plan

from handleplan.ui.dialogs.export import KIND_ROLE, ExportDialog


@pytest.fixture
def plan(ctx):
    return make_plan(ctx.store)


@pytest.fixture
def no_modals(monkeypatch):
    """Every question answered "No" unless a test says otherwise; a real modal would hang the run."""
    asked: list[str] = []

    def question(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    return asked


@pytest.fixture
def dialog(qtbot, ctx, plan, no_modals, tmp_path):
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(tmp_path / "plan.pdf"))
    dlg._path_edited = True
    return dlg


def items(dlg: ExportDialog) -> dict[tuple, object]:
    found = {}
    for i in range(dlg.tree.topLevelItemCount()):
        top = dlg.tree.topLevelItem(i)
        found[tuple(top.data(0, KIND_ROLE))] = top
        for j in range(top.childCount()):
            child = top.child(j)
            found[tuple(child.data(0, KIND_ROLE))] = child
    return found


def checked(item) -> bool:  # noqa: ANN001
    return item.checkState(0) == Qt.CheckState.Checked


def run_export(qtbot, dlg: ExportDialog) -> None:
    dlg.export_button.click()
    qtbot.waitUntil(lambda: not dlg.is_running(), timeout=60_000)


def test_defaults_to_the_next_milestone_and_a_file_in_documents(qtbot, ctx, plan, no_modals):
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.milestone_combo.currentText().startswith("Modul 2")
    path = Path(dlg.path_edit.text())
    assert path.name == "Handleplan – Mette Hansen – Modul 2.pdf"
    dlg.milestone_combo.setCurrentIndex(dlg.milestone_combo.findData(plan["milestones"]["trio2"].id))
    assert "TRIO-møde 20" in Path(dlg.path_edit.text()).name  # a repeated title gets its date


def test_lists_every_section_and_entry_with_private_ones_unticked(dialog, plan):
    found = items(dialog)
    for key in ("focus", "overview", "initiatives", "reflections", "trio", "discussion"):
        assert checked(found[("section", key)])
    assert checked(found[("initiative", plan["stress"].id)])
    secret = found[("initiative", plan["secret"].id)]
    assert not checked(secret) and "(privat)" in secret.text(0) and not secret.icon(0).isNull()
    private = found[("reflection", plan["private"].id)]
    assert not checked(private) and "(privat)" in private.text(0)
    assert ("reflection", plan["old"].id) not in found  # before the previous milestone
    assert "privat" in dialog.summary.text()


def test_ticking_a_private_entry_asks_and_no_keeps_it_out(dialog, plan, no_modals):
    item = items(dialog)[("reflection", plan["private"].id)]
    item.setCheckState(0, Qt.CheckState.Checked)
    assert len(no_modals) == 1 and "privat" in no_modals[0]
    assert not checked(item)
    assert plan["private"].id not in dialog.options().reflection_ids


def test_ticking_a_private_entry_and_saying_yes_includes_it(qtbot, dialog, plan, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    item = items(dialog)[("reflection", plan["private"].id)]
    item.setCheckState(0, Qt.CheckState.Checked)
    assert checked(item)
    run_export(qtbot, dialog)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "plan.pdf")).pages)
    assert "PRIVAT-NOTE" in text and "HEMMELIGT-TILTAG" not in text


def test_export_runs_in_a_worker_then_offers_to_open_the_pdf(qtbot, dialog, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog.show()
    dialog.export_button.click()
    assert dialog.is_running() and dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    dialog.reject()  # closing is refused while the worker runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    target = tmp_path / "plan.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert "PDF'en er gemt" in dialog.status.text()
    assert dialog.open_button.isVisible() and not dialog.progress.isVisible()
    dialog.open_button.click()
    assert opened and opened[0].toLocalFile() == str(target)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(target)).pages)
    assert "Mette Hansen" in text and "PRIVAT-NOTE" not in text


def test_an_error_shows_a_sentence_and_leaves_no_file(qtbot, dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "plan.pdf"))
    run_export(qtbot, dialog)
    assert "findes ikke" in dialog.status.text()
    assert not dialog.open_button.isVisible()
    assert not (tmp_path / "missing-folder").exists()


def test_an_existing_file_is_only_replaced_after_asking(qtbot, dialog, tmp_path, no_modals):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    dialog.export_button.click()
    assert no_modals and "erstatte" in no_modals[0]
    assert not dialog.is_running() and target.read_bytes() == b"old"


def test_choose_uses_the_save_dialog_and_adds_pdf(qtbot, dialog, tmp_path, monkeypatch):
    chosen = tmp_path / "Min plan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    dialog.choose_button.click()
    assert dialog.path_edit.text() == str(tmp_path / "Min plan.pdf")
    run_export(qtbot, dialog)
    assert (tmp_path / "Min plan.pdf").exists()
    assert dialog.ctx.settings.value("export/folder") == str(tmp_path)


def test_unchecking_a_section_greys_its_entries_and_leaves_it_out(dialog, plan):
    found = items(dialog)
    found[("section", "reflections")].setCheckState(0, Qt.CheckState.Unchecked)
    assert found[("reflection", plan["after_trio"].id)].isDisabled()
    assert "reflections" not in dialog.options().sections


def test_every_input_has_an_accessible_name(dialog):
    for widget in dialog.findChildren(QWidget):
        if (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.isEnabled()
            and widget.isVisibleTo(dialog)
        ):
            if widget.metaObject().className() in ("QComboBox", "QLineEdit", "QPushButton", "QTreeWidget"):
                assert widget.accessibleName(), widget


def test_an_empty_plan_still_exports_from_the_dialog(qtbot, ctx, no_modals, tmp_path):
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    assert not dlg.milestone_combo.isEnabled()
    dlg.path_edit.setText(str(tmp_path / "tom.pdf"))
    run_export(qtbot, dlg)
    assert (tmp_path / "tom.pdf").read_bytes().startswith(b"%PDF")
    assert not dlg.milestone_combo.isEnabled()


def test_screenshot_state_shows_the_finished_export(dialog):
    for _name, setup in dialog.screenshot_states():
        setup()
    assert dialog.open_button.isVisibleTo(dialog) and "PDF'en er gemt" in dialog.status.text()


def test_without_a_documents_folder_the_first_export_goes_home_and_works(
    qtbot, ctx, plan, no_modals, tmp_path, monkeypatch
):
    """A fresh account has no Documents: the default must be a folder that exists."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))  # named, never made
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    target = Path(dlg.path_edit.text())
    assert target.parent.is_dir()
    run_export(qtbot, dlg)
    assert target.exists()


def test_the_red_error_goes_once_a_folder_that_exists_is_typed(qtbot, dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "plan.pdf"))
    run_export(qtbot, dialog)
    assert "findes ikke" in dialog.status.text()
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "plan.pdf"))
    assert dialog.status.text() == ""


def test_the_file_dialog_speaks_danish(qtbot, dialog, monkeypatch):
    """Qt's own save dialog, as the leader sees it when there is no desktop's native one."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    monkeypatch.undo()  # the real getSaveFileName this time
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QFileDialog):
            seen.extend(label.text() for label in box.findChildren(QLabel) if label.text())
            box.reject()
        else:
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(50, read_and_close)
    dialog.choose_button.click()
    assert {"&Kig i:", "&Filnavn:", "Filer af &type:"} <= set(seen), seen


def test_the_discussion_points_are_a_click_away(demo_window, qtbot):
    """»Skriv, hvad du vil drøfte« closes the export and opens the milestone on Forløb, cursor in place."""
    dlg = ExportDialog(demo_window.ctx, demo_window)
    qtbot.addWidget(dlg)
    dlg.show()
    chosen = dlg.milestone_combo.currentData()
    dlg.discussion_button.click()
    assert not dlg.isVisible()
    screen = demo_window.current_screen()
    assert screen.key == "timeline"
    row = screen.rows[chosen]
    qtbot.waitUntil(lambda: row.discussion.hasFocus())


def test_the_last_modules_afrunding_is_listed_ticked_and_printed(qtbot, ctx, plan, no_modals, tmp_path):
    from datetime import timedelta

    from test_pdf_export import START

    from handleplan.content import load_content
    from handleplan.ops import reflections

    prompts = load_content("da").prompts_for("modul1")
    refl = reflections.write_reflection(
        ctx.store,
        plan["milestones"]["modul1"],
        title="Efter Modul 1",
        written_on=START + timedelta(days=14),
        answers=[""] * (len(prompts) - 1) + ["HJEM-OG-GØRE"],
    )
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(tmp_path / "plan.pdf"))
    dlg._path_edited = True
    item = items(dlg)[("reflection", refl.id)]
    assert checked(item) and item.text(0).startswith("Afrunding på Modul 1 – ")
    run_export(qtbot, dlg)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "plan.pdf")).pages)
    assert "Afrunding på Modul 1" in text and "HJEM-OG-GØRE" in text
