"""Rows in the Tiltag editor are kept when a cycle has fewer records than the last one shown, and
used again for the next one with more: no row is built twice; rows built ahead are used first."""

from __future__ import annotations

from datetime import date

from handleplan.ops import initiatives as ops
from handleplan.ui.initiative.rows import ObservationRow, RowList


def observations(store, count: int) -> list:
    """A new tiltag's first cycle with `count` dated observations, in order."""
    cycle = ops.create_initiative(store, "Makkerordning").cycles[0]
    for n in range(count):
        ops.add_observation(store, cycle, f"Iagttagelse {n + 1}", date(2026, 11, 2 + n))
    return list(cycle.observations)


def shown_row_list(ctx, qtbot, built: list[ObservationRow] | None = None) -> RowList:
    """A list of observation rows, shown as a window; each row it builds is added to `built`."""

    def make() -> ObservationRow:
        row = ObservationRow(ctx, lambda _row: None)
        if built is not None:
            built.append(row)
        return row

    rows = RowList(make)
    qtbot.addWidget(rows)
    rows.show()
    return rows


def test_rows_are_hidden_when_not_needed_and_used_again(ctx, store, qtbot):
    records = observations(store, 3)
    built: list[ObservationRow] = []
    rows = shown_row_list(ctx, qtbot, built)

    rows.set_records(records)
    assert [r.text.toPlainText() for r in rows.rows] == ["Iagttagelse 1", "Iagttagelse 2", "Iagttagelse 3"]
    first_three = list(rows.rows)

    rows.set_records(records[2:])
    assert rows.rows == first_three[:1] and rows.rows[0].text.toPlainText() == "Iagttagelse 3"
    assert [row.isHidden() for row in first_three] == [False, True, True]
    assert first_three[1].record is None  # a kept row lets go of its record

    rows.set_records(records)
    assert rows.rows == first_three and len(built) == 3
    assert not any(row.isHidden() for row in rows.rows)
    assert [r.text.toPlainText() for r in rows.rows] == ["Iagttagelse 1", "Iagttagelse 2", "Iagttagelse 3"]


def test_reserved_rows_are_used_before_any_is_built(ctx, store, qtbot):
    records = observations(store, 4)
    built: list[ObservationRow] = []
    rows = shown_row_list(ctx, qtbot, built)
    rows.reserve(6)
    assert len(built) == 6 and all(row.isHidden() for row in built)

    rows.set_records(records)
    assert len(built) == 6 and rows.rows == built[:4] and rows.capacity() == 6
    assert [r.text.toPlainText() for r in rows.rows] == [f"Iagttagelse {n + 1}" for n in range(4)]
    assert [row.isHidden() for row in built] == [False] * 4 + [True] * 2


def test_shown_rows_stay_in_the_order_of_their_records(ctx, store, qtbot):
    records = observations(store, 6)
    rows = shown_row_list(ctx, qtbot)
    rows.reserve(2)
    for count in (3, 1, 5, 2, 6, 0, 4):
        rows.set_records(records[:count])
        layout = rows.layout()
        in_layout = [layout.itemAt(i).widget() for i in range(layout.count())]
        shown = [w for w in in_layout if isinstance(w, ObservationRow) and not w.isHidden()]
        assert shown == rows.rows
        assert [r.text.toPlainText() for r in shown] == [f"Iagttagelse {n + 1}" for n in range(count)]
        assert all(w.record is None for w in in_layout if isinstance(w, ObservationRow) and w.isHidden())
