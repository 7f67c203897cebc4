"""Measurements on screen: the psychological-safety entry, the staircase check-in, the guldkorn rating, and
the run chart in Evaluér, on a real store with real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from handleplan.models import MeasurementKind, MeasurementRole, Phase
from handleplan.ops import initiatives as ops
from handleplan.ops import measurements as m
from handleplan.ui.initiative.editor import CYCLES


@pytest.fixture
def screen(ctx, qtbot):
    from handleplan.ui.screens.initiatives import InitiativesScreen

    ops.create_initiative(ctx.store, "Tryghed på teammødet")
    widget = InitiativesScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    widget.editor.tabs.setCurrentIndex(CYCLES)
    return widget


def _page(screen, phase):
    screen.editor.cycles.show_page(phase)  # the page fills itself as it comes to the front
    return screen.editor.cycles.pages[phase]


def _type(qtbot, table, row, column, text):
    table.setCurrentCell(row, column)
    table.item(row, column).setText(text)


def test_entering_answers_shows_averages_band_and_warning_and_saves_a_baseline(screen, ctx, qtbot):
    page = _page(screen, Phase.PLAN)
    dialog = page.measurements.open_dialog(MeasurementKind.PSYCH_SAFETY)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 7 and dialog.answer_columns() == 3  # three empty respondents to start
    for row, value in enumerate([4, 5, 3, 6, 7, 5, 4]):
        _type(qtbot, table, row, 1, str(value))
    assert "virkelig lav" in dialog.summary.text() or "ok, men" in dialog.summary.text()
    assert "anonyme" in dialog.warning.text()  # one respondent so far
    for column, answers in ((2, [6, 5, 5, 6, 8, 7, 6]), (3, [5, 4, 4, 7, 7, 6, 5])):
        for row, value in enumerate(answers):
            _type(qtbot, table, row, column, str(value))
    assert dialog.warning.text() == ""
    assert table.item(0, 4).text() == "5"  # the average column: (4 + 6 + 5) / 3
    assert (
        "Samlet gennemsnit: 5,5" in dialog.summary.text()
        and "Den er ok, men vi vil mere" in dialog.summary.text()
    )
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    cycle = screen.editor.initiative.current_cycle
    [saved] = cycle.measurements
    assert saved.role == MeasurementRole.BASELINE and len(saved.values["answers"]) == 3
    assert "5,5 – Den er ok, men vi vil mere" in page.measurements.lines[0].text()


def test_a_wrong_answer_keeps_the_dialog_open_with_the_reason(screen, qtbot):
    page = _page(screen, Phase.PLAN)
    dialog = page.measurements.open_dialog(MeasurementKind.PSYCH_SAFETY)
    qtbot.addWidget(dialog)
    for row in range(7):
        _type(qtbot, dialog.table, row, 1, "12" if row == 2 else "5")
    dialog.accept()
    assert dialog.isVisible() and "1 til 10" in dialog.problem.text()
    assert screen.editor.initiative.current_cycle.measurements == []


def test_averages_only_from_paper(screen, qtbot):
    page = _page(screen, Phase.PLAN)
    dialog = page.measurements.open_dialog(MeasurementKind.PSYCH_SAFETY)
    qtbot.addWidget(dialog)
    dialog.only_averages.setChecked(True)
    dialog.respondents.setValue(9)
    for row in range(7):
        _type(qtbot, dialog.table, row, 1, "8,5")
    assert "Den er rigtig god" in dialog.summary.text()
    dialog.accept()
    [saved] = screen.editor.initiative.current_cycle.measurements
    assert saved.values == {"averages": [8.5] * 7, "respondents": 9}


def test_staircase_check_in_shows_the_options_for_occupied_steps(screen, qtbot):
    page = _page(screen, Phase.PLAN)
    dialog = page.measurements.open_dialog(MeasurementKind.STRESS_STAIRCASE)
    qtbot.addWidget(dialog)
    dialog.counts[0].setValue(5)
    dialog.counts[2].setValue(1)
    text = dialog.options.text()
    assert "Tempereret" in text and "Overophedet" in text and "Opvarmet" not in text
    assert "Insistér på dialog" in text
    dialog.accept()
    [saved] = screen.editor.initiative.current_cycle.measurements
    assert saved.values == {"counts": [5, 0, 1, 0, 0]}


def test_guldkorn_rating_names_the_ones_to_work_on(screen, qtbot):
    page = _page(screen, Phase.PLAN)
    dialog = page.measurements.open_dialog(MeasurementKind.GULDKORN)
    qtbot.addWidget(dialog)
    dialog.choices["krav"].buttons()[1].setChecked(True)
    dialog.choices["mening"].buttons()[0].setChecked(True)
    assert dialog.focus.text() == "Dem vil I arbejde med: Krav"
    dialog.accept()
    [saved] = screen.editor.initiative.current_cycle.measurements
    assert saved.values["ratings"] == {"mening": "present", "krav": "strengthen"}


def test_evaluer_shows_before_and_after_side_by_side_and_a_run_chart_with_its_median(screen, ctx, qtbot):
    initiative = screen.editor.initiative
    first = initiative.current_cycle
    m.add_measurement(ctx.store, first, "count", "baseline", {"count": 5, "total": 16}, label="magnet",
                      measured_on=date(2026, 10, 1))  # fmt: skip
    m.add_measurement(ctx.store, first, "count", "follow_up", {"count": 11, "total": 16}, label="magnet",
                      measured_on=date(2026, 10, 20))  # fmt: skip
    page = _page(screen, Phase.STUDY)
    lines = [line.text() for line in page.measurements.lines]
    assert lines[0].startswith("magnet") and "5 af 16" in lines[0]
    assert "11 af 16" in lines[1] and "+6 siden sidst" in lines[1]
    [chart] = page.measurements.chart_widgets
    assert [p.value for p in chart.points] == [5, 11] and chart.median == 8
    qtbot.waitUntil(lambda: chart.isVisibleTo(page))  # shown once the event loop runs (Qt queues it)
    image = chart.grab().toImage()
    assert image.width() > 100  # painted; the shapes are checked by eye in the screenshots
