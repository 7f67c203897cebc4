"""The export dialog ticks a private observation and a meeting's private notes one by one: listed under
what they belong to, unticked, asked about, and printed only when ticked (the PDF read back)."""

from __future__ import annotations

from datetime import timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_pdf_export import TODAY, make_plan

from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.ui.dialogs.export import KIND_ROLE, ExportDialog


@pytest.fixture
def plan(ctx):
    plan = make_plan(ctx.store)
    cycle = plan["stress"].current_cycle
    plan["observation"] = ops.add_observation(
        ctx.store, cycle, "PRIVAT-IAGTTAGELSE om Lise", TODAY - timedelta(days=1)
    )
    edit(ctx.store, plan["observation"], private=True)
    edit(ctx.store, plan["milestones"]["trio1"], notes_private=True)  # "Vi gennemgik tiltagene. Bufferen …"
    return plan


@pytest.fixture
def answers(monkeypatch):
    """What the leader answers when asked (a real modal would hang the run); every question kept."""
    asked: list[str] = []
    reply = {"yes": False}

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        asked.append(text)
        return QMessageBox.StandardButton.Yes if reply["yes"] else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, reply


@pytest.fixture
def dialog(qtbot, ctx, plan, answers, tmp_path):
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(tmp_path / "plan.pdf"))
    dlg._path_edited = True
    return dlg


def entry(dlg: ExportDialog, kind: str, entry_id: int):  # noqa: ANN201
    stack = [dlg.tree.topLevelItem(i) for i in range(dlg.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if tuple(item.data(0, KIND_ROLE)) == (kind, entry_id):
            return item
        stack.extend(item.child(j) for j in range(item.childCount()))
    raise AssertionError(f"no {kind} {entry_id} in the tree")


def pdf_text(qtbot, dlg: ExportDialog, tmp_path) -> str:
    dlg.export_button.click()
    qtbot.waitUntil(lambda: not dlg.is_running(), timeout=60_000)
    return " ".join(
        " ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(tmp_path / "plan.pdf")).pages
    )


def test_they_are_listed_under_what_they_belong_to_unticked_with_the_lock(dialog, plan):
    trio1 = plan["milestones"]["trio1"]
    observation = entry(dialog, "observation", plan["observation"].id)
    notes = entry(dialog, "notes", trio1.id)
    assert observation.parent() is entry(dialog, "initiative", plan["stress"].id)
    assert notes.parent() is entry(dialog, "trio", trio1.id)
    for item in (observation, notes):
        assert item.checkState(0) == Qt.CheckState.Unchecked
        assert "(privat)" in item.text(0) and not item.icon(0).isNull()
    assert "PRIVAT-IAGTTAGELSE" not in observation.text(0)  # its date, never its text
    assert not dialog.options().observation_ids and not dialog.options().notes_ids


def test_without_the_ticks_the_pdf_leaves_them_out(qtbot, dialog, tmp_path):
    text = pdf_text(qtbot, dialog, tmp_path)
    assert "11 af 16 satte deres magnet" in text  # the same cycle's other observation prints …
    assert "PRIVAT-IAGTTAGELSE" not in text and "Bufferen virker på rute 1 og 2" not in text  # … these not
    assert "Hvordan får vi aftenholdet med?" in text  # the meeting itself still goes along


def test_ticking_asks_and_yes_prints_them(qtbot, dialog, plan, answers, tmp_path):
    asked, reply = answers
    trio1 = plan["milestones"]["trio1"]
    entry(dialog, "notes", trio1.id).setCheckState(0, Qt.CheckState.Checked)  # "No": stays out
    assert len(asked) == 1 and "private" in asked[0] and "TRIO-møde" in asked[0]
    assert entry(dialog, "notes", trio1.id).checkState(0) == Qt.CheckState.Unchecked
    reply["yes"] = True
    entry(dialog, "notes", trio1.id).setCheckState(0, Qt.CheckState.Checked)
    entry(dialog, "observation", plan["observation"].id).setCheckState(0, Qt.CheckState.Checked)
    assert len(asked) == 3
    options = dialog.options()
    assert options.observation_ids == {plan["observation"].id} and options.notes_ids == {trio1.id}
    assert "Heraf er 2 markeret som privat" in dialog.summary.text()
    text = pdf_text(qtbot, dialog, tmp_path)
    assert "PRIVAT-IAGTTAGELSE om Lise" in text and "Bufferen virker på rute 1 og 2" in text
    assert "HEMMELIGT-TILTAG" not in text and "PRIVAT-NOTE" not in text  # the other private ones: not ticked


def test_an_unticked_initiative_greys_out_its_private_observation(dialog, plan):
    entry(dialog, "initiative", plan["stress"].id).setCheckState(0, Qt.CheckState.Unchecked)
    assert entry(dialog, "observation", plan["observation"].id).isDisabled()
    entry(dialog, "initiative", plan["stress"].id).setCheckState(0, Qt.CheckState.Checked)
    assert not entry(dialog, "observation", plan["observation"].id).isDisabled()
