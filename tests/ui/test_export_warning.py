"""The export dialog's warning about her staff's names and her sensitive words, and its two actions."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_pdf_export import make_plan

from handleplan.models import Initiative, Milestone
from handleplan.ui.dialogs.export import ExportDialog
from handleplan.ui.dialogs.sensitive_words import WORDS_KEY, SensitiveWordsDialog


@pytest.fixture
def plan(ctx):
    return make_plan(ctx.store)


@pytest.fixture
def dialog(qtbot, ctx, plan, monkeypatch, tmp_path):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No),
    )
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(tmp_path / "plan.pdf"))
    dlg._path_edited = True
    dlg.asked = asked
    return dlg


def lines(dlg: ExportDialog) -> list[tuple[str, object, object]]:
    """(text, "Gør privat" or None, "Tag ud") per line of the warning."""
    return [(label.text(), private, out) for label, private, out in dlg.warning.lines]


def line(dlg: ExportDialog, *words: str):  # noqa: ANN201
    found = [entry for entry in lines(dlg) if all(w in entry[0] for w in words)]
    assert len(found) == 1, [t for t, _p, _o in lines(dlg)]
    return found[0]


def stored(store, model, record_id):  # noqa: ANN001, ANN201
    store.session.expire_all()
    return store.session.get(model, record_id)


def test_the_trio_names_in_shared_text_are_listed_calmly(dialog, plan):
    assert dialog.warning.isVisibleTo(dialog)
    text, private, out = line(dialog, "»Jonas«", "Stresstrappen")  # "Jonas (AMR) og Susanne (TR)"
    assert text.endswith("(Hvem hjælper mig?)")  # the field it stands in, as the editor names it
    assert private is not None and out is not None
    assert not dialog.asked  # a warning, not a question in her way
    assert not [t for t, _p, _o in lines(dialog) if "Mette" in t or "Team Vest" in t]  # herself, her unit
    assert not [t for t, _p, _o in lines(dialog) if "Lise" in t]  # only in the private reflection


def test_tag_ud_unticks_the_entry_and_its_line_goes(qtbot, dialog, plan):
    refl = plan["after_trio"]  # "Jonas tager det med i MED."
    _text, _private, out = line(dialog, "»Jonas«", "(Egne noter)")
    qtbot.mouseClick(out, Qt.MouseButton.LeftButton)
    item = dialog.entries.item_for(("reflection", refl.id))
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert refl.id not in dialog.options().reflection_ids
    assert not [t for t, _p, _o in lines(dialog) if "Egne noter" in t]


def test_gor_privat_marks_the_entry_private_and_it_starts_unticked(qtbot, ctx, dialog, plan, tmp_path):
    stress = plan["stress"]
    _text, private, _out = line(dialog, "»Susanne«", "Stresstrappen")
    qtbot.mouseClick(private, Qt.MouseButton.LeftButton)
    assert stored(ctx.store, Initiative, stress.id).private is True  # through the op, in the file
    item = dialog.entries.item_for(("initiative", stress.id))
    assert "(privat)" in item.text(0) and item.checkState(0) == Qt.CheckState.Unchecked
    assert not [t for t, _p, _o in lines(dialog) if "Stresstrappen" in t]
    assert not dialog.asked  # unticking asks nothing
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "plan.pdf")).pages)
    assert "Jonas (AMR) og Susanne (TR)" not in text and "Luft i kørelisten" in text


def test_her_sensitive_words_are_edited_in_the_dialog_and_found(qtbot, ctx, dialog, plan):
    trio1 = plan["milestones"]["trio1"]  # notes: "Vi gennemgik tiltagene. Bufferen virker på rute 1 og 2."
    assert not [t for t, _p, _o in lines(dialog) if "»bufferen«" in t]
    qtbot.mouseClick(dialog.words_button, Qt.MouseButton.LeftButton)
    editor = dialog.findChild(SensitiveWordsDialog)
    assert editor is not None and editor.isVisible()
    editor.edit.setPlainText("bufferen\n\nBufferen\n")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert ctx.settings.value(WORDS_KEY) == "bufferen"  # one a line, repeats dropped
    text, private, _out = line(dialog, "Ordet »bufferen«", "Noter fra mødet")
    qtbot.mouseClick(private, Qt.MouseButton.LeftButton)  # the notes alone become private
    assert stored(ctx.store, Milestone, trio1.id).notes_private is True
    notes = dialog.entries.item_for(("notes", trio1.id))
    assert notes is not None and notes.checkState(0) == Qt.CheckState.Unchecked
    assert dialog.entries.item_for(("trio", trio1.id)).checkState(0) == Qt.CheckState.Checked
    assert not [t for t, _p, _o in lines(dialog) if "Noter fra mødet" in t]


def test_the_words_are_kept_for_the_next_export(qtbot, ctx, plan):
    ctx.settings.setValue(WORDS_KEY, "aftenholdet\nrute")
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    assert [t for t, _p, _o in lines(dlg) if "Ordet »aftenholdet«" in t]
    assert [t for t, _p, _o in lines(dlg) if "Ordet »rute«" in t]  # "rute 1 og 2"
