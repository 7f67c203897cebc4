"""Dates typed the way a Danish leader writes them."""

from __future__ import annotations

from datetime import date

import pytest

from handleplan.typed_dates import read_typed_date

TODAY = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("4.11.2026", date(2026, 11, 4)),
        ("4/11", date(2026, 11, 4)),  # just held: this year
        ("4-11-26", date(2026, 11, 4)),
        ("04.11.2026", date(2026, 11, 4)),
        ("16.12", date(2026, 12, 16)),
        ("16.12.", date(2026, 12, 16)),
        ("4. nov. 2026", date(2026, 11, 4)),
        ("4. november", date(2026, 11, 4)),
        ("14 januar", date(2027, 1, 14)),  # ahead: next year
        ("3/10", date(2027, 10, 3)),  # more than a month back: next year's
        ("  2.   marts  2027 ", date(2027, 3, 2)),
        ("2026-12-14", date(2026, 12, 14)),
        ("i dag", TODAY),
        ("I morgen", date(2026, 11, 21)),
        ("i overmorgen", date(2026, 11, 22)),
        ("tirsdag", date(2026, 11, 24)),
        ("fredag", date(2026, 11, 27)),  # today is Friday: a week on
        ("tomorrow", date(2026, 11, 21)),
        ("Nov 4, 2026", date(2026, 11, 4)),
        ("4 Dec", date(2026, 12, 4)),
        ("29.2", date(2028, 2, 29)),
    ],
)
def test_what_a_leader_types_is_the_date_she_means(typed: str, meant: date):
    assert read_typed_date(typed, TODAY) == meant


@pytest.mark.parametrize(
    "typed", ["", "4", "4.", "31.11.2026", "32/1", "4/13", "uge 3", "nov", "i næste uge x"]
)
def test_what_names_no_date_is_none(typed: str):
    assert read_typed_date(typed, TODAY) is None
