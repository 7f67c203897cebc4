"""The export dialog tells the leader when a text was too long for its place in the PDF and was cut."""

from __future__ import annotations

from pathlib import Path

from handleplan.ops.initiatives import create_initiative
from handleplan.ui.dialogs.export import ExportDialog


def test_the_export_dialog_says_what_it_shortened(ctx, qtbot, tmp_path: Path):
    create_initiative(ctx.store, "Langt ord " * 3000)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "plan.pdf"))
    dialog._path_edited = True
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert dialog.status.text().startswith("PDF'en er gemt")
    assert "er forkortet med »…«" in dialog.status.text()
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
