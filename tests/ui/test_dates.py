"""Dates in the UI's language: the Danish day has a full stop, the English one does not."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from handleplan.ui import dates
from handleplan.ui.app import LOCALES

DAY = date(2026, 12, 4)


@pytest.fixture
def locale(qapp):
    before = QLocale()

    def use(lang: str) -> None:
        QLocale.setDefault(LOCALES[lang])

    yield use
    QLocale.setDefault(before)


def test_danish_dates(locale):
    locale("da")
    assert dates.day_month(DAY) == "4. dec."
    assert dates.medium_date(DAY) == "4. dec. 2026"
    assert dates.long_date(DAY) == "4. december 2026"
    assert dates.long_date(None) == ""


def test_english_dates(locale):
    locale("en")
    assert dates.day_month(DAY) == "4 Dec"
    assert dates.medium_date(DAY) == "4 Dec 2026"
    assert dates.long_date(DAY) == "4 December 2026"
