"""The export dialog opened on the demo plan, as a leader trying Handleplan first sees it: no warning
about her staff's names, in either language (the demo's shared text names roles, not people)."""

from __future__ import annotations

import pytest

from handleplan.demo import fill_demo
from handleplan.ui.dialogs.export import ExportDialog


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_demos_first_export_gives_no_name_warning(qtbot, ctx, lang: str):
    fill_demo(ctx.store, lang)
    ctx.lang = lang
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert [label.text() for label, _private, _out in dialog.warning.lines] == []
    assert dialog.warning.findings == []
    assert not dialog.warning.isVisibleTo(dialog)
